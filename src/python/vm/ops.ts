// Python's generic operations on values: truth, equality, ordering, hashing,
// repr/str, attribute access and calls. Calls into Python code go through
// `rt`, which the interpreter installs (a nested run).

import { PyObj, PyType, PyInstance, PyException, PyList, PyTuple, PyFunction, PyBuiltin, PyMethod, PyModule, PyRange, PySlice, PyIter, PyWrapper, PySuper, PySingleton, PyCell, PyBytes, type PyVal } from './objects';
import { PyDict, PySet, hooks } from './collections';
import { T, EXC, typeOf, typeName, raise, NotImplemented, isSubtype } from './types';
import { floatRepr, intHash, floatHash, strHash, tupleHash, strRepr as valuesStrRepr } from './values-fallback';

export interface Runtime {
  /** Calls a Python function to completion (a nested run of the interpreter). */
  callFunction(f: PyFunction, args: PyVal[], kw: Map<string, PyVal> | null): PyVal;
  /** Advances a generator-like object; undefined when it is exhausted. */
  iterNext(it: PyObj): PyVal | undefined;
  /** Extra attribute lookups for interpreter-owned objects (generators). */
  reprOther(v: PyObj): string | undefined;
}
export const rt: Runtime = {
  callFunction: () => {
    throw new Error('runtime not installed');
  },
  iterNext: () => undefined,
  reprOther: () => undefined,
};

const ids = new WeakMap<object, number>();
let nextId = 0x7f3a5c000000;
export function idOf(v: PyObj): number {
  let id = ids.get(v);
  if (id === undefined) {
    id = nextId;
    nextId += 48;
    ids.set(v, id);
  }
  return id;
}
export function addr(v: PyObj): string {
  return `0x${idOf(v).toString(16)}`;
}

export function str(v: PyVal): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyObj && v.cls.heap) {
    const m = userDunder(v.cls, '__str__');
    if (m !== undefined) return expectStr(callMethodValue(m, v, []), '__str__');
  }
  if (v instanceof PyException) {
    if (v.cls.base === 'exception' && isSubtype(v.cls, EXC.KeyError as PyType) && v.args.length === 1) return repr(v.args[0] as PyVal);
    if (v.args.length === 0) return '';
    if (v.args.length === 1) return str(v.args[0] as PyVal);
    return repr(new PyTuple(T.tuple, v.args));
  }
  return repr(v);
}

function expectStr(v: PyVal, what: string): string {
  if (typeof v !== 'string') throw raise('TypeError', `${what} returned non-string (type ${typeName(v)})`);
  return v;
}

const reprActive = new Set<PyObj>();
function guarded(v: PyObj, empty: string, body: () => string): string {
  if (reprActive.has(v)) return empty;
  reprActive.add(v);
  try {
    return body();
  } finally {
    reprActive.delete(v);
  }
}

export function strRepr(s: string): string {
  return valuesStrRepr(s);
}

