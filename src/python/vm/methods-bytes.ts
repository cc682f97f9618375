// bytes and bytearray: constructors and methods. The search methods work on
// a latin-1 JS string of the bytes (one char per byte), which keeps them the
// same code as their str kin; whitespace, case and the is*() tests are
// ASCII-only, as CPython's bytes_methods.c.

import { PyBytes, PyList, PyTuple, PyObj, PyWrapper, type PyVal, type PyType } from './objects';
import { unbox } from './boxed';
import { binop } from './arith';
import { T, raise, typeName, NotImplemented, isSubtype } from './types';
import * as ops from './ops';
import { method } from './native';
import { ctors } from './ops-attr';
import { decodeBytes, encodeStr, codecArgs } from './codecs';
import { percentFormat } from './percent';
import { defineBytearrayMutators } from './methods-bytearray';
import { range_ } from './methods-str';

function percentBytes(v: PyVal): string {
  if (v instanceof PyBytes) return latin1(v.data);
  throw raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
}

type Kw = Map<string, PyVal> | null;

export function latin1(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function self(a: PyVal[]): PyBytes {
  return a[0] as PyBytes;
}

/** A result of self's kind: bytearray methods give bytearrays. */
function like(b: PyBytes, s: string | Uint8Array): PyBytes {
  return new PyBytes(isSubtype(b.cls, T.bytearray) ? T.bytearray : T.bytes, typeof s === 'string' ? fromLatin1(s) : s);
}

/** A bytes-like argument as latin-1 (bytes, bytearray). */
function buf(v: PyVal, what = 'a bytes-like object is required'): string {
  if (v instanceof PyBytes) return latin1(v.data);
  throw raise('TypeError', what === 'a bytes-like object is required' ? `${what}, not '${typeName(v)}'` : what);
}

export function byteValue(v: PyVal, msg = 'byte must be in range(0, 256)'): number {
  const n = ops.index(v);
  if (n < 0n || n > 255n) throw raise('ValueError', msg);
  return Number(n);
}

/** A search argument: bytes-like or an int (one byte). */
function needle(v: PyVal, name: string): string {
  if (v instanceof PyBytes) return latin1(v.data);
  if (typeof v === 'bigint' || typeof v === 'boolean' || typeof unbox(v) === 'bigint') return String.fromCharCode(byteValue(v));
  throw raise('TypeError', name ? `argument should be integer or bytes-like object, not '${typeName(v)}'` : `a bytes-like object is required, not '${typeName(v)}'`);
}

const WS = ' \t\n\r\x0b\x0c';
const isWs = (c: string): boolean => WS.includes(c);
const isUpper = (c: string): boolean => c >= 'A' && c <= 'Z';
const isLower = (c: string): boolean => c >= 'a' && c <= 'z';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const up = (c: string): string => (isLower(c) ? String.fromCharCode(c.charCodeAt(0) - 32) : c);
const low = (c: string): string => (isUpper(c) ? String.fromCharCode(c.charCodeAt(0) + 32) : c);

function find(s: string, a: PyVal[], right: boolean): number {
  const sub = needle(a[0] as PyVal, 'find');
  const [lo, hi] = range_(s, a, 1);
  if (hi - lo < sub.length) return -1;
  const seg = s.slice(lo, hi);
  const k = right ? seg.lastIndexOf(sub) : seg.indexOf(sub);
  return k < 0 ? -1 : k + lo;
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isWs(s[i] as string)) i++;
    if (i >= s.length) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let j = s.length;
      while (j > i && isWs(s[j - 1] as string)) j--;
      out.push(s.slice(i, j));
      return out;
    }
    let j = i;
    while (j < s.length && !isWs(s[j] as string)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isWs(s[i - 1] as string)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let j = 0;
      while (j < i && isWs(s[j] as string)) j++;
      out.push(s.slice(j, i));
      break;
    }
    let j = i;
    while (j > 0 && !isWs(s[j - 1] as string)) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitArgs(a: PyVal[], kw: Kw): [PyVal, number] {
  const sep = a[1] ?? kw?.get('sep') ?? null;
  const m = a[2] ?? kw?.get('maxsplit');
  return [sep, m === undefined ? -1 : Number(ops.index(m))];
}

function split(s: string, sep: PyVal, maxsplit: number, right: boolean): string[] {
  if (sep === null) return right ? rsplitWs(s, maxsplit) : splitWs(s, maxsplit);
  const p = buf(sep);
  if (!p) throw raise('ValueError', 'empty separator');
  const parts = s.split(p);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  if (right) return [parts.slice(0, parts.length - maxsplit).join(p), ...parts.slice(parts.length - maxsplit)];
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(p)];
}

