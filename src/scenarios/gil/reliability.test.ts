import { describe, expect, it } from 'vitest';
import { reliabilityNote } from './reliability';

describe('what the GIL comparison rests on', () => {
  it('fewer cores than processes: says the ceiling', () => {
    const t = reliabilityNote({ n: 4, cores: 2, work: 'cpu' });
    expect(t?.en).toContain('4 processes share 2 cores');
    expect(t?.en).toContain('at most 2×');
    expect(t?.zh).toContain('最多快 2 倍');
  });
  it('unknown cores: the 4 the VM counted; enough cores: time is work, the same every run', () => {
    expect(reliabilityNote({ n: 4, cores: 0, work: 'cpu' })?.en).toContain('counted 4');
    expect(reliabilityNote({ n: 2, cores: 8, work: 'cpu' })?.en).toContain('every run gives the same figures');
    expect(reliabilityNote({ n: 1, cores: 8, work: 'cpu' })).toBeNull();
    expect(reliabilityNote({ n: 4, cores: 1, work: 'io' })).toBeNull();
  });
});
