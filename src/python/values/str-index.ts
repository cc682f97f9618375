// Code point indexing over JS strings. A Python str is a sequence of code
// points; a JS string is UTF-16, so indices are translated when (and only
// when) the string has characters outside the BMP.

import { PyFault } from './fault';

export type Index = number | bigint | null | undefined;

const HAS_SURROGATE = /[\uD800-\uDFFF]/;

/** Offsets of each code point in UTF-16 units (plus the end), or null for BMP-only strings. */
export function unitOffsets(s: string): number[] | null {
  if (!HAS_SURROGATE.test(s)) return null;
  const offs: number[] = [];
  let u = 0;
  for (const ch of s) {
    offs.push(u);
    u += ch.length;
  }
  offs.push(u);
  return offs;
}

export const cpLength = (s: string): number => {
  const offs = unitOffsets(s);
  return offs ? offs.length - 1 : s.length;
};

export const toUnit = (offs: number[] | null, cp: number): number => (offs ? (offs[cp] as number) : cp);

export function toCp(offs: number[] | null, unit: number): number {
  if (!offs) return unit;
  let lo = 0;
  let hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offs[mid] as number) < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** CPython's ADJUST_INDICES: start/end of s[start:end] clamped into [0, len]. */
export function adjustIndices(len: number, start: Index, end: Index): [number, number] {
  let st = start === null || start === undefined ? 0 : Number(start);
  let en = end === null || end === undefined ? len : Number(end);
  if (en > len) en = len;
  else if (en < 0) {
    en += len;
    if (en < 0) en = 0;
  }
  if (st < 0) {
    st += len;
    if (st < 0) st = 0;
  }
  return [st, en];
}

/** s[i] by code point, with CPython's IndexError. */
export function strGetItem(s: string, i: Index): string {
  const offs = unitOffsets(s);
  const len = offs ? offs.length - 1 : s.length;
  let k = Number(i ?? 0);
  if (k < 0) k += len;
  if (k < 0 || k >= len) throw new PyFault('IndexError', 'string index out of range');
  return offs ? s.slice(offs[k], offs[k + 1]) : (s[k] as string);
}

/** s[start:stop:step] by code point, with slice.indices' clamping. */
export function strSlice(s: string, start: Index, stop: Index, step: Index): string {
  const st = step === null || step === undefined ? 1 : Number(step);
  if (st === 0) throw new PyFault('ValueError', 'slice step cannot be zero');
  const offs = unitOffsets(s);
  const len = offs ? offs.length - 1 : s.length;
  const clamp = (v: Index, dflt: number, lo: number, hi: number): number => {
    if (v === null || v === undefined) return dflt;
    let n = Number(v);
    if (n < 0) n = Math.max(n + len, lo);
    else n = Math.min(n, hi);
    return n;
  };
  const a = st > 0 ? clamp(start, 0, 0, len) : clamp(start, len - 1, -1, len - 1);
  const b = st > 0 ? clamp(stop, len, 0, len) : clamp(stop, -1, -1, len - 1);
  if (st === 1) return a >= b ? '' : s.slice(toUnit(offs, a), toUnit(offs, b));
  const chars = offs ? [...s] : null;
  let out = '';
  for (let i = a; st > 0 ? i < b : i > b; i += st) out += chars ? chars[i] : s[i];
  return out;
}

/** Python's str ordering: by code point (JS's < compares UTF-16 units, which orders non-BMP characters below U+E000–U+FFFF). */
export function strCompare(a: string, b: string): number {
  if (!HAS_SURROGATE.test(a) && !HAS_SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = a[Symbol.iterator]();
  const y = b[Symbol.iterator]();
  for (;;) {
    const p = x.next();
    const q = y.next();
    if (p.done || q.done) return p.done && q.done ? 0 : p.done ? -1 : 1;
    const c = (p.value.codePointAt(0) as number) - (q.value.codePointAt(0) as number);
    if (c !== 0) return c < 0 ? -1 : 1;
  }
}

export function strChr(i: bigint | number): string {
  const n = Number(i);
  if (n < 0 || n > 0x10ffff) throw new PyFault('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

export function strOrd(s: string): number {
  const len = cpLength(s);
  if (len !== 1) throw new PyFault('TypeError', `ord() expected a character, but string of length ${len} found`);
  return s.codePointAt(0) as number;
}
