// Processes in single-worker mode: fork copies the parent's object graph into
// a new Process (as Linux's fork copies memory); values crossing processes
// through channels are copied as pickle would copy them.

import { PyBoxed } from './boxed';
import { PyObj, PyType, PyFunction, PyModule, PyTuple, PyList, PyInstance, PyException, PyBytes, PyNative, PyCell, type PyVal } from './objects';
import { NULL } from '../heap';
import { AttrMap } from './attr-map';
import { materialiseType } from './heap-bridge';
import { PyDict, PySet } from './collections';
import { T, EXC, raise, makeType, typeName } from './types';
import * as ops from './ops';
import type { Process } from './process';

function isCode(o: object): boolean {
  return ('instructions' in o && 'consts' in o) || ('ops' in o && 'targets' in o);
}

/**
 * The copy of an object whose state is in the heap: a new heap object (the
 * child must not share the parent's), filled with copies of the contents.
 */
function rehome(v: PyObj, memo: Map<object, object>, cl: (v: unknown) => unknown): object {
  if (v instanceof PyList) {
    const c = new PyList(cl(v.cls) as PyType);
    memo.set(v, c);
    c.items = v.items.map((x) => cl(x) as PyVal);
    return c;
  }
  if (v instanceof PyDict) {
    const c = new PyDict(cl(v.cls) as PyType);
    memo.set(v, c);
    for (const [k, x] of v.entries()) c.set(cl(k) as PyVal, cl(x) as PyVal);
    return c;
  }
  if (v instanceof PySet) {
    const c = new PySet(cl(v.cls) as PyType, v.frozen);
    memo.set(v, c);
    for (const x of v.values()) c.add(cl(x) as PyVal);
    return c;
  }
  if (v instanceof PyCell) {
    const c = new PyCell(v.cls, undefined);
    memo.set(v, c);
    c.value = cl(v.value) as PyVal | undefined;
    return c;
  }
  // Instances, exceptions, functions and classes: their other fields like every other JS object, the dict last
  // (its values may be instances of the class being copied, which needs its heap form first).
  const c = Object.create(Object.getPrototypeOf(v) as object) as PyObj & Record<string, unknown>;
  // A cycle back to c while its fields are copied stores c's worker-local ref (valid in this worker), never a hole.
  c.ref = NULL;
  memo.set(v, c);
  for (const [k, x] of Object.entries(v)) if (k !== 'dict' && k !== 'ref' && k !== 'kwdefaults') c[k] = typeof x === 'function' ? x : cl(x);
  c.ref = NULL;
  if (c instanceof PyInstance) {
    c.rehome();
    if (c instanceof PyException && v instanceof PyException) {
      c.args = v.args.map((x) => cl(x) as PyVal);
      c.cause = cl(v.cause) as PyException | null;
      c.context = cl(v.context) as PyException | null;
      c.suppressContext = v.suppressContext;
      c.traceback = v.traceback;
    }
  }
  else if (c instanceof PyFunction && v instanceof PyFunction) {
    const cells = c.closure;
    c.allocate(v.name, v.qualname);
    c.closure = cells;
    c.defaults = v.defaults.map((x) => cl(x) as PyVal);
    c.doc = cl(v.doc) as PyVal;
    for (const [k, x] of v.kwdefaults) c.kwdefaults.set(k, cl(x) as PyVal);
  }
  else if (c instanceof PyType) {
    c.dict = new Map();
    materialiseType(c);
  } else throw new Error(`cannot copy a heap ${typeName(v)} yet`);
  for (const [k, x] of v.dict ?? []) (c.dict as Map<string, PyVal>).set(k, cl(x) as PyVal);
  return c;
}

