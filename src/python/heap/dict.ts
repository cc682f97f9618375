// dict as CPython's compact dict: a table of int32 indices into an array of
// (hash, key, value) entries kept in insertion order. Probing, growth
// (GROWTH_RATE = used*3, USABLE_FRACTION = 2/3) and deletion (a DUMMY index,
// the entry left as a hole until the next resize) are CPython 3.12's, so
// iteration order and when a table grows are the same.
//
// Writers must be serialised (the GIL, or the dict's object lock in
// free-threaded mode). Readers need no lock: a resize builds a whole new
// table and swaps one ref; an entry is written before its index is published.

import type { Heap } from './heap';
import {
  DICT_KEYS,
  DICT_USED,
  DICT_VERSION,
  DK_ENTRY_WORDS,
  DK_INDICES,
  DK_LOG2,
  DK_NENTRIES,
  DK_USABLE,
  HEADER_BYTES,
  Kind,
  NULL,
  STR_HASH_HI,
  STR_HASH_LO,
  type Ref,
} from './layout';
import { T } from './consts';
import { type Hash64, type KeyOps, keyEq, keyHash } from './keys';
import { hashCodePoints, internStr, strEqualsJs } from './str';

const EMPTY = -1;
const DUMMY_IX = -2;
const LOG2_MIN = 3;

const usableFraction = (size: number): number => ((size << 1) / 3) | 0;

function newKeys(h: Heap, log2: number): Ref {
  const size = 1 << log2;
  const usable = usableFraction(size);
  const r = h.alloc(Kind.DICTKEYS, NULL, HEADER_BYTES + 16 + 4 * size + 4 * DK_ENTRY_WORDS * usable);
  h.set(r, DK_LOG2, log2);
  h.set(r, DK_USABLE, usable);
  h.i32.fill(EMPTY, (r >> 2) + DK_INDICES, (r >> 2) + DK_INDICES + size);
  return r;
}

/** Word index of entry `ix` of keys table `dk`. */
const entryWord = (dk: Ref, log2: number, ix: number): number => (dk >> 2) + DK_INDICES + (1 << log2) + ix * DK_ENTRY_WORDS;

export function newDict(h: Heap, type: Ref = T.dict): Ref {
  const r = h.alloc(Kind.DICT, type, HEADER_BYTES + 12);
  return r;
}

/** Changes whenever a value of d is stored, added or removed: a cache of a lookup in d is good while it is the same. */
export const dictVersion = (h: Heap, d: Ref): number => h.load(d, DICT_VERSION);
const bump = (h: Heap, d: Ref): void => h.publish(d, DICT_VERSION, (h.get(d, DICT_VERSION) + 1) | 0);

export const dictLen = (h: Heap, d: Ref): number => h.load(d, DICT_USED);

const scratch: Hash64 = { lo: 0, hi: 0 };

/**
 * The entry index of a key with hash (lo, hi) in `dk`, or -1. `match(key)` is
 * called on entries whose stored hash is equal.
 */
