// complex: the object and its operators on builtin numbers. The arithmetic is
// the values library's (src/python/values/complex.ts); this module only maps
// Python operands onto it. No imports of ops*.ts, so ops.ts and arith.ts can
// call in here without an import cycle.

import { PyObj, type PyType, type PyVal } from './objects';
import { T, NotImplemented, raise } from './types';
import { type Complex, complexAdd, complexSub, complexMul, complexDiv, complexPow, complexAbs, complexHash, complexRepr } from '../values/complex';

export class PyComplex extends PyObj {
  constructor(public cls: PyType, public re: number, public im: number) {
    super();
  }
  get pair(): Complex {
    return [this.re, this.im];
  }
}

export const newComplex = (z: Complex): PyComplex => new PyComplex(T.complex, z[0], z[1]);

/** An int, bool, float or complex as a complex pair; null for other values. */
export function asComplex(v: PyVal): Complex | null {
  if (v instanceof PyComplex) return v.pair;
  if (typeof v === 'number') return [v, 0];
  if (typeof v === 'boolean') return [v ? 1 : 0, 0];
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!Number.isFinite(x)) throw raise('OverflowError', 'int too large to convert to float');
    return [x, 0];
  }
  return null;
}

/** A binary operator where one side is a complex; NotImplemented when the other side is no number. */
export function complexBinop(op: string, a: PyVal, b: PyVal): PyVal {
  if (!(a instanceof PyComplex) && !(b instanceof PyComplex)) return NotImplemented;
  const x = asComplex(a), y = asComplex(b);
  if (x === null || y === null) return NotImplemented;
  switch (op) {
    case '+': return newComplex(complexAdd(x, y));
    case '-': return newComplex(complexSub(x, y));
    case '*': return newComplex(complexMul(x, y));
    case '/': return newComplex(complexDiv(x, y));
    case '**': return newComplex(complexPow(x, y));
  }
  return NotImplemented;
}

/** float ** float where CPython's float_pow hands over to complex: a negative base to a fractional power. */
export function floatPowNeedsComplex(a: number, b: number): boolean {
  return a < 0 && Number.isFinite(a) && Number.isFinite(b) && b !== Math.floor(b);
}

export function complexUnary(op: string, v: PyComplex): PyVal {
  if (op === '-') return new PyComplex(T.complex, -v.re, -v.im);
  if (op === '+') return new PyComplex(T.complex, v.re, v.im);
  return NotImplemented;
}

export const complexAbsOf = (v: PyComplex): number => complexAbs(v.pair);
export const complexTruthy = (v: PyComplex): boolean => v.re !== 0 || v.im !== 0;
export const complexReprOf = (v: PyComplex): string => complexRepr(v.pair);
export const complexHashOf = (v: PyComplex): bigint => complexHash(v.pair);

/** == and != between a complex and a number (ordering is not defined: NotImplemented). */
export function complexCompare(op: string, a: PyVal, b: PyVal): PyVal {
  if (op !== '==' && op !== '!=') return NotImplemented;
  const other = a instanceof PyComplex ? b : a;
  const z = (a instanceof PyComplex ? a : b) as PyComplex;
  let same: boolean;
  if (other instanceof PyComplex) same = other.re === z.re && other.im === z.im;
  else if (typeof other === 'number') same = z.im === 0 && z.re === other;
  else if (typeof other === 'bigint' || typeof other === 'boolean') {
    // Exact, as CPython compares an int with the real part (no rounding of a big int).
    const n = typeof other === 'bigint' ? other : other ? 1n : 0n;
    same = z.im === 0 && Number.isInteger(z.re) && BigInt(z.re) === n;
  } else return NotImplemented;
  return op === '==' ? same : !same;
}

/** The dict key of a complex with a non-zero imaginary part (one equal to a real number uses that number's key). */
export function complexKey(v: PyComplex): string {
  return `\u0001j${Object.is(v.re, -0) ? 0 : v.re},${Object.is(v.im, -0) ? 0 : v.im}`;
}
