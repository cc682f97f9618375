// The non-container kinds: instances, types, functions, cells, bound methods,
// modules, exceptions, generators, natives and `_thread.lock`. Each is a few
// ref fields; their behaviour stays in the interpreter.

import type { Heap } from './heap';
import { HeapTypeError } from './heap';
import {
  CELL_VALUE,
  EXC_ARGS,
  EXC_CAUSE,
  EXC_CONTEXT,
  EXC_DICT,
  EXC_SUPPRESS,
  EXC_TRACEBACK,
  EXC_WORDS,
  FLAG_HEAPTYPE,
  FN_CLOSURE,
  FN_CODE,
  FN_DEFAULTS,
  FN_DICT,
  FN_DOC,
  FN_GLOBALS,
  FN_KWDEFAULTS,
  FN_MODULE,
  FN_NAME,
  FN_QUALNAME,
  FN_WORDS,
  GEN_FRAME,
  GEN_NAME,
  GEN_QUALNAME,
  HEADER_BYTES,
  INSTANCE_DICT,
  Kind,
  LOCK_LABEL,
  LOCK_OWNER,
  LOCK_STATE,
  METHOD_FUNC,
  METHOD_SELF,
  MODULE_DICT,
  MODULE_NAME,
  NATIVE_INDEX,
  NATIVE_NAME,
  NATIVE_SELF,
  NULL,
  TUPLE_ITEMS,
  TUPLE_LEN,
  TYPE_BASES,
  TYPE_DICT,
  TYPE_LAYOUT,
  TYPE_MODULE,
  TYPE_MRO,
  TYPE_NAME,
  TYPE_QUALNAME,
  TYPE_WORDS,
  isSmall,
  type KindCode,
  type Ref,
} from './layout';
import { T } from './consts';
import { dictGetStr, newDict } from './dict';
import { newTuple, tupleItems } from './seq';
import { internStr, newStr, strValue } from './str';

/** The Python type of every value, small ints included. */
export function typeOf(h: Heap, r: Ref): Ref {
  return isSmall(r) ? T.int : h.typeRef(r);
}

export function typeName(h: Heap, t: Ref): string {
  return strValue(h, h.get(t, TYPE_NAME));
}

// ---------------------------------------------------------------- instance

/** An instance of a class: its type in the header, its attributes in a dict. */
export function newInstance(h: Heap, type: Ref): Ref {
  const d = newDict(h);
  const r = h.alloc(Kind.INSTANCE, type, HEADER_BYTES + 8);
  h.set(r, INSTANCE_DICT, d);
  return r;
}

/** The `__dict__` of an instance, function, module, type or exception; NULL for kinds without one. */
export function objectDict(h: Heap, r: Ref): Ref {
  if (isSmall(r)) return NULL;
  switch (h.kind(r)) {
    case Kind.INSTANCE:
      return h.get(r, INSTANCE_DICT);
    case Kind.FUNCTION:
      return h.get(r, FN_DICT);
    case Kind.MODULE:
      return h.get(r, MODULE_DICT);
    case Kind.TYPE:
      return h.get(r, TYPE_DICT);
    case Kind.EXCEPTION:
      return h.get(r, EXC_DICT);
    default:
      return NULL;
  }
}

// ---------------------------------------------------------------- type

export interface TypeSpec {
  name: string;
  qualname?: string;
  module?: string;
  bases: readonly Ref[];
  /** The MRO without the type itself (the interpreter computes C3). */
  mroTail: readonly Ref[];
  /** Made by a class statement: its dunders are Python code (and KeyOps apply to its instances). */
  heapType?: boolean;
  layout?: KindCode;
}

export function newType(h: Heap, spec: TypeSpec): Ref {
  const r = h.alloc(Kind.TYPE, T.type, HEADER_BYTES + 4 * TYPE_WORDS, spec.heapType ? FLAG_HEAPTYPE : 0);
  fillType(h, r, spec);
  return r;
}

