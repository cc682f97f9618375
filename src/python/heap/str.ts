// str and bytes. A str stores its length in code points and its hash, then
// UTF-16 units when every code point is in the BMP (so indexing is by unit)
// or UCS-4 units otherwise, as CPython's PEP 393 picks the narrowest width.

import type { Heap } from './heap';
import { HeapTypeError } from './heap';
import { BYTES_DATA_BYTE, BYTES_LEN, FLAG_UCS4, Kind, STR_DATA_BYTE, STR_HASH_HI, STR_HASH_LO, STR_LEN, type Ref } from './layout';
import { T } from './consts';

/**
 * CPython randomises str hashes per process, so no program may depend on
 * them; this is a fast 64-bit hash over code points in two 32-bit lanes (no
 * BigInt). The interpreter's hash(str) must read the stored one (strHash) so
 * hash() and dict placement agree.
 */
export function hashCodePoints(s: string): [lo: number, hi: number] {
  let a = 0x811c9dc5 ^ s.length;
  let b = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 13), 0x5bd1e995);
  }
  a ^= b >>> 15;
  a = Math.imul(a, 0x85ebca6b);
  b ^= a >>> 13;
  b = Math.imul(b, 0xc2b2ae35);
  a ^= b >>> 16;
  // -1 is no hash in Python: it means "error" in C.
  if (a === -1 && b === -1) a = -2;
  return [a, b];
}

const hasAstral = (s: string): boolean => /[\ud800-\udbff][\udc00-\udfff]/.test(s);

export function newStr(h: Heap, s: string): Ref {
  const ucs4 = hasAstral(s);
  const cps = ucs4 ? Array.from(s, (ch) => ch.codePointAt(0) as number) : null;
  const len = cps ? cps.length : s.length;
  const r = h.alloc(Kind.STR, T.str, STR_DATA_BYTE + len * (ucs4 ? 4 : 2), ucs4 ? FLAG_UCS4 : 0);
  const [lo, hi] = hashCodePoints(s);
  h.set(r, STR_LEN, len);
  h.set(r, STR_HASH_LO, lo);
  h.set(r, STR_HASH_HI, hi);
  if (cps) {
    const base = (r + STR_DATA_BYTE) >> 2;
    for (let k = 0; k < len; k++) h.i32[base + k] = cps[k] as number;
  } else {
    const base = (r + STR_DATA_BYTE) >> 1;
    for (let k = 0; k < len; k++) h.u16[base + k] = s.charCodeAt(k);
  }
  h.cacheStr(r, s);
  return r;
}

/** A str for `s` allocated once per worker (names, attribute keys). */
export function internStr(h: Heap, s: string): Ref {
  let r = h.interned.get(s);
  if (r === undefined) {
    r = newStr(h, s);
    h.interned.set(s, r);
  }
  return r;
}

export function strValue(h: Heap, r: Ref): string {
  const hit = h.strCache.get(r);
  if (hit !== undefined) return hit;
  if (h.kind(r) !== Kind.STR) throw new HeapTypeError('strValue of a non-str');
  const len = h.get(r, STR_LEN);
  let s = '';
  if (h.flags(r) & FLAG_UCS4) {
    const base = (r + STR_DATA_BYTE) >> 2;
    for (let k = 0; k < len; k++) s += String.fromCodePoint(h.i32[base + k] as number);
  } else {
    const base = (r + STR_DATA_BYTE) >> 1;
    const CHUNK = 4096;
    for (let k = 0; k < len; k += CHUNK) {
      s += String.fromCharCode(...h.u16.subarray(base + k, base + Math.min(len, k + CHUNK)));
    }
  }
  h.cacheStr(r, s);
  return s;
}

/** Length in code points, as len() gives it. */
export const strLen = (h: Heap, r: Ref): number => h.get(r, STR_LEN);

/** The code point at index k (0 <= k < len). */
export function strCodePoint(h: Heap, r: Ref, k: number): number {
  return h.flags(r) & FLAG_UCS4 ? (h.i32[((r + STR_DATA_BYTE) >> 2) + k] as number) : (h.u16[((r + STR_DATA_BYTE) >> 1) + k] as number);
}

/** Content equality of two strs, without decoding either. */
export function strEquals(h: Heap, a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const n = h.get(a, STR_LEN);
  if (n !== h.get(b, STR_LEN) || h.get(a, STR_HASH_LO) !== h.get(b, STR_HASH_LO) || h.get(a, STR_HASH_HI) !== h.get(b, STR_HASH_HI)) return false;
  const wa = h.flags(a) & FLAG_UCS4;
  if (wa !== (h.flags(b) & FLAG_UCS4)) return false; // same text always gets the same width
  for (let k = 0; k < n; k++) if (strCodePoint(h, a, k) !== strCodePoint(h, b, k)) return false;
  return true;
}

/** Does str `r` hold exactly the JS string `s`? (Dict lookups by name, no decoding.) */
export function strEqualsJs(h: Heap, r: Ref, s: string): boolean {
  const hit = h.strCache.get(r);
  if (hit !== undefined) return hit === s;
  if (h.flags(r) & FLAG_UCS4) return strValue(h, r) === s;
  const n = h.get(r, STR_LEN);
  if (n !== s.length) return false;
  const base = (r + STR_DATA_BYTE) >> 1;
  for (let k = 0; k < n; k++) if (h.u16[base + k] !== s.charCodeAt(k)) return false;
  return true;
}

export function newBytes(h: Heap, data: Uint8Array): Ref {
  const r = h.alloc(Kind.BYTES, T.bytes, BYTES_DATA_BYTE + data.length);
  h.set(r, BYTES_LEN, data.length);
  h.u8.set(data, r + BYTES_DATA_BYTE);
  return r;
}

/** A copy of the bytes' data (bytes are immutable; the copy keeps the caller from writing the heap). */
export function bytesValue(h: Heap, r: Ref): Uint8Array {
  if (h.kind(r) !== Kind.BYTES) throw new HeapTypeError('bytesValue of a non-bytes');
  const n = h.get(r, BYTES_LEN);
  return h.u8.slice(r + BYTES_DATA_BYTE, r + BYTES_DATA_BYTE + n);
}

export function bytesEquals(h: Heap, a: Ref, b: Ref): boolean {
  const n = h.get(a, BYTES_LEN);
  if (n !== h.get(b, BYTES_LEN)) return false;
  for (let k = 0; k < n; k++) if (h.u8[a + BYTES_DATA_BYTE + k] !== h.u8[b + BYTES_DATA_BYTE + k]) return false;
  return true;
}
