// Attribute access (descriptors, __getattr__, special attributes) and calls
// (construction of instances), split from ops.ts.

import { PyObj, PyType, PyInstance, PyException, PyFunction, PyBuiltin, PyMethod, PyModule, PyWrapper, PySuper, type PyVal } from './objects';

import { T, typeOf, typeName, raise, isSubtype } from './types';
import { rt, userDunder, lookupType, callMethodValue, str } from './ops';
import { isImmutableType } from './builtin-method-cache';
import { assignClass } from './class-assign';
import { PyBoxed, asInstanceOf } from './boxed';
import { isMember, memberGet, memberSet, memberDelete, hasInstanceDict } from './slots';

// ---- attributes -------------------------------------------------------------

export function bindDescriptor(attr: PyVal, obj: PyVal, t: PyType): PyVal {
  if (attr instanceof PyFunction) return new PyMethod(T.method, attr, obj);
  if (attr instanceof PyBuiltin && attr.self === undefined) return attr.bind(obj);
  if (attr instanceof PyWrapper) {
    if (attr.cls === T.staticmethod) return attr.fget;
    if (attr.cls === T.classmethod) return new PyMethod(T.method, attr.fget, t);
    if (attr.cls === T.property) {
      if (attr.fget === null) throw raise('AttributeError', `property of '${t.name}' object has no getter`);
      return call(attr.fget, [obj]);
    }
    if (attr.cls === T.member_descriptor) return memberGet(attr, obj);
  }
  return attr;
}

/** A class attribute whose class (written in Python) has __get__: a descriptor; data when it also has __set__ or __delete__. */
function userDescriptor(attr: PyVal | undefined): { get: PyVal; data: boolean } | null {
  if (!(attr instanceof PyObj) || !attr.cls.heap) return null;
  const get = userDunder(attr.cls, '__get__');
  if (get === undefined) return null;
  return { get, data: userDunder(attr.cls, '__set__') !== undefined || userDunder(attr.cls, '__delete__') !== undefined };
}

function userDescriptorOp(attr: PyVal | undefined, op: '__set__' | '__delete__'): PyVal | undefined {
  return attr instanceof PyObj && attr.cls.heap ? userDunder(attr.cls, op) : undefined;
}

/** Special attributes of builtin objects that are not in a type dict. */
export const special: { get(obj: PyVal, name: string): PyVal | undefined } = { get: () => undefined };

export function getAttrOpt(obj: PyVal, name: string): PyVal | undefined {
  if (obj instanceof PyType) return typeAttr(obj, name);
  if (obj instanceof PyModule) {
    const v = obj.ns.getStr(name);
    if (v !== undefined) return v;
  }
  if (obj instanceof PySuper) return superAttr(obj, name);
  const t = typeOf(obj);
  if (t.heap && name !== '__getattribute__') {
    const ga = userDunder(t, '__getattribute__');
    if (ga !== undefined) return callMethodValue(ga, obj, [name]);
  }
  const attr = lookupType(t, name);
  if (attr instanceof PyWrapper && (attr.cls === T.property || attr.cls === T.member_descriptor)) return bindDescriptor(attr, obj, t);
  const u = userDescriptor(attr);
  if (u?.data) return callMethodValue(u.get, attr as PyVal, [obj, t]);
  const d = obj instanceof PyObj ? obj.dict : undefined;
  if (d) {
    const v = d.get(name);
    if (v !== undefined) return v;
  }
  if (u) return callMethodValue(u.get, attr as PyVal, [obj, t]);
  if (attr !== undefined) return bindDescriptor(attr, obj, t);
  let s = special.get(obj, name);
  // None is an answer (`e.__cause__`): only a missing one asks the subclass instance's value (`Age(5).real`).
  if (s === undefined && obj instanceof PyBoxed) s = special.get(obj.value, name);
  if (s !== undefined) return s;
  if (t.heap) {
    const ga = userDunder(t, '__getattr__');
    if (ga !== undefined) return callMethodValue(ga, obj, [name]);
  }
  return undefined;
}

export function getAttr(obj: PyVal, name: string): PyVal {
  const v = getAttrOpt(obj, name);
  if (v !== undefined) return v;
  throw attributeError(obj, name);
}