function lookup(h: Heap, dk: Ref, lo: number, hi: number, match: (k: Ref) => boolean): number {
  const i32 = h.i32;
  const log2 = i32[(dk >> 2) + DK_LOG2] as number;
  const mask = (1 << log2) - 1;
  const ind = (dk >> 2) + DK_INDICES;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    const ix = Atomics.load(i32, ind + i);
    if (ix === EMPTY) return -1;
    if (ix >= 0) {
      const e = entryWord(dk, log2, ix);
      if (i32[e] === lo && i32[e + 1] === hi) {
        const k = i32[e + 2] as number;
        if (k !== NULL && match(k)) return ix;
      }
    }
    // perturb >>= 5 on the 64-bit unsigned hash; i = (i*5 + perturb + 1) & mask.
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** A free index slot for a new entry (EMPTY or DUMMY, as CPython's find_empty_slot). */
function emptySlot(h: Heap, dk: Ref, lo: number, hi: number): number {
  const i32 = h.i32;
  const log2 = i32[(dk >> 2) + DK_LOG2] as number;
  const mask = (1 << log2) - 1;
  const ind = (dk >> 2) + DK_INDICES;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  while ((i32[ind + i] as number) >= 0) {
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + plo + 1) & mask;
  }
  return ind + i;
}

function log2For(minsize: number): number {
  let log2 = LOG2_MIN;
  while (1 << log2 < minsize) log2++;
  return log2;
}

/** CPython's dictresize: the live entries, compacted in order, into a table for `used*3`. */
function grow(h: Heap, d: Ref): Ref {
  const used = h.get(d, DICT_USED);
  const old = h.get(d, DICT_KEYS);
  const dk = newKeys(h, log2For(used * 3));
  const log2 = h.get(dk, DK_LOG2);
  const i32 = h.i32;
  let n = 0;
  if (old !== NULL) {
    const oldLog2 = h.get(old, DK_LOG2);
    const total = h.get(old, DK_NENTRIES);
    for (let ix = 0; ix < total; ix++) {
      const src = entryWord(old, oldLog2, ix);
      if (i32[src + 2] === NULL) continue;
      const dst = entryWord(dk, log2, n);
      i32[dst] = i32[src] as number;
      i32[dst + 1] = i32[src + 1] as number;
      i32[dst + 2] = i32[src + 2] as number;
      i32[dst + 3] = i32[src + 3] as number;
      i32[emptySlot(h, dk, i32[dst] as number, i32[dst + 1] as number)] = n;
      n++;
    }
  }
  h.set(dk, DK_NENTRIES, n);
  h.set(dk, DK_USABLE, h.get(dk, DK_USABLE) - n);
  h.publish(d, DICT_KEYS, dk);
  return dk;
}

function insertNew(h: Heap, d: Ref, lo: number, hi: number, key: Ref, value: Ref): void {
  let dk = h.get(d, DICT_KEYS);
  if (dk === NULL || h.get(dk, DK_USABLE) <= 0) dk = grow(h, d);
  const log2 = h.get(dk, DK_LOG2);
  const ix = h.get(dk, DK_NENTRIES);
  const e = entryWord(dk, log2, ix);
  const i32 = h.i32;
  i32[e] = lo;
  i32[e + 1] = hi;
  i32[e + 2] = key;
  i32[e + 3] = value;
  Atomics.store(i32, emptySlot(h, dk, lo, hi), ix);
  h.set(dk, DK_NENTRIES, ix + 1);
  h.set(dk, DK_USABLE, h.get(dk, DK_USABLE) - 1);
  h.publish(d, DICT_USED, h.get(d, DICT_USED) + 1);
  bump(h, d);
}

/** d[key], or NULL when absent. */
export function dictGet(h: Heap, d: Ref, key: Ref, ops?: KeyOps): Ref {
  const dk = h.load(d, DICT_KEYS);
  if (dk === NULL) return NULL;
  const { lo, hi } = keyHash(h, key, ops, scratch);
  const ix = lookup(h, dk, lo, hi, (k) => keyEq(h, k, key, ops));
  return ix < 0 ? NULL : Atomics.load(h.i32, entryWord(dk, h.get(dk, DK_LOG2), ix) + 3);
}

/** d[key] = value. An equal key already there stays (as `{1: 'a', 1.0: 'b'}` keeps the key 1). */
export function dictSet(h: Heap, d: Ref, key: Ref, value: Ref, ops?: KeyOps): void {
  const { lo, hi } = keyHash(h, key, ops, scratch);
  const dk = h.get(d, DICT_KEYS);
  if (dk !== NULL) {
    const ix = lookup(h, dk, lo, hi, (k) => keyEq(h, k, key, ops));
    if (ix >= 0) {
      Atomics.store(h.i32, entryWord(dk, h.get(dk, DK_LOG2), ix) + 3, value);
      bump(h, d);
      return;
    }
  }
  insertNew(h, d, lo, hi, key, value);
}

/** del d[key]; false when the key was absent (the interpreter raises KeyError). */
export function dictDelete(h: Heap, d: Ref, key: Ref, ops?: KeyOps): boolean {
  const dk = h.get(d, DICT_KEYS);
  if (dk === NULL) return false;
  const { lo, hi } = keyHash(h, key, ops, scratch);
  const ix = lookup(h, dk, lo, hi, (k) => keyEq(h, k, key, ops));
  if (ix < 0) return false;
  removeEntry(h, d, dk, lo, hi, ix);
  return true;
}

function removeEntry(h: Heap, d: Ref, dk: Ref, lo: number, hi: number, ix: number): void {
  const i32 = h.i32;
  const log2 = h.get(dk, DK_LOG2);
  const mask = (1 << log2) - 1;
  const ind = (dk >> 2) + DK_INDICES;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  while (i32[ind + i] !== ix) {
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + plo + 1) & mask;
  }
  Atomics.store(i32, ind + i, DUMMY_IX);
  const e = entryWord(dk, log2, ix);
  Atomics.store(i32, e + 2, NULL);
  Atomics.store(i32, e + 3, NULL);
  h.publish(d, DICT_USED, h.get(d, DICT_USED) - 1);
  bump(h, d);
}

