// The boundary between the interpreter's working values (PyVal: bigint,
// number, string, …, PyObj wrappers) and the heap's 32-bit refs. Everything
// stored where another thread could read it goes through toRef; every read
// comes back through fromRef, which rebuilds a wrapper this worker has never
// seen from the heap by its kind.

import {
  BUILTIN_TYPES,
  ELLIPSIS,
  FALSE,
  Kind,
  NAMED_NAME,
  NONE,
  NOT_IMPLEMENTED,
  NULL,
  OPAQUE_TOKEN,
  OPAQUE_WHAT,
  T as HT,
  TRUE,
  TYPE_DICT,
  TYPE_MODULE,
  TYPE_NAME,
  TYPE_QUALNAME,
  TYPE_VMBASE,
  MODULE_DICT,
  moduleName,
  newModule,
  functionFields,
  methodFunc,
  methodSelf,
  WRAPPER_DOC,
  WRAPPER_FDEL,
  WRAPPER_FGET,
  WRAPPER_FSET,
  newMethod,
  nativeName,
  W_MAIN_GLOBALS,
  floatValue,
  internStr,
  intValue,
  isHeapType,
  isSmall,
  newFloat,
  newInt,
  newStr,
  newBytes,
  bytesValue,
  newTuple,
  newType,
  small,
  smallValue,
  strValue,
  tupleItems,
  typeBases,
  typeMro,
  HEADER_BYTES,
  type KindCode,
  type Ref,
} from '../heap';
import { codeFromKey } from './code-table';
import { builtinRef, namedKey, resolveNamed, resolveNative } from './named';
import { PyBuiltin, PyModule, PyFunction, PyMethod, PyWrapper, PyObj, PyType, PyList, PyTuple, PyCell, PyInstance, PyException, PyBytes, type PyVal } from './objects';
import { PyDict, PySet } from './collections';
import { AttrMap } from './attr-map';
import { PyBoxed, boxedValueAt } from './boxed';
import { T, EXC, NotImplemented, Ellipsis, raise } from './types';
import { conv, extKinds, hc, moduleTypes, type HeapCtx } from './heap-state';


export function toRef(v: PyVal | undefined): Ref {
  switch (typeof v) {
    case 'bigint':
      return v >= -0x40000000n && v < 0x40000000n ? small(Number(v)) : newInt(hc().h, v);
    case 'number':
      return newFloat(hc().h, v);
    case 'string':
      return strRef(hc(), v);
    case 'boolean':
      return v ? TRUE : FALSE;
    case 'undefined':
      return NULL;
  }
  if (v === null) return NONE;
  if (v.ref !== NULL) return v.ref;
  return lazyRef(hc(), v);
}

function strRef(c: HeapCtx, s: string): Ref {
  let r = c.strs.get(s);
  if (r === undefined) {
    r = newStr(c.h, s);
    c.strs.set(s, r);
  }
  return r;
}

/** The heap form of an object whose state is not (or not only) in the heap: made once per worker. */
function lazyRef(c: HeapCtx, v: PyObj): Ref {
  const hit = c.lazy.get(v);
  if (hit !== undefined) return hit;
  let r: Ref;
  if (v instanceof PyType) {
    if (v.heap) return materialiseType(v);
    r = builtinTypeRef(c, v);
  } else if (v === NotImplemented) r = NOT_IMPLEMENTED;
  else if (v === Ellipsis) r = ELLIPSIS;
  else if (v instanceof PyTuple) r = newTuple(c.h, v.items.map(toRef), toRef(v.cls));
  else if (v instanceof PyModule && v.ns instanceof PyDict) r = newModule(c.h, v.name, v.ns.ref);
  else if (v instanceof PyBuiltin) r = builtinRef(c, v) || opaque(c, v);
  // A bound method never changes: its function and self, each by its own ref.
  else if (v instanceof PyMethod) r = newMethod(c.h, toRef(v.func), toRef(v.self));
  else if (v instanceof PyWrapper) r = wrapperRef(c, v);
  // Exact bytes never change: their data goes into the heap (a subclass's instance or a bytearray stays opaque).
  else if (v instanceof PyBytes && v.cls === T.bytes) r = newBytes(c.h, v.data);
  else r = extKinds.toRef?.(v) || opaque(c, v);
  c.lazy.set(v, r);
  if (!c.objs.has(r)) c.objs.set(r, v);
  return r;
}

/** property/staticmethod/classmethod: their callables, so a class's properties work in every worker. */
function wrapperRef(c: HeapCtx, v: PyWrapper): Ref {
  const h = c.h;
  const r = h.alloc(Kind.WRAPPER, toRef(v.cls), HEADER_BYTES + 16);
  h.set(r, WRAPPER_FGET, toRef(v.fget));
  h.set(r, WRAPPER_FSET, toRef(v.fset));
  h.set(r, WRAPPER_FDEL, toRef(v.fdel));
  h.set(r, WRAPPER_DOC, toRef(v.doc));
  return r;
}

