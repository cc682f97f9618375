// float.hex() and float.fromhex(), and the exact comparison of an int with a
// float (CPython compares the values exactly: 2**53 + 1 > 2.0**53 is True).

import { PyFault } from './fault';
import { floatParts, floatRatio, roundScaled } from './float-bits';

/** -1, 0 or 1 as a < x, a == x, a > x; NaN when x is NaN (every comparison is False). */
export function intFloatCompare(a: bigint, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const [n, d] = floatRatio(x);
  const l = a * d;
  return l < n ? -1 : l > n ? 1 : 0;
}

export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const { mant, exp } = floatParts(Math.abs(x));
  // mant has the implicit bit at 2**52 for normal numbers; subnormals print as 0x0.…p-1022.
  const lead = mant >> 52n;
  const frac = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  const e = lead === 0n ? -1022 : exp + 52;
  return `${sign}0x${lead}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

const HEX_FLOAT = /^[ \t\n\v\f\r]*([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)[ \t\n\v\f\r]*$/i;

export function floatFromHex(s: string): number {
  const bad = (): PyFault => new PyFault('ValueError', 'invalid hexadecimal floating-point string');
  const m = HEX_FLOAT.exec(s);
  if (!m) throw bad();
  const negative = m[1] === '-';
  if (m[2]) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return negative ? -v : v;
  }
  const whole = m[3] ?? '';
  const frac = m[4] ?? '';
  if (whole === '' && frac === '') throw bad();
  const mant = BigInt('0x' + (whole + frac || '0'));
  const exp = BigInt(m[5] ?? '0') - BigInt(4 * frac.length);
  let r: number;
  if (mant === 0n) r = 0;
  else if (exp > 1100n) r = Infinity;
  else if (exp < -100000n) r = 0;
  else r = exp >= 0n ? roundScaled(mant << exp, 0, false) : roundScaled(mant, Number(-exp), false);
  if (!Number.isFinite(r)) throw new PyFault('OverflowError', 'hexadecimal value too large to represent as a float');
  return negative ? -r : r;
}
