// tuple and list. A list is a length and a ref to an ITEMS array; growing
// allocates a bigger array, copies, and swaps the ref, so a reader racing a
// writer holds either the old array or the new one, each whole.

import type { Heap } from './heap';
import { HeapTypeError } from './heap';
import { HEADER_BYTES, ITEMS_BASE, ITEMS_CAP, Kind, LIST_ITEMS, LIST_LEN, NULL, TUPLE_ITEMS, TUPLE_LEN, type Ref } from './layout';
import { T } from './consts';

export function newTuple(h: Heap, items: readonly Ref[], type: Ref = T.tuple): Ref {
  const r = h.alloc(Kind.TUPLE, type, HEADER_BYTES + 4 + 4 * items.length);
  const w = r >> 2;
  h.i32[w + TUPLE_LEN] = items.length;
  for (let k = 0; k < items.length; k++) h.i32[w + TUPLE_ITEMS + k] = items[k] as number;
  return r;
}

export const tupleLen = (h: Heap, r: Ref): number => h.get(r, TUPLE_LEN);

export function tupleGet(h: Heap, r: Ref, k: number): Ref {
  if (k < 0 || k >= h.get(r, TUPLE_LEN)) throw new RangeError('tuple index out of range');
  return h.get(r, TUPLE_ITEMS + k);
}

export function tupleItems(h: Heap, r: Ref): Ref[] {
  if (r === NULL) return [];
  const n = h.get(r, TUPLE_LEN);
  const w = (r >> 2) + TUPLE_ITEMS;
  return Array.from(h.i32.subarray(w, w + n));
}

// ---------------------------------------------------------------- list

function newItems(h: Heap, cap: number): Ref {
  const r = h.alloc(Kind.ITEMS, NULL, HEADER_BYTES + 8 + 4 * cap);
  h.set(r, ITEMS_CAP, cap);
  return r;
}

export function newList(h: Heap, items: readonly Ref[] = [], type: Ref = T.list): Ref {
  const arr = items.length ? newItems(h, items.length) : NULL;
  for (let k = 0; k < items.length; k++) h.i32[(arr >> 2) + ITEMS_BASE + k] = items[k] as number;
  const r = h.alloc(Kind.LIST, type, HEADER_BYTES + 8);
  h.set(r, LIST_ITEMS, arr);
  h.set(r, LIST_LEN, items.length);
  return r;
}

function checkList(h: Heap, r: Ref): void {
  if (h.kind(r) !== Kind.LIST) throw new HeapTypeError('not a list');
}

export const listLen = (h: Heap, r: Ref): number => h.load(r, LIST_LEN);

/**
 * list[k] for 0 <= k < len. Length first, then the array: the writer stores
 * the array before the length, so an array seen after a length is big enough
 * for it — unless a shrink came between, which the capacity check catches.
 */
export function listGet(h: Heap, r: Ref, k: number): Ref {
  for (;;) {
    const n = h.load(r, LIST_LEN);
    if (k < 0 || k >= n) throw new RangeError('list index out of range');
    const arr = h.load(r, LIST_ITEMS);
    if (k < h.get(arr, ITEMS_CAP)) return h.load(arr, ITEMS_BASE + k);
  }
}

export function listSet(h: Heap, r: Ref, k: number, v: Ref): void {
  const n = h.get(r, LIST_LEN);
  if (k < 0 || k >= n) throw new RangeError('list assignment index out of range');
  h.publish(h.get(r, LIST_ITEMS), ITEMS_BASE + k, v);
}

/** CPython 3.12's list_resize over-allocation, so capacities (and sys.getsizeof-like growth) match. */
function resize(h: Heap, r: Ref, newsize: number): Ref {
  const arr = h.get(r, LIST_ITEMS);
  const allocated = arr === NULL ? 0 : h.get(arr, ITEMS_CAP);
  if (allocated >= newsize && newsize >= allocated >> 1) return arr;
  const n = h.get(r, LIST_LEN);
  let cap = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - n > cap - newsize) cap = (newsize + 3) & ~3;
  if (newsize === 0) cap = 0;
  const next = newItems(h, cap);
  const keep = Math.min(n, newsize);
  if (keep) h.i32.copyWithin((next >> 2) + ITEMS_BASE, (arr >> 2) + ITEMS_BASE, (arr >> 2) + ITEMS_BASE + keep);
  return next;
}