// ---------------------------------------------------------------- by name (globals, attributes)

/** Hash of a JS string as the heap's str would have it, cached per worker. */
const nameHashes = new Map<string, [number, number]>();
function nameHash(name: string): [number, number] {
  let hv = nameHashes.get(name);
  if (!hv) {
    hv = hashCodePoints(name);
    nameHashes.set(name, hv);
  }
  return hv;
}

/** lookup() for a key given as a JS string, without a closure per call (attribute access is the hot path). */
function lookupStr(h: Heap, dk: Ref, lo: number, hi: number, name: string): number {
  const i32 = h.i32;
  const log2 = i32[(dk >> 2) + DK_LOG2] as number;
  const mask = (1 << log2) - 1;
  const ind = (dk >> 2) + DK_INDICES;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    const ix = Atomics.load(i32, ind + i);
    if (ix === EMPTY) return -1;
    if (ix >= 0) {
      const e = entryWord(dk, log2, ix);
      if (i32[e] === lo && i32[e + 1] === hi) {
        const k = i32[e + 2] as number;
        if (k !== NULL && !(k & 1) && h.kind(k) === Kind.STR && strEqualsJs(h, k, name)) return ix;
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** d[name] for a str key given as a JS string: no allocation, no decoding. NULL when absent. */
export function dictGetStr(h: Heap, d: Ref, name: string): Ref {
  const dk = h.load(d, DICT_KEYS);
  if (dk === NULL) return NULL;
  const [lo, hi] = nameHash(name);
  const ix = lookupStr(h, dk, lo, hi, name);
  return ix < 0 ? NULL : Atomics.load(h.i32, entryWord(dk, h.get(dk, DK_LOG2), ix) + 3);
}

export function dictSetStr(h: Heap, d: Ref, name: string, value: Ref): void {
  const [lo, hi] = nameHash(name);
  const dk = h.get(d, DICT_KEYS);
  if (dk !== NULL) {
    const ix = lookupStr(h, dk, lo, hi, name);
    if (ix >= 0) {
      Atomics.store(h.i32, entryWord(dk, h.get(dk, DK_LOG2), ix) + 3, value);
      bump(h, d);
      return;
    }
  }
  const key = internStr(h, name);
  insertNew(h, d, h.get(key, STR_HASH_LO), h.get(key, STR_HASH_HI), key, value);
}

/** The entry index of str key `name` in d, or -1: a hint for dictValueAtHint / dictStoreAtHint (CPython's LOAD_ATTR_WITH_HINT). */
export function dictIndexStr(h: Heap, d: Ref, name: string): number {
  const dk = h.load(d, DICT_KEYS);
  if (dk === NULL) return -1;
  const [lo, hi] = nameHash(name);
  return lookupStr(h, dk, lo, hi, name);
}

/** The key ref of entry ix (NULL for a hole or past the end). */
export function dictKeyAtIndex(h: Heap, d: Ref, ix: number): Ref {
  const dk = h.load(d, DICT_KEYS);
  if (dk === NULL || ix < 0 || ix >= h.get(dk, DK_NENTRIES)) return NULL;
  return Atomics.load(h.i32, entryWord(dk, h.get(dk, DK_LOG2), ix) + 2);
}

/** The value of entry ix when that entry's key is exactly `key`, else NULL: a hint checked, never a wrong answer (a key is live in one entry at most). */
export function dictValueAtHint(h: Heap, d: Ref, ix: number, key: Ref): Ref {
  const dk = h.load(d, DICT_KEYS);
  if (dk === NULL || ix >= h.get(dk, DK_NENTRIES)) return NULL;
  const e = entryWord(dk, h.get(dk, DK_LOG2), ix);
  return Atomics.load(h.i32, e + 2) === key ? Atomics.load(h.i32, e + 3) : NULL;
}

/** d[key] = value in entry ix when that entry's key is exactly `key` (bumping the version, as every store does); false when the hint is stale. */
export function dictStoreAtHint(h: Heap, d: Ref, ix: number, key: Ref, value: Ref): boolean {
  const dk = h.get(d, DICT_KEYS);
  if (dk === NULL || ix >= h.get(dk, DK_NENTRIES)) return false;
  const e = entryWord(dk, h.get(dk, DK_LOG2), ix);
  if (h.i32[e + 2] !== key) return false;
  Atomics.store(h.i32, e + 3, value);
  bump(h, d);
  return true;
}

export function dictDeleteStr(h: Heap, d: Ref, name: string): boolean {
  const dk = h.get(d, DICT_KEYS);
  if (dk === NULL) return false;
  const [lo, hi] = nameHash(name);
  const ix = lookupStr(h, dk, lo, hi, name);
  if (ix < 0) return false;
  removeEntry(h, d, dk, lo, hi, ix);
  return true;
}

// ---------------------------------------------------------------- iteration

/**
 * The position of the first live entry at or after `pos`, or -1. Positions
 * index the current table; a resize (which the interpreter detects by a
 * changed length) renumbers them, as CPython's "changed size during iteration".
 */
export function dictNext(h: Heap, d: Ref, pos: number): number {
  const dk = h.load(d, DICT_KEYS);
  if (dk === NULL) return -1;
  const log2 = h.get(dk, DK_LOG2);
  const n = h.get(dk, DK_NENTRIES);
  for (let ix = pos; ix < n; ix++) if (Atomics.load(h.i32, entryWord(dk, log2, ix) + 2) !== NULL) return ix;
  return -1;
}

export function dictKeyAt(h: Heap, d: Ref, pos: number): Ref {
  const dk = h.load(d, DICT_KEYS);
  return Atomics.load(h.i32, entryWord(dk, h.get(dk, DK_LOG2), pos) + 2);
}

export function dictValueAt(h: Heap, d: Ref, pos: number): Ref {
  const dk = h.load(d, DICT_KEYS);
  return Atomics.load(h.i32, entryWord(dk, h.get(dk, DK_LOG2), pos) + 3);
}

/** [key, value] pairs in insertion order. */
export function dictItems(h: Heap, d: Ref): [Ref, Ref][] {
  const out: [Ref, Ref][] = [];
  for (let p = dictNext(h, d, 0); p >= 0; p = dictNext(h, d, p + 1)) out.push([dictKeyAt(h, d, p), dictValueAt(h, d, p)]);
  return out;
}

export function dictKeys(h: Heap, d: Ref): Ref[] {
  return dictItems(h, d).map(([k]) => k);
}

/** Index table size (2**log2), for tests of the growth policy. */
export function dictTableSize(h: Heap, d: Ref): number {
  const dk = h.get(d, DICT_KEYS);
  return dk === NULL ? 0 : 1 << h.get(dk, DK_LOG2);
}

export function dictClear(h: Heap, d: Ref): void {
  h.publish(d, DICT_KEYS, NULL);
  h.publish(d, DICT_USED, 0);
  bump(h, d);
}
