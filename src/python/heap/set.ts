// set and frozenset as CPython 3.12's setobject.c: one open-addressing table
// of (hash, key) entries probed LINEAR_PROBES slots at a time before
// perturbing, deleted entries turned into a dummy, growth when fill*5 >=
// mask*3 to the smallest power of two above used*4 (used*2 past 50 000).
// Iteration walks the table, so `{3, 1, 2}` and `{10, 2, 33}` come out in
// CPython's order.

import type { Heap } from './heap';
import { HEADER_BYTES, Kind, NULL, SET_FILL, SET_FINGER, SET_TABLE, SET_USED, ST_BASE, ST_ENTRY_WORDS, ST_MASK, type Ref } from './layout';
import { DUMMY, T } from './consts';
import { type Hash64, type KeyOps, keyEq, keyHash } from './keys';

const LINEAR_PROBES = 9;
const MINSIZE = 8;

function newTable(h: Heap, size: number): Ref {
  const r = h.alloc(Kind.SETTABLE, NULL, HEADER_BYTES + 8 + 4 * ST_ENTRY_WORDS * size);
  h.set(r, ST_MASK, size - 1);
  return r;
}

export function newSet(h: Heap, items: readonly Ref[] = [], frozen = false, ops?: KeyOps): Ref {
  const r = h.alloc(frozen ? Kind.FROZENSET : Kind.SET, frozen ? T.frozenset : T.set, HEADER_BYTES + 16);
  h.set(r, SET_TABLE, newTable(h, MINSIZE));
  for (const it of items) addEntry(h, r, it, ops);
  return r;
}

export const setLen = (h: Heap, s: Ref): number => h.load(s, SET_USED);

const ew = (t: Ref, i: number): number => (t >> 2) + ST_BASE + i * ST_ENTRY_WORDS;
const scratch: Hash64 = { lo: 0, hi: 0 };

