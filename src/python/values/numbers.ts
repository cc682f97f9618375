// Python's arithmetic on int (bigint) and float (number): floor semantics,
// signs of remainders, CPython's error texts, correctly rounded conversions.

import { PyFault } from './fault';
import { bigAbs, bitLength, floatRatio, roundHalfEvenDiv, roundScaled } from './float-bits';
import { exactPow } from './float-pow';

export { floatToInt } from './float-int';
export { floatFromHex, floatHex, intFloatCompare } from './float-hex';
export { floatFromString, intFromString, intToDecimalString } from './number-parse';
export { floatRound as roundFloat, intRound as roundInt } from './rounding';

const zeroDiv = (msg: string): PyFault => new PyFault('ZeroDivisionError', msg);

export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDiv('integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDiv('integer modulo by zero');
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw zeroDiv('integer division or modulo by zero');
  return [intFloorDiv(a, b), intMod(a, b)];
}

export function intToFloat(a: bigint): number {
  const x = Number(a);
  if (!Number.isFinite(x)) throw new PyFault('OverflowError', 'int too large to convert to float');
  return x;
}

const EXACT = 1n << 53n;

/** a / b for ints, rounded once (half to even) as CPython's long_true_divide. */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDiv('division by zero');
  const negative = (a < 0n) !== (b < 0n);
  const na = bigAbs(a);
  const nb = bigAbs(b);
  if (na <= EXACT && nb <= EXACT) return Number(a) / Number(b);
  if (na === 0n) return negative ? -0 : 0;
  // Scale so the integer quotient has at least 55 bits: 53 kept, one to round on,
  // plus the remainder as a sticky bit.
  const s = 55 - (bitLength(na) - bitLength(nb)) + 1;
  const num = s >= 0 ? na << BigInt(s) : na;
  const den = s >= 0 ? nb : nb << BigInt(-s);
  const r = roundScaled(num / den, s, num % den !== 0n);
  if (!Number.isFinite(r)) throw new PyFault('OverflowError', 'integer division result too large for a float');
  return negative ? -r : r;
}

/** a ** b, and pow(a, b, mod). A negative exponent without a modulus gives a float. */
export function intPow(a: bigint, b: bigint, mod?: bigint | null): bigint | number {
  if (mod === undefined || mod === null) {
    if (b >= 0n) return a ** b;
    return floatPow(intToFloat(a), intToFloat(b));
  }
  if (mod === 0n) throw new PyFault('ValueError', 'pow() 3rd argument cannot be 0');
  const m = bigAbs(mod);
  let base = intMod(a, m);
  let e = b;
  if (e < 0n) {
    base = modInverse(base, m);
    e = -e;
  }
  let result = 1n % m;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % m;
    base = (base * base) % m;
    e >>= 1n;
  }
  return mod < 0n && result !== 0n ? result - m : result;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new PyFault('ValueError', 'base is not invertible for the given modulus');
  return intMod(oldS, m);
}

export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw zeroDiv('float division by zero');
  return x / y;
}

const isNegative = (v: number): boolean => v < 0 || Object.is(v, -0);

/** CPython's float_divmod: the remainder takes the divisor's sign, the quotient is floored. */
function divmodCore(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's `if (mod)`: NaN counts as true there, unlike in JavaScript.
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = isNegative(wx) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = isNegative(vx / wx) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw zeroDiv('float floor division by zero');
  return divmodCore(x, y)[0];
}

export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDiv('float modulo');
  // float_rem, which differs from divmod only for a zero remainder's sign handling (same result).
  let mod = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = isNegative(y) ? -0 : 0;
  }
  return mod;
}

export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw zeroDiv('float divmod()');
  return divmodCore(x, y);
}

const isOddInteger = (y: number): boolean => Math.abs(y) % 2 === 1;

/** float ** float as CPython's float_pow, including its special cases for inf, nan and zero. */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    if ((y > 0) === (ax > 1.0)) return Infinity;
    return 0.0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDiv('0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0.0;
  }
  let negate = false;
  let base = x;
  if (x < 0) {
    if (y !== Math.floor(y)) {
      throw new PyFault('NotImplementedError', 'complex numbers are not supported yet (a negative float to a fractional power)');
    }
    base = -x;
    negate = isOddInteger(y);
  }
  if (base === 1.0) return negate ? -1.0 : 1.0;
  const r = exactPow(base, y);
  if (!Number.isFinite(r)) throw new PyFault('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

export const intBitLength = bitLength;

// Beyond this many bits a JS bigint cannot be built (V8's limit is 2**30 bits).
const MAX_BITS = 2 ** 30;

export function intLshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new PyFault('ValueError', 'negative shift count');
  if (a === 0n) return 0n;
  if (n + BigInt(bitLength(a)) > BigInt(MAX_BITS)) throw new PyFault('MemoryError', '');
  return a << n;
}

export function intRshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new PyFault('ValueError', 'negative shift count');
  if (n >= BigInt(bitLength(a))) return a < 0n ? -1n : 0n;
  return a >> n;
}

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw new PyFault('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw new PyFault('OverflowError', 'cannot convert Infinity to integer ratio');
  return floatRatio(x);
}

export { roundHalfEvenDiv };