/** Writes a type's fields (boot uses it on the fixed type objects). */
export function fillType(h: Heap, r: Ref, spec: TypeSpec): void {
  h.set(r, TYPE_NAME, internStr(h, spec.name));
  h.set(r, TYPE_QUALNAME, internStr(h, spec.qualname ?? spec.name));
  h.set(r, TYPE_MODULE, internStr(h, spec.module ?? 'builtins'));
  h.set(r, TYPE_BASES, newTuple(h, spec.bases));
  h.set(r, TYPE_MRO, newTuple(h, [r, ...spec.mroTail]));
  h.set(r, TYPE_DICT, newDict(h));
  h.set(r, TYPE_LAYOUT, spec.layout ?? Kind.INSTANCE);
}

export const typeMro = (h: Heap, t: Ref): Ref[] => tupleItems(h, h.get(t, TYPE_MRO));
export const typeBases = (h: Heap, t: Ref): Ref[] => tupleItems(h, h.get(t, TYPE_BASES));
export const typeLayout = (h: Heap, t: Ref): number => h.get(t, TYPE_LAYOUT);

export function isSubtype(h: Heap, t: Ref, of: Ref): boolean {
  if (t === of) return true;
  const mro = h.get(t, TYPE_MRO);
  const n = h.get(mro, TUPLE_LEN);
  for (let k = 0; k < n; k++) if (h.get(mro, TUPLE_ITEMS + k) === of) return true;
  return false;
}

/** The first class on `type`'s MRO whose dict has `name`: its value, or NULL (as _PyType_Lookup). */
export function typeLookup(h: Heap, type: Ref, name: string): Ref {
  const mro = h.get(type, TYPE_MRO);
  const n = h.get(mro, TUPLE_LEN);
  for (let k = 0; k < n; k++) {
    const v = dictGetStr(h, h.get(h.get(mro, TUPLE_ITEMS + k), TYPE_DICT), name);
    if (v !== NULL) return v;
  }
  return NULL;
}

// ---------------------------------------------------------------- function, cell, method, module

export interface FunctionSpec {
  /** The code object's name: a ref to a (file, index) tuple, or NULL (code is rebuilt per worker from the same source; vm/code-table.ts). */
  code: number;
  globals: Ref;
  name: string;
  qualname: string;
  module: Ref;
  defaults?: Ref;
  kwdefaults?: Ref;
  closure?: Ref;
  doc?: Ref;
}

export function newFunction(h: Heap, s: FunctionSpec): Ref {
  const name = newStr(h, s.name);
  const qualname = s.qualname === s.name ? name : newStr(h, s.qualname);
  const d = newDict(h);
  const r = h.alloc(Kind.FUNCTION, T.function, HEADER_BYTES + 4 * FN_WORDS);
  h.set(r, FN_CODE, s.code);
  h.set(r, FN_GLOBALS, s.globals);
  h.set(r, FN_DEFAULTS, s.defaults ?? NULL);
  h.set(r, FN_KWDEFAULTS, s.kwdefaults ?? NULL);
  h.set(r, FN_CLOSURE, s.closure ?? NULL);
  h.set(r, FN_NAME, name);
  h.set(r, FN_QUALNAME, qualname);
  h.set(r, FN_MODULE, s.module);
  h.set(r, FN_DICT, d);
  h.set(r, FN_DOC, s.doc ?? NULL);
  return r;
}

export function newCell(h: Heap, value: Ref = NULL): Ref {
  const r = h.alloc(Kind.CELL, T.cell, HEADER_BYTES + 8);
  h.set(r, CELL_VALUE, value);
  return r;
}

export const cellGet = (h: Heap, c: Ref): Ref => h.load(c, CELL_VALUE);
export const cellSet = (h: Heap, c: Ref, v: Ref): void => h.publish(c, CELL_VALUE, v);

