import { describe, expect, it } from 'vitest';
import { fastBinary, fastCompare } from './fast-ops';

// Expected values: CPython 3.12.1, `[(a//b, a%b) for a, b in ps]`.
const PAIRS: [bigint, bigint, bigint, bigint][] = [
  [-7n, 2n, -4n, 1n], [7n, -2n, -4n, -1n], [-7n, -2n, 3n, -1n], [7n, 2n, 3n, 1n],
  [6n, -3n, -2n, 0n], [-6n, 3n, -2n, 0n], [0n, -5n, 0n, 0n], [-1n, 10n ** 30n, -1n, 10n ** 30n - 1n],
];

describe('fastBinary', () => {
  it('floor division and modulo round as CPython does, in-place forms too', () => {
    for (const [a, b, q, r] of PAIRS) {
      expect([fastBinary(2, a, b), fastBinary(6, a, b), fastBinary(15, a, b), fastBinary(19, a, b)]).toEqual([q, r, q, r]);
    }
  });
  it('leaves errors and mixed types to the generic path', () => {
    expect(fastBinary(2, 1n, 0n)).toBeUndefined();
    expect(fastBinary(6, 1n, 0n)).toBeUndefined();
    expect(fastBinary(11, 1, 0)).toBeUndefined();
    expect(fastBinary(3, 1n, -1n)).toBeUndefined(); // negative shift count raises there
    expect(fastBinary(0, 1n, 1.5)).toBeUndefined();
    expect(fastBinary(0, true, 1n)).toBeUndefined();
  });
  it('floats: 0.1 + 0.2, overflow to inf, true division', () => {
    expect(fastBinary(0, 0.1, 0.2)).toBe(0.30000000000000004);
    expect(fastBinary(5, 1e308, 10)).toBe(Infinity);
    expect(fastBinary(11, 7, 2)).toBe(3.5);
  });
});

describe('fastCompare', () => {
  it('compares like CPython (nan < 1.0 is False, -0.0 == 0.0 is True)', () => {
    expect(fastCompare(0 << 4, NaN, 1)).toBe(false);
    expect(fastCompare(2 << 4, -0, 0)).toBe(true);
    expect(fastCompare(5 << 4, 3n, 3n)).toBe(true);
    expect(fastCompare(0 << 4, 1n, 1.5)).toBeUndefined();
  });
});
