import { describe, expect, it } from 'vitest';
import { SPEED_MAX, parseSpeed } from './speed';

describe('parseSpeed', () => {
  it('reads plain decimals in range, with an optional x', () => {
    expect(parseSpeed('10')).toBe(10);
    expect(parseSpeed(' 0.5 ')).toBe(0.5);
    expect(parseSpeed('.5')).toBe(0.5);
    expect(parseSpeed('10x')).toBe(10);
    expect(parseSpeed('1000')).toBe(1000);
  });

  it('reads max as the fastest speed', () => {
    expect(parseSpeed('max')).toBe(SPEED_MAX);
    expect(parseSpeed('MAX')).toBe(SPEED_MAX);
  });

  it('rejects what Number() would take but nobody means', () => {
    for (const v of ['0x10', '1e2', 'Infinity', '-1', '+5', '', ' ', '0', '0.01', '1001', '1,5', 'fast']) expect(parseSpeed(v), v).toBeNull();
  });
});