function strip(s: string, chars: PyVal | undefined, left: boolean, right: boolean): string {
  const set = chars === undefined || chars === null ? WS : buf(chars);
  let i = 0, j = s.length;
  if (left) while (i < j && set.includes(s[i] as string)) i++;
  if (right) while (j > i && set.includes(s[j - 1] as string)) j--;
  return s.slice(i, j);
}

function all(s: string, test: (c: string) => boolean): boolean {
  return s.length > 0 && [...s].every(test);
}

function title(s: string): string {
  let out = '', prev = false;
  for (const c of s) {
    const cased = isUpper(c) || isLower(c);
    out += cased ? (prev ? low(c) : up(c)) : c;
    prev = cased;
  }
  return out;
}

function istitle(s: string): boolean {
  let prev = false, any = false;
  for (const c of s) {
    if (isUpper(c)) {
      if (prev) return false;
      prev = any = true;
    } else if (isLower(c)) {
      if (!prev) return false;
      any = true;
    } else prev = false;
  }
  return any;
}

function splitlines(s: string, keep: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
    let e = j;
    if (j < s.length) e = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
    out.push(keep ? s.slice(i, e) : s.slice(i, j));
    i = e;
  }
  return out;
}

function hex(d: Uint8Array, a: PyVal[]): string {
  const parts = [...d].map((b) => b.toString(16).padStart(2, '0'));
  if (a[1] === undefined) return parts.join('');
  const sep = typeof a[1] === 'string' ? a[1] : buf(a[1] as PyVal);
  if (sep.length !== 1) throw raise('ValueError', 'sep must be length 1.');
  const per = a[2] === undefined ? 1 : Number(ops.index(a[2] as PyVal));
  if (per === 0) return parts.join('');
  const n = Math.abs(per), groups: string[] = [];
  // A positive bytes_per_sep groups from the right, as CPython's _Py_strhex does.
  if (per > 0) for (let e = parts.length; e > 0; e -= n) groups.unshift(parts.slice(Math.max(0, e - n), e).join(''));
  else for (let b = 0; b < parts.length; b += n) groups.push(parts.slice(b, b + n).join(''));
  return groups.join(sep);
}

