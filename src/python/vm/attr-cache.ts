// The instance side of LOAD_ATTR / STORE_ATTR, cached per instruction as
// CPython 3.12's LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_WITH_HINT /
// LOAD_ATTR_METHOD_WITH_VALUES and STORE_ATTR_WITH_HINT. An entry is good
// for one type while each heap class dict at the front of its MRO keeps the
// version word it had (heap/dict.ts: every store bumps it, from any worker),
// so another worker's change to the class is seen at the next use. The
// instance's own dict is not trusted at all: the hint is an entry index
// whose key is checked against the name's key ref at every use, and the value
// is read from the heap each time (only its decoding is remembered).
//
// Only what needs no protocol is cached: no user __getattribute__ /
// __setattr__, the class attribute absent, a plain value or a function (a
// method), never a descriptor, never a dunder name. Everything else, and every
// miss, goes the generic way (ops-attr.ts) and refreshes the entry.

import { dictIndexStr, dictKeyAtIndex, dictStoreAtHint, dictValueAtHint, dictVersion, NULL, type Heap, type Ref } from '../heap';
import { conv, hc } from './heap-state';
import { AttrMap } from './attr-map';
import { PyBuiltin, PyException, PyFunction, PyInstance, PyObj, PyWrapper, type PyType, type PyVal } from './objects';
import { lookupType, userDunder } from './ops';
import type { CodeInfo } from './frame';
import { hasInstanceDict } from './slots';

const enum Kind {
  /** The class has no attribute of that name: the instance's dict or the generic path. */
  ABSENT,
  /** A plain class value (no __get__): shadowed by the instance's dict, else the value itself. */
  VALUE,
  /** A Python function on the class: a method unless the instance's dict shadows it. */
  METHOD,
}

interface Slot {
  heap: Heap;
  type: PyType;
  mro: PyType[];
  maps: AttrMap[];
  versions: number[];
  kind: Kind;
  /** The class attribute (VALUE, METHOD). */
  attr: PyVal;
  /** Entry index of the name in the last instance dict seen, and that entry's key ref. */
  hint: number;
  key: Ref;
  /** The last value read and its ref, so an unchanged ref is not decoded again. */
  vref: Ref;
  val: PyVal;
}

export type AttrSlots = (Slot | undefined)[];

function slotsOf(info: CodeInfo): AttrSlots {
  return info.attrSlots ?? (info.attrSlots = new Array<Slot | undefined>(info.ops.length));
}

function classValid(s: Slot, h: Heap, t: PyType): boolean {
  if (s.type !== t || s.mro !== t.mro || s.heap !== h) return false;
  const maps = s.maps;
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i] as AttrMap;
    if ((t.mro[i] as PyType).dict !== m || dictVersion(h, m.ref) !== s.versions[i]) return false;
  }
  return true;
}

/** A class attribute the generic path would return or bind without calling anything of the class's. */
function plain(attr: PyVal): boolean {
  if (attr instanceof PyWrapper || attr instanceof PyFunction || attr instanceof PyBuiltin) return false;
  return !(attr instanceof PyObj && attr.cls.heap);
}

/** The class side of (t, name) with the versions it was read at, or null when the protocol must run. */
function classify(h: Heap, t: PyType, name: string, store: boolean): Slot | null {
  const maps: AttrMap[] = [];
  const versions: number[] = [];
  for (const c of t.mro) {
    if (!c.heap) break;
    if (!(c.dict instanceof AttrMap)) return null;
    // Versions first: a store between this read and the lookups leaves the slot stale, never wrong.
    maps.push(c.dict);
    versions.push(dictVersion(h, c.dict.ref));
  }
  if (userDunder(t, store ? '__setattr__' : '__getattribute__') !== undefined) return null;
  // A slotted instance without __dict__ takes no new names (a load needs no check: its dict holds only slot keys).
  if (store && !hasInstanceDict(t)) return null;
  const attr = lookupType(t, name);
  let kind: Kind;
  if (attr === undefined) kind = Kind.ABSENT;
  else if (!store && attr instanceof PyFunction) kind = Kind.METHOD;
  else if (plain(attr) || (store && attr instanceof PyFunction)) kind = Kind.VALUE;
  else return null;
  return { heap: h, type: t, mro: t.mro, maps, versions, kind, attr: attr ?? null, hint: -1, key: NULL, vref: NULL, val: null };
}