/** Stores the (possibly new) array, then the length, in that order for racing readers. */
function commit(h: Heap, r: Ref, arr: Ref, n: number): void {
  h.publish(r, LIST_ITEMS, arr);
  h.publish(r, LIST_LEN, n);
}

export function listAppend(h: Heap, r: Ref, v: Ref): void {
  checkList(h, r);
  const n = h.get(r, LIST_LEN);
  const arr = resize(h, r, n + 1);
  h.publish(arr, ITEMS_BASE + n, v);
  commit(h, r, arr, n + 1);
}

export function listInsert(h: Heap, r: Ref, k: number, v: Ref): void {
  checkList(h, r);
  const n = h.get(r, LIST_LEN);
  const at = Math.max(0, Math.min(n, k < 0 ? k + n : k));
  const old = h.get(r, LIST_ITEMS);
  const arr = resize(h, r, n + 1);
  const base = (arr >> 2) + ITEMS_BASE;
  if (arr === old) h.i32.copyWithin(base + at + 1, base + at, base + n);
  else h.i32.copyWithin(base + at + 1, (old >> 2) + ITEMS_BASE + at, (old >> 2) + ITEMS_BASE + n);
  h.publish(arr, ITEMS_BASE + at, v);
  commit(h, r, arr, n + 1);
}

/** list.pop(k): the removed item. */
export function listPop(h: Heap, r: Ref, k = -1): Ref {
  checkList(h, r);
  const n = h.get(r, LIST_LEN);
  if (n === 0) throw new RangeError('pop from empty list');
  const at = k < 0 ? k + n : k;
  if (at < 0 || at >= n) throw new RangeError('pop index out of range');
  const old = h.get(r, LIST_ITEMS);
  const v = h.get(old, ITEMS_BASE + at);
  const base = (old >> 2) + ITEMS_BASE;
  h.i32.copyWithin(base + at, base + at + 1, base + n);
  // Shorten before a possible shrink so a reader never indexes past the new array.
  h.publish(r, LIST_LEN, n - 1);
  const arr = resize(h, r, n - 1);
  if (arr !== old) h.publish(r, LIST_ITEMS, arr);
  return v;
}

export function listClear(h: Heap, r: Ref): void {
  checkList(h, r);
  h.publish(r, LIST_LEN, 0);
  h.publish(r, LIST_ITEMS, NULL);
}

export function listItems(h: Heap, r: Ref): Ref[] {
  const n = h.load(r, LIST_LEN);
  const arr = h.load(r, LIST_ITEMS);
  if (n === 0 || arr === NULL) return [];
  const w = (arr >> 2) + ITEMS_BASE;
  return Array.from(h.i32.subarray(w, w + Math.min(n, h.get(arr, ITEMS_CAP))));
}

/** Capacity of the list's current array (as CPython's `allocated`). */
export function listCapacity(h: Heap, r: Ref): number {
  const arr = h.get(r, LIST_ITEMS);
  return arr === NULL ? 0 : h.get(arr, ITEMS_CAP);
}

/** Replaces all items with one new array (sort, reverse, slice assignment): a racing reader sees the old items or the new, each whole. */
export function listReplace(h: Heap, r: Ref, items: readonly Ref[]): void {
  checkList(h, r);
  if (items.length === 0) return listClear(h, r);
  const arr = newItems(h, items.length);
  for (let k = 0; k < items.length; k++) h.i32[(arr >> 2) + ITEMS_BASE + k] = items[k] as number;
  commit(h, r, arr, items.length);
}
