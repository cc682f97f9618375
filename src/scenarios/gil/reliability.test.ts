import { describe, expect, it } from 'vitest';
import { reliabilityNote } from './reliability';

describe('when the GIL comparison is unreliable', () => {
  it('fewer cores than processes: says the ceiling', () => {
    const t = reliabilityNote({ n: 4, cores: 2, work: 'cpu' });
    expect(t?.en).toContain('4 processes share 2 cores');
    expect(t?.en).toContain('at most 2×');
    expect(t?.zh).toContain('最多快 2 倍');
  });
  it('unknown cores, and the general noise of a browser', () => {
    expect(reliabilityNote({ n: 4, cores: 0, work: 'cpu' })?.en).toContain('does not say how many cores');
    expect(reliabilityNote({ n: 2, cores: 8, work: 'cpu' })?.en).toContain('median');
    expect(reliabilityNote({ n: 1, cores: 8, work: 'cpu' })).toBeNull();
    expect(reliabilityNote({ n: 4, cores: 1, work: 'io' })).toBeNull();
  });
});