/** A deep copy of the parent's objects for the child; `seed` maps objects that must not be copied. */
export function cloneGraph(seed: Map<object, object>): <X>(v: X) => X {
  const memo = new Map<object, object>(seed);
  const cl = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const hit = memo.get(v);
    if (hit) return hit;
    if (v instanceof PyType && !v.heap) return v;
    if (isCode(v)) return v;
    if (v instanceof PyObj && v.ref !== NULL) return rehome(v, memo, cl);
    if (v instanceof AttrMap) throw new Error('an attribute map is copied with its owner');
    if (v instanceof Uint32Array || v instanceof Uint8Array || v instanceof Int32Array) {
      const c = v.slice();
      memo.set(v, c);
      return c;
    }
    if (Array.isArray(v)) {
      const c: unknown[] = [];
      memo.set(v, c);
      for (const x of v) c.push(cl(x));
      return c;
    }
    if (v instanceof Map) {
      const c = new Map();
      memo.set(v, c);
      for (const [k, x] of v) c.set(cl(k), cl(x));
      return c;
    }
    const c = Object.create(Object.getPrototypeOf(v) as object) as Record<string, unknown>;
    memo.set(v, c);
    for (const [k, x] of Object.entries(v)) c[k] = typeof x === 'function' ? x : cl(x);
    return c;
  };
  return <X>(v: X): X => cl(v) as X;
}

function plainDict(v: PyDict): PyDict {
  const d = new PyDict(T.dict);
  for (const [k, x] of v.entries()) d.set(k, x);
  return d;
}

let pickling: PyType | null = null;
function picklingError(msg: string): PyException {
  if (!pickling) {
    const base = makeType('PickleError', [EXC.Exception as PyType], 'exception');
    base.module = '_pickle';
    pickling = makeType('PicklingError', [base], 'exception');
    pickling.module = '_pickle';
  }
  const e = new PyException(pickling);
  e.args = [msg];
  return e;
}

/** A value outside every heap: what a channel holds. */
export type Pickled =
  | { k: 'prim'; v: PyVal }
  | { k: 'tuple' | 'list' | 'set' | 'frozenset'; items: Pickled[] }
  | { k: 'dict'; items: [Pickled, Pickled][] }
  | { k: 'bytes'; data: Uint8Array; mutable?: boolean }
  | { k: 'global'; module: string; qualname: string }
  | { k: 'obj'; cls: Pickled; dict: [string, Pickled][]; args?: Pickled[]; state?: Pickled };

function lookupGlobal(proc: Process, module: string, qualname: string): PyVal | undefined {
  const m = proc.modules.getStr(module);
  if (!(m instanceof PyModule)) return undefined;
  let v: PyVal | undefined = m;
  for (const part of qualname.split('.')) {
    if (v === undefined) return undefined;
    v = ops.getAttrOpt(v, part);
  }
  return v;
}

