// A minimal local stand-in for src/python/values/ (float repr, int semantics,
// the format mini-language, hashing) until that library lands; the VM imports
// these names from here only, so switching is one file.

import { raise } from './types';

export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const digits = mant.replace('-', '').replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp >= -5 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return `${sign}${intPart}.${frac || '0'}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw raise('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw raise('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw raise('ZeroDivisionError', 'float modulo');
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? (b < 0 ? -0 : 0) : r;
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw raise('ZeroDivisionError', 'float floor division by zero');
  return Math.floor(a / b);
}

const P61 = (1n << 61n) - 1n;
export function intHash(a: bigint): bigint {
  const h = a < 0n ? -((-a) % P61) : a % P61;
  return h === -1n ? -2n : h;
}

export function floatHash(x: number): bigint {
  if (Number.isInteger(x)) return intHash(BigInt(x));
  if (Number.isNaN(x)) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  // CPython's _Py_HashDouble: the value as m * 2**e reduced modulo 2**61 - 1.
  let m = Math.abs(x);
  let e = 0;
  while (m < 1) {
    m *= 2;
    e--;
  }
  while (m >= 1) {
    m /= 2;
    e++;
  }
  let h = 0n;
  while (m) {
    h = ((h << 28n) & P61) | (h >> 33n);
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    h += BigInt(y);
    if (h >= P61) h -= P61;
  }
  e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
  h = ((h << BigInt(e)) & P61) | (h >> BigInt(61 - e));
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

export function strHash(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(61, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return h === -1n ? -2n : h;
}

export function tupleHash(hashes: bigint[]): bigint {
  // CPython's xxHash-based tuplehash.
  const M = 1n << 64n;
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  let acc = P5;
  for (const h of hashes) {
    acc = (acc + BigInt.asUintN(64, h) * P2) % M;
    acc = ((acc << 31n) | (acc >> 33n)) % M;
    acc = (acc * P1) % M;
  }
  acc = (acc + (BigInt(hashes.length) ^ (P5 ^ 3527539n))) % M;
  if (acc === M - 1n) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  group: string;
  precision: number | null;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (!m) throw raise('ValueError', 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '), align: m[2] ?? (m[5] ? '=' : ''), sign: m[3] ?? '-', alt: !!m[4], zero: !!m[5],
    width: m[6] ? Number(m[6]) : 0, group: m[7] ?? '', precision: m[8] !== undefined ? Number(m[8]) : null, type: m[9] ?? '',
  };
}

function group(intDigits: string, sep: string, every = 3): string {
  if (!sep) return intDigits;
  let out = '';
  for (let i = intDigits.length; i > 0; i -= every) out = intDigits.slice(Math.max(0, i - every), i) + (out ? sep + out : '');
  return out;
}

function pad(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const len = [...body].length + sign.length;
  if (len >= s.width) return sign + body;
  const n = s.width - len;
  const align = s.align || defaultAlign;
  const f = s.fill;
  if (align === '=') return sign + f.repeat(n) + body;
  if (align === '<') return sign + body + f.repeat(n);
  if (align === '^') return f.repeat(Math.floor(n / 2)) + sign + body + f.repeat(n - Math.floor(n / 2));
  return f.repeat(n) + sign + body;
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

export function formatStr(v: string, spec: string): string {
  if (!spec) return v;
  const s = parseSpec(spec);
  if (s.type && s.type !== 's') throw raise('ValueError', `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== '-' && spec.includes(s.sign)) throw raise('ValueError', 'Sign not allowed in string format specifier');
  const body = s.precision !== null ? [...v].slice(0, s.precision).join('') : v;
  return pad(body, '', s, '<');
}

export function formatInt(a: bigint, spec: string): string {
  if (!spec) return a.toString();
  const s = parseSpec(spec);
  if ('eEfFgG%'.includes(s.type) && s.type) return formatFloat(Number(a), spec);
  const neg = a < 0n;
  const abs = neg ? -a : a;
  let body: string;
  let prefix = '';
  switch (s.type) {
    case '': case 'd': case 'n':
      body = group(abs.toString(), s.group);
      break;
    case 'b': body = abs.toString(2); prefix = s.alt ? '0b' : ''; break;
    case 'o': body = abs.toString(8); prefix = s.alt ? '0o' : ''; break;
    case 'x': body = abs.toString(16); prefix = s.alt ? '0x' : ''; break;
    case 'X': body = abs.toString(16).toUpperCase(); prefix = s.alt ? '0X' : ''; break;
    case 'c': return pad(String.fromCodePoint(Number(a)), '', s, '<');
    default:
      throw raise('ValueError', `Unknown format code '${s.type}' for object of type 'int'`);
  }
  if (s.group && 'boxX'.includes(s.type) && s.type) body = group(body, s.group, 4);
  if (s.zero && !s.align && s.width) {
    const sign = signOf(neg, s) + prefix;
    return sign + body.padStart(s.width - sign.length, '0');
  }
  return pad(body, signOf(neg, s) + prefix, s, '>');
}

function fixed(x: number, p: number): string {
  if (Math.abs(x) < 1e21) return x.toFixed(p);
  const big = BigInt(x).toString();
  return p ? `${big}.${'0'.repeat(p)}` : big;
}

function expo(x: number, p: number, upper: boolean): string {
  const [m, e] = x.toExponential(p).split('e') as [string, string];
  const n = Number(e);
  const t = `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  return upper ? t.toUpperCase() : t;
}

function general(x: number, p: number, alt: boolean, upper: boolean): string {
  if (p === 0) p = 1;
  if (x === 0) return alt ? `0.${'0'.repeat(p - 1)}` : '0';
  const exp = Number(x.toExponential(p - 1).split('e')[1]);
  let t = exp >= -4 && exp < p ? x.toFixed(Math.max(0, p - 1 - exp)) : expo(x, p - 1, upper);
  if (!alt) t = t.replace(/\.0*(?=e|E|$)|(\.\d*?)0+(?=e|E|$)/, '$1');
  return t;
}

export function formatFloat(x: number, spec: string): string {
  if (!spec) return floatRepr(x);
  const s = parseSpec(spec);
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  if (!Number.isFinite(a)) body = Number.isNaN(a) ? 'nan' : 'inf';
  else {
    switch (s.type) {
      case 'f': case 'F': body = fixed(a, s.precision ?? 6); break;
      case 'e': case 'E': body = expo(a, s.precision ?? 6, s.type === 'E'); break;
      case 'g': case 'G': body = general(a, s.precision ?? 6, s.alt, s.type === 'G'); break;
      case '%': body = `${fixed(a * 100, s.precision ?? 6)}%`; break;
      case '': case 'n':
        body = s.precision === null ? floatRepr(a) : general(a, s.precision, s.alt, false);
        if (s.precision !== null && !/[.e]/.test(body)) body = s.type === '' && !body.includes('.') && !body.includes('e') ? body : body;
        break;
      default:
        throw raise('ValueError', `Unknown format code '${s.type}' for object of type 'float'`);
    }
  }
  if (s.group) {
    const [i, ...rest] = body.split('.');
    body = [group(i ?? '', s.group), ...rest].join('.');
  }
  if (s.zero && !s.align && s.width) {
    const sign = signOf(neg, s);
    return sign + body.padStart(s.width - sign.length, '0');
  }
  return pad(body, signOf(neg, s), s, '>');
}
