// `__slots__`: a class statement's slots become member descriptors on the
// class (CPython's `member_descriptor`), and instances of a class whose every
// Python class in the MRO has `__slots__` (without '__dict__') have no
// `__dict__`. A slot's value lives in the instance's heap dict under a key no
// Python name can be (`SLOT_KEY`), so fork, pickling copies and other workers
// need nothing new; `__dict__` of a slotted class that also has one hides
// those keys (a copy, not the live dict: the price of not changing the
// instance's heap layout).

import { PyObj, PyType, PyWrapper, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, raise, typeName, typeOf, isSubtype } from './types';
import * as ops from './ops';
import { method } from './native';

/** A slot's key in the instance dict: a NUL cannot start an identifier. */
const SLOT_KEY = '\u0000';

export function isMember(v: PyVal | undefined): v is PyWrapper {
  return v instanceof PyWrapper && v.cls === T.member_descriptor;
}

interface Layout {
  /** Instances have a `__dict__`. */
  dict: boolean;
  /** Some class in the MRO has `__slots__`, so the instance dict may hold slot keys. */
  slotted: boolean;
}

// The layout is fixed when the class is made (CPython: assigning __slots__ later changes nothing).
const layouts = new WeakMap<PyType, Layout>();

function slotNames(v: PyVal): PyVal[] {
  return typeof v === 'string' ? [v] : ops.toArray(v);
}

export function layoutOf(t: PyType): Layout {
  let l = layouts.get(t);
  if (l !== undefined) return l;
  let dict = false;
  let slotted = false;
  for (const c of t.mro) {
    if (!c.heap) continue;
    const s = c.dict.get('__slots__');
    if (s === undefined) dict = true;
    else {
      slotted = true;
      if (slotNames(s).includes('__dict__')) dict = true;
    }
  }
  l = { dict, slotted };
  layouts.set(t, l);
  return l;
}

/** Instances of heap type t have a `__dict__` (always true for a class without slots anywhere). */
export function hasInstanceDict(t: PyType): boolean {
  return !t.heap || layoutOf(t).dict;
}

function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const owner = cls.replace(/^_+/, '');
  return owner ? `_${owner}${name}` : name;
}

/** Called by makeClass once the class dict is filled: one member descriptor per slot. */
export function installSlots(t: PyType): void {
  const s = t.dict.get('__slots__');
  if (s === undefined) return;
  for (const v of slotNames(s)) {
    if (typeof v !== 'string') throw raise('TypeError', `__slots__ items must be strings, not '${typeName(v)}'`);
    if (v === '__dict__' || v === '__weakref__') continue;
    if (!/^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/.test(v)) throw raise('TypeError', '__slots__ must be identifiers');
    const name = mangle(t.name, v);
    if (t.dict.has(name)) throw raise('ValueError', `'${name}' in __slots__ conflicts with class variable`);
    t.dict.set(name, new PyWrapper(T.member_descriptor, name, t));
  }
}

function memberName(m: PyWrapper): string {
  return m.fget as string;
}

function owner(m: PyWrapper): PyType {
  return m.fset as PyType;
}

function checkApplies(m: PyWrapper, obj: PyVal): Map<string, PyVal> {
  if (!isSubtype(typeOf(obj), owner(m)) || !(obj instanceof PyObj) || !obj.dict) {
    throw raise('TypeError', `descriptor '${memberName(m)}' for '${owner(m).name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
  return obj.dict;
}

export function memberGet(m: PyWrapper, obj: PyVal): PyVal {
  const v = checkApplies(m, obj).get(SLOT_KEY + memberName(m));
  if (v === undefined) throw ops.attributeError(obj, memberName(m));
  return v;
}

export function memberSet(m: PyWrapper, obj: PyVal, v: PyVal): void {
  checkApplies(m, obj).set(SLOT_KEY + memberName(m), v);
}

export function memberDelete(m: PyWrapper, obj: PyVal): void {
  // CPython's message for deleting an unset slot is the bare name.
  if (!checkApplies(m, obj).delete(SLOT_KEY + memberName(m))) throw raise('AttributeError', memberName(m));
}

/** `obj.__dict__` of a slotted class that has one: its own attributes without the slot keys. */
export function visibleDict(m: Map<string, PyVal>): PyDict {
  const d = new PyDict(T.dict);
  for (const [k, v] of m) if (!k.startsWith(SLOT_KEY)) d.set(k, v);
  return d;
}

/** The names dir() may list from an instance dict. */
export function isSlotKey(k: string): boolean {
  return k.startsWith(SLOT_KEY);
}

export function installMemberMethods(): void {
  const M = T.member_descriptor;
  const self = (a: PyVal[]): PyWrapper => {
    const m = a[0];
    if (!isMember(m)) throw raise('TypeError', `descriptor requires a 'member_descriptor' object but received a '${typeName(m ?? null)}'`);
    return m;
  };
  method(M, '__repr__', (a) => `<member '${memberName(self(a))}' of '${owner(self(a)).name}' objects>`);
  method(M, '__get__', (a) => (a[1] === null || a[1] === undefined ? self(a) : memberGet(self(a), a[1])));
  method(M, '__set__', (a) => {
    memberSet(self(a), a[1] as PyVal, a[2] as PyVal);
    return null;
  });
  method(M, '__delete__', (a) => {
    memberDelete(self(a), a[1] as PyVal);
    return null;
  });
}