function fromhex(s: PyVal): Uint8Array {
  if (typeof s !== 'string') throw raise('TypeError', `fromhex() argument must be str, not ${typeName(s)}`);
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (WS.includes(s[i] as string)) {
      i++;
      continue;
    }
    const pair = s.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      const at = /^[0-9a-fA-F]/.test(pair) ? i + 1 : i;
      throw raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${at}`);
    }
    out.push(parseInt(pair, 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

/** The bytes a bytes()/bytearray() call makes from its arguments. */
function build(name: string, args: PyVal[], kw: Kw): Uint8Array {
  const v = args[0] ?? kw?.get('source');
  const enc = args[1] ?? kw?.get('encoding');
  if (v === undefined) {
    if (enc !== undefined) throw raise('TypeError', 'encoding without a string argument');
    return new Uint8Array();
  }
  if (typeof v === 'string' || typeof unbox(v) === 'string') {
    if (enc === undefined) throw raise('TypeError', 'string argument without an encoding');
    const [e, err] = codecArgs(name, args.slice(1), kw);
    return encodeStr(unbox(v) as string, e, err);
  }
  if (enc !== undefined) throw raise('TypeError', 'encoding without a string argument');
  if (v instanceof PyBytes) return v.data.slice();
  if (typeof v === 'bigint' || typeof unbox(v) === 'bigint') {
    const n = ops.index(v);
    if (n < 0n) throw raise('ValueError', 'negative count');
    return new Uint8Array(Number(n));
  }
  if (typeof v === 'number') throw raise('TypeError', `cannot convert '${typeName(v)}' object to ${name}`);
  let items: PyVal[];
  try {
    items = ops.toArray(v);
  } catch (e) {
    if (e instanceof PyObj && e.cls.name === 'TypeError') throw raise('TypeError', `cannot convert '${typeName(v)}' object to ${name}`);
    throw e;
  }
  return Uint8Array.from(items.map((x) => byteValue(x, 'bytes must be in range(0, 256)')));
}

function defineCommon(t: PyType): void {
  const m = (name: string, fn: (b: PyBytes, s: string, a: PyVal[], kw: Kw) => PyVal): void =>
    method(t, name, (a, kw) => {
      const b = self(a);
      if (!(b instanceof PyBytes) || !isSubtype(b.cls, t)) throw raise('TypeError', `descriptor '${name}' requires a '${t.name}' object but received a '${typeName(b)}'`);
      return fn(b, latin1(b.data), a.slice(1), kw ?? null);
    });
  m('decode', (b, _s, a, kw) => decodeBytes(b.data, ...codecArgs('decode', a, kw)));
  m('hex', (b, _s, a) => hex(b.data, [null, ...a]));
  m('upper', (b, s) => like(b, [...s].map(up).join('')));
  m('lower', (b, s) => like(b, [...s].map(low).join('')));
  m('swapcase', (b, s) => like(b, [...s].map((c) => (isUpper(c) ? low(c) : up(c))).join('')));
  m('capitalize', (b, s) => like(b, up(s.slice(0, 1)) + [...s.slice(1)].map(low).join('')));
  m('title', (b, s) => like(b, title(s)));
  m('isalpha', (_b, s) => all(s, (c) => isUpper(c) || isLower(c)));
  m('isdigit', (_b, s) => all(s, isDigit));
  m('isalnum', (_b, s) => all(s, (c) => isUpper(c) || isLower(c) || isDigit(c)));
  m('isspace', (_b, s) => all(s, isWs));
  m('isascii', (_b, s) => [...s].every((c) => c < '\x80'));
  m('isupper', (_b, s) => [...s].some(isUpper) && ![...s].some(isLower));
  m('islower', (_b, s) => [...s].some(isLower) && ![...s].some(isUpper));
  m('istitle', (_b, s) => istitle(s));
  m('split', (b, s, a, kw) => new PyList(T.list, split(s, ...splitArgs([null, ...a], kw), false).map((x) => like(b, x))));
  m('rsplit', (b, s, a, kw) => new PyList(T.list, split(s, ...splitArgs([null, ...a], kw), true).map((x) => like(b, x))));
  m('splitlines', (b, s, a, kw) => new PyList(T.list, splitlines(s, ops.truthy(a[0] ?? kw?.get('keepends') ?? false)).map((x) => like(b, x))));
  m('join', (b, s, a) =>
    like(
      b,
      ops
        .toArray(a[0] as PyVal)
        .map((x, i) => {
          if (!(x instanceof PyBytes)) throw raise('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
          return latin1(x.data);
        })
        .join(s),
    ),
  );
  m('strip', (b, s, a) => like(b, strip(s, a[0], true, true)));
  m('lstrip', (b, s, a) => like(b, strip(s, a[0], true, false)));
  m('rstrip', (b, s, a) => like(b, strip(s, a[0], false, true)));
  const affix = (s: string, a: PyVal[], end: boolean): boolean => {
    const p = a[0] as PyVal;
    const [lo, hi] = range_(s, a, 1);
    const seg = s.slice(lo, hi);
    const opts = p instanceof PyTuple ? p.items : [p];
    return opts.some((x) => {
      const w = end ? 'endswith' : 'startswith';
      const q = buf(x, `${w} first arg must be bytes or a tuple of bytes, not ${typeName(x)}`);
      return end ? seg.endsWith(q) : seg.startsWith(q);
    });
  };
  m('startswith', (_b, s, a) => affix(s, a, false));
  m('endswith', (_b, s, a) => affix(s, a, true));
  m('find', (_b, s, a) => BigInt(find(s, a, false)));
  m('rfind', (_b, s, a) => BigInt(find(s, a, true)));
  const index = (s: string, a: PyVal[], right: boolean): bigint => {
    const k = find(s, a, right);
    if (k < 0) throw raise('ValueError', 'subsection not found');
    return BigInt(k);
  };
  m('index', (_b, s, a) => index(s, a, false));
  m('rindex', (_b, s, a) => index(s, a, true));
  m('count', (_b, s, a) => {
    const sub = needle(a[0] as PyVal, 'count');
    const [lo, hi] = range_(s, a, 1);
    const seg = s.slice(lo, hi);
    if (!sub) return BigInt(seg.length + 1);
    return BigInt(seg.split(sub).length - 1);
  });
  m('replace', (b, s, a) => {
    const old = buf(a[0] as PyVal), neu = buf(a[1] as PyVal);
    let n = a[2] === undefined ? -1 : Number(ops.index(a[2] as PyVal));
    if (n < 0) n = Infinity;
    if (old === '') {
      let out = '', k = 0;
      for (let i = 0; i <= s.length; i++) {
        if (k < n) {
          out += neu;
          k++;
        }
        if (i < s.length) out += s[i];
      }
      return like(b, out);
    }
    const parts = s.split(old);
    if (parts.length - 1 <= n) return like(b, parts.join(neu));
    return like(b, parts.slice(0, n + 1).join(neu) + old + parts.slice(n + 1).join(old));
  });
  m('partition', (b, s, a) => {
    const sep = buf(a[0] as PyVal);
    if (!sep) throw raise('ValueError', 'empty separator');
    const k = s.indexOf(sep);
    const parts = k < 0 ? [s, '', ''] : [s.slice(0, k), sep, s.slice(k + sep.length)];
    return new PyTuple(T.tuple, parts.map((x) => like(b, x)));
  });
  m('rpartition', (b, s, a) => {
    const sep = buf(a[0] as PyVal);
    if (!sep) throw raise('ValueError', 'empty separator');
    const k = s.lastIndexOf(sep);
    const parts = k < 0 ? ['', '', s] : [s.slice(0, k), sep, s.slice(k + sep.length)];
    return new PyTuple(T.tuple, parts.map((x) => like(b, x)));
  });
  const pad = (kind: 'center' | 'ljust' | 'rjust') => (b: PyBytes, s: string, a: PyVal[]): PyVal => {
    const w = Number(ops.index(a[0] as PyVal));
    const fill = a[1] === undefined ? ' ' : buf(a[1] as PyVal);
    if (fill.length !== 1) throw raise('TypeError', `${kind}() argument 2 must be a byte string of length 1, not ${typeName(a[1] as PyVal)}`);
    const n = w - s.length;
    if (n <= 0) return like(b, s);
    if (kind === 'ljust') return like(b, s + fill.repeat(n));
    if (kind === 'rjust') return like(b, fill.repeat(n) + s);
    const left = Math.floor(n / 2) + (n & w & 1);
    return like(b, fill.repeat(left) + s + fill.repeat(n - left));
  };
  m('center', pad('center'));
  m('ljust', pad('ljust'));
  m('rjust', pad('rjust'));
  m('zfill', (b, s, a) => {
    const w = Number(ops.index(a[0] as PyVal));
    if (s.length >= w) return like(b, s);
    const sign = s[0] === '-' || s[0] === '+' ? (s[0] as string) : '';
    return like(b, sign + '0'.repeat(w - s.length) + s.slice(sign.length));
  });
  m('expandtabs', (b, s, a, kw) => {
    const size = Number(ops.index(a[0] ?? kw?.get('tabsize') ?? 8n));
    let col = 0, out = '';
    for (const c of s) {
      if (c === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return like(b, out);
  });
  m('removeprefix', (b, s, a) => {
    const p = buf(a[0] as PyVal);
    return like(b, s.startsWith(p) ? s.slice(p.length) : s);
  });
  m('removesuffix', (b, s, a) => {
    const p = buf(a[0] as PyVal);
    return like(b, p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  });
  m('__contains__', (_b, s, a) => s.includes(needle(a[0] as PyVal, '')));
  m('__len__', (b) => BigInt(b.data.length));
  m('__getitem__', (b, _s, a) => ops.getItem(b, a[0] as PyVal));
  m('__add__', (b, _s, a) => (a[0] instanceof PyBytes ? binop('+', b, a[0]) : NotImplemented));
  m('__mul__', (b, _s, a) => binop('*', b, a[0] as PyVal));
  m('__rmul__', (b, _s, a) => binop('*', b, a[0] as PyVal));
  m('__repr__', (b) => ops.repr(b));
  m('__str__', (b) => ops.repr(b));
  m('__eq__', (b, _s, a) => (a[0] instanceof PyBytes ? ops.eq(b, a[0]) : NotImplemented));
  m('__ne__', (b, _s, a) => (a[0] instanceof PyBytes ? !ops.eq(b, a[0]) : NotImplemented));
  m('__lt__', (b, _s, a) => (a[0] instanceof PyBytes ? ops.compare('<', b, a[0]) : NotImplemented));
  m('__le__', (b, _s, a) => (a[0] instanceof PyBytes ? ops.compare('<=', b, a[0]) : NotImplemented));
  m('__gt__', (b, _s, a) => (a[0] instanceof PyBytes ? ops.compare('>', b, a[0]) : NotImplemented));
  m('__ge__', (b, _s, a) => (a[0] instanceof PyBytes ? ops.compare('>=', b, a[0]) : NotImplemented));
  m('__iter__', (b) => ops.getIter(b));
  m('__mod__', (b, s, a) => like(b, percentFormat(s, a[0] as PyVal, percentBytes)));
}

export function installBytesMethods(): void {
  defineCommon(T.bytes);
  defineCommon(T.bytearray);
  defineBytearrayMutators();
  const fromhexOf = (t: PyType) => (a: PyVal[]): PyVal => new PyBytes(t, fromhex(a[1] as PyVal));
  for (const t of [T.bytes, T.bytearray]) {
    method(t, 'fromhex', fromhexOf(t));
    // fromhex is a classmethod (bytes.fromhex('..') and b''.fromhex('..')).
    const f = t.dict.get('fromhex') as PyVal;
    t.dict.set('fromhex', new PyWrapper(T.classmethod, f));
  }
  ctors.set(T.bytes, (t, args, kw) => new PyBytes(t, build('bytes', args, kw)));
  ctors.set(T.bytearray, (t, args, kw) => new PyBytes(t, build('bytearray', args, kw)));
}
