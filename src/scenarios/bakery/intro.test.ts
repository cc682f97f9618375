import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import { bakeryScenario } from './scenario';

const intro = (over: Record<string, number>) => bakeryScenario.intro?.({ ...paramDefaults(bakeryScenario), ...over });

describe('bakery intro follows the settings', () => {
  it('says the intervals that are set, not the defaults', () => {
    const t = intro({ produce: 0.2, consume: 0.6 });
    expect(t?.en).toContain('every 0.2 s');
    expect(t?.en).toContain('every 0.6 s');
    expect(t?.en).not.toContain('0.5 s');
    expect(t?.en).not.toContain('0.3 s');
    expect(t?.zh).toContain('每 0.2 秒');
    expect(t?.zh).toContain('每 0.6 秒');
    expect(t?.en).toContain('made faster than they are bought');
  });
  it('counts producers and consumers, and names a bounded queue', () => {
    const t = intro({ producers: 3, consumers: 2, maxsize: 4 });
    expect(t?.en).toContain('Each of the 3 producers');
    expect(t?.en).toContain('each of the 2 consumers');
    expect(t?.en).toContain('at most 4 breads');
    expect(t?.zh).toContain('三个生产者');
    expect(t?.zh).toContain('最多放 4 个');
  });
  it('the defaults: consumers are faster, so they wait on an empty queue', () => {
    const t = intro({});
    expect(t?.en).toContain('The producer puts a bread every 0.5 s, the consumer takes one every 0.3 s');
    expect(t?.en).toContain('wait in get()');
  });
});