export function newMethod(h: Heap, func: Ref, self: Ref): Ref {
  const r = h.alloc(Kind.METHOD, T.method, HEADER_BYTES + 8);
  h.set(r, METHOD_FUNC, func);
  h.set(r, METHOD_SELF, self);
  return r;
}

export function newModule(h: Heap, name: string, dict: Ref = newDict(h)): Ref {
  const n = newStr(h, name);
  const r = h.alloc(Kind.MODULE, T.module, HEADER_BYTES + 8);
  h.set(r, MODULE_NAME, n);
  h.set(r, MODULE_DICT, dict);
  return r;
}

// ---------------------------------------------------------------- exception

export function newException(h: Heap, type: Ref, args: readonly Ref[]): Ref {
  const a = newTuple(h, args);
  const d = newDict(h);
  const r = h.alloc(Kind.EXCEPTION, type, HEADER_BYTES + 4 * EXC_WORDS);
  h.set(r, EXC_ARGS, a);
  h.set(r, EXC_DICT, d);
  return r;
}

export interface ExceptionFields {
  args: Ref;
  traceback: Ref;
  cause: Ref;
  context: Ref;
  suppressContext: boolean;
}

export function exceptionFields(h: Heap, e: Ref): ExceptionFields {
  if (h.kind(e) !== Kind.EXCEPTION) throw new HeapTypeError('not an exception');
  return {
    args: h.get(e, EXC_ARGS),
    traceback: h.load(e, EXC_TRACEBACK),
    cause: h.load(e, EXC_CAUSE),
    context: h.load(e, EXC_CONTEXT),
    suppressContext: h.get(e, EXC_SUPPRESS) !== 0,
  };
}

/** `raise e from cause` sets the cause and suppresses the context, as CPython. */
export function setCause(h: Heap, e: Ref, cause: Ref): void {
  h.publish(e, EXC_CAUSE, cause);
  h.set(e, EXC_SUPPRESS, 1);
}
export const setContext = (h: Heap, e: Ref, ctx: Ref): void => h.publish(e, EXC_CONTEXT, ctx);
/** The traceback: whatever ref the interpreter keeps its entries in (e.g. a tuple of tuples). */
export const setTraceback = (h: Heap, e: Ref, tb: Ref): void => h.publish(e, EXC_TRACEBACK, tb);
export const setExceptionArgs = (h: Heap, e: Ref, args: Ref): void => h.publish(e, EXC_ARGS, args);

// ---------------------------------------------------------------- generator, native, lock

/** `frame` is opaque: the interpreter's id of its frame record. */
export function newGenerator(h: Heap, frame: number, name: string, qualname: string): Ref {
  const n = newStr(h, name);
  const q = qualname === name ? n : newStr(h, qualname);
  const r = h.alloc(Kind.GENERATOR, T.generator, HEADER_BYTES + 16);
  h.set(r, GEN_FRAME, frame);
  h.set(r, GEN_NAME, n);
  h.set(r, GEN_QUALNAME, q);
  return r;
}

/**
 * A builtin function: `index` into the per-worker table of natives, which
 * every worker registers in the same fixed order; `self` for bound builtins.
 */
export function newNative(h: Heap, index: number, name: string, self: Ref = NULL): Ref {
  const n = internStr(h, name);
  const r = h.alloc(Kind.NATIVE, T.builtin_function_or_method, HEADER_BYTES + 16);
  h.set(r, NATIVE_INDEX, index);
  h.set(r, NATIVE_SELF, self);
  h.set(r, NATIVE_NAME, n);
  return r;
}

/** A `_thread.lock`: its state word (0/1) for Atomics waits, the holder's ident, a label for deadlock reports. */
export function newLock(h: Heap, label: Ref = NULL): Ref {
  const r = h.alloc(Kind.LOCK, T.lock, HEADER_BYTES + 16);
  h.set(r, LOCK_LABEL, label);
  return r;
}

