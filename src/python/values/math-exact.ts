// The math functions whose results are exact (integers) or specified to the
// last bit (fsum), with CPython's messages. The transcendental functions are
// left to the host's libm.

import { PyFault } from './fault';
import { floatToInt } from './float-int';

export const floatFloor = (x: number): bigint => floatToInt(Math.floor(x));
export const floatCeil = (x: number): bigint => floatToInt(Math.ceil(x));

export function intIsqrt(n: bigint): bigint {
  if (n < 0n) throw new PyFault('ValueError', 'isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  // Newton's method from an over-estimate decreases monotonically to floor(sqrt(n)).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function rangeProduct(lo: bigint, hi: bigint): bigint {
  // Product of lo..hi, split in halves so the multiplications stay balanced.
  if (hi - lo < 8n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

export function intFactorial(n: bigint): bigint {
  if (n < 0n) throw new PyFault('ValueError', 'factorial() not defined for negative values');
  return n < 2n ? 1n : rangeProduct(2n, n);
}

export function intPerm(n: bigint, k?: bigint | null): bigint {
  if (k === undefined || k === null) return intFactorial(n);
  if (n < 0n) throw new PyFault('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new PyFault('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  return k === 0n ? 1n : rangeProduct(n - k + 1n, n);
}

export function intComb(n: bigint, k: bigint): bigint {
  if (n < 0n) throw new PyFault('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new PyFault('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  const kk = k < n - k ? k : n - k;
  return kk === 0n ? 1n : rangeProduct(n - kk + 1n, n) / intFactorial(kk);
}

const abs = (a: bigint): bigint => (a < 0n ? -a : a);

export function intGcd(...xs: bigint[]): bigint {
  let g = 0n;
  for (const x of xs) {
    let [a, b] = [g, abs(x)];
    while (b !== 0n) [a, b] = [b, a % b];
    g = a;
  }
  return g;
}

export function intLcm(...xs: bigint[]): bigint {
  let l = 1n;
  for (const x of xs) {
    if (x === 0n) return 0n;
    l = abs((l / intGcd(l, x)) * x);
  }
  return l;
}

/** math.fsum: Shewchuk's exact partials, rounded once, exactly as CPython's math_fsum. */
export function fsum(values: Iterable<number>): number {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const v of values) {
    let x = v;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j] as number;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new PyFault('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new PyFault('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n] as number;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    const below = p[n - 1] as number;
    if (n > 0 && ((lo < 0 && below < 0) || (lo > 0 && below > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/**
 * The float path of CPython 3.12's builtin sum(): Neumaier's compensated
 * summation (so sum([0.1] * 10) == 1.0). Feed it the floats (and the ints
 * that fit a C long, converted) in order, starting from the running total.
 */
export class FloatSum {
  private c = 0;

  constructor(private total: number = 0) {}

  add(x: number): void {
    const t = this.total + x;
    if (Math.abs(this.total) >= Math.abs(x)) this.c += this.total - t + x;
    else this.c += x - t + this.total;
    this.total = t;
  }

  /** The sum; the compensation is added only when finite, so infinities and overflows stay as they are. */
  result(): number {
    return this.c !== 0 && Number.isFinite(this.c) ? this.total + this.c : this.total;
  }
}

export function floatSum(values: Iterable<number>, start: number = 0): number {
  const s = new FloatSum(start);
  for (const x of values) s.add(x);
  return s.result();
}
