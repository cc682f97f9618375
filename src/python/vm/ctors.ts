// Constructors of the builtin types (int(), str(), list(), type(), ...) and
// class creation (__build_class__).

import { PyObj, PyType, PyList, PyTuple, PyFunction, PyCell, PyException, PyRange, PySlice, PyWrapper, PySuper, PyInstance, PyBytes, type PyVal } from './objects';
import { PyDict, PySet } from './collections';
import { update } from './set-ops';
import { T, EXC, raise, typeOf, typeName, makeType, isSubtype, newException } from './types';
import * as ops from './ops';
import { installSlots } from './slots';
import { decodeBytes, codecArgs } from './codecs';
import { materialiseType } from './heap-bridge';
import { floatRepr, intFromString, floatFromString } from './values-fallback';
import { intDigits } from './int-digits';
import { PyBoxed } from './boxed';

type Ctor = (t: PyType, args: PyVal[], kw: Map<string, PyVal> | null) => PyVal;
const def = (t: PyType, f: Ctor): void => void ops.ctors.set(t, f);

export function parseInt_(s: string, base: number, shown: string): bigint {
  let t = s.trim().replace(/_(?=[0-9a-zA-Z])/g, '');
  let neg = false;
  if (t.startsWith('-') || t.startsWith('+')) {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  const prefixes: Record<string, number> = { '0x': 16, '0o': 8, '0b': 2 };
  const p = t.slice(0, 2).toLowerCase();
  if (prefixes[p] && (base === 0 || base === prefixes[p])) {
    base = prefixes[p] as number;
    t = t.slice(2);
  }
  if (base === 0) base = 10;
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  if (!t || ![...t.toLowerCase()].every((c) => digits.includes(c))) {
    throw raise('ValueError', `invalid literal for int() with base ${base}: ${shown}`);
  }
  let n = 0n;
  const B = BigInt(base);
  for (const c of t.toLowerCase()) n = n * B + BigInt(digits.indexOf(c));
  return neg ? -n : n;
}

export function toInt(v: PyVal, base?: PyVal): bigint {
  if (v instanceof PyBoxed && (base !== undefined && base !== null ? true : userNumberDunders(v.cls, INT_DUNDERS) === undefined)) v = v.value;
  if (base !== undefined && base !== null) {
    const b = Number(ops.index(base));
    if (b !== 0 && (b < 2 || b > 36)) throw raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    if (typeof v !== 'string') throw raise('TypeError', "int() can't convert non-string with explicit base");
    return intFromString(v, b);
  }
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw raise('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw raise('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (typeof v === 'string') return intFromString(v, 10, intDigits.limit);
  if (v instanceof PyObj && v.cls.heap) {
    for (const m of ['__int__', '__index__', '__trunc__']) {
      const f = ops.userDunder(v.cls, m);
      if (f !== undefined) return toInt(ops.callMethodValue(f, v, []));
    }
  }
  throw raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

export function toFloat(v: PyVal): number {
  if (v instanceof PyBoxed && userNumberDunders(v.cls, FLOAT_DUNDERS) === undefined) v = v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') {
    const n = Number(ops.toBig(v));
    if (!Number.isFinite(n)) throw raise('OverflowError', 'int too large to convert to float');
    return n;
  }
  if (typeof v === 'string') return floatFromString(v);
  if (v instanceof PyObj && v.cls.heap) {
    const f = ops.userDunder(v.cls, '__float__');
    if (f !== undefined) return toFloat(ops.callMethodValue(f, v, []));
    const i = ops.userDunder(v.cls, '__index__');
    if (i !== undefined) return toFloat(ops.callMethodValue(i, v, []));
  }
  throw raise('TypeError', `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

const INT_DUNDERS = ['__int__', '__index__', '__trunc__'];
const FLOAT_DUNDERS = ['__float__', '__index__'];
/** The first of these a class statement in t's MRO defines (int(x) asks them before x's value). */
function userNumberDunders(t: PyType, names: readonly string[]): PyVal | undefined {
  for (const m of names) {
    const f = ops.userDunder(t, m);
    if (f !== undefined) return f;
  }
  return undefined;
}

/**
 * CPython's refusal of keywords by constructors whose parameters are
 * positional-only: for the type itself, or a subclass without a Python
 * __init__ to take them (list_init and kin check exactly that).
 */
function noKeywords(t: PyType, name: string, kw: Map<string, PyVal> | null): void {
  if (!kw?.size) return;
  if (t.heap && ops.userDunder(t, '__init__') !== undefined) return;
  throw raise('TypeError', `${name}() takes no keyword arguments`);
}

/** Keywords outside `allowed` are CPython's "'x' is an invalid keyword argument for int()". */
function onlyKeywords(name: string, kw: Map<string, PyVal> | null, allowed: readonly string[]): void {
  if (!kw) return;
  for (const k of kw.keys()) if (!allowed.includes(k)) throw raise('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
}

function oneArg(name: string, args: PyVal[], max = 1): void {
  if (args.length > max) throw raise('TypeError', `${name} expected at most ${max} argument${max > 1 ? 's' : ''}, got ${args.length}`);
}

export function dictFrom(d: PyDict, src: PyVal): void {
  if (src instanceof PyDict) {
    for (const [k, v] of src.entries()) d.set(k, v);
    return;
  }
  const keys = src instanceof PyObj && !(src instanceof PyList) && !(src instanceof PyTuple) ? ops.getAttrOpt(src, 'keys') : undefined;
  if (keys !== undefined) {
    for (const k of ops.toArray(ops.call(keys, []))) d.set(k, ops.getItem(src, k));
    return;
  }
  let i = 0;
  for (const item of ops.toArray(src)) {
    let pair: PyVal[];
    try {
      pair = ops.toArray(item);
    } catch {
      throw raise('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (pair.length !== 2) throw raise('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0] as PyVal, pair[1] as PyVal);
    i++;
  }
}

export function installCtors(): void {
  def(T.object, (t, args, kw) => {
    if (t === T.object && (args.length || kw?.size)) throw raise('TypeError', 'object() takes no arguments');
    return new PyInstance(t);
  });
  def(T.int, (_t, args, kw) => {
    onlyKeywords('int', kw, ['base']);
    oneArg('int', args, 2);
    if (!args.length) return 0n;
    return toInt(args[0] as PyVal, args[1] ?? kw?.get('base'));
  });
  def(T.bool, (t, args, kw) => {
    noKeywords(t, 'bool', kw);
    oneArg('bool', args);
    return args.length ? ops.truthy(args[0] as PyVal) : false;
  });
  def(T.float, (t, args, kw) => {
    noKeywords(t, 'float', kw);
    oneArg('float', args);
    return args.length ? toFloat(args[0] as PyVal) : 0;
  });
  // str(object='', encoding=, errors=): the keywords by name too, as CPython's unicode_new.
  def(T.str, (_t, args, kw) => {
    onlyKeywords('str', kw, ['object', 'encoding', 'errors']);
    oneArg('str', args, 3);
    const v = args.length ? args[0] : kw?.get('object');
    if (v === undefined) return '';
    const decoding = args.length > 1 || kw?.has('encoding') || kw?.has('errors');
    if (decoding) {
      if (!(v instanceof PyBytes)) throw raise('TypeError', `decoding to str: need a bytes-like object, ${typeName(v)} found`);
      return decodeBytes(v.data, ...codecArgs('str', args.slice(1), kw));
    }
    return ops.str(v);
  });
  def(T.list, (t, args, kw) => {
    noKeywords(t, 'list', kw);
    oneArg('list', args);
    return new PyList(t, args.length ? ops.toArray(args[0] as PyVal) : []);
  });
  def(T.tuple, (t, args, kw) => {
    noKeywords(t, 'tuple', kw);
    oneArg('tuple', args);
    const v = args[0];
    if (v instanceof PyTuple && t === T.tuple) return v;
    return new PyTuple(t, v === undefined ? [] : ops.toArray(v));
  });
  def(T.dict, (t, args, kw) => {
    oneArg('dict', args);
    const d = new PyDict(t);
    if (args.length) dictFrom(d, args[0] as PyVal);
    if (kw) for (const [k, v] of kw) d.set(k, v);
    return d;
  });
  const setCtor = (frozen: boolean): Ctor => (t, args, kw) => {
    noKeywords(t, frozen ? 'frozenset' : 'set', kw);
    oneArg(frozen ? 'frozenset' : 'set', args);
    const s = new PySet(t, frozen);
    if (args.length) update(s, args[0] as PyVal);
    return s;
  };
  def(T.set, setCtor(false));
  def(T.frozenset, setCtor(true));
  def(T.range, (t, args, kw) => {
    noKeywords(t, 'range', kw);
    if (!args.length) throw raise('TypeError', 'range expected at least 1 argument, got 0');
    if (args.length > 3) throw raise('TypeError', `range expected at most 3 arguments, got ${args.length}`);
    const n = args.map((a) => ops.index(a));
    const [start, stop, step] = n.length === 1 ? [0n, n[0] as bigint, 1n] : [n[0] as bigint, n[1] as bigint, n[2] ?? 1n];
    if (step === 0n) throw raise('ValueError', 'range() arg 3 must not be zero');
    return new PyRange(T.range, start, stop, step);
  });
  def(T.slice, (_t, args) => {
    if (args.length === 1) return new PySlice(T.slice, null, args[0] as PyVal, null);
    return new PySlice(T.slice, args[0] ?? null, args[1] ?? null, args[2] ?? null);
  });
  def(T.type, (t, args) => {
    if (args.length === 1 && t === T.type) return typeOf(args[0] as PyVal);
    if (args.length !== 3) throw raise('TypeError', 'type() takes 1 or 3 arguments');
    const [name, bases, ns] = args as [string, PyTuple, PyDict];
    return makeClass(name, bases.items as PyType[], ns, t);
  });
  def(T.property, (_t, args, kw) => {
    const g = (i: number, k: string): PyVal => args[i] ?? kw?.get(k) ?? null;
    const p = new PyWrapper(T.property, g(0, 'fget'), g(1, 'fset'), g(2, 'fdel'), g(3, 'doc'));
    return p;
  });
  def(T.staticmethod, (_t, args) => new PyWrapper(T.staticmethod, args[0] ?? null));
  def(T.classmethod, (_t, args) => new PyWrapper(T.classmethod, args[0] ?? null));
  def(T.super, (_t, args) => {
    if (args.length !== 2) throw raise('RuntimeError', 'super(): no arguments');
    return new PySuper(T.super, args[0] as PyType, args[1] as PyVal);
  });
  // bytes and bytearray: methods-bytes.ts.
  const exc: Ctor = (t, args) => newException(t, args);
  def(EXC.BaseException as PyType, exc);
  defSyntaxError(exc);
  // OSError(errno, strerror[, filename]) picks the subclass for the errno, as CPython's does.
  const ERRNO: Record<number, string> = {
    2: 'FileNotFoundError', 17: 'FileExistsError', 13: 'PermissionError', 1: 'PermissionError', 110: 'TimeoutError', 3: 'ProcessLookupError',
    4: 'InterruptedError', 21: 'IsADirectoryError', 20: 'NotADirectoryError', 32: 'BrokenPipeError', 104: 'ConnectionResetError',
    111: 'ConnectionRefusedError', 103: 'ConnectionAbortedError', 10: 'ChildProcessError', 11: 'BlockingIOError',
  };
  def(EXC.OSError as PyType, (t, args) => {
    let cls = t;
    if (t === EXC.OSError && args.length >= 2 && typeof args[0] === 'bigint') cls = EXC[ERRNO[Number(args[0])] ?? 'OSError'] as PyType;
    const e = newException(cls, args.length === 3 ? args.slice(0, 2) : args);
    if (args.length >= 2 && args.length <= 3) {
      e.dict.set('errno', args[0] as PyVal);
      e.dict.set('strerror', args[1] as PyVal);
      e.dict.set('filename', args[2] ?? null);
    }
    return e;
  });
}

/** SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) as SyntaxError_init sets it. */
function defSyntaxError(exc: Ctor): void {
  def(EXC.SyntaxError as PyType, (t, args) => {
    const e = exc(t, args, null) as PyException;
    const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
    e.dict.set('msg', args[0] ?? null);
    for (const n of [...names, 'print_file_and_line']) e.dict.set(n, null);
    if (args.length === 2) {
      const info = ops.toArray(args[1] as PyVal);
      if (info.length !== 4 && info.length !== 6) throw raise('IndexError', 'tuple index out of range');
      info.forEach((v, i) => e.dict.set(names[i] as string, v));
    }
    return e;
  });
}

/** The layout a new class's instances take: that of its first base with a builtin layout. */
function layoutOf(bases: PyType[]): string {
  for (const b of bases) if (b.base !== 'object') return b.base;
  return 'object';
}

/** Builtin types without Py_TPFLAGS_BASETYPE: a class statement cannot subclass them. */
const FINAL_TYPES = new Set<PyType>([T.bool, T.NoneType, T.NotImplementedType, T.ellipsis, T.range, T.slice, T.function, T.builtin, T.method, T.generator, T.cell, T.code]);

export function makeClass(name: string, bases: PyType[], ns: PyDict, meta: PyType): PyType {
  for (const b of bases) if (!(b instanceof PyType)) throw raise('TypeError', `bases must be types`);
  for (const b of bases) if (FINAL_TYPES.has(b)) throw raise('TypeError', `type '${b.name}' is not an acceptable base type`);
  const t = makeType(name, bases.length ? bases : [T.object], layoutOf(bases));
  t.cls = meta;
  t.heap = true;
  const q = ns.getStr('__qualname__');
  t.qualname = typeof q === 'string' ? q : name;
  const m = ns.getStr('__module__');
  t.module = typeof m === 'string' ? m : '__main__';
  materialiseType(t);
  for (const [k, v] of ns.entries()) if (typeof k === 'string') t.dict.set(k, v);
  t.dict.delete('__qualname__');
  installSlots(t);
  const doc = ns.getStr('__doc__');
  t.doc = doc ?? null;
  // A class that defines __eq__ but not __hash__ is unhashable.
  if (t.dict.has('__eq__') && !t.dict.has('__hash__')) t.dict.set('__hash__', null);
  const cell = ns.getStr('__classcell__');
  if (cell instanceof PyCell) cell.value = t;
  t.dict.delete('__classcell__');
  for (const [k, v] of t.dict) {
    if (v instanceof PyFunction && (k === '__init_subclass__' || k === '__class_getitem__')) t.dict.set(k, new PyWrapper(T.classmethod, v));
    if (v instanceof PyFunction && k === '__new__') t.dict.set(k, new PyWrapper(T.staticmethod, v));
  }
  for (const [k, v] of t.dict) {
    if (v instanceof PyObj) {
      const sn = ops.lookupType(typeOf(v), '__set_name__');
      if (sn !== undefined && typeOf(v).heap) ops.callMethodValue(sn, v, [t, k]);
    }
  }
  for (const b of t.mro.slice(1)) {
    const isub = b.dict.get('__init_subclass__');
    if (isub instanceof PyWrapper) {
      ops.call(isub.fget, [t]);
      break;
    }
  }
  return t;
}

export function isExceptionType(v: PyVal): v is PyType {
  return v instanceof PyType && isSubtype(v, EXC.BaseException as PyType);
}

export { floatRepr, PyException };