function cacheable(obj: PyVal, name: string): obj is PyInstance {
  // Exceptions keep args/__cause__/… outside their dict (special.ts).
  return obj instanceof PyInstance && !(obj instanceof PyException) && obj.cls.heap && obj.dict instanceof AttrMap && !name.startsWith('__');
}

function slotFor(info: CodeInfo, pc: number, h: Heap, t: PyType, name: string, store: boolean): Slot | null {
  const slots = slotsOf(info);
  const s = slots[pc];
  if (s !== undefined && classValid(s, h, t)) return s;
  const fresh = classify(h, t, name, store);
  slots[pc] = fresh ?? undefined;
  return fresh;
}

/**
 * The slot for the attribute instruction at pc, or null when the generic path
 * must run: not a cacheable instance, or free-threaded worker mode (where
 * `__dict__` access takes the object's lock, which only the generic path
 * does). A slot is made only for a PyInstance, and its heap is the heap in use.
 */
function cachedSlot(info: CodeInfo, pc: number, obj: PyVal, name: string, store: boolean): Slot | null {
  if (!cacheable(obj, name)) return null;
  const c = hc();
  if (c.locking) return null;
  return slotFor(info, pc, c.h, obj.cls, name, store);
}

/** The instance's value of name through the slot's hint, refreshing the hint on a miss; NULL when the dict lacks it. */
function instanceRef(s: Slot, h: Heap, d: Ref, name: string): Ref {
  if (s.hint >= 0) {
    const r = dictValueAtHint(h, d, s.hint, s.key);
    if (r !== NULL) return r;
  }
  const ix = dictIndexStr(h, d, name);
  if (ix < 0) return NULL;
  s.hint = ix;
  s.key = dictKeyAtIndex(h, d, ix);
  return dictValueAtHint(h, d, ix, s.key);
}

function decode(s: Slot, r: Ref): PyVal {
  if (r !== s.vref) {
    s.val = conv.fromRef(r) as PyVal;
    s.vref = r;
  }
  return s.val;
}

/**
 * LOAD_ATTR at pc from the cache. Pushes what the instruction pushes and says
 * true; false when the generic path must run (nothing pushed). `method`: the
 * instruction's low bit (push the function and self, or NULL and the value).
 */
export function loadAttrCached(info: CodeInfo, pc: number, obj: PyVal, name: string, method: boolean, stack: (PyVal | undefined)[]): boolean {
  const s = cachedSlot(info, pc, obj, name, false);
  if (s === null) return false;
  const r = instanceRef(s, s.heap, ((obj as PyInstance).dict as AttrMap).ref, name);
  if (r !== NULL) {
    const v = decode(s, r);
    if (method) stack.push(undefined, v);
    else stack.push(v);
    return true;
  }
  if (s.kind === Kind.VALUE) {
    if (method) stack.push(undefined, s.attr);
    else stack.push(s.attr);
    return true;
  }
  if (s.kind === Kind.METHOD && method) {
    stack.push(s.attr, obj);
    return true;
  }
  return false;
}

/** STORE_ATTR at pc into the instance's dict entry the hint names; false when the generic path must run (nothing stored). */
export function storeAttrCached(info: CodeInfo, pc: number, obj: PyVal, name: string, v: PyVal): boolean {
  const s = cachedSlot(info, pc, obj, name, true);
  if (s === null) return false;
  const h = s.heap;
  const dict = (obj as PyInstance).dict as AttrMap;
  const d = dict.ref;
  if (s.hint >= 0 && dictStoreAtHint(h, d, s.hint, s.key, conv.toRef(v))) return true;
  // A new attribute, or a stale hint: the generic store, then the hint of where it went.
  dict.set(name, v);
  const ix = dictIndexStr(h, d, name);
  s.hint = ix;
  s.key = ix < 0 ? NULL : dictKeyAtIndex(h, d, ix);
  return true;
}
