// Pieces of the bytecode loop that are not about control flow: constants,
// f-string formatting, unpacking, raising, except-clause matching, ** merging.

import { PyObj, PyTuple, PyException, PyType, PyCode, PyBytes, type PyFunction, type PyVal } from './objects';
import { PyDict, PySet } from './collections';
import { T, EXC, raise, typeName, typeOf, isSubtype, newException, Ellipsis } from './types';
import * as ops from './ops';
import type { Const } from '../code';
import { PyComplex } from './complex';
import { PyBoxed } from './boxed';
import { formatInt, formatFloat, formatStr } from './values-fallback';

const constCache = new WeakMap<object, PyVal>();

export function constValue(c: Const): PyVal {
  if (c === null || typeof c !== 'object') return c;
  let v = constCache.get(c);
  if (v !== undefined) return v;
  if ('instructions' in c) v = new PyCode(T.code, c);
  else if ('tuple' in c) v = new PyTuple(T.tuple, c.tuple.map(constValue));
  else if ('frozenset' in c) {
    // CPython's compiler builds the folded frozenset from the items, then rebuilds it from that one's own order.
    const first = new PySet(T.frozenset, true);
    for (const x of c.frozenset) first.add(constValue(x));
    const fs = new PySet(T.frozenset, true);
    for (const x of first.values()) fs.add(x);
    v = fs;
  } else if ('float' in c) v = c.float;
  else if ('ellipsis' in c) v = Ellipsis;
  else if ('bytes' in c) v = new PyBytes(T.bytes, c.bytes);
  else v = new PyComplex(T.complex, 0, c.complex);
  constCache.set(c, v);
  return v;
}

export function format(v: PyVal, spec: string): string {
  if (v instanceof PyObj && v.cls.heap) {
    const m = ops.userDunder(v.cls, '__format__');
    if (m !== undefined) {
      const r = ops.callMethodValue(m, v, [spec]);
      if (typeof r !== 'string') throw raise('TypeError', `__format__ must return a str, not ${typeName(r)}`);
      return r;
    }
  }
  // int/float/str.__format__ of a subclass instance: its value, or str() of the instance for an empty spec.
  if (v instanceof PyBoxed) return spec ? format(v.value, spec) : ops.str(v);
  if (typeof v === 'bigint') return formatInt(v, spec);
  if (typeof v === 'boolean') return spec ? formatInt(v ? 1n : 0n, spec) : v ? 'True' : 'False';
  if (typeof v === 'number') return formatFloat(v, spec);
  if (typeof v === 'string') return formatStr(v, spec);
  if (v instanceof PyComplex && spec) throw raise('NotImplementedError', 'format() of a complex number with a format spec is not supported yet');
  if (spec) {
    if (v instanceof PyObj && !v.cls.heap && !(v instanceof PyException)) throw raise('TypeError', `unsupported format string passed to ${typeName(v)}.__format__`);
    if (v === null) throw raise('TypeError', 'unsupported format string passed to NoneType.__format__');
    return formatStr(ops.str(v), spec);
  }
  return ops.str(v);
}

export function formatValue(v: PyVal, conv: number, spec: string): string {
  // f'{i}' of an exact int: int.__format__ with an empty spec is str().
  if (typeof v === 'bigint' && conv === 0 && !spec) return ops.repr(v);
  if (conv === 1) v = ops.str(v);
  else if (conv === 2) v = ops.repr(v);
  else if (conv === 3) v = asciiOf(ops.repr(v));
  if (typeof v === 'string' && !spec) return v;
  return format(v, spec);
}

export function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const n = ch.codePointAt(0) as number;
    if (n < 0x80) out += ch;
    else if (n < 0x100) out += `\\x${n.toString(16).padStart(2, '0')}`;
    else if (n < 0x10000) out += `\\u${n.toString(16).padStart(4, '0')}`;
    else out += `\\U${n.toString(16).padStart(8, '0')}`;
  }
  return out;
}

function unpackable(v: PyVal): PyVal[] {
  if (v instanceof PyTuple) return v.items;
  try {
    return ops.toArray(v);
  } catch (e) {
    if (e instanceof PyException && e.cls === EXC.TypeError && String(e.args[0]).endsWith('is not iterable')) {
      throw raise('TypeError', `cannot unpack non-iterable ${typeName(v)} object`);
    }
    throw e;
  }
}

