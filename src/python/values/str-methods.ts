// Python's str methods on JS strings, by code point, with CPython's errors for
// the misuses a value function can see (empty separators, fill characters,
// missing substrings). Type errors about the arguments' Python types are the VM's.

import { PyFault } from './fault';
import { type Index, adjustIndices, cpLength, toCp, toUnit, unitOffsets } from './str-index';
import { isLineBreakCp, isSpaceCp } from './unicode-classes';

export { asciiRepr, strRepr } from './str-repr';
export * from './str-case';
export { type Index, cpLength, strChr, strCompare, strGetItem, strOrd, strSlice } from './str-index';

const valueError = (m: string): PyFault => new PyFault('ValueError', m);
const isSpaceCh = (ch: string): boolean => isSpaceCp(ch.codePointAt(0) as number);
const limit = (maxsplit: Index): number => {
  const n = maxsplit === null || maxsplit === undefined ? -1 : Number(maxsplit);
  return n < 0 ? Infinity : n;
};

// ---- search ----

/** The unit range [start, end) of s[start:end], or null where CPython finds nothing (start past the end). */
function window(s: string, start: Index, end: Index): { offs: number[] | null; us: number; ue: number; ok: boolean } {
  const offs = unitOffsets(s);
  const len = offs ? offs.length - 1 : s.length;
  const [st, en] = adjustIndices(len, start, end);
  if (st > len) return { offs, us: 0, ue: 0, ok: false };
  return { offs, us: toUnit(offs, st), ue: toUnit(offs, Math.max(st, en)), ok: en >= st };
}

export function find(s: string, sub: string, start?: Index, end?: Index): number {
  const w = window(s, start, end);
  if (!w.ok || w.ue - w.us < sub.length) return -1;
  const i = s.indexOf(sub, w.us);
  return i < 0 || i + sub.length > w.ue ? -1 : toCp(w.offs, i);
}

export function rfind(s: string, sub: string, start?: Index, end?: Index): number {
  const w = window(s, start, end);
  if (!w.ok || w.ue - w.us < sub.length) return -1;
  const i = s.lastIndexOf(sub, w.ue - sub.length);
  return i < w.us ? -1 : toCp(w.offs, i);
}