export function repr(v: PyVal): string {
  switch (typeof v) {
    case 'bigint':
      return v.toString();
    case 'number':
      return floatRepr(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v.cls.heap) {
    const m = userDunder(v.cls, '__repr__');
    if (m !== undefined) return expectStr(callMethodValue(m, v, []), '__repr__');
  }
  if (v instanceof PyList) return guarded(v, '[...]', () => `[${v.items.map(repr).join(', ')}]`);
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${repr(v.items[0] as PyVal)},)` : `(${v.items.map(repr).join(', ')})`;
  if (v instanceof PyDict) {
    if (v.cls !== T.dict && v.cls.heap && v.cls.dict.has('__missing__') === false) void 0;
    return guarded(v, '{...}', () => `{${v.entries().map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ')}}`);
  }
  if (v instanceof PySet) {
    const inner = v.values().map(repr).join(', ');
    if (v.frozen) return v.size ? `frozenset({${inner}})` : 'frozenset()';
    return v.size ? guarded(v, `${v.cls.name}(...)`, () => `{${inner}}`) : `${v.cls.name}()`;
  }
  if (v instanceof PyException) {
    const args = v.args.length === 1 ? `(${repr(v.args[0] as PyVal)})` : repr(new PyTuple(T.tuple, v.args));
    return `${v.cls.name}${args}`;
  }
  if (v instanceof PyType) return v.module === 'builtins' ? `<class '${v.qualname}'>` : `<class '${v.module}.${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${addr(v)}>`;
  if (v instanceof PyBuiltin) {
    if (v.self === undefined || v.self instanceof PyModule) return `<built-in function ${v.name}>`;
    return `<built-in method ${v.name} of ${typeName(v.self)} object at ${v.self instanceof PyObj ? addr(v.self) : '0x0'}>`;
  }
  if (v instanceof PyMethod) {
    const f = v.func;
    const q = f instanceof PyFunction ? f.qualname : f instanceof PyBuiltin ? f.qualname : '?';
    return `<bound method ${q} of ${repr(v.self)}>`;
  }
  if (v instanceof PyModule) {
    const file = v.ns.getStr('__file__');
    return typeof file === 'string' ? `<module '${v.name}' from '${file}'>` : `<module '${v.name}' (built-in)>`;
  }
  if (v instanceof PyRange) return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PySingleton) return v.repr;
  if (v instanceof PyCell) return `<cell at ${addr(v)}>`;
  if (v instanceof PyBytes) return bytesRepr(v.data);
  const other = rt.reprOther(v);
  if (other !== undefined) return other;
  const own = lookupType(v.cls, '__repr__');
  if (own instanceof PyBuiltin && own !== T.object.dict.get('__repr__')) return expectStr(callMethodValue(own, v, []), '__repr__');
  const t = v.cls;
  const mod = t.module === 'builtins' ? '' : `${t.module}.`;
  return `<${mod}${t.qualname} object at ${addr(v)}>`;
}

export function bytesRepr(b: Uint8Array): string {
  let s = '';
  for (const c of b) {
    if (c === 0x5c) s += '\\\\';
    else if (c === 0x27) s += "\\'";
    else if (c === 10) s += '\\n';
    else if (c === 13) s += '\\r';
    else if (c === 9) s += '\\t';
    else if (c < 0x20 || c >= 0x7f) s += `\\x${c.toString(16).padStart(2, '0')}`;
    else s += String.fromCharCode(c);
  }
  return `b'${s}'`;
}

/** The first attribute `name` a heap (user-defined) type in t's MRO defines. */
export function userDunder(t: PyType, name: string): PyVal | undefined {
  for (const c of t.mro) {
    if (!c.heap) return undefined;
    const v = c.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function lookupType(t: PyType, name: string): PyVal | undefined {
  for (const c of t.mro) {
    const v = c.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Calls an attribute found on a type as a method of `self`. */
export function callMethodValue(m: PyVal, self: PyVal, args: PyVal[], kw: Map<string, PyVal> | null = null): PyVal {
  if (m instanceof PyFunction) return rt.callFunction(m, [self, ...args], kw);
  if (m instanceof PyBuiltin && m.self === undefined) return m.fn([self, ...args], kw);
  return call(bindDescriptor(m, self, typeOf(self)), args, kw);
}

export function truthy(v: PyVal): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (v.cls.heap) {
    const b = userDunder(v.cls, '__bool__');
    if (b !== undefined) {
      const r = callMethodValue(b, v, []);
      if (typeof r !== 'boolean') throw raise('TypeError', `__bool__ should return bool, returned ${typeName(r)}`);
      return r;
    }
    const l = userDunder(v.cls, '__len__');
    if (l !== undefined) return len(v) > 0;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size > 0;
  if (v instanceof PyRange) return v.length > 0n;
  if (v instanceof PyBytes) return v.data.length > 0;
  return true;
}

export function len(v: PyVal): number {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyObj && v.cls.heap) {
    const l = userDunder(v.cls, '__len__');
    if (l !== undefined) {
      const n = callMethodValue(l, v, []);
      if (typeof n !== 'bigint' && typeof n !== 'boolean') throw raise('TypeError', `'${typeName(n)}' object cannot be interpreted as an integer`);
      if (ops_toBig(n) < 0n) throw raise('ValueError', '__len__() should return >= 0');
      return Number(n);
    }
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.size;
  if (v instanceof PyRange) return Number(v.length);
  if (v instanceof PyBytes) return v.data.length;
  if (v instanceof PyObj) {
    const l = lookupType(v.cls, '__len__');
    if (l instanceof PyBuiltin) return Number(callMethodValue(l, v, []));
  }
  throw raise('TypeError', `object of type '${typeName(v)}' has no len()`);
}

const ops_toBig = (v: bigint | boolean): bigint => (typeof v === 'bigint' ? v : v ? 1n : 0n);

export function strLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) n--;
  }
  return n;
}

// ---- numbers ---------------------------------------------------------------

export function isIntLike(v: PyVal): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean';
}
export function toBig(v: bigint | boolean): bigint {
  return typeof v === 'bigint' ? v : v ? 1n : 0n;
}
export function isNumber(v: PyVal): v is bigint | boolean | number {
  return typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'number';
}
export function toNum(v: bigint | boolean | number): number {
  return typeof v === 'number' ? v : Number(toBig(v));
}

