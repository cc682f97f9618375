// int('…', base) and float('…'): the literal rules of CPython's
// PyLong_FromString and float_from_string, with their ValueError texts.

import { PyFault } from './fault';
import { strRepr } from './str-repr';
import { decimalValue, isSpaceCp } from './unicode-classes';

export const DEFAULT_MAX_STR_DIGITS = 4300;

/** Like CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits and spaces to ASCII. */
function toAsciiDigitsAndSpaces(s: string): string {
  if (!/[^\p{ASCII}]/u.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out += ch;
    else if (isSpaceCp(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String(d) : '?';
    }
  }
  return out;
}

const stripAsciiSpace = (s: string): string => s.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');

/** %.200R: the repr cut to 200 code points, as CPython's error message does. */
function cutRepr(s: string): string {
  const r = [...strRepr(s)];
  return r.length > 200 ? r.slice(0, 200).join('') : r.join('');
}

const PREFIX_BASE: Record<string, number> = { x: 16, o: 8, b: 2 };

export function intFromString(text: string, base: number | bigint = 10, maxDigits: number = DEFAULT_MAX_STR_DIGITS): bigint {
  const b = Number(base);
  if ((b !== 0 && b < 2) || b > 36) throw new PyFault('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const bad = (): PyFault => new PyFault('ValueError', `invalid literal for int() with base ${b}: ${cutRepr(text)}`);
  let s = stripAsciiSpace(toAsciiDigitsAndSpaces(text));
  let negative = false;
  if (s[0] === '+' || s[0] === '-') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  let radix = b;
  let underscoreAfterPrefix = false;
  const p = s[1]?.toLowerCase() ?? '';
  if (s[0] === '0' && p in PREFIX_BASE && (b === 0 || b === PREFIX_BASE[p])) {
    radix = PREFIX_BASE[p] as number;
    s = s.slice(2);
    underscoreAfterPrefix = true;
  } else if (b === 0) {
    radix = 10;
    // A decimal literal may not have leading zeros unless it is all zeros.
    if (s[0] === '0' && !/^0(_?0)*$/.test(s)) throw bad();
  }
  if (underscoreAfterPrefix && s[0] === '_') s = s.slice(1);
  if (!/^[0-9a-z]+(_[0-9a-z]+)*$/i.test(s)) throw bad();
  const digits = s.replace(/_/g, '');
  let value = 0n;
  for (const ch of digits) {
    const d = parseInt(ch, 36);
    if (d >= radix) throw bad();
  }
  if ((radix & (radix - 1)) !== 0 && maxDigits > 0 && digits.length > maxDigits) {
    throw new PyFault(
      'ValueError',
      `Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (radix === 10) value = BigInt(digits);
  else if (radix === 16) value = BigInt('0x' + digits);
  else if (radix === 8) value = BigInt('0o' + digits);
  else if (radix === 2) value = BigInt('0b' + digits);
  else {
    const R = BigInt(radix);
    for (const ch of digits) value = value * R + BigInt(parseInt(ch, 36));
  }
  return negative ? -value : value;
}

/** str(int) in decimal, refusing (as CPython 3.12 does) beyond the digit limit. */
export function intToDecimalString(a: bigint, maxDigits: number = DEFAULT_MAX_STR_DIGITS): string {
  const s = a.toString();
  const n = a < 0n ? s.length - 1 : s.length;
  if (maxDigits > 0 && n > maxDigits) {
    throw new PyFault(
      'ValueError',
      `Exceeds the limit (${maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

const DIGITS = '[0-9](?:_?[0-9])*';
const FLOAT_LITERAL = new RegExp(`^[+-]?(?:(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`, 'i');

export function floatFromString(text: string): number {
  const s = stripAsciiSpace(toAsciiDigitsAndSpaces(text));
  if (!FLOAT_LITERAL.test(s)) throw new PyFault('ValueError', `could not convert string to float: ${cutRepr(text)}`);
  const body = s.replace(/^[+-]/, '').toLowerCase();
  const negative = s[0] === '-';
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return negative ? -Infinity : Infinity;
  return Number(s.replace(/_/g, ''));
}