export function index(s: string, sub: string, start?: Index, end?: Index): number {
  const i = find(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

export function rindex(s: string, sub: string, start?: Index, end?: Index): number {
  const i = rfind(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

export function count(s: string, sub: string, start?: Index, end?: Index): number {
  const w = window(s, start, end);
  if (!w.ok || w.ue - w.us < sub.length) return 0;
  if (sub === '') return toCp(w.offs, w.ue) - toCp(w.offs, w.us) + 1;
  let n = 0;
  for (let i = s.indexOf(sub, w.us); i >= 0 && i + sub.length <= w.ue; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

function tailMatch(s: string, fix: string, start: Index, end: Index, atEnd: boolean): boolean {
  const w = window(s, start, end);
  if (!w.ok || w.ue - w.us < fix.length) return false;
  return atEnd ? s.startsWith(fix, w.ue - fix.length) : s.startsWith(fix, w.us);
}

/** prefix may be a tuple of str (a list here). */
export function startswith(s: string, prefix: string | readonly string[], start?: Index, end?: Index): boolean {
  const all = typeof prefix === 'string' ? [prefix] : prefix;
  return all.some((p) => tailMatch(s, p, start, end, false));
}

export function endswith(s: string, suffix: string | readonly string[], start?: Index, end?: Index): boolean {
  const all = typeof suffix === 'string' ? [suffix] : suffix;
  return all.some((p) => tailMatch(s, p, start, end, true));
}

// ---- split, partition, replace ----

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpaceCh(s[i] as string)) i++;
    if (i >= n) break;
    if (out.length >= max) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceCh(s[j] as string)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isSpaceCh(s[j - 1] as string)) j--;
    if (j <= 0) break;
    if (out.length >= max) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpaceCh(s[i - 1] as string)) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

export function split(s: string, sep?: string | null, maxsplit?: Index): string[] {
  const max = limit(maxsplit);
  if (sep === null || sep === undefined) return splitWhitespace(s, max);
  if (sep === '') throw valueError('empty separator');
  const out: string[] = [];
  let i = 0;
  while (out.length < max) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

export function rsplit(s: string, sep?: string | null, maxsplit?: Index): string[] {
  const max = limit(maxsplit);
  if (sep === null || sep === undefined) return rsplitWhitespace(s, max);
  if (sep === '') throw valueError('empty separator');
  const out: string[] = [];
  let j = s.length;
  while (out.length < max) {
    const i = j - sep.length < 0 ? -1 : s.lastIndexOf(sep, j - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, j));
    j = i;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

export function splitlines(s: string, keepends: boolean = false): string[] {
  const out: string[] = [];
  let i = 0;
  let start = 0;
  while (i < s.length) {
    const cp = s.charCodeAt(i);
    if (!isLineBreakCp(cp)) {
      i++;
      continue;
    }
    let eol = i + 1;
    if (cp === 0x0d && s.charCodeAt(i + 1) === 0x0a) eol = i + 2;
    out.push(s.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

export function partition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw valueError('empty separator');
  const i = s.indexOf(sep);
  return i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function rpartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw valueError('empty separator');
  const i = s.lastIndexOf(sep);
  return i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function replace(s: string, old: string, repl: string, maxcount?: Index): string {
  let max = limit(maxcount);
  if (old === '') {
    const chars = [...s];
    let out = '';
    for (let i = 0; i <= chars.length; i++) {
      if (max > 0) {
        out += repl;
        max--;
      }
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  let out = '';
  let i = 0;
  while (max > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + repl;
    i = j + old.length;
    max--;
  }
  return out + s.slice(i);
}

// ---- strip, pad ----

function stripper(chars: string | null | undefined): (ch: string) => boolean {
  if (chars === null || chars === undefined) return isSpaceCh;
  const set = new Set([...chars]);
  return (ch) => set.has(ch);
}

function stripSides(s: string, chars: string | null | undefined, left: boolean, right: boolean): string {
  const drop = stripper(chars);
  const cs = [...s];
  let a = 0;
  let b = cs.length;
  if (left) while (a < b && drop(cs[a] as string)) a++;
  if (right) while (b > a && drop(cs[b - 1] as string)) b--;
  return a === 0 && b === cs.length ? s : cs.slice(a, b).join('');
}

export const strip = (s: string, chars?: string | null): string => stripSides(s, chars, true, true);
export const lstrip = (s: string, chars?: string | null): string => stripSides(s, chars, true, false);
export const rstrip = (s: string, chars?: string | null): string => stripSides(s, chars, false, true);

function fillChar(fill: string): string {
  if (cpLength(fill) !== 1) throw new PyFault('TypeError', 'The fill character must be exactly one character long');
  return fill;
}

export function center(s: string, width: Index, fill: string = ' '): string {
  const f = fillChar(fill);
  const len = cpLength(s);
  const w = Number(width);
  if (w <= len) return s;
  const marg = w - len;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

export function ljust(s: string, width: Index, fill: string = ' '): string {
  const f = fillChar(fill);
  const n = Number(width) - cpLength(s);
  return n > 0 ? s + f.repeat(n) : s;
}

export function rjust(s: string, width: Index, fill: string = ' '): string {
  const f = fillChar(fill);
  const n = Number(width) - cpLength(s);
  return n > 0 ? f.repeat(n) + s : s;
}

export function zfill(s: string, width: Index): string {
  const n = Number(width) - cpLength(s);
  if (n <= 0) return s;
  if (s[0] === '+' || s[0] === '-') return s[0] + '0'.repeat(n) + s.slice(1);
  return '0'.repeat(n) + s;
}

export function expandtabs(s: string, tabsize: Index = 8): string {
  const t = Number(tabsize ?? 8);
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (t > 0) {
        const n = t - (col % t);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

export const removeprefix = (s: string, prefix: string): string => (prefix !== '' && s.startsWith(prefix) ? s.slice(prefix.length) : s);
export const removesuffix = (s: string, suffix: string): string => (suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s);

// ---- translate ----

/** A translation table as str.maketrans builds it: code point → code point, str, or null (delete). */
export type TransTable = Map<number, number | string | null>;

/** str.maketrans(x, y[, z]) for the string forms; the dict form is the VM's (it holds Python keys). */
export function maketrans(x: string, y: string, z?: string): TransTable {
  const xs = [...x];
  const ys = [...y];
  if (xs.length !== ys.length) throw valueError('the first two maketrans arguments must have equal length');
  const table: TransTable = new Map();
  xs.forEach((ch, i) => table.set(ch.codePointAt(0) as number, (ys[i] as string).codePointAt(0) as number));
  for (const ch of z ?? '') table.set(ch.codePointAt(0) as number, null);
  return table;
}

/**
 * str.translate with a lookup: undefined keeps the character (LookupError in
 * CPython), null deletes it, a number or str replaces it.
 */
export function translate(s: string, lookup: (cp: number) => number | string | null | undefined): string {
  let out = '';
  for (const ch of s) {
    const r = lookup(ch.codePointAt(0) as number);
    if (r === undefined) out += ch;
    else if (r === null) continue;
    else if (typeof r === 'number') {
      if (r < 0 || r > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
      out += String.fromCodePoint(r);
    } else out += r;
  }
  return out;
}