export function attributeError(obj: PyVal, name: string): PyException {
  let e: PyException;
  if (obj instanceof PyModule) e = raise('AttributeError', `module '${obj.name}' has no attribute '${name}'`);
  else if (obj instanceof PyType) e = raise('AttributeError', `type object '${obj.name}' has no attribute '${name}'`);
  else e = raise('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
  e.dict.set('name', name);
  e.dict.set('obj', obj);
  return e;
}

export function typeAttr(t: PyType, name: string): PyVal | undefined {
  for (const c of t.mro) {
    const v = c.dict.get(name);
    if (v === undefined) continue;
    if (v instanceof PyWrapper) {
      if (v.cls === T.staticmethod) return v.fget;
      if (v.cls === T.classmethod) return new PyMethod(T.method, v.fget, t);
    }
    const u = userDescriptor(v);
    if (u) return callMethodValue(u.get, v, [null, t]);
    return v;
  }
  const s = special.get(t, name);
  if (s !== undefined) return s;
  const meta = t.cls.dict.get(name) ?? (t.cls !== T.type ? lookupType(t.cls, name) : undefined);
  if (meta !== undefined) return bindDescriptor(meta, t, t.cls);
  return undefined;
}

function superAttr(s: PySuper, name: string): PyVal | undefined {
  const start = s.obj instanceof PyType && isSubtype(s.obj, s.thisType) ? s.obj : typeOf(s.obj);
  const mro = start.mro;
  const i = mro.indexOf(s.thisType);
  for (let k = i + 1; k < mro.length; k++) {
    const v = (mro[k] as PyType).dict.get(name);
    if (v === undefined) continue;
    if (s.obj instanceof PyType && s.obj === start) {
      if (v instanceof PyWrapper && v.cls === T.classmethod) return new PyMethod(T.method, v.fget, s.obj);
      if (v instanceof PyWrapper && v.cls === T.staticmethod) return v.fget;
      if (v instanceof PyBuiltin && v.self === undefined && name === '__new__') return v;
      return v instanceof PyFunction ? v : bindDescriptor(v, s.obj, start);
    }
    return bindDescriptor(v, s.obj, start);
  }
  if (name === '__class__') return T.super;
  return undefined;
}

export function setAttr(obj: PyVal, name: string, v: PyVal): void {
  const t = typeOf(obj);
  if (t.heap) {
    const sa = userDunder(t, '__setattr__');
    if (sa !== undefined) {
      callMethodValue(sa, obj, [name, v]);
      return;
    }
  }
  genericSetAttr(obj, name, v);
}

export const specialSet: { set(obj: PyVal, name: string, v: PyVal | undefined): boolean } = { set: () => false };

export function genericSetAttr(obj: PyVal, name: string, v: PyVal): void {
  if (obj instanceof PyType && isImmutableType(obj)) throw immutable(obj, name);
  const t = typeOf(obj);
  const attr = lookupType(t, name);
  if (attr instanceof PyWrapper && attr.cls === T.property) {
    if (attr.fset === null) throw raise('AttributeError', `property '${name}' of '${t.name}' object has no setter`);
    call(attr.fset, [obj, v]);
    return;
  }
  if (isMember(attr) && !(obj instanceof PyType)) return memberSet(attr, obj, v);
  const set = obj instanceof PyType ? undefined : userDescriptorOp(attr, '__set__');
  if (set !== undefined) {
    callMethodValue(set, attr as PyVal, [obj, v]);
    return;
  }
  if (specialSet.set(obj, name, v)) return;
  if (name === '__class__' && !(obj instanceof PyType)) return assignClass(obj, v);
  if (obj instanceof PyType) {
    obj.dict.set(name, v);
    return;
  }
  if (obj instanceof PyModule) {
    obj.ns.setStr(name, v);
    return;
  }
  // object() itself has no __dict__: nothing can be set on it (its subclasses' instances have one).
  if (t === T.object) throw attributeError(obj, name);
  if (obj instanceof PyObj && obj.dict) {
    // 3.12's wording for a slotted instance is the plain one (3.13 adds "and no __dict__ for setting new attributes").
    if (!hasInstanceDict(t)) throw attributeError(obj, name);
    obj.dict.set(name, v);
    return;
  }
  if (obj instanceof PyObj && (t.heap || obj instanceof PyFunction)) {
    obj.dict = new Map([[name, v]]);
    return;
  }
  // 3.12's wording (3.13 adds "and no __dict__ for setting new attributes").
  throw raise('AttributeError', attr !== undefined ? `'${t.name}' object attribute '${name}' is read-only` : `'${t.name}' object has no attribute '${name}'`);
}


/** CPython's words for setting or deleting an attribute of a builtin type; builtin-method-cache.ts relies on it. */
function immutable(t: PyType, name: string): PyException {
  return raise('TypeError', `cannot set '${name}' attribute of immutable type '${t.name}'`);
}

export function delAttr(obj: PyVal, name: string): void {
  if (obj instanceof PyType && isImmutableType(obj)) throw immutable(obj, name);
  const t = typeOf(obj);
  if (t.heap) {
    const da = userDunder(t, '__delattr__');
    if (da !== undefined) {
      callMethodValue(da, obj, [name]);
      return;
    }
  }
  const attr = lookupType(t, name);
  if (attr instanceof PyWrapper && attr.cls === T.property) {
    if (attr.fdel === null) throw raise('AttributeError', `property '${name}' of '${t.name}' object has no deleter`);
    call(attr.fdel, [obj]);
    return;
  }
  if (isMember(attr) && !(obj instanceof PyType)) return memberDelete(attr, obj);
  const del = obj instanceof PyType ? undefined : userDescriptorOp(attr, '__delete__');
  if (del !== undefined) {
    callMethodValue(del, attr as PyVal, [obj]);
    return;
  }
  if (name === '__class__' && !(obj instanceof PyType)) throw raise('TypeError', "can't delete __class__ attribute");
  if (obj instanceof PyModule) {
    if (!obj.ns.delStr(name)) throw attributeError(obj, name);
    return;
  }
  if (obj instanceof PyObj && hasInstanceDict(t) && obj.dict?.delete(name)) return;
  if (attr !== undefined && !(obj instanceof PyType) && !(obj instanceof PyObj && obj.dict)) {
    throw raise('AttributeError', `'${t.name}' object attribute '${name}' is read-only`);
  }
  throw attributeError(obj, name);
}

// ---- calls ------------------------------------------------------------------

/** Native constructors of builtin types, filled in by builtins.ts. */
export const ctors = new Map<PyType, (t: PyType, args: PyVal[], kw: Map<string, PyVal> | null) => PyVal>();

export function call(f: PyVal, args: PyVal[], kw: Map<string, PyVal> | null = null): PyVal {
  if (f instanceof PyFunction) return rt.callFunction(f, args, kw);
  if (f instanceof PyBuiltin) return f.fn(f.self === undefined ? args : [f.self, ...args], kw);
  if (f instanceof PyMethod) return call(f.func, [f.self, ...args], kw);
  if (f instanceof PyType) return construct(f, args, kw);
  if (f instanceof PyObj) {
    const c = lookupType(f.cls, '__call__');
    if (c !== undefined) return callMethodValue(c, f, args, kw);
  }
  throw raise('TypeError', `'${typeName(f)}' object is not callable`);
}

/** The native constructor a type's instances are built with (its first builtin base's). */
export function baseCtor(t: PyType): ((t: PyType, args: PyVal[], kw: Map<string, PyVal> | null) => PyVal) | undefined {
  for (const c of t.mro) {
    const k = ctors.get(c);
    if (k) return k;
  }
  return undefined;
}

export function construct(t: PyType, args: PyVal[], kw: Map<string, PyVal> | null): PyVal {
  // str(i) of an exact int, float or str: no metaclass, no __str__ to look up (builtin-method-cache.ts: str is immutable).
  if (t === T.str && args.length === 1 && kw === null) {
    const v = args[0];
    if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string') return str(v);
  }
  if (t.cls !== T.type && t.cls.heap) {
    const mc = userDunder(t.cls, '__call__');
    if (mc !== undefined) return callMethodValue(mc, t, args, kw);
  }
  if (!t.heap) {
    const k = baseCtor(t);
    if (!k) throw raise('TypeError', `cannot create '${t.name}' instances`);
    return k(t, args, kw);
  }
  const newFn = userDunder(t, '__new__');
  const init = userDunder(t, '__init__');
  let obj: PyVal;
  if (newFn !== undefined) {
    const f = newFn instanceof PyWrapper ? newFn.fget : newFn;
    obj = call(f, [t, ...args], kw);
    if (!(obj instanceof PyObj) || !isSubtype(typeOf(obj), t)) return obj;
  } else {
    obj = baseInstance(t, args, kw, init !== undefined);
    if (init === undefined && t.base === 'object' && (args.length || kw?.size)) {
      throw raise('TypeError', `${t.name}() takes no arguments`);
    }
  }
  if (init !== undefined) {
    const r = callMethodValue(init, obj, args, kw);
    if (r !== null) throw raise('TypeError', `__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}

/** Builtin layouts whose value is fixed at creation: their __new__ takes the call's arguments, whatever __init__ does. */
const FROM_ARGS = new Set(['int', 'float', 'str', 'tuple', 'set', 'bytes', 'exception', 'type']);

/**
 * The instance of heap type t its first builtin base's constructor makes
 * (`Age(5)`: a PyBoxed of 5). With a Python __init__ a mutable builtin part
 * starts empty (list, dict: __init__ fills it); exceptions and immutable
 * values keep all arguments, as their __new__ does.
 */
export function baseInstance(t: PyType, args: PyVal[], kw: Map<string, PyVal> | null, hasInit: boolean): PyVal {
  const k = baseCtor(t);
  if (!k) throw raise('TypeError', `cannot create '${t.name}' instances`);
  // frozenset's layout is 'set'; a set subclass's contents come from __init__ (set_init), a frozenset's from __new__.
  const fromArgs = !hasInit || (FROM_ARGS.has(t.base) && (t.base !== 'set' || isSubtype(t, T.frozenset)));
  const immutable = t.base !== 'exception' && t.base !== 'type';
  const obj = fromArgs ? k(t, args, hasInit && !immutable ? null : kw) : k(t, [], null);
  return asInstanceOf(t, obj);
}

export function newInstance(t: PyType): PyInstance {
  return new PyInstance(t);
}