export function unpackSequence(v: PyVal, n: number): PyVal[] {
  const items = unpackable(v);
  if (items.length < n) throw raise('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
  if (items.length > n) throw raise('ValueError', `too many values to unpack (expected ${n})`);
  return items.slice().reverse();
}

export function unpackEx(v: PyVal, before: number, after: number): PyVal[] {
  const items = unpackable(v);
  if (items.length < before + after) {
    throw raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const mid = new ListCtor(T.list, items.slice(before, items.length - after));
  const out = [...items.slice(0, before), mid, ...items.slice(items.length - after)];
  return out.reverse();
}
import { PyList as ListCtor } from './objects';

export function makeException(v: PyVal): PyException {
  if (v instanceof PyType) {
    if (!isSubtype(v, EXC.BaseException as PyType)) throw raise('TypeError', 'exceptions must derive from BaseException');
    const e = ops.call(v, []);
    if (!(e instanceof PyException)) throw raise('TypeError', `calling ${ops.repr(v)} should have returned an instance of BaseException, not ${typeName(e)}`);
    return e;
  }
  if (v instanceof PyException) return v;
  throw raise('TypeError', 'exceptions must derive from BaseException');
}

export function excMatches(e: PyVal, t: PyVal): boolean {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !isSubtype(x, EXC.BaseException as PyType)) {
      throw raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    }
  }
  const et = typeOf(e);
  return types.some((x) => isSubtype(et, x as PyType));
}

export function callEx(fn: PyVal, args: PyVal, kwargs: PyVal): [PyVal[], Map<string, PyVal> | null] {
  const a = args instanceof PyTuple ? args.items : ops.toArray(args);
  if (kwargs === null) return [a, null];
  const kw = new Map<string, PyVal>();
  if (!(kwargs instanceof PyDict)) throw raise('TypeError', `${fnName(fn)} argument after ** must be a mapping, not ${typeName(kwargs)}`);
  for (const [k, v] of kwargs.entries()) {
    if (typeof k !== 'string') throw raise('TypeError', 'keywords must be strings');
    kw.set(k, v);
  }
  return [a, kw];
}

function fnName(fn: PyVal): string {
  const n = fn instanceof PyObj ? ops.getAttrOpt(fn, '__qualname__') : undefined;
  return typeof n === 'string' ? `${n}()` : 'function';
}

export function dictMerge(d: PyDict, v: PyVal, strict: boolean, fn: PyVal): void {
  if (v instanceof PyDict) {
    for (const [k, x] of v.entries()) {
      if (strict && d.has(k)) throw raise('TypeError', `${fnName(fn)} got multiple values for keyword argument '${ops.str(k)}'`);
      d.set(k, x);
    }
    return;
  }
  const keys = ops.getAttrOpt(v, 'keys');
  if (keys === undefined) {
    throw raise('TypeError', strict ? `${fnName(fn)} argument after ** must be a mapping, not ${typeName(v)}` : `'${typeName(v)}' object is not a mapping`);
  }
  for (const k of ops.toArray(ops.call(keys, []))) d.set(k, ops.getItem(v, k));
}

export { newException };

/** BEFORE_WITH: pops the manager, pushes its bound `__exit__`, returns its bound `__enter__` (to be called). */
export function withEnter(stack: (PyVal | undefined)[]): PyVal {
  const mgr = stack.pop() as PyVal;
  const t = typeOf(mgr);
  const enter = ops.lookupType(t, '__enter__');
  const exit = ops.lookupType(t, '__exit__');
  if (enter === undefined || exit === undefined) {
    throw raise('TypeError', `'${t.name}' object does not support the context manager protocol`);
  }
  stack.push(ops.bindDescriptor(exit, mgr, t));
  return ops.bindDescriptor(enter, mgr, t);
}

/** The file a function's frames report. */
export function codeFilename(fn: PyFunction): string {
  // Code compiled by compile() names its own file ('<console>'), whatever its globals say.
  if (fn.code.filename !== '<unknown>') return fn.code.filename;
  const f = (fn.globals as PyDict).getStr('__file__');
  return typeof f === 'string' ? f : '<string>';
}

/** CALL with KW_NAMES: the last kwn.length arguments leave args for a keyword map. */
export function splitKw(args: PyVal[], kwn: string[]): Map<string, PyVal> {
  const kw = new Map<string, PyVal>();
  const vals = args.splice(args.length - kwn.length, kwn.length);
  kwn.forEach((k, i) => kw.set(k, vals[i] as PyVal));
  return kw;
}