/** Non-blocking acquire; the runtime waits on `lockStateIndex` (virtual time, GIL released) when it fails. */
export function lockTryAcquire(h: Heap, l: Ref, ident: number): boolean {
  if (Atomics.compareExchange(h.i32, (l >> 2) + LOCK_STATE, 0, 1) !== 0) return false;
  h.publish(l, LOCK_OWNER, ident);
  return true;
}

/** false when the lock was not held (`RuntimeError: release unlocked lock`). */
export function lockRelease(h: Heap, l: Ref): boolean {
  h.publish(l, LOCK_OWNER, 0);
  if (Atomics.compareExchange(h.i32, (l >> 2) + LOCK_STATE, 1, 0) !== 1) return false;
  if (h.shared) Atomics.notify(h.i32, (l >> 2) + LOCK_STATE);
  return true;
}

export const lockLocked = (h: Heap, l: Ref): boolean => h.load(l, LOCK_STATE) !== 0;
export const lockOwner = (h: Heap, l: Ref): number => h.load(l, LOCK_OWNER);
/** The Int32 index of the lock's state word, for Atomics.wait. */
export const lockStateIndex = (l: Ref): number => (l >> 2) + LOCK_STATE;

// ---------------------------------------------------------------- readers

export interface FunctionFields {
  code: number;
  globals: Ref;
  defaults: Ref;
  kwdefaults: Ref;
  closure: Ref;
  name: Ref;
  qualname: Ref;
  module: Ref;
  dict: Ref;
  doc: Ref;
}

export function functionFields(h: Heap, f: Ref): FunctionFields {
  if (h.kind(f) !== Kind.FUNCTION) throw new HeapTypeError('not a function');
  return {
    code: h.get(f, FN_CODE),
    globals: h.get(f, FN_GLOBALS),
    defaults: h.load(f, FN_DEFAULTS),
    kwdefaults: h.load(f, FN_KWDEFAULTS),
    closure: h.get(f, FN_CLOSURE),
    name: h.load(f, FN_NAME),
    qualname: h.load(f, FN_QUALNAME),
    module: h.load(f, FN_MODULE),
    dict: h.get(f, FN_DICT),
    doc: h.load(f, FN_DOC),
  };
}

/** `f.__defaults__ = …`, `f.__name__ = …` and friends: one published slot each. */
export const setFunctionField = (h: Heap, f: Ref, field: typeof FN_DEFAULTS | typeof FN_KWDEFAULTS | typeof FN_NAME | typeof FN_QUALNAME | typeof FN_DOC, v: Ref): void =>
  h.publish(f, field, v);

export const methodFunc = (h: Heap, m: Ref): Ref => h.get(m, METHOD_FUNC);
export const methodSelf = (h: Heap, m: Ref): Ref => h.get(m, METHOD_SELF);
export const moduleName = (h: Heap, m: Ref): string => strValue(h, h.get(m, MODULE_NAME));
export const nativeIndex = (h: Heap, n: Ref): number => h.get(n, NATIVE_INDEX);
export const nativeSelf = (h: Heap, n: Ref): Ref => h.get(n, NATIVE_SELF);
export const nativeName = (h: Heap, n: Ref): string => strValue(h, h.get(n, NATIVE_NAME));
export const generatorFrame = (h: Heap, g: Ref): number => h.get(g, GEN_FRAME);
export const generatorName = (h: Heap, g: Ref): string => strValue(h, h.get(g, GEN_NAME));
export const generatorQualname = (h: Heap, g: Ref): string => strValue(h, h.get(g, GEN_QUALNAME));
export const typeQualname = (h: Heap, t: Ref): string => strValue(h, h.get(t, TYPE_QUALNAME));
export const typeModule = (h: Heap, t: Ref): string => strValue(h, h.get(t, TYPE_MODULE));
export const isHeapType = (h: Heap, t: Ref): boolean => (h.flags(t) & FLAG_HEAPTYPE) !== 0;
