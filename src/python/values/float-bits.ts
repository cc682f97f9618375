// Exact views of a double as integers, for the operations that must be
// correctly rounded (rounding, ratios, hashing, true division).

/** A finite nonzero double as mantissa * 2**exp exactly, mantissa odd-or-normalised bigint with sign. */
export function floatParts(x: number): { mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) {
    exp = -1074;
  } else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  if (hi >>> 31) mant = -mant;
  return { mant, exp };
}

/** x as an exact reduced fraction num/den (den a power of two). */
export function floatRatio(x: number): [bigint, bigint] {
  if (x === 0) return [0n, 1n];
  let { mant, exp } = floatParts(x);
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp += 1;
  }
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}

export const bigAbs = (a: bigint): bigint => (a < 0n ? -a : a);

export function bitLength(a: bigint): number {
  const v = bigAbs(a);
  return v === 0n ? 0 : v.toString(2).length;
}

/** m * 2**e for an integer m of at most 53 bits, without overflowing the intermediate power. */
export function scaleByPow2(m: number, e: number): number {
  let r = m;
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    r *= 2 ** -1000;
    e += 1000;
  }
  return r * 2 ** e;
}

/** Round num/den (den > 0) to the nearest integer, ties to even. */
export function roundHalfEvenDiv(num: bigint, den: bigint): bigint {
  let q = num / den;
  let r = num % den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/**
 * q * 2**-s as the nearest double (ties to even, subnormals included), where
 * `sticky` says the true value is a little above q. Infinity when too large.
 */
export function roundScaled(q: bigint, s: number, sticky: boolean): number {
  if (q === 0n) return 0;
  const e = bitLength(q) - s; // value lies in [2**(e-1), 2**e)
  if (e > 1024) return Infinity;
  const lsbExp = Math.max(e - 53, -1074);
  const shift = lsbExp + s;
  if (shift <= 0) return scaleByPow2(Number(q << BigInt(-shift)), lsbExp);
  const drop = BigInt(shift);
  const half = 1n << (drop - 1n);
  const rest = q & ((1n << drop) - 1n);
  let m = q >> drop;
  if (rest > half || (rest === half && (sticky || (m & 1n) === 1n))) m += 1n;
  return scaleByPow2(Number(m), lsbExp);
}