function opaque(c: HeapCtx, v: PyObj): Ref {
  const h = c.h;
  const what = internStr(h, v.cls.name);
  const r = h.alloc(Kind.OPAQUE, HT.object, HEADER_BYTES + 8);
  h.set(r, OPAQUE_TOKEN, c.token);
  h.set(r, OPAQUE_WHAT, what);
  return r;
}

const FIXED = new Set<string>(BUILTIN_TYPES.map(([n]) => n));

function builtinTypeRef(c: HeapCtx, t: PyType): Ref {
  if (FIXED.has(t.name) && builtinByName().get(t.name) === t) return HT[t.name as keyof typeof HT];
  const h = c.h;
  const name = internStr(h, `type:${t.name}`);
  const r = h.alloc(Kind.NAMED, HT.type, HEADER_BYTES + 8);
  h.set(r, NAMED_NAME, name);
  return r;
}

let byName: Map<string, PyType> | null = null;
/** The builtin types every worker makes at boot, by name (what NAMED refs and the fixed type refs resolve to). */
function builtinByName(): Map<string, PyType> {
  if (byName === null) {
    byName = new Map();
    for (const t of [...Object.values(T), ...Object.values(EXC)]) if (t instanceof PyType && !byName.has(t.name)) byName.set(t.name, t);
  }
  for (const [name, t] of moduleTypes) if (!byName.has(name)) byName.set(name, t);
  return byName;
}

const LAYOUTS: Record<string, KindCode> = { list: Kind.LIST, dict: Kind.DICT, tuple: Kind.TUPLE, set: Kind.SET, frozenset: Kind.FROZENSET, exception: Kind.EXCEPTION };

/** A class made by a class statement moves into the heap: its dict becomes the heap TYPE's dict. */
export function materialiseType(t: PyType): Ref {
  if (t.ref !== NULL) return t.ref;
  const c = hc();
  const h = c.h;
  const r = newType(h, {
    name: t.name,
    qualname: t.qualname,
    module: t.module,
    bases: t.bases.map(toRef),
    mroTail: t.mro.slice(1).map(toRef),
    heapType: true,
    layout: LAYOUTS[t.base] ?? Kind.INSTANCE,
  });
  h.set(r, TYPE_VMBASE, internStr(h, t.base));
  h.setTypeRef(r, toRef(t.cls));
  c.adopt(t, r);
  const old = t.dict;
  const d = new AttrMap(h.get(r, TYPE_DICT));
  t.dict = d;
  for (const [k, v] of old) d.set(k, v);
  return r;
}

/** Writes a renamed class's names back (`C.__name__ = …`), so other workers see them. */
export function syncTypeNames(t: PyType): void {
  if (t.ref === NULL) return;
  const h = hc().h;
  h.publish(t.ref, TYPE_NAME, internStr(h, t.name));
  h.publish(t.ref, TYPE_QUALNAME, internStr(h, t.qualname));
}

/** Call at boot, while the heap has room. */
export function preallocateMemoryError(): void {
  const c = hc();
  c.memoryError ??= new PyException(EXC.MemoryError as PyType);
}

/** The preallocated MemoryError, fresh for this raise (CPython reuses its preallocated ones too). */
export function memoryError(): PyException {
  const e = hc().memoryError;
  if (!(e instanceof PyException)) throw new Error('MemoryError was not preallocated');
  e.traceback = [];
  e.context = null;
  e.cause = null;
  e.suppressContext = false;
  return e;
}

/** Stores `__main__`'s globals where attachProcess finds them. */
export function publishMainGlobals(d: PyDict): void {
  Atomics.store(hc().h.i32, W_MAIN_GLOBALS, d.ref);
}

function notShared(what: string): never {
  throw raise('NotImplementedError', `'${what}' object shared between threads is not supported yet`);
}

export function fromRef(r: Ref): PyVal | undefined {
  if (r === NULL) return undefined;
  if (isSmall(r)) return BigInt(smallValue(r));
  const c = hc();
  const hit = c.objs.get(r);
  if (hit !== undefined) return hit;
  const h = c.h;
  switch (h.kind(r)) {
    case Kind.NONE:
      return null;
    case Kind.BOOL:
      return r === TRUE;
    case Kind.INT:
      return intValue(h, r);
    case Kind.FLOAT:
      return floatValue(h, r);
    case Kind.STR:
      return strValue(h, r);
    case Kind.SINGLETON:
      return r === NOT_IMPLEMENTED ? NotImplemented : r === ELLIPSIS ? Ellipsis : notShared('singleton');
    default:
      return rebuild(c, r);
  }
}