/** int(v) of an index-like value (what list indices and range() accept). */
export function index(v: PyVal, what?: string): bigint {
  if (isIntLike(v)) return toBig(v);
  if (v instanceof PyObj && v.cls.heap) {
    const m = userDunder(v.cls, '__index__');
    if (m !== undefined) return index(callMethodValue(m, v, []));
  }
  throw raise('TypeError', what ?? `'${typeName(v)}' object cannot be interpreted as an integer`);
}

// ---- equality, ordering, hashing --------------------------------------------

function numEq(a: bigint | boolean | number, b: bigint | boolean | number): boolean {
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNum(a);
    const y = toNum(b);
    if (typeof a !== 'number' && Number.isInteger(y) && Math.abs(y) > 2 ** 53) return toBig(a) === BigInt(y);
    if (typeof b !== 'number' && Number.isInteger(x) && Math.abs(x) > 2 ** 53) return toBig(b) === BigInt(x);
    return x === y;
  }
  return toBig(a) === toBig(b);
}

export function eq(a: PyVal, b: PyVal): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  if (isNumber(a) && isNumber(b)) return numEq(a, b);
  if (typeof a === 'string' || typeof b === 'string') {
    if (typeof a === 'string' && typeof b === 'string') return false;
    const o = typeof a === 'string' ? b : a;
    if (!(o instanceof PyObj && o.cls.heap)) return false;
  }
  const r = richCompare('==', a, b);
  return r === NotImplemented ? a === b : truthy(r);
}

const REFLECT: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };
const DUNDER: Record<string, string> = { '<': '__lt__', '>': '__gt__', '<=': '__le__', '>=': '__ge__', '==': '__eq__', '!=': '__ne__' };

function builtinCompare(op: string, a: PyVal, b: PyVal): PyVal {
  if (isNumber(a) && isNumber(b)) {
    if (op === '==') return numEq(a, b);
    if (op === '!=') return !numEq(a, b);
    let c: number;
    if (typeof a !== 'number' && typeof b !== 'number') {
      const x = toBig(a), y = toBig(b);
      c = x < y ? -1 : x > y ? 1 : 0;
    } else {
      const x = toNum(a), y = toNum(b);
      if (Number.isNaN(x) || Number.isNaN(y)) return false;
      c = x < y ? -1 : x > y ? 1 : 0;
    }
    return cmpResult(op, c);
  }
  if (typeof a === 'string' && typeof b === 'string') {
    if (op === '==') return a === b;
    if (op === '!=') return a !== b;
    return cmpResult(op, a < b ? -1 : a > b ? 1 : 0);
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const x = a.items, y = b.items;
    if ((op === '==' || op === '!=') && x.length !== y.length) return op === '!=';
    for (let i = 0; i < x.length && i < y.length; i++) {
      if (!eq(x[i] as PyVal, y[i] as PyVal)) {
        if (op === '==') return false;
        if (op === '!=') return true;
        return compare(op, x[i] as PyVal, y[i] as PyVal);
      }
    }
    return cmpResult(op, x.length - y.length);
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (op !== '==' && op !== '!=') return NotImplemented;
    let same = a.size === b.size;
    if (same) {
      for (const [k, v] of a.entries()) {
        const w = b.get(k);
        if (w === undefined || !eq(v, w)) {
          same = false;
          break;
        }
      }
    }
    return op === '==' ? same : !same;
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet): boolean => x.values().every((v) => y.has(v));
    switch (op) {
      case '==': return a.size === b.size && sub(a, b);
      case '!=': return !(a.size === b.size && sub(a, b));
      case '<=': return sub(a, b);
      case '<': return a.size < b.size && sub(a, b);
      case '>=': return sub(b, a);
      case '>': return a.size > b.size && sub(b, a);
    }
  }
  if (a instanceof PyRange && b instanceof PyRange && (op === '==' || op === '!=')) {
    const same = a.length === b.length && (a.length === 0n || (a.start === b.start && (a.length === 1n || a.step === b.step)));
    return op === '==' ? same : !same;
  }
  if (op === '==') return a === b ? true : NotImplemented;
  if (op === '!=') return a === b ? false : NotImplemented;
  return NotImplemented;
}

