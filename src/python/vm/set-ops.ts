// The set algebra as CPython 3.12's setobject.c does it, step for step: which
// set it copies, which one it walks, when it merges a whole table and when it
// adds one key at a time, when it resizes. Each choice decides the order a
// result iterates and prints in, so it is kept even where another would give
// an equal set.

import { PyDict, PySet } from './collections';
import type { PyVal } from './objects';
import { T } from './types';
import * as ops from './ops';

/** make_new_set_basetype: a subclass's result is a plain set or frozenset. */
export function emptyLike(so: PySet): PySet {
  return so.frozen ? new PySet(T.frozenset, true) : new PySet(T.set);
}

const exactDict = (v: PyVal): v is PyDict => v instanceof PyDict && v.cls === T.dict;

/** set_update_internal: a set merges its table, a dict reserves room first, anything else adds key by key. */
export function update(so: PySet, other: PyVal): void {
  if (other instanceof PySet) return so.merge(other);
  if (exactDict(other)) {
    so.reserve(other.size);
    for (const k of other.keys()) so.add(k);
    return;
  }
  for (const x of ops.toArray(other)) so.add(x);
}

/** set_copy. */
export function copy(so: PySet): PySet {
  const r = emptyLike(so);
  r.merge(so);
  return r;
}

/** set_or: a copy of so, updated with other. */
export function union(so: PySet, other: PyVal): PySet {
  const r = copy(so);
  if (other !== so) update(r, other);
  return r;
}

/** set_intersection: with two sets, walks the smaller (other when sizes tie) and keeps what the larger has. */
export function intersection(so: PySet, other: PyVal): PySet {
  if (other === so) return copy(so);
  const r = emptyLike(so);
  if (other instanceof PySet) {
    const [big, small] = other.size > so.size ? [other, so] : [so, other];
    for (const x of small.values()) if (big.has(x)) r.add(x);
    return r;
  }
  for (const x of ops.toArray(other)) if (so.has(x)) r.add(x);
  return r;
}

/** set_difference_update_internal: discards, then rebuilds the table when more than a quarter is dummies. */
export function differenceUpdate(so: PySet, other: PyVal): void {
  if (other === so) return so.clear();
  if (other instanceof PySet) {
    // When other is more than 8 times larger, only the common part is walked.
    const walk = other.size >> 3 > so.size ? intersection(so, other) : other;
    for (const x of walk.values()) so.delete(x);
  } else {
    for (const x of ops.toArray(other)) so.delete(x);
  }
  so.purgeDummies();
}

/** set_difference: a new set of so's keys not in other, or (so much larger, or other no set or dict) a copy minus other. */
export function difference(so: PySet, other: PyVal): PySet {
  const small = other instanceof PySet || exactDict(other) ? other : null;
  if (small === null || so.size >> 2 > small.size) {
    const r = copy(so);
    differenceUpdate(r, other);
    return r;
  }
  const r = emptyLike(so);
  for (const x of so.values()) if (!small.has(x)) r.add(x);
  return r;
}

/** set_symmetric_difference_update: each key of other (in its order) leaves so if there, else joins. */
export function symmetricDifferenceUpdate(so: PySet, other: PyVal): void {
  if (other === so) return so.clear();
  let keys: PyVal[];
  if (exactDict(other)) keys = other.keys();
  else if (other instanceof PySet) keys = other.values();
  else {
    const tmp = emptyLike(so);
    update(tmp, other);
    keys = tmp.values();
  }
  for (const x of keys) if (!so.delete(x)) so.add(x);
}

/** set_symmetric_difference: a copy of other, updated with so. */
export function symmetricDifference(so: PySet, other: PyVal): PySet {
  const r = emptyLike(so);
  update(r, other);
  symmetricDifferenceUpdate(r, so);
  return r;
}

/** set_intersection_update (and _multi): the intersection, whose table so then takes. */
export function intersectionUpdate(so: PySet, others: PyVal[]): void {
  let r = others.length ? so : copy(so);
  for (const o of others) r = intersection(r, o);
  so.takeTable(r);
}

/** The binary operators on two sets (set_or, set_and, set_sub, set_xor). */
export function setBinary(op: string, a: PySet, b: PySet): PySet {
  switch (op) {
    case '|': return union(a, b);
    case '&': return intersection(a, b);
    case '-': return difference(a, b);
    default: return symmetricDifference(a, b);
  }
}

/** The in-place operators on a set (set_ior, set_iand, set_isub, set_ixor). */
export function setInPlace(op: string, a: PySet, b: PySet): void {
  switch (op) {
    case '|': return update(a, b);
    case '&': return intersectionUpdate(a, [b]);
    case '-': return differenceUpdate(a, b);
    default: return symmetricDifferenceUpdate(a, b);
  }
}
