// dict and set: the heap's compact dict (heap/dict.ts) and setobject.c table
// (heap/set.ts) behind the methods the interpreter always used.

import { PyObj, type PyType, type PyVal, type PyDictLike } from './objects';
import { Unhashable, NULL, newSet, setAdd, setClear, setContains, setDiscard, setItems, setLen, setMerge, setPop, setPurgeDummies, setReserve, setTakeTable, dictClear, dictDelete, dictDeleteStr, dictGet, dictGetStr, dictItems, dictKeyAt, dictKeys, dictLen, dictNext, dictSet, dictSetStr, dictVersion, newDict, type KeyOps, type Ref } from '../heap';
import { conv, critical, hc } from './heap-state';
import { T } from './types';
import { strSubclassKeys } from './boxed-flags';

/** How the VM turns a hashable value into a canonical JS Map key, and its Python hash. */
export interface KeyHooks {
  keyOf(v: PyVal): unknown;
  hashOf(v: PyVal): bigint;
  eq(a: PyVal, b: PyVal): boolean;
  /** The TypeError for an unhashable key (`unhashable type: 'list'`). */
  typeError(message: string): PyObj;
}
const notInstalled = (): never => {
  throw new Error('key hooks not installed');
};
export const hooks: KeyHooks = { keyOf: notInstalled, hashOf: notInstalled, eq: notInstalled, typeError: notInstalled };

/** What the heap dict calls back for keys whose hash and == are Python code (and worker-local objects). */
export const keyOps: KeyOps = {
  hash: (r) => hooks.hashOf(conv.fromRef(r) as PyVal),
  eq: (a, b) => hooks.eq(conv.fromRef(a) as PyVal, conv.fromRef(b) as PyVal),
};

function keyed<R>(fn: () => R): R {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Unhashable) throw hooks.typeError(e.message);
    throw e;
  }
}

/** A dict: CPython's compact dict in the heap (insertion order, same probing); this is its only door. */
export class PyDict extends PyObj implements PyDictLike {
  constructor(public cls: PyType, ref?: Ref) {
    super();
    const c = hc();
    c.adopt(this, ref ?? newDict(c.h, conv.toRef(cls)));
  }
  get size(): number {
    return dictLen(hc().h, this.ref);
  }
  /** The heap's version word: changes with every store or delete, from any worker. */
  get version(): number {
    return dictVersion(hc().h, this.ref);
  }
  get(k: PyVal): PyVal | undefined {
    const h = hc().h;
    const r = typeof k === 'string' && !strSubclassKeys.seen ? dictGetStr(h, this.ref, k) : keyed(() => dictGet(h, this.ref, conv.toRef(k), keyOps));
    return r === NULL ? undefined : conv.fromRef(r);
  }
  set(k: PyVal, v: PyVal): void {
    const c = hc();
    const h = c.h;
    const kr = conv.toRef(k);
    const vr = conv.toRef(v);
    if (c.locking) critical(c, this.ref, () => keyed(() => dictSet(h, this.ref, kr, vr, keyOps)));
    else keyed(() => dictSet(h, this.ref, kr, vr, keyOps));
  }
  delete(k: PyVal): boolean {
    const c = hc();
    const h = c.h;
    if (typeof k === 'string' && !strSubclassKeys.seen) return c.locking ? critical(c, this.ref, () => dictDeleteStr(h, this.ref, k)) : dictDeleteStr(h, this.ref, k);
    const kr = conv.toRef(k);
    return c.locking ? critical(c, this.ref, () => keyed(() => dictDelete(h, this.ref, kr, keyOps))) : keyed(() => dictDelete(h, this.ref, kr, keyOps));
  }
  has(k: PyVal): boolean {
    const h = hc().h;
    if (typeof k === 'string' && !strSubclassKeys.seen) return dictGetStr(h, this.ref, k) !== NULL;
    return keyed(() => dictGet(h, this.ref, conv.toRef(k), keyOps)) !== NULL;
  }
  getStr(k: string): PyVal | undefined {
    const r = dictGetStr(hc().h, this.ref, k);
    return r === NULL ? undefined : conv.fromRef(r);
  }
  /** For names (globals, namespaces): the key str is interned per worker. */
  setStr(k: string, v: PyVal): void {
    const c = hc();
    const r = conv.toRef(v);
    if (c.locking) critical(c, this.ref, () => dictSetStr(c.h, this.ref, k, r));
    else dictSetStr(c.h, this.ref, k, r);
  }
  delStr(k: string): boolean {
    const c = hc();
    return c.locking ? critical(c, this.ref, () => dictDeleteStr(c.h, this.ref, k)) : dictDeleteStr(c.h, this.ref, k);
  }
  clear(): void {
    const c = hc();
    if (c.locking) critical(c, this.ref, () => dictClear(c.h, this.ref));
    else dictClear(c.h, this.ref);
  }
  /** Position of the first live entry at or after pos (-1 at the end): iteration without a copy. */
  nextPos(pos: number): number {
    return dictNext(hc().h, this.ref, pos);
  }
  keyAt(pos: number): PyVal {
    return conv.fromRef(dictKeyAt(hc().h, this.ref, pos)) as PyVal;
  }
  keys(): PyVal[] {
    const h = hc().h;
    return dictKeys(h, this.ref).map((r) => conv.fromRef(r) as PyVal);
  }
  entries(): [PyVal, PyVal][] {
    const h = hc().h;
    return dictItems(h, this.ref).map(([k, v]) => [conv.fromRef(k) as PyVal, conv.fromRef(v) as PyVal]);
  }
}