export function pickle(v: PyVal, proc: Process, memo = new Set<object>()): Pickled {
  if (v === null || typeof v !== 'object') return { k: 'prim', v };
  if (v instanceof PyType) {
    if (!v.heap) return { k: 'global', module: 'builtins', qualname: v.name };
    if (lookupGlobal(proc, v.module, v.qualname) !== v) throw picklingError(`Can't pickle ${ops.repr(v)}: attribute lookup ${v.qualname} on ${v.module} failed`);
    return { k: 'global', module: v.module, qualname: v.qualname };
  }
  if (v instanceof PyFunction) {
    const mod = String(v.dict.get('__module__') ?? '__main__');
    if (v.qualname.includes('<locals>')) throw picklingError(`Can't pickle local object '${v.qualname}'`);
    if (lookupGlobal(proc, mod, v.qualname) !== v) throw picklingError(`Can't pickle ${ops.repr(v)}: attribute lookup ${v.qualname} on ${mod} failed`);
    return { k: 'global', module: mod, qualname: v.qualname };
  }
  if (memo.has(v)) throw raise('ValueError', 'recursive structures are not supported by this pickle yet');
  memo.add(v);
  try {
    if (v instanceof PyTuple && v.cls === T.tuple) return { k: 'tuple', items: v.items.map((x) => pickle(x, proc, memo)) };
    if (v instanceof PyList && v.cls === T.list) return { k: 'list', items: v.items.map((x) => pickle(x, proc, memo)) };
    if (v instanceof PySet && (v.cls === T.set || v.cls === T.frozenset)) return { k: v.frozen ? 'frozenset' : 'set', items: v.values().map((x) => pickle(x, proc, memo)) };
    if (v instanceof PyDict && v.cls === T.dict) return { k: 'dict', items: v.entries().map(([a, b]) => [pickle(a, proc, memo), pickle(b, proc, memo)]) };
    if (v instanceof PyBytes) return { k: 'bytes', data: v.data.slice(), mutable: v.cls === T.bytearray };
    if (v instanceof PyException) {
      return { k: 'obj', cls: pickle(v.cls, proc, memo), dict: [...v.dict].map(([a, b]) => [a, pickle(b, proc, memo)]), args: v.args.map((x) => pickle(x, proc, memo)) };
    }
    if ((v instanceof PyInstance || v instanceof PyList || v instanceof PyDict || v instanceof PyTuple) && v.cls.heap) {
      // A subclass of int/float/str pickles its value (copyreg's __reduce_ex__ passes it to the class).
      const state: Pickled | undefined = v instanceof PyList || v instanceof PyTuple ? pickle(new PyList(T.list, v.items), proc, memo)
        : v instanceof PyDict ? pickle(plainDict(v), proc, memo) : v instanceof PyBoxed ? pickle(v.value, proc, memo) : undefined;
      return { k: 'obj', cls: pickle(v.cls, proc, memo), dict: [...(v.dict ?? new Map<string, PyVal>())].map(([a, b]) => [a, pickle(b, proc, memo)]), state };
    }
  } finally {
    memo.delete(v);
  }
  throw raise('TypeError', `cannot pickle '${v instanceof PyNative ? `${v.cls.module}.${v.cls.name}` : typeName(v)}' object`);
}

export function unpickle(p: Pickled, proc: Process): PyVal {
  switch (p.k) {
    case 'prim': return p.v;
    case 'tuple': return new PyTuple(T.tuple, p.items.map((x) => unpickle(x, proc)));
    case 'list': return new PyList(T.list, p.items.map((x) => unpickle(x, proc)));
    case 'set': case 'frozenset': {
      const s = new PySet(p.k === 'set' ? T.set : T.frozenset, p.k === 'frozenset');
      for (const x of p.items) s.add(unpickle(x, proc));
      return s;
    }
    case 'dict': {
      const d = new PyDict(T.dict);
      for (const [a, b] of p.items) d.set(unpickle(a, proc), unpickle(b, proc));
      return d;
    }
    case 'bytes': return new PyBytes(p.mutable ? T.bytearray : T.bytes, p.data.slice());
    case 'global': {
      const v = p.module === 'builtins' ? proc.builtins.getStr(p.qualname) : lookupGlobal(proc, p.module, p.qualname);
      if (v === undefined) throw raise('AttributeError', `Can't get attribute '${p.qualname}' on <module '${p.module}'>`);
      return v;
    }
    case 'obj': {
      const cls = unpickle(p.cls, proc) as PyType;
      let o: PyObj;
      if (p.args) {
        const e = new PyException(cls);
        e.args = p.args.map((x) => unpickle(x, proc));
        o = e;
      } else {
        const k = ops.baseCtor(cls);
        const st = p.state ? unpickle(p.state, proc) : null;
        o = typeof st === 'bigint' || typeof st === 'number' || typeof st === 'string' ? new PyBoxed(cls, st) : ((k ? k(cls, [], null) : new PyInstance(cls)) as PyObj);
        o.cls = cls;
        if (st instanceof PyList && (o instanceof PyList || o instanceof PyTuple)) o.items = st.items;
        if (st instanceof PyDict && o instanceof PyDict) for (const [k, x] of st.entries()) o.set(k, x);
      }
      if (p.dict.length) {
        o.dict ??= new Map();
        for (const [a, b] of p.dict) o.dict.set(a, unpickle(b, proc));
      }
      return o;
    }
  }
}
