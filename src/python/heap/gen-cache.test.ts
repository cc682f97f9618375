import { describe, it, expect } from 'vitest';
import { GenCache } from './gen-cache';

describe('GenCache', () => {
  it('keeps the newest entries across a turnover and drops the oldest generation', () => {
    const c = new GenCache<number, string>(2);
    c.set(1, 'a');
    c.set(2, 'b');
    c.set(3, 'c'); // 1, 2 become the old generation
    expect([c.get(1), c.get(2), c.get(3)]).toEqual(['a', 'b', 'c']);
    const d = new GenCache<number, string>(2);
    for (let k = 0; k < 6; k++) d.set(k, String(k));
    expect(d.get(0)).toBeUndefined();
    expect(d.get(5)).toBe('5');
    expect(d.size).toBeLessThanOrEqual(4);
  });
  it('promotes an old entry that is read, so it outlives the next turnover', () => {
    const c = new GenCache<number, string>(2);
    c.set(1, 'a');
    c.set(2, 'b');
    c.set(3, 'c');
    expect(c.get(1)).toBe('a'); // young: 3, 1
    c.set(4, 'd'); // old: 3, 1
    c.set(5, 'e');
    expect(c.get(1)).toBe('a');
    expect(c.get(2)).toBeUndefined();
  });
});