/** Entry word index of `key` in the table, or -1. */
function find(h: Heap, t: Ref, key: Ref, lo: number, hi: number, ops: KeyOps | undefined): number {
  const i32 = h.i32;
  const mask = i32[(t >> 2) + ST_MASK] as number;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let e = ew(t, i);
    do {
      const k = Atomics.load(i32, e + 2);
      if (k === NULL) return -1;
      if (k !== DUMMY && i32[e] === lo && i32[e + 1] === hi && keyEq(h, k, key, ops)) return e;
      e += ST_ENTRY_WORDS;
    } while (probes--);
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set.add(key): false when an equal element was there already. */
export function setAdd(h: Heap, s: Ref, key: Ref, ops?: KeyOps): boolean {
  return addEntry(h, s, key, ops);
}

function addEntry(h: Heap, s: Ref, key: Ref, ops: KeyOps | undefined): boolean {
  const { lo, hi } = keyHash(h, key, ops, scratch);
  const i32 = h.i32;
  const t = h.get(s, SET_TABLE);
  const mask = h.get(t, ST_MASK);
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  let freeslot = -1;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let e = ew(t, i);
    do {
      const k = i32[e + 2] as number;
      if (k === NULL) {
        if (freeslot >= 0) {
          store(h, freeslot, lo, hi, key);
          h.publish(s, SET_USED, h.get(s, SET_USED) + 1);
          return true;
        }
        store(h, e, lo, hi, key);
        h.set(s, SET_FILL, h.get(s, SET_FILL) + 1);
        const used = h.get(s, SET_USED) + 1;
        h.publish(s, SET_USED, used);
        if (h.get(s, SET_FILL) * 5 >= mask * 3) resize(h, s, used > 50000 ? used * 2 : used * 4);
        return true;
      }
      // The last dummy on the probe path is the one reused, as CPython's set_add_entry.
      if (k === DUMMY) freeslot = e; else if (i32[e] === lo && i32[e + 1] === hi && keyEq(h, k, key, ops)) return false;
      e += ST_ENTRY_WORDS;
    } while (probes--);
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

function store(h: Heap, e: number, lo: number, hi: number, key: Ref): void {
  h.i32[e] = lo;
  h.i32[e + 1] = hi;
  Atomics.store(h.i32, e + 2, key);
}

/** set_insert_clean: into a table known to hold no equal key and no dummies. */
function insertClean(h: Heap, t: Ref, lo: number, hi: number, key: Ref): void {
  const i32 = h.i32;
  const mask = i32[(t >> 2) + ST_MASK] as number;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    let e = ew(t, i);
    if (i32[e + 2] === NULL) return store(h, e, lo, hi, key);
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        e += ST_ENTRY_WORDS;
        if (i32[e + 2] === NULL) return store(h, e, lo, hi, key);
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

function resize(h: Heap, s: Ref, minused: number): void {
  let size = MINSIZE;
  while (size <= minused) size <<= 1;
  const old = h.get(s, SET_TABLE);
  const oldMask = h.get(old, ST_MASK);
  const t = newTable(h, size);
  for (let i = 0; i <= oldMask; i++) {
    const e = ew(old, i);
    const k = h.i32[e + 2] as number;
    if (k !== NULL && k !== DUMMY) insertClean(h, t, h.i32[e] as number, h.i32[e + 1] as number, k);
  }
  h.set(s, SET_FILL, h.get(s, SET_USED));
  h.publish(s, SET_TABLE, t);
}

export function setContains(h: Heap, s: Ref, key: Ref, ops?: KeyOps): boolean {
  const { lo, hi } = keyHash(h, key, ops, scratch);
  return find(h, h.load(s, SET_TABLE), key, lo, hi, ops) >= 0;
}

/** set.discard(key): false when absent (remove() raises KeyError then). */
export function setDiscard(h: Heap, s: Ref, key: Ref, ops?: KeyOps): boolean {
  const { lo, hi } = keyHash(h, key, ops, scratch);
  const e = find(h, h.get(s, SET_TABLE), key, lo, hi, ops);
  if (e < 0) return false;
  h.i32[e] = -1;
  h.i32[e + 1] = -1;
  Atomics.store(h.i32, e + 2, DUMMY);
  h.publish(s, SET_USED, h.get(s, SET_USED) - 1);
  return true;
}

/** set.pop(): CPython's finger walk from where the last pop stopped; NULL when empty. */
export function setPop(h: Heap, s: Ref): Ref {
  if (h.get(s, SET_USED) === 0) return NULL;
  const t = h.get(s, SET_TABLE);
  const mask = h.get(t, ST_MASK);
  let i = h.get(s, SET_FINGER) & mask;
  for (;;) {
    const k = h.i32[ew(t, i) + 2] as number;
    if (k !== NULL && k !== DUMMY) break;
    i = (i + 1) & mask;
  }
  const e = ew(t, i);
  const key = h.i32[e + 2] as number;
  h.i32[e] = -1;
  h.i32[e + 1] = -1;
  Atomics.store(h.i32, e + 2, DUMMY);
  h.publish(s, SET_USED, h.get(s, SET_USED) - 1);
  h.set(s, SET_FINGER, (i + 1) & mask);
  return key;
}

/** The elements in table order: the order CPython iterates and prints them. */
export function setItems(h: Heap, s: Ref): Ref[] {
  const t = h.load(s, SET_TABLE);
  const mask = h.get(t, ST_MASK);
  const out: Ref[] = [];
  for (let i = 0; i <= mask; i++) {
    const k = Atomics.load(h.i32, ew(t, i) + 2);
    if (k !== NULL && k !== DUMMY) out.push(k);
  }
  return out;
}

export function setClear(h: Heap, s: Ref): void {
  h.publish(s, SET_TABLE, newTable(h, MINSIZE));
  h.set(s, SET_FILL, 0);
  h.publish(s, SET_USED, 0);
  h.set(s, SET_FINGER, 0);
}

export const setTableSize = (h: Heap, s: Ref): number => h.get(h.get(s, SET_TABLE), ST_MASK) + 1;

/**
 * so |= other for a set or frozenset `other`: CPython's set_merge, whose one
 * up-front resize and table-order reinsertion give a different order from
 * adding the items one by one. A constant display of 3+ items runs it: CPython
 * folds `{8, 16, 0, 24, 1}` into a frozenset constant (built from the items,
 * then rebuilt from that frozenset's own iteration order when the compiler
 * merges constants), then BUILD_SET 0 + SET_UPDATE. So do set(a_set) and
 * s.update(a_set).
 */
export function setMerge(h: Heap, s: Ref, other: Ref, ops?: KeyOps): void {
  const used = h.get(other, SET_USED);
  if (other === s || used === 0) return;
  if ((h.get(s, SET_FILL) + used) * 5 >= h.get(h.get(s, SET_TABLE), ST_MASK) * 3) resize(h, s, (h.get(s, SET_USED) + used) * 2);
  const t = h.get(s, SET_TABLE);
  const ot = h.get(other, SET_TABLE);
  const mask = h.get(t, ST_MASK);
  const omask = h.get(ot, ST_MASK);
  const i32 = h.i32;
  if (h.get(s, SET_FILL) === 0) {
    const same = mask === omask && h.get(other, SET_FILL) === used;
    for (let i = 0; i <= omask; i++) {
      const e = ew(ot, i);
      const k = i32[e + 2] as number;
      if (k === NULL || k === DUMMY) continue;
      if (same) store(h, ew(t, i), i32[e] as number, i32[e + 1] as number, k);
      else insertClean(h, t, i32[e] as number, i32[e + 1] as number, k);
    }
    h.set(s, SET_FILL, same ? h.get(other, SET_FILL) : used);
    h.publish(s, SET_USED, used);
    return;
  }
  for (let i = 0; i <= omask; i++) {
    const k = i32[ew(ot, i) + 2] as number;
    if (k !== NULL && k !== DUMMY) addEntry(h, s, k, ops);
  }
}

/** set_update_internal's one big resize before adding `extra` keys of a dict (fewer resizes, and CPython's order). */
export function setReserve(h: Heap, s: Ref, extra: number): void {
  if ((h.get(s, SET_FILL) + extra) * 5 >= h.get(h.get(s, SET_TABLE), ST_MASK) * 3) resize(h, s, (h.get(s, SET_USED) + extra) * 2);
}

/** The end of set_difference_update_internal: "If more than 1/4th are dummies, then resize them away." */
export function setPurgeDummies(h: Heap, s: Ref): void {
  const used = h.get(s, SET_USED);
  if (h.get(s, SET_FILL) - used <= Math.floor(h.get(h.get(s, SET_TABLE), ST_MASK) / 4)) return;
  resize(h, s, used > 50000 ? used * 2 : used * 4);
}

/** set_swap_bodies for intersection_update: `s` takes `from`'s table (`from` is a temporary nobody else holds). */
export function setTakeTable(h: Heap, s: Ref, from: Ref): void {
  h.set(s, SET_FILL, h.get(from, SET_FILL));
  h.set(s, SET_FINGER, h.get(from, SET_FINGER));
  h.publish(s, SET_TABLE, h.get(from, SET_TABLE));
  h.publish(s, SET_USED, h.get(from, SET_USED));
}
