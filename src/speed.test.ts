import { describe, expect, it } from 'vitest';
import { SPEED_INSTANT, clampSpeed, formatSpeed, parseSpeed } from './speed';

describe('parseSpeed', () => {
  it('reads plain decimals in range, with an optional x', () => {
    expect(parseSpeed('10')).toBe(10);
    expect(parseSpeed(' 0.5 ')).toBe(0.5);
    expect(parseSpeed('.5')).toBe(0.5);
    expect(parseSpeed('10x')).toBe(10);
    expect(parseSpeed('1000')).toBe(1000);
  });

  it('reads max as instant jumps, and writes it back as max', () => {
    expect(parseSpeed('max')).toBe(Infinity);
    expect(parseSpeed('MAX')).toBe(SPEED_INSTANT);
    expect(formatSpeed(SPEED_INSTANT)).toBe('max');
    expect(formatSpeed(2.5)).toBe('2.5');
    expect(clampSpeed(SPEED_INSTANT)).toBe(Infinity);
    expect(clampSpeed(5000)).toBe(1000);
  });

  it('rejects what Number() would take but nobody means', () => {
    for (const v of ['0x10', '1e2', 'Infinity', '-1', '+5', '', ' ', '0', '0.01', '1001', '1,5', 'fast']) expect(parseSpeed(v), v).toBeNull();
  });
});
