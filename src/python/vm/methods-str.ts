// str methods (a local stand-in for values/str-methods.ts).

import { unbox } from './boxed';
import { PyList, PyTuple, PyObj, PyBytes, PyWrapper, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, raise, typeName, NotImplemented } from './types';
import * as ops from './ops';
import { method } from './native';
import { format } from './interp-helpers';
import { encodeStr, codecArgs } from './codecs';
import { title, capitalize, swapcase, casefold, istitle } from '../values/str-case';

function s0(args: PyVal[]): string {
  return args[0] as string;
}
function strArg(v: PyVal, what: string): string {
  if (typeof v !== 'string') throw raise('TypeError', `${what} must be str, not ${typeName(v)}`);
  return v;
}
const WS = ' \t\n\r\x0b\x0c\u00a0\u2000\u3000';

function strip(s: string, chars: PyVal | undefined, left: boolean, right: boolean): string {
  const set = chars === undefined || chars === null ? WS : strArg(chars, 'strip arg');
  let a = 0, b = s.length;
  if (left) while (a < b && set.includes(s[a] as string)) a++;
  if (right) while (b > a && set.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

function split(s: string, sep: PyVal | undefined, maxsplit: number): string[] {
  if (sep === undefined || sep === null) {
    const out: string[] = [];
    let i = 0;
    while (i < s.length) {
      while (i < s.length && WS.includes(s[i] as string)) i++;
      if (i >= s.length) break;
      if (maxsplit >= 0 && out.length === maxsplit) {
        out.push(s.slice(i).replace(/[\s]+$/, ''));
        return out;
      }
      let j = i;
      while (j < s.length && !WS.includes(s[j] as string)) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  const p = strArg(sep, 'must be str or None');
  if (!p) throw raise('ValueError', 'empty separator');
  const parts = s.split(p);
  if (maxsplit >= 0 && parts.length > maxsplit + 1) return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(p)];
  return parts;
}

function rsplit(s: string, sep: PyVal | undefined, maxsplit: number): string[] {
  if (maxsplit < 0) return split(s, sep, -1);
  if (sep === undefined || sep === null) {
    const all = split(s, null, -1);
    if (all.length <= maxsplit + 1) return all;
    // Keep the head as it was in s.
    const keep = all.slice(all.length - maxsplit);
    let head = s.replace(/\s+$/, '');
    for (let i = keep.length - 1; i >= 0; i--) head = head.slice(0, head.length - (keep[i] as string).length).replace(/\s+$/, '');
    return [head, ...keep];
  }
  const p = strArg(sep, 'must be str or None');
  const parts = s.split(p);
  if (parts.length > maxsplit + 1) return [parts.slice(0, parts.length - maxsplit).join(p), ...parts.slice(parts.length - maxsplit)];
  return parts;
}

/** The `start, end` arguments of find/count/startswith… (at `i0` and after) as bounds into `s`, as slicing clamps them. */
export function range_(s: string, args: PyVal[], i0: number): [number, number] {
  const n = s.length;
  const norm = (v: PyVal | undefined, d: number): number => {
    if (v === undefined || v === null) return d;
    let x = Number(ops.index(v));
    if (x < 0) x = Math.max(0, x + n);
    return Math.min(x, n);
  };
  return [norm(args[i0], 0), norm(args[i0 + 1], n)];
}

/** str.format and format_map. */
export function strFormat(fmt: string, args: PyVal[], kw: Map<string, PyVal> | null | PyDict): string {
  let auto = 0;
  let out = '';
  let i = 0;
  const lookup = (field: string): PyVal => {
    const m = /^([^.[]*)(.*)$/s.exec(field) as RegExpExecArray;
    const head = m[1] as string;
    let v: PyVal;
    if (head === '') {
      if (auto < 0) throw raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      v = args[auto++] as PyVal;
      if (v === undefined) throw raise('IndexError', `Replacement index ${auto - 1} out of range for positional args tuple`);
    } else if (/^\d+$/.test(head)) {
      if (auto > 0) throw raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
      auto = -1;
      v = args[Number(head)] as PyVal;
      if (v === undefined) throw raise('IndexError', `Replacement index ${head} out of range for positional args tuple`);
    } else {
      const x = kw instanceof PyDict ? kw.get(head) : kw?.get(head);
      if (x === undefined) throw ops.keyError(head);
      v = x;
    }
    let rest = m[2] as string;
    while (rest) {
      const a = /^\.([^.[]+)/.exec(rest);
      if (a) {
        v = ops.getAttr(v, a[1] as string);
        rest = rest.slice(a[0].length);
        continue;
      }
      const b = /^\[([^\]]*)\]/.exec(rest);
      if (!b) throw raise('ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      const key = b[1] as string;
      v = ops.getItem(v, /^\d+$/.test(key) ? BigInt(key) : key);
      rest = rest.slice(b[0].length);
    }
    return v;
  };
  while (i < fmt.length) {
    const c = fmt[i] as string;
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1, j = i + 1;
      while (j < fmt.length && depth) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth) j++;
      }
      if (depth) throw raise('ValueError', "Single '{' encountered in format string");
      const body = fmt.slice(i + 1, j);
      const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(body);
      if (!m) throw raise('ValueError', 'invalid format string');
      let v = lookup(m[1] as string);
      if (m[2] === 'r') v = ops.repr(v);
      else if (m[2] === 's') v = ops.str(v);
      else if (m[2] === 'a') v = ops.repr(v);
      const spec = m[3] ? strFormat(m[3], args, kw) : '';
      out += format(v, spec);
      i = j + 1;
    } else if (c === '}') {
      if (fmt[i + 1] !== '}') throw raise('ValueError', "Single '}' encountered in format string");
      out += '}';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function isAll(s: string, re: RegExp): boolean {
  return s.length > 0 && [...s].every((c) => re.test(c));
}

export function installStrMethods(): void {
  const t = T.str;
  const m = (name: string, fn: (s: string, args: PyVal[], kw: Map<string, PyVal> | null) => PyVal): void =>
    method(t, name, (args, kw) => {
      if (typeof args[0] !== 'string') throw raise('TypeError', `descriptor '${name}' requires a 'str' object but received a '${typeName(args[0] ?? null)}'`);
      return fn(s0(args), args.slice(1), kw);
    });
  const list = (xs: string[]): PyList => new PyList(T.list, xs);
  m('upper', (s) => s.toUpperCase());
  m('lower', (s) => s.toLowerCase());
  // Case mappings from the values library: titlecase and special casing as CPython's unicodedata has them ('ß'.title() is 'Ss').
  m('casefold', (s) => casefold(s));
  m('title', (s) => title(s));
  m('capitalize', (s) => capitalize(s));
  m('swapcase', (s) => swapcase(s));
  m('strip', (s, a) => strip(s, a[0], true, true));
  m('lstrip', (s, a) => strip(s, a[0], true, false));
  m('rstrip', (s, a) => strip(s, a[0], false, true));
  m('split', (s, a, kw) => list(split(s, a[0] ?? kw?.get('sep'), Number(a[1] ?? kw?.get('maxsplit') ?? -1n))));
  m('rsplit', (s, a, kw) => list(rsplit(s, a[0] ?? kw?.get('sep'), Number(a[1] ?? kw?.get('maxsplit') ?? -1n))));
  m('splitlines', (s, a) => {
    const keep = ops.truthy(a[0] ?? false);
    const out: string[] = [];
    // The line boundaries str.splitlines() knows (a regex with control characters would trip the linter).
    const re = new RegExp(['\\r\\n', ...'\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029'].join('|'), 'g');
    let last = 0;
    for (let r = re.exec(s); r; r = re.exec(s)) {
      out.push(s.slice(last, keep ? r.index + r[0].length : r.index));
      last = r.index + r[0].length;
    }
    if (last < s.length) out.push(s.slice(last));
    return list(out);
  });
  m('join', (s, a) => {
    // A str subclass's item joins as its value (str.join reads the characters, never __str__).
    const items = ops.toArray(a[0] as PyVal).map(unbox);
    items.forEach((x, i) => {
      if (typeof x !== 'string') throw raise('TypeError', `sequence item ${i}: expected str instance, ${typeName(x)} found`);
    });
    return items.join(s);
  });
  m('replace', (s, a) => {
    const [old, nu] = [strArg(a[0] as PyVal, 'replace() argument 1'), strArg(a[1] as PyVal, 'replace() argument 2')];
    let count = a[2] === undefined ? -1 : Number(ops.index(a[2]));
    if (count < 0) return s.split(old).join(nu);
    let out = '', rest = s;
    while (count-- > 0) {
      const k = rest.indexOf(old);
      if (k < 0) break;
      out += rest.slice(0, k) + nu;
      rest = rest.slice(k + old.length);
      if (!old) {
        out += rest[0] ?? '';
        rest = rest.slice(1);
      }
    }
    return out + rest;
  });
  const find = (s: string, a: PyVal[], rev: boolean): number => {
    const sub = strArg(a[0] as PyVal, 'must be str');
    const [lo, hi] = range_(s, a, 1);
    const seg = s.slice(lo, hi);
    if (hi - lo < sub.length) return -1;
    const k = rev ? seg.lastIndexOf(sub) : seg.indexOf(sub);
    return k < 0 ? -1 : k + lo;
  };
  m('find', (s, a) => BigInt(find(s, a, false)));
  m('rfind', (s, a) => BigInt(find(s, a, true)));
  m('index', (s, a) => {
    const k = find(s, a, false);
    if (k < 0) throw raise('ValueError', 'substring not found');
    return BigInt(k);
  });
  m('rindex', (s, a) => {
    const k = find(s, a, true);
    if (k < 0) throw raise('ValueError', 'substring not found');
    return BigInt(k);
  });
  m('count', (s, a) => {
    const sub = strArg(a[0] as PyVal, 'must be str');
    const [lo, hi] = range_(s, a, 1);
    const seg = s.slice(lo, hi);
    if (!sub) return BigInt(ops.strLen(seg) + 1);
    return BigInt(seg.split(sub).length - 1);
  });
  const affix = (s: string, a: PyVal[], end: boolean): boolean => {
    const p = a[0] as PyVal;
    const [lo, hi] = range_(s, a, 1);
    const seg = s.slice(lo, hi);
    const opts = p instanceof PyTuple ? p.items : [p];
    return opts.some((x) => {
      if (typeof x !== 'string') throw raise('TypeError', `${end ? 'endswith' : 'startswith'} first arg must be str or a tuple of str, not ${typeName(x)}`);
      return end ? seg.endsWith(x) : seg.startsWith(x);
    });
  };
  m('startswith', (s, a) => affix(s, a, false));
  m('endswith', (s, a) => affix(s, a, true));
  m('partition', (s, a) => {
    const sep = strArg(a[0] as PyVal, 'must be str');
    const k = s.indexOf(sep);
    return new PyTuple(T.tuple, k < 0 ? [s, '', ''] : [s.slice(0, k), sep, s.slice(k + sep.length)]);
  });
  m('rpartition', (s, a) => {
    const sep = strArg(a[0] as PyVal, 'must be str');
    const k = s.lastIndexOf(sep);
    return new PyTuple(T.tuple, k < 0 ? ['', '', s] : [s.slice(0, k), sep, s.slice(k + sep.length)]);
  });
  const padder = (kind: 'center' | 'ljust' | 'rjust') => (s: string, a: PyVal[]): string => {
    const w = Number(ops.index(a[0] as PyVal));
    const fill = (a[1] as string | undefined) ?? ' ';
    const n = w - ops.strLen(s);
    if (n <= 0) return s;
    if (kind === 'ljust') return s + fill.repeat(n);
    if (kind === 'rjust') return fill.repeat(n) + s;
    const left = Math.floor(n / 2) + (n & w & 1);
    return fill.repeat(left) + s + fill.repeat(n - left);
  };
  m('center', padder('center'));
  m('ljust', padder('ljust'));
  m('rjust', padder('rjust'));
  m('zfill', (s, a) => {
    const w = Number(ops.index(a[0] as PyVal));
    if (s.length >= w) return s;
    const sign = s[0] === '-' || s[0] === '+' ? (s[0] as string) : '';
    return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
  });
  m('expandtabs', (s, a) => {
    const size = Number(a[0] ?? 8n);
    let col = 0, out = '';
    for (const c of s) {
      if (c === '\t') {
        const n = size ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return out;
  });
  m('removeprefix', (s, a) => (s.startsWith(a[0] as string) ? s.slice((a[0] as string).length) : s));
  m('removesuffix', (s, a) => ((a[0] as string) && s.endsWith(a[0] as string) ? s.slice(0, s.length - (a[0] as string).length) : s));
  m('isdigit', (s) => isAll(s, /\p{Nd}/u));
  m('isdecimal', (s) => isAll(s, /\p{Nd}/u));
  m('isnumeric', (s) => isAll(s, /\p{N}/u));
  m('isalpha', (s) => isAll(s, /\p{L}/u));
  m('isalnum', (s) => isAll(s, /[\p{L}\p{N}]/u));
  m('isspace', (s) => isAll(s, /\s/u));
  m('isidentifier', (s) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s));
  m('isprintable', (s) => [...s].every((c) => c >= ' ' && c !== '\x7f'));
  m('isascii', (s) => [...s].every((c) => c.charCodeAt(0) < 128));
  m('isupper', (s) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s));
  m('islower', (s) => /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s));
  m('istitle', (s) => istitle(s));
  m('format', (s, a, kw) => strFormat(s, a, kw));
  m('format_map', (s, a) => strFormat(s, [], a[0] as PyDict));
  m('encode', (s, a, kw) => new PyBytes(T.bytes, encodeStr(s, ...codecArgs('encode', a, kw ?? null))));
  m('__len__', (s) => BigInt(ops.strLen(s)));
  m('__contains__', (s, a) => ops.contains(s, a[0] as PyVal));
  m('__getitem__', (s, a) => ops.getItem(s, a[0] as PyVal));
  m('__add__', (s, a) => (typeof a[0] === 'string' ? s + a[0] : NotImplemented));
  m('__mul__', (s, a) => s.repeat(Number(ops.index(a[0] as PyVal))));
  m('__str__', (s) => s);
  m('__repr__', (s) => ops.repr(s));
  m('__hash__', (s) => ops.hash(s));
  m('__eq__', (s, a) => (typeof a[0] === 'string' ? s === a[0] : NotImplemented));
  m('__lt__', (s, a) => ops.compare('<', s, a[0] as PyVal));
  m('__format__', (s, a) => format(s, a[0] as string));
  method(t, 'maketrans', (args) => {
    const d = new PyDict(T.dict);
    if (args.length === 1 && args[0] instanceof PyDict) {
      for (const [k, v] of args[0].entries()) d.set(typeof k === 'string' ? BigInt(k.codePointAt(0) as number) : k, v);
      return d;
    }
    const [x, y, z] = args as [string, string, string | undefined];
    [...x].forEach((c, i) => d.set(BigInt(c.codePointAt(0) as number), BigInt(([...y][i] as string).codePointAt(0) as number)));
    for (const c of z ?? '') d.set(BigInt(c.codePointAt(0) as number), null);
    return d;
  });
  t.dict.set('maketrans', new PyWrapper(T.staticmethod, t.dict.get('maketrans') as PyVal));
  m('translate', (s, a) => {
    const table = a[0] as PyVal;
    let out = '';
    for (const c of s) {
      let v: PyVal | undefined;
      try {
        v = ops.getItem(table, BigInt(c.codePointAt(0) as number));
      } catch {
        v = undefined;
      }
      if (v === undefined) out += c;
      else if (v === null) continue;
      else out += typeof v === 'string' ? v : String.fromCodePoint(Number(v as bigint));
    }
    return out;
  });
  void PyObj;
}