/** A wrapper for a heap object another worker made. */
function rebuild(c: HeapCtx, r: Ref): PyObj {
  const h = c.h;
  const kind = h.kind(r);
  const cls = (): PyType => fromRef(h.typeRef(r)) as PyType;
  switch (kind) {
    case Kind.LIST:
      return new PyList(cls(), [], r);
    case Kind.DICT:
      return new PyDict(cls(), r);
    case Kind.SET:
    case Kind.FROZENSET:
      return new PySet(cls(), kind === Kind.FROZENSET, r);
    case Kind.CELL:
      return new PyCell(T.cell, undefined, r);
    case Kind.INSTANCE: {
      const value = boxedValueAt(r);
      return value === undefined ? new PyInstance(cls(), r) : new PyBoxed(cls(), value, r);
    }
    case Kind.EXCEPTION:
      return new PyException(cls(), r);
    case Kind.MODULE: {
      const own = extKinds.nativeModule?.(moduleName(h, r));
      if (own) {
        c.objs.set(r, own);
        return own;
      }
      const ns = fromRef(h.get(r, MODULE_DICT));
      if (!(ns instanceof PyDict)) return notShared('module');
      const m = new PyModule(T.module, moduleName(h, r), ns);
      c.objs.set(r, m);
      c.lazy.set(m, r);
      return m;
    }
    case Kind.TUPLE: {
      const t = new PyTuple(cls(), []);
      c.objs.set(r, t);
      c.lazy.set(t, r);
      t.items = tupleItems(h, r).map((x) => fromRef(x) as PyVal);
      return t;
    }
    case Kind.TYPE:
      return rebuildType(c, r);
    case Kind.FUNCTION: {
      const f = functionFields(h, r);
      const code = codeFromKey(f.code);
      if (!code) return notShared('function (its code is not in this worker)');
      const globals = fromRef(f.globals);
      if (!(globals instanceof PyDict)) return notShared('function (its globals are not a dict)');
      return new PyFunction(T.function, code, globals, '', r);
    }
    case Kind.METHOD: {
      const m = new PyMethod(T.method, fromRef(methodFunc(h, r)) as PyVal, fromRef(methodSelf(h, r)) as PyVal);
      c.objs.set(r, m);
      c.lazy.set(m, r);
      return m;
    }
    case Kind.NATIVE:
      return resolveNative(c, r) ?? notShared(`builtin ${nativeName(h, r)}`);
    case Kind.NAMED: {
      const key = namedKey(h, r);
      if (key !== null) return resolveNamed(c, r, key) ?? notShared(`builtin ${key}`);
      const name = strValue(h, h.get(r, NAMED_NAME));
      const t = name.startsWith('type:') ? builtinByName().get(name.slice(5)) : undefined;
      if (!t) return notShared(name);
      c.objs.set(r, t);
      return t;
    }
    case Kind.BYTES: {
      const b = new PyBytes(T.bytes, bytesValue(h, r));
      c.objs.set(r, b);
      c.lazy.set(b, r);
      return b;
    }
    case Kind.WRAPPER: {
      const w = new PyWrapper(cls(), fromRef(h.get(r, WRAPPER_FGET)) as PyVal, fromRef(h.get(r, WRAPPER_FSET)) as PyVal, fromRef(h.get(r, WRAPPER_FDEL)) as PyVal, fromRef(h.get(r, WRAPPER_DOC)) as PyVal);
      c.objs.set(r, w);
      c.lazy.set(w, r);
      return w;
    }
    case Kind.LOCK: {
      const l = extKinds.lockFromRef?.(r);
      if (!l) return notShared('lock');
      c.objs.set(r, l);
      c.lazy.set(l, r);
      return l;
    }
    case Kind.OPAQUE:
      return extKinds.opaqueFromRef?.(r) ?? notShared(strValue(h, h.get(r, OPAQUE_WHAT)));
    default:
      return notShared(KIND_LABELS[kind] ?? `kind ${kind}`);
  }
}

const KIND_LABELS: Record<number, string> = { [Kind.EXCEPTION]: 'exception', [Kind.FUNCTION]: 'function', [Kind.MODULE]: 'module', [Kind.SET]: 'set', [Kind.FROZENSET]: 'frozenset', [Kind.BYTES]: 'bytes' };

function rebuildType(c: HeapCtx, r: Ref): PyType {
  const h = c.h;
  if (!isHeapType(h, r)) {
    const name = strValue(h, h.get(r, TYPE_NAME));
    const t = builtinByName().get(name);
    if (!t) return notShared(`type ${name}`);
    c.objs.set(r, t);
    return t;
  }
  const base = h.get(r, TYPE_VMBASE);
  const t = new PyType(strValue(h, h.get(r, TYPE_NAME)), [], base === NULL ? 'object' : strValue(h, base));
  c.adopt(t, r);
  t.heap = true;
  t.qualname = strValue(h, h.get(r, TYPE_QUALNAME));
  t.module = strValue(h, h.get(r, TYPE_MODULE));
  t.cls = fromRef(h.typeRef(r)) as PyType;
  t.bases = typeBases(h, r).map((x) => fromRef(x) as PyType);
  t.mro = [t, ...typeMro(h, r).slice(1).map((x) => fromRef(x) as PyType)];
  t.dict = new AttrMap(h.get(r, TYPE_DICT));
  t.doc = t.dict.get('__doc__') ?? null;
  return t;
}

conv.toRef = toRef;
conv.fromRef = fromRef;
