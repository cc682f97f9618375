// complex numbers as CPython 3.12's complexobject.c computes them: a complex is
// a [real, imag] pair of doubles. The algorithms (division by the larger part,
// repeated squaring for small integer powers, polar form otherwise) are
// CPython's, so results agree to the last bit where libm's functions do.

import { PyFault } from './fault';
import { floatRepr } from './float-repr';
import { floatHash } from './hashing';
import { floatPow } from './numbers';
import { strRepr } from './str-repr';

export type Complex = readonly [number, number];

/** A part as PyOS_double_to_string(x, 'r', 0, flags) writes it: repr digits without an added '.0'. */
function part(x: number, sign: boolean): string {
  let s = floatRepr(x);
  if (s.endsWith('.0')) s = s.slice(0, -2);
  return sign && !s.startsWith('-') ? `+${s}` : s;
}

/** repr(complex): no parentheses when the real part is +0.0. */
export function complexRepr([re, im]: Complex): string {
  if (re === 0 && !Object.is(re, -0)) return `${part(im, false)}j`;
  return `(${part(re, false)}${part(im, true)}j)`;
}

export function complexAdd(a: Complex, b: Complex): Complex {
  return [a[0] + b[0], a[1] + b[1]];
}

export function complexSub(a: Complex, b: Complex): Complex {
  return [a[0] - b[0], a[1] - b[1]];
}

export function complexMul(a: Complex, b: Complex): Complex {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** _Py_c_quot; null when the divisor is zero (the caller names the error). */
function quot(a: Complex, b: Complex): Complex | null {
  const absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

export function complexDiv(a: Complex, b: Complex): Complex {
  const r = quot(a, b);
  if (r === null) throw new PyFault('ZeroDivisionError', 'complex division by zero');
  return r;
}

const ONE: Complex = [1, 0];
const zeroPower = (): PyFault => new PyFault('ZeroDivisionError', '0.0 to a negative or complex power');

function powu(x: Complex, n: number): Complex {
  let r = ONE, p = x;
  for (let mask = 1; n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = complexMul(r, p);
    p = complexMul(p, p);
  }
  return r;
}

/** libm's pow for the polar form: the values library's correctly rounded one where it is defined. */
function realPow(x: number, y: number): number {
  try {
    return floatPow(x, y);
  } catch {
    return x ** y;
  }
}

/** complex_pow: an exact small-integer exponent by squaring, otherwise polar form. */
export function complexPow(a: Complex, b: Complex): Complex {
  let r: Complex;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    if (n > 0) r = powu(a, n);
    else {
      const q = quot(ONE, powu(a, -n));
      if (q === null) throw zeroPower();
      r = q;
    }
  } else if (b[0] === 0 && b[1] === 0) {
    r = ONE;
  } else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) throw zeroPower();
    r = [0, 0];
  } else {
    const vabs = Math.hypot(a[0], a[1]);
    let len = realPow(vabs, b[0]);
    const at = Math.atan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      len /= Math.exp(at * b[1]);
      phase += b[1] * Math.log(vabs);
    }
    r = [len * Math.cos(phase), len * Math.sin(phase)];
  }
  if (!Number.isFinite(r[0]) && !Number.isNaN(r[0])) throw new PyFault('OverflowError', 'complex exponentiation');
  if (!Number.isFinite(r[1]) && !Number.isNaN(r[1])) throw new PyFault('OverflowError', 'complex exponentiation');
  return r;
}

/** x = hi + lo exactly (Dekker's product via Veltkamp splitting). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const split = (x: number): [number, number] => {
    const t = 134217729 * x;
    const hi = t - (t - x);
    return [hi, x - hi];
  };
  const [ah, al] = split(a), [bh, bl] = split(b);
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

/**
 * hypot as glibc computes it (correctly rounded in practice); V8's Math.hypot is
 * off by an ulp for some inputs. One Newton step on the exact residual of h*h.
 */
export function hypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x < y) [x, y] = [y, x];
  // A part below half an ulp of the other one cannot change the rounded result.
  if (y === 0 || !Number.isFinite(x) || y < x * 2 ** -60) return x + y;
  // Scale by a power of two so the squares neither overflow nor lose bits.
  const scale = x > 2 ** 500 ? 2 ** -600 : x < 2 ** -500 ? 2 ** 600 : 1;
  x *= scale;
  y *= scale;
  const [xx, xe] = twoProduct(x, x), [yy, ye] = twoProduct(y, y);
  let h = Math.sqrt(xx + yy);
  const [hh, he] = twoProduct(h, h);
  const residual = ((xx - hh) + yy) + (xe + ye - he);
  h += residual / (2 * h);
  return h / scale;
}

/** abs(complex): infinite if either part is, NaN if either is NaN, else hypot. */
export function complexAbs([re, im]: Complex): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (Math.abs(re) === Infinity || Math.abs(im) === Infinity) return Infinity;
    return NaN;
  }
  const r = hypot(re, im);
  if (r === Infinity) throw new PyFault('OverflowError', 'absolute value too large');
  return r;
}

const MASK64 = (1n << 64n) - 1n;

/** hash(complex): hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic. */
export function complexHash([re, im]: Complex): bigint {
  const combined = (floatHash(re) + 1000003n * floatHash(im)) & MASK64;
  const signed = BigInt.asIntN(64, combined);
  return signed === -1n ? -2n : signed;
}

const malformed = (): PyFault => new PyFault('ValueError', 'complex() arg is a malformed string');

const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i;

/** The longest float at the start of s (PyOS_string_to_double with an end pointer). */
function floatPrefix(s: string): [number, number] | null {
  const m = FLOAT_PREFIX.exec(s);
  if (!m) return null;
  const text = m[0].toLowerCase();
  const neg = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  if (body === 'nan') return [NaN, text.length];
  if (body.startsWith('inf')) return [neg ? -Infinity : Infinity, text.length];
  return [Number(text), text.length];
}

// Py_ISSPACE: ASCII whitespace only.
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

/** complex(str): CPython's three forms plus the legacy `<float><sign>j`, `<sign>j` and `j`, in optional parentheses. */
export function complexFromString(text: string): Complex {
  // Underscores are only allowed between digits, then dropped (as for float()).
  if (/(^|[^0-9])_|_($|[^0-9])/.test(text)) throw new PyFault('ValueError', `could not convert string to complex: ${strRepr(text)}`);
  const s = text.replace(/_/g, '');
  let i = 0;
  const skipSpace = (): void => {
    while (isSpace(s[i])) i++;
  };
  skipSpace();
  const bracket = s[i] === '(';
  if (bracket) {
    i++;
    skipSpace();
  }
  let re = 0, im = 0;
  const first = floatPrefix(s.slice(i));
  const isJ = (): boolean => s[i] === 'j' || s[i] === 'J';
  if (first) {
    i += first[1];
    if (s[i] === '+' || s[i] === '-') {
      re = first[0];
      const second = floatPrefix(s.slice(i));
      if (second) {
        im = second[0];
        i += second[1];
      } else {
        im = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (!isJ()) throw malformed();
      i++;
    } else if (isJ()) {
      im = first[0];
      i++;
    } else re = first[0];
  } else {
    if (s[i] === '+' || s[i] === '-') {
      im = s[i] === '+' ? 1 : -1;
      i++;
    } else im = 1;
    if (!isJ()) throw malformed();
    i++;
  }
  skipSpace();
  if (bracket) {
    if (s[i] !== ')') throw malformed();
    i++;
    skipSpace();
  }
  if (i !== s.length) throw malformed();
  return [re, im];
}
