// x ** y for positive finite x, correctly rounded. CPython calls the C
// library's pow, which on Linux (glibc) is correctly rounded in practice;
// V8's Math.pow is not (2 ** -0.5 differs in the last bit), so the general
// case is computed in 200-bit fixed point and rounded once.

import { bitLength, floatParts, floatRatio, roundScaled } from './float-bits';

const P = 200n;
const ONE = 1n << P;

/** 2 * atanh(z) for a fixed-point z with |z| small: ln((1+z)/(1-z)). */
function atanh2(z: bigint): bigint {
  const z2 = (z * z) >> P;
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * z2) / ONE; // division, not a shift: a shift never takes a negative term to zero
  }
  return 2n * sum;
}

const LN2 = atanh2(ONE / 3n);
const SQRT2 = 1.4142135623730951;

/** ln(x) in fixed point. */
function lnFixed(x: number): bigint {
  const { mant, exp } = floatParts(x);
  // x = mant * 2**exp; bring the mantissa near 1 so the series converges fast.
  const bits = bitLength(mant);
  let e2 = exp + bits - 1;
  let m = mant << (P - BigInt(bits - 1)); // in [1, 2) fixed
  if (Number(m >> (P - 52n)) / 2 ** 52 > SQRT2) {
    m >>= 1n;
    e2 += 1;
  }
  const z = ((m - ONE) << P) / (m + ONE);
  return BigInt(e2) * LN2 + atanh2(z);
}

/** exp(t) for fixed-point t, as a fixed-point mantissa and a power of two. */
function expFixed(t: bigint): { e: bigint; k: number } {
  let k = t / LN2;
  let r = t - k * LN2;
  if (r > LN2 / 2n) {
    r -= LN2;
    k += 1n;
  } else if (r < -LN2 / 2n) {
    r += LN2;
    k -= 1n;
  }
  let term = ONE;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n += 1n) {
    sum += term;
    term = (term * r) / (n << P);
  }
  return { e: sum, k: Number(k) };
}

function slowPow(x: number, y: number): number {
  const approx = y * Math.log(x);
  if (approx > 720) return Infinity;
  if (approx < -760) return 0;
  const { mant, exp } = floatParts(y);
  let t = lnFixed(x) * mant;
  t = exp >= 0 ? t << BigInt(exp) : t >> BigInt(-exp);
  const { e, k } = expFixed(t);
  return roundScaled(e, Number(P) - k, false);
}

/** x ** y for x > 0 finite, y finite: the nearest double to the exact power. */
export function exactPow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (Number.isInteger(y) && Math.abs(y) <= 4096) {
    // An integer power of a double is an exact rational: round it once.
    const [n, d] = floatRatio(x);
    const e = BigInt(Math.abs(y));
    const bits = Math.abs(y) * Math.max(bitLength(n), bitLength(d));
    if (bits < 40000) {
      const num = n ** e;
      const den = d ** e;
      const [a, b] = y > 0 ? [num, den] : [den, num];
      const shift = Math.max(0, 60 + bitLength(b) - bitLength(a));
      const scaled = a << BigInt(shift);
      return roundScaled(scaled / b, shift, scaled % b !== 0n);
    }
  }
  return slowPow(x, y);
}
