// Decimal digits of a double for the 'e', 'f', 'g' and repr presentations,
// rounded half-to-even on the exact binary value (as CPython's dtoa), which
// JavaScript's toFixed/toExponential do not do (they round ties up).

import { floatRatio, roundHalfEvenDiv } from './float-bits';
import { floatRepr, shortestDigits } from './float-repr';

export interface FloatFormatFlags {
  alternate: boolean; // '#': keep the point and trailing zeros
  addDot0: boolean; // the '' presentation with a precision: an integral result still shows '.0'
}

/** |x| * 10**p rounded to an integer, for x finite. */
function scaledDigits(x: number, p: number): bigint {
  const [n0, d0] = floatRatio(Math.abs(x));
  const [n, d] = p >= 0 ? [n0 * 10n ** BigInt(p), d0] : [n0, d0 * 10n ** BigInt(-p)];
  return roundHalfEvenDiv(n, d);
}

// JavaScript's toFixed/toExponential round the exact value to nearest too and
// differ only on exact ties (they go up). 25 more digits show a tie as
// '5000…' (a tie has a finite expansion); only then is the exact path needed.
const EXTRA = 25;
const looksLikeTie = (tail: string): boolean => /^50*$/.test(tail);

/** Fixed notation with p digits after the point, no sign. */
export function fixedAbs(x: number, p: number, alternate: boolean): string {
  const ax = Math.abs(x);
  if (ax < 1e21 && p + EXTRA <= 100) {
    const probe = ax.toFixed(p + EXTRA);
    if (!looksLikeTie(probe.slice(probe.length - EXTRA))) {
      const fast = ax.toFixed(p);
      return p === 0 && alternate ? fast + '.' : fast;
    }
  }
  const s = scaledDigits(x, p).toString().padStart(p + 1, '0');
  if (p === 0) return alternate ? s + '.' : s;
  return s.slice(0, s.length - p) + '.' + s.slice(s.length - p);
}

/** p+1 significant digits and the decimal exponent of the first, for x finite. */
export function significantDigits(x: number, p: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(p + 1), exp: 0 };
  const ax = Math.abs(x);
  if (p + EXTRA <= 100) {
    const probe = ax.toExponential(p + EXTRA);
    const e = probe.indexOf('e');
    if (!looksLikeTie(probe.slice(e - EXTRA, e))) {
      const fast = ax.toExponential(p);
      const k = fast.indexOf('e');
      return { digits: fast.slice(0, k).replace('.', ''), exp: Number(fast.slice(k + 1)) };
    }
  }
  let exp = shortestDigits(x).exp;
  const lo = 10n ** BigInt(p);
  for (;;) {
    const q = scaledDigits(x, p - exp);
    if (q >= lo * 10n) exp += 1;
    else if (q < lo) exp -= 1;
    else return { digits: q.toString(), exp };
  }
}

function expSuffix(exp: number): string {
  const a = Math.abs(exp);
  return 'e' + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
}

export function exponentAbs(x: number, p: number, alternate: boolean): string {
  const { digits, exp } = significantDigits(x, p);
  const point = p > 0 || alternate ? '.' : '';
  return digits[0] + point + digits.slice(1) + expSuffix(exp);
}

export function generalAbs(x: number, precision: number, flags: FloatFormatFlags): string {
  const P = precision === 0 ? 1 : precision;
  const { digits, exp } = significantDigits(x, P - 1);
  const decpt = exp + 1;
  const limit = flags.addDot0 ? P - 1 : P;
  let mant: string;
  let suffix = '';
  if (decpt <= -4 || decpt > limit) {
    mant = digits[0] + '.' + digits.slice(1);
    suffix = expSuffix(exp);
  } else if (decpt <= 0) {
    mant = '0.' + '0'.repeat(-decpt) + digits;
  } else if (decpt >= P) {
    mant = digits + '0'.repeat(decpt - P) + '.';
  } else {
    mant = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  if (!flags.alternate) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
  if (flags.addDot0 && !mant.includes('.') && suffix === '') mant += '.0';
  return mant + suffix;
}

/** The repr digits (no sign); with '#' an exponent form keeps a point. */
export function reprAbs(x: number, alternate: boolean): string {
  const r = floatRepr(Math.abs(x));
  if (alternate && !r.includes('.')) return r.replace('e', '.e');
  return r;
}

/** A float in one of CPython's presentation types, without its sign. */
export function floatBody(x: number, type: string, precision: number, flags: FloatFormatFlags): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return 'inf';
  switch (type) {
    case 'f':
      return fixedAbs(x, precision, flags.alternate);
    case 'e':
      return exponentAbs(x, precision, flags.alternate);
    case 'g':
      return generalAbs(x, precision, flags);
    default:
      return reprAbs(x, flags.alternate);
  }
}