/** A set looked up in a set stands for the frozenset of its elements (set_contains, set_discard). */
function asKey(v: PyVal): PyVal {
  if (!(v instanceof PySet) || v.frozen) return v;
  const f = new PySet(T.frozenset, true);
  f.merge(v);
  return f;
}

/**
 * A set or frozenset: CPython's setobject.c table in the heap (heap/set.ts),
 * so iteration and printing give CPython's order and another worker sees the
 * same elements. Every access goes through these methods (one place for
 * 3.13t's locks).
 */
export class PySet extends PyObj {
  constructor(public cls: PyType, public frozen = false, ref?: Ref) {
    super();
    const c = hc();
    if (ref !== undefined) c.adopt(this, ref);
    else {
      const r = newSet(c.h, [], frozen);
      // A subclass's set records its own type, as a subclass's list does.
      if (cls !== (frozen ? T.frozenset : T.set)) c.h.setTypeRef(r, conv.toRef(cls));
      c.adopt(this, r);
    }
  }
  get size(): number {
    return setLen(hc().h, this.ref);
  }
  has(v: PyVal): boolean {
    const h = hc().h;
    const k = conv.toRef(asKey(v));
    return keyed(() => setContains(h, this.ref, k, keyOps));
  }
  add(v: PyVal): void {
    const c = hc();
    const h = c.h;
    const r = conv.toRef(v);
    if (c.locking) critical(c, this.ref, () => keyed(() => setAdd(h, this.ref, r, keyOps)));
    else keyed(() => setAdd(h, this.ref, r, keyOps));
  }
  delete(v: PyVal): boolean {
    const c = hc();
    const h = c.h;
    const k = conv.toRef(asKey(v));
    return c.locking ? critical(c, this.ref, () => keyed(() => setDiscard(h, this.ref, k, keyOps))) : keyed(() => setDiscard(h, this.ref, k, keyOps));
  }
  /** set.pop(): CPython's finger walk, so repeated pops come out in its order; undefined when empty. */
  pop(): PyVal | undefined {
    const c = hc();
    const r = c.locking ? critical(c, this.ref, () => setPop(c.h, this.ref)) : setPop(c.h, this.ref);
    return r === NULL ? undefined : (conv.fromRef(r) as PyVal);
  }
  /** this |= other for a set or frozenset: CPython's set_merge (its own order, not one add per element). */
  merge(other: PySet): void {
    const c = hc();
    const h = c.h;
    if (c.locking) critical(c, this.ref, () => keyed(() => setMerge(h, this.ref, other.ref, keyOps)));
    else keyed(() => setMerge(h, this.ref, other.ref, keyOps));
  }
  clear(): void {
    const c = hc();
    if (c.locking) critical(c, this.ref, () => setClear(c.h, this.ref));
    else setClear(c.h, this.ref);
  }
  /** Room for n more keys at once (set_update_internal before a dict's keys). */
  reserve(n: number): void {
    const c = hc();
    if (c.locking) critical(c, this.ref, () => setReserve(c.h, this.ref, n));
    else setReserve(c.h, this.ref, n);
  }
  /** After removals by difference_update: a table with many dummies is rebuilt, as CPython does. */
  purgeDummies(): void {
    const c = hc();
    if (c.locking) critical(c, this.ref, () => setPurgeDummies(c.h, this.ref));
    else setPurgeDummies(c.h, this.ref);
  }
  /** intersection_update: this set takes the table of `tmp`, a fresh set nobody else holds. */
  takeTable(tmp: PySet): void {
    const c = hc();
    if (c.locking) critical(c, this.ref, () => setTakeTable(c.h, this.ref, tmp.ref));
    else setTakeTable(c.h, this.ref, tmp.ref);
  }
  /** The elements in table order. */
  values(): PyVal[] {
    return setItems(hc().h, this.ref).map((r) => conv.fromRef(r) as PyVal);
  }
}