function cmpResult(op: string, c: number): boolean {
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
    case '==': return c === 0;
    default: return c !== 0;
  }
}

function richCompare(op: string, a: PyVal, b: PyVal): PyVal {
  const ta = typeOf(a), tb = typeOf(b);
  const tryUser = (x: PyVal, tx: PyType, o: string, y: PyVal): PyVal => {
    if (!tx.heap) return NotImplemented;
    const m = userDunder(tx, DUNDER[o] as string);
    if (m === undefined) return NotImplemented;
    return callMethodValue(m, x, [y]);
  };
  // A subclass's reflected method goes first, as in CPython.
  const reflectedFirst = tb !== ta && isSubtype(tb, ta) && tb.heap && userDunder(tb, DUNDER[REFLECT[op] as string] as string) !== undefined;
  if (reflectedFirst) {
    const r = tryUser(b, tb, REFLECT[op] as string, a);
    if (r !== NotImplemented) return r;
  }
  let r = tryUser(a, ta, op, b);
  if (r !== NotImplemented) return r;
  if (!reflectedFirst) {
    r = tryUser(b, tb, REFLECT[op] as string, a);
    if (r !== NotImplemented) return r;
  }
  if (op === '!=' && ta.heap && userDunder(ta, '__eq__') !== undefined) {
    const e = tryUser(a, ta, '==', b);
    if (e !== NotImplemented) return !truthy(e);
  }
  return builtinCompare(op, a, b);
}

