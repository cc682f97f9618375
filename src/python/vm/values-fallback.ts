// The values library (src/python/values/) as the VM uses it, plus local
// stand-ins for the parts not landed yet (the format mini-language); the VM
// imports these names from here only, so switching is one file.

import { raise } from './types';
import { floatRepr } from '../values/float-repr';

export { floatRepr } from '../values/float-repr';
export { intHash, floatHash, strHash, tupleHash } from '../values/hashing';
export { intFloorDiv, intMod, floatMod, floatFloorDiv, intPow, floatPow, intTrueDiv, floatTrueDiv, intToFloat, roundFloat, roundInt, intFromString, floatFromString } from '../values/numbers';
export { strRepr } from '../values/str-repr';
export { PyFault } from '../values/fault';

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