export function compare(op: string, a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'bigint' && typeof b === 'bigint') return cmpResult(op, a < b ? -1 : a > b ? 1 : 0);
  if (typeof a === 'string' && typeof b === 'string') return builtinCompare(op, a, b);
  const r = richCompare(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throw raise('TypeError', `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function lessThan(a: PyVal, b: PyVal): boolean {
  return truthy(compare('<', a, b));
}

function unhashable(v: PyVal): never {
  throw raise('TypeError', `unhashable type: '${typeName(v)}'`);
}

export function hash(v: PyVal): bigint {
  switch (typeof v) {
    case 'bigint':
      return intHash(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return floatHash(v);
    case 'string':
      return strHash(v);
  }
  if (v === null) return 0xfcfa9n;
  if (v instanceof PyTuple) return tupleHash(v.items.map(hash));
  if (v instanceof PyObj && v.cls.heap) {
    const h = userDunder(v.cls, '__hash__');
    if (h === null) unhashable(v);
    if (h !== undefined) return index(callMethodValue(h, v, []));
    if (userDunder(v.cls, '__eq__') !== undefined) unhashable(v);
  }
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) unhashable(v);
  if (v instanceof PySet) return v.values().map(hash).reduce((x, y) => x ^ y, 0n);
  const id = BigInt(idOf(v));
  return (id >> 4n) | ((id & 15n) << 60n);
}

/** The canonical JS Map key of a hashable value: equal Python values get the same key. */
export function keyOf(v: PyVal): unknown {
  switch (typeof v) {
    case 'string':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return Number.isInteger(v) ? BigInt(v) : v;
  }
  if (v === null) return null;
  if (v instanceof PyTuple) return `\u0001t(${v.items.map(encodeKey).join(',')})`;
  if (v instanceof PyObj && v.cls.heap) {
    const h = userDunder(v.cls, '__hash__');
    if (h === null) unhashable(v);
    if (h !== undefined) return `\u0001c${index(callMethodValue(h, v, []))}`;
    if (userDunder(v.cls, '__eq__') !== undefined) unhashable(v);
    return v;
  }
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) unhashable(v);
  if (v instanceof PySet) return `\u0001f{${v.values().map(encodeKey).sort().join(',')}}`;
  return v;
}

function encodeKey(v: PyVal): string {
  const k = keyOf(v);
  if (typeof k === 'string') return k.startsWith('\u0001') ? k : `s${k.length}:${k}`;
  if (typeof k === 'bigint') return `i${k}`;
  if (typeof k === 'number') return `f${k}`;
  if (k === null) return 'N';
  return `o${idOf(k as PyObj)}`;
}

hooks.keyOf = keyOf;
hooks.hashOf = hash;

// ---- attributes -------------------------------------------------------------

export function bindDescriptor(attr: PyVal, obj: PyVal, t: PyType): PyVal {
  if (attr instanceof PyFunction) return new PyMethod(T.method, attr, obj);
  if (attr instanceof PyBuiltin && attr.self === undefined) return new PyBuiltin(T.builtin, attr.name, attr.fn, obj, attr.qualname);
  if (attr instanceof PyWrapper) {
    if (attr.cls === T.staticmethod) return attr.fget;
    if (attr.cls === T.classmethod) return new PyMethod(T.method, attr.fget, t);
    if (attr.cls === T.property) {
      if (attr.fget === null) throw raise('AttributeError', `property of '${t.name}' object has no getter`);
      return call(attr.fget, [obj]);
    }
  }
  return attr;
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
  if (attr instanceof PyWrapper && attr.cls === T.property) return bindDescriptor(attr, obj, t);
  const d = obj instanceof PyObj ? obj.dict : undefined;
  if (d) {
    const v = d.get(name);
    if (v !== undefined) return v;
  }
  if (attr !== undefined) return bindDescriptor(attr, obj, t);
  const s = special.get(obj, name);
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

function typeAttr(t: PyType, name: string): PyVal | undefined {
  for (const c of t.mro) {
    const v = c.dict.get(name);
    if (v === undefined) continue;
    if (v instanceof PyWrapper) {
      if (v.cls === T.staticmethod) return v.fget;
      if (v.cls === T.classmethod) return new PyMethod(T.method, v.fget, t);
    }
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
  const t = typeOf(obj);
  const attr = lookupType(t, name);
  if (attr instanceof PyWrapper && attr.cls === T.property) {
    if (attr.fset === null) throw raise('AttributeError', `property '${propName(attr)}' of '${t.name}' object has no setter`);
    call(attr.fset, [obj, v]);
    return;
  }
  if (specialSet.set(obj, name, v)) return;
  if (obj instanceof PyType) {
    obj.dict.set(name, v);
    return;
  }
  if (obj instanceof PyModule) {
    obj.ns.setStr(name, v);
    return;
  }
  if (obj instanceof PyObj && obj.dict) {
    obj.dict.set(name, v);
    return;
  }
  if (obj instanceof PyObj && (t.heap || obj instanceof PyFunction)) {
    obj.dict = new Map([[name, v]]);
    return;
  }
  throw raise('AttributeError', `'${t.name}' object has no attribute '${name}'${attr !== undefined ? ' and no __dict__ for setting new attributes' : ''}`);
}

function propName(p: PyWrapper): string {
  return p.fget instanceof PyFunction ? p.fget.name : '?';
}

export function delAttr(obj: PyVal, name: string): void {
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
    if (attr.fdel === null) throw raise('AttributeError', `property '${propName(attr)}' of '${t.name}' object has no deleter`);
    call(attr.fdel, [obj]);
    return;
  }
  if (obj instanceof PyModule) {
    if (!obj.ns.delStr(name)) throw attributeError(obj, name);
    return;
  }
  if (obj instanceof PyObj && obj.dict?.delete(name)) return;
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
    const k = baseCtor(t);
    if (!k) throw raise('TypeError', `cannot create '${t.name}' instances`);
    // With a Python __init__ the builtin part starts empty (exceptions keep all args, as BaseException.__new__ does).
    obj = init !== undefined && t.base !== 'exception' ? k(t, [], null) : k(t, args, init !== undefined ? null : kw);
    if (obj instanceof PyObj) obj.cls = t;
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

export function newInstance(t: PyType): PyInstance {
  return new PyInstance(t);
}

// ---- iteration --------------------------------------------------------------

export function iterOf(items: PyVal[]): PyIter {
  let i = 0;
  return new PyIter(T.iterator, () => (i < items.length ? items[i++] : undefined));
}

export function getIter(v: PyVal): PyVal {
  if (v instanceof PyList || v instanceof PyTuple) {
    const items = v.items;
    let i = 0;
    return new PyIter(T.iterator, () => (i < items.length ? items[i++] : undefined));
  }
  if (typeof v === 'string') {
    const cps = [...v];
    return iterOf(cps);
  }
  if (v instanceof PyObj && v.cls.heap) {
    const m = userDunder(v.cls, '__iter__');
    if (m !== undefined) {
      const it = callMethodValue(m, v, []);
      if (!(it instanceof PyObj) || (!(it instanceof PyIter) && it.cls !== T.generator && lookupType(it.cls, '__next__') === undefined)) {
        throw raise('TypeError', `iter() returned non-iterator of type '${typeName(it)}'`);
      }
      return it;
    }
    if (userDunder(v.cls, '__getitem__') !== undefined) {
      let i = 0n;
      return new PyIter(T.iterator, () => {
        try {
          return getItem(v, i++);
        } catch (e) {
          if (e instanceof PyException && (isSubtype(e.cls, EXC.IndexError as PyType) || isSubtype(e.cls, EXC.StopIteration as PyType))) return undefined;
          throw e;
        }
      });
    }
  }
  if (v instanceof PyDict) {
    const map = v.map;
    const it = map.values();
    const size = map.size;
    return new PyIter(T.iterator, () => {
      if (map.size !== size) throw raise('RuntimeError', 'dictionary changed size during iteration');
      const n = it.next();
      return n.done ? undefined : n.value[0];
    });
  }
  if (v instanceof PySet) {
    const size = v.size;
    const items = v.values();
    let i = 0;
    return new PyIter(T.iterator, () => {
      if (v.size !== size) throw raise('RuntimeError', 'Set changed size during iteration');
      return i < items.length ? items[i++] : undefined;
    });
  }
  if (v instanceof PyRange) {
    let cur = v.start;
    const { stop, step } = v;
    return new PyIter(T.iterator, () => {
      if (step > 0n ? cur >= stop : cur <= stop) return undefined;
      const r = cur;
      cur += step;
      return r;
    });
  }
  if (v instanceof PyBytes) return iterOf([...v.data].map((b) => BigInt(b)));
  if (v instanceof PyIter || (v instanceof PyObj && v.cls === T.generator)) return v;
  if (v instanceof PyObj && lookupType(v.cls, '__next__') !== undefined) return v;
  if (v instanceof PyObj) {
    const m = lookupType(v.cls, '__iter__');
    if (m !== undefined) return callMethodValue(m, v, []);
  }
  throw raise('TypeError', `'${typeName(v)}' object is not iterable`);
}

/** The next item, or undefined at the end (StopIteration from Python __next__ is absorbed). */
export function next(it: PyVal): PyVal | undefined {
  if (it instanceof PyIter) return it.next();
  if (it instanceof PyObj) {
    if (it.cls.heap) {
      const m = userDunder(it.cls, '__next__');
      if (m !== undefined) {
        try {
          return callMethodValue(m, it, []);
        } catch (e) {
          if (e instanceof PyException && isSubtype(e.cls, EXC.StopIteration as PyType)) return undefined;
          throw e;
        }
      }
    }
    return rt.iterNext(it);
  }
  throw raise('TypeError', `'${typeName(it)}' object is not an iterator`);
}

export function toArray(v: PyVal): PyVal[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const it = getIter(v);
  const out: PyVal[] = [];
  for (let x = next(it); x !== undefined; x = next(it)) out.push(x);
  return out;
}

// ---- subscripts ---------------------------------------------------------------

export function sliceIndices(s: PySlice, length: number): [number, number, number] {
  const step = s.step === null ? 1 : Number(index(s.step, 'slice indices must be integers or None or have an __index__ method'));
  if (step === 0) throw raise('ValueError', 'slice step cannot be zero');
  const conv = (v: PyVal, dflt: number, lo: number, hi: number): number => {
    if (v === null) return dflt;
    let n = Number(index(v, 'slice indices must be integers or None or have an __index__ method'));
    if (n < 0) n = Math.max(n + length, lo);
    else n = Math.min(n, hi);
    return n;
  };
  if (step > 0) return [conv(s.start, 0, 0, length), conv(s.stop, length, 0, length), step];
  return [conv(s.start, length - 1, -1, length - 1), conv(s.stop, -1, -1, length - 1), step];
}

export function sliceItems<X>(items: X[], s: PySlice): X[] {
  const [start, stop, step] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: X[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i] as X);
  else for (let i = start; i > stop; i += step) out.push(items[i] as X);
  return out;
}

function seqIndex(v: PyVal, n: number, kind: string): number {
  if (!isIntLike(v)) {
    if (v instanceof PyObj && v.cls.heap && userDunder(v.cls, '__index__') !== undefined) return seqIndex(index(v), n, kind);
    throw raise('TypeError', kind === 'str' ? `string indices must be integers, not '${typeName(v)}'` : `${kind} indices must be integers or slices, not ${typeName(v)}`);
  }
  let i = Number(toBig(v));
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise('IndexError', `${kind === 'str' ? 'string' : kind} index out of range`);
  return i;
}

export function getItem(o: PyVal, k: PyVal): PyVal {
  if (o instanceof PyObj && o.cls.heap) {
    const m = userDunder(o.cls, '__getitem__');
    if (m !== undefined) return callMethodValue(m, o, [k]);
  }
  if (o instanceof PyList || o instanceof PyTuple) {
    const kind = o instanceof PyList ? 'list' : 'tuple';
    if (k instanceof PySlice) return o instanceof PyList ? new PyList(T.list, sliceItems(o.items, k)) : new PyTuple(T.tuple, sliceItems(o.items, k));
    return o.items[seqIndex(k, o.items.length, kind)] as PyVal;
  }
  if (typeof o === 'string') {
    const ascii = isAscii(o);
    const cps = ascii ? null : [...o];
    const n = cps ? cps.length : o.length;
    if (k instanceof PySlice) return cps ? sliceItems(cps, k).join('') : sliceStr(o, k);
    const i = seqIndex(k, n, 'str');
    return cps ? (cps[i] as string) : o.charAt(i);
  }
  if (o instanceof PyDict) {
    const v = o.get(k);
    if (v !== undefined) return v;
    if (o.cls.heap) {
      const miss = userDunder(o.cls, '__missing__');
      if (miss !== undefined) return callMethodValue(miss, o, [k]);
    }
    throw keyError(k);
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [a, , step] = sliceIndices(k, Number(o.length));
      const items = sliceItems(Array.from({ length: Number(o.length) }, (_, i) => i), k);
      const start = o.start + BigInt(a) * o.step;
      return new PyRange(T.range, start, start + BigInt(items.length) * o.step * BigInt(step), o.step * BigInt(step));
    }
    const i = seqIndex(k, Number(o.length), 'range object');
    return o.start + BigInt(i) * o.step;
  }
  if (o instanceof PyBytes) {
    if (k instanceof PySlice) return new PyBytes(T.bytes, Uint8Array.from(sliceItems([...o.data], k)));
    return BigInt(o.data[seqIndex(k, o.data.length, 'index')] as number);
  }
  if (o instanceof PyType) {
    const cg = typeAttr(o, '__class_getitem__');
    if (cg !== undefined) return call(cg, [k]);
    return o;
  }
  throw raise('TypeError', `'${typeName(o)}' object is not subscriptable`);
}

export function keyError(k: PyVal): PyException {
  const e = new PyException(EXC.KeyError as PyType);
  e.args = [k];
  return e;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xd800) return false;
  return true;
}

function sliceStr(s: string, k: PySlice): string {
  const [start, stop, step] = sliceIndices(k, s.length);
  if (step === 1) return s.slice(start, Math.max(start, stop));
  let out = '';
  if (step > 0) for (let i = start; i < stop; i += step) out += s[i];
  else for (let i = start; i > stop; i += step) out += s[i];
  return out;
}

export function setItem(o: PyVal, k: PyVal, v: PyVal): void {
  if (o instanceof PyObj && o.cls.heap) {
    const m = userDunder(o.cls, '__setitem__');
    if (m !== undefined) {
      callMethodValue(m, o, [k, v]);
      return;
    }
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(k, o.items.length);
      const vals = toArray(v);
      if (step === 1) {
        o.items.splice(start, Math.max(0, stop - start), ...vals);
        return;
      }
      const idx = sliceItems(o.items.map((_, i) => i), k);
      if (idx.length !== vals.length) throw raise('ValueError', `attempt to assign sequence of size ${vals.length} to extended slice of size ${idx.length}`);
      idx.forEach((i, j) => (o.items[i] = vals[j] as PyVal));
      return;
    }
    o.items[seqIndex(k, o.items.length, 'list')] = v;
    return;
  }
  if (o instanceof PyDict) {
    o.set(k, v);
    return;
  }
  throw raise('TypeError', `'${typeName(o)}' object does not support item assignment`);
}

export function delItem(o: PyVal, k: PyVal): void {
  if (o instanceof PyObj && o.cls.heap) {
    const m = userDunder(o.cls, '__delitem__');
    if (m !== undefined) {
      callMethodValue(m, o, [k]);
      return;
    }
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const drop = new Set(sliceItems(o.items.map((_, i) => i), k));
      o.items = o.items.filter((_, i) => !drop.has(i));
      return;
    }
    o.items.splice(seqIndex(k, o.items.length, 'list'), 1);
    return;
  }
  if (o instanceof PyDict) {
    if (!o.delete(k)) throw keyError(k);
    return;
  }
  throw raise('TypeError', `'${typeName(o)}' object doesn't support item deletion`);
}

export function contains(container: PyVal, v: PyVal): boolean {
  if (container instanceof PyObj && container.cls.heap) {
    const m = userDunder(container.cls, '__contains__');
    if (m !== undefined) return truthy(callMethodValue(m, container, [v]));
  }
  if (typeof container === 'string') {
    if (typeof v !== 'string') throw raise('TypeError', `'in <string>' requires string as left operand, not ${typeName(v)}`);
    return container.includes(v);
  }
  if (container instanceof PyDict) return container.has(v);
  if (container instanceof PySet) return container.has(v);
  if (container instanceof PyList || container instanceof PyTuple) return container.items.some((x) => x === v || eq(x, v));
  if (container instanceof PyRange && isIntLike(v)) {
    const n = toBig(v);
    const { start, stop, step } = container;
    if (step > 0n ? n < start || n >= stop : n > start || n <= stop) return false;
    return (n - start) % step === 0n;
  }
  if (container instanceof PyObj && !container.cls.heap && !(container instanceof PyRange)) {
    const m = lookupType(container.cls, '__contains__');
    if (m instanceof PyBuiltin) return truthy(callMethodValue(m, container, [v]));
  }
  if (!(container instanceof PyObj) || (!(container instanceof PyIter) && lookupType(container.cls, '__iter__') === undefined && !(container instanceof PyRange))) {
    if (!(container instanceof PyObj && lookupType(container.cls, '__next__') !== undefined)) {
      throw raise('TypeError', `argument of type '${typeName(container)}' is not iterable`);
    }
  }
  const it = getIter(container);
  for (let x = next(it); x !== undefined; x = next(it)) if (x === v || eq(x, v)) return true;
  return false;
}

export function isType(v: PyVal): v is PyType {
  return v instanceof PyType;
}
