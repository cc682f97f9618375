// Python's generic operations on values: truth, equality, ordering, hashing,
// repr/str, attribute access and calls. Calls into Python code go through
// `rt`, which the interpreter installs (a nested run).

import { PyObj, PyType, PyException, PyList, PyTuple, PyFunction, PyBuiltin, PyMethod, PyModule, PyRange, PySlice, PySingleton, PyCell, PyBytes, type PyVal } from './objects';
import { PyDict, PySet, hooks, keyOps } from './collections';
import { hashCodePoints, hashToBigint, keyHash } from '../heap';
import { hc } from './heap-state';
import { userDunderCached, lookupTypeCached } from './type-cache';
import { T, EXC, typeOf, typeName, raise, NotImplemented, isSubtype } from './types';
import './heap-bridge';
import { PyComplex, complexReprOf, complexTruthy, complexCompare, complexHashOf, complexKey } from './complex';
import { intDigits } from './int-digits';
import { PyBoxed } from './boxed';
import { strCompare } from './str-order';
import { intToDecimalString } from '../values/number-parse';
import { floatRepr, intHash, floatHash, tupleHash, strRepr as valuesStrRepr } from './values-fallback';

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
/** The next id() to hand out: the step engine keeps one per session, so a replay prints the same addresses. */
export const idCounter = { next: 0x7f3a5c000000 };
/** Ids of heap objects come from their ref, so every worker of the process gives one object the same id and hash. */
const HEAP_ID_BASE = 0x7f2a00000000;
export function idOf(v: PyObj): number {
  let id = ids.get(v);
  if (id === undefined && v.ref !== 0) {
    id = HEAP_ID_BASE + v.ref;
    ids.set(v, id);
  } else if (id === undefined) {
    id = idCounter.next;
    idCounter.next += 48;
    ids.set(v, id);
  }
  return id;
}
export function addr(v: PyObj): string {
  return `0x${idOf(v).toString(16)}`;
}

/** SyntaxError_str: "msg (file, line N)" with the file's basename. */
function syntaxErrorStr(v: PyException): string {
  const msg = str(v.dict.get('msg') ?? null);
  const f = v.dict.get('filename');
  const file = typeof f === 'string' ? f.slice(f.lastIndexOf('/') + 1) : null;
  const l = v.dict.get('lineno');
  const line = typeof l === 'bigint' ? l : null;
  if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
  if (file !== null) return `${msg} (${file})`;
  if (line !== null) return `${msg} (line ${line})`;
  return msg;
}

export function str(v: PyVal): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyObj && v.cls.heap) {
    const m = userDunder(v.cls, '__str__');
    if (m !== undefined) return expectStr(callMethodValue(m, v, []), '__str__');
  }
  // str.__str__ gives the value; int and float have none (object.__str__ is repr).
  if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
  if (v instanceof PyException) {
    if (v.cls.base === 'exception' && isSubtype(v.cls, EXC.KeyError as PyType) && v.args.length === 1) return repr(v.args[0] as PyVal);
    if (v.args.length === 0) return '';
    if (isSubtype(v.cls, EXC.SyntaxError as PyType) && v.dict.has('msg')) return syntaxErrorStr(v);
    const errno = v.dict.get('errno');
    if (errno !== undefined && errno !== null && isSubtype(v.cls, EXC.OSError as PyType)) {
      const fname = v.dict.get('filename');
      return `[Errno ${str(errno)}] ${str(v.dict.get('strerror') ?? null)}${fname !== undefined && fname !== null ? `: ${repr(fname)}` : ''}`;
    }
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
      return intToDecimalString(v, intDigits.limit);
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
    if (v instanceof PyBoxed) return repr(v.value);
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
  if (v instanceof PyBytes) return v.cls === T.bytearray ? `bytearray(${bytesRepr(v.data, true)})` : bytesRepr(v.data);
  if (v instanceof PyComplex) return complexReprOf(v);
  const other = rt.reprOther(v);
  if (other !== undefined) return other;
  const own = lookupType(v.cls, '__repr__');
  if (own instanceof PyBuiltin && own !== T.object.dict.get('__repr__')) return expectStr(callMethodValue(own, v, []), '__repr__');
  const t = v.cls;
  const mod = t.module === 'builtins' ? '' : `${t.module}.`;
  return `<${mod}${t.qualname} object at ${addr(v)}>`;
}

/** CPython's bytes repr: double quotes when there is a ' and no "; bytearray's repr escapes ' even then (its quirk). */
export function bytesRepr(b: Uint8Array, escapeAll = false): string {
  const dq = b.includes(0x27) && !b.includes(0x22);
  let s = '';
  for (const c of b) {
    if (c === 0x5c) s += '\\\\';
    else if (c === 0x27) s += dq && !escapeAll ? "'" : "\\'";
    else if (c === 10) s += '\\n';
    else if (c === 13) s += '\\r';
    else if (c === 9) s += '\\t';
    else if (c < 0x20 || c >= 0x7f) s += `\\x${c.toString(16).padStart(2, '0')}`;
    else s += String.fromCharCode(c);
  }
  return dq ? `b"${s}"` : `b'${s}'`;
}

function latin1Of(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** The first attribute `name` a heap (user-defined) type in t's MRO defines. */
export function userDunder(t: PyType, name: string): PyVal | undefined {
  return t.heap ? userDunderCached(t, name) : undefined;
}

export function lookupType(t: PyType, name: string): PyVal | undefined {
  if (t.heap) return lookupTypeCached(t, name);
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
    if (v instanceof PyBoxed) return truthy(v.value);
  }
  if (v instanceof PyList) return v.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size > 0;
  if (v instanceof PyRange) return v.length > 0n;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyComplex) return complexTruthy(v);
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
    if (v instanceof PyBoxed && typeof v.value === 'string') return strLen(v.value);
  }
  if (v instanceof PyList) return v.length;
  if (v instanceof PyTuple) return v.items.length;
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
    if (c >= 0xd800 && c < 0xdc00) {
      // Only a surrogate pair is one code point; a lone surrogate counts itself.
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) n--;
    }
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
  // Any int is its own index, a subclass's too (PyNumber_Index asks __index__ of non-ints only).
  if (v instanceof PyBoxed && typeof v.value === 'bigint') return v.value;
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
    if (typeof a !== 'number' && Number.isInteger(y) && Math.abs(y) >= 2 ** 53) return toBig(a) === BigInt(y);
    if (typeof b !== 'number' && Number.isInteger(x) && Math.abs(x) >= 2 ** 53) return toBig(b) === BigInt(x);
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

/** meth_richcompare: bound methods are equal when their selves are the same object and their functions are equal. */
function boundEq(a: PyVal, b: PyVal): boolean | null {
  if (a instanceof PyMethod && b instanceof PyMethod) return a.self === b.self && eq(a.func, b.func);
  if (a instanceof PyBuiltin && b instanceof PyBuiltin && a.self !== undefined && b.self !== undefined) return a.self === b.self && a.fn === b.fn;
  return null;
}

function builtinCompare(op: string, a: PyVal, b: PyVal): PyVal {
  // The base type's comparison reads a subclass instance's value.
  if (a instanceof PyBoxed) a = a.value;
  if (b instanceof PyBoxed) b = b.value;
  if (op === '==' || op === '!=') {
    const same = boundEq(a, b);
    if (same !== null) return op === '==' ? same : !same;
  }
  if (isNumber(a) && isNumber(b)) {
    if (op === '==') return numEq(a, b);
    if (op === '!=') return !numEq(a, b);
    let c: number;
    if (typeof a !== 'number' && typeof b !== 'number') {
      const x = toBig(a), y = toBig(b);
      c = x < y ? -1 : x > y ? 1 : 0;
    } else if (typeof a !== 'number') {
      c = cmpIntFloat(toBig(a), b as number);
      if (Number.isNaN(c)) return false;
    } else if (typeof b !== 'number') {
      c = -cmpIntFloat(toBig(b), a);
      if (Number.isNaN(c)) return false;
    } else {
      const x = a, y = b;
      if (Number.isNaN(x) || Number.isNaN(y)) return false;
      c = x < y ? -1 : x > y ? 1 : 0;
    }
    return cmpResult(op, c);
  }
  if (a instanceof PyComplex || b instanceof PyComplex) return complexCompare(op, a, b);
  if (typeof a === 'string' && typeof b === 'string') {
    if (op === '==') return a === b;
    if (op === '!=') return a !== b;
    return cmpResult(op, strCompare(a, b));
  }
  if (a instanceof PyBytes && b instanceof PyBytes) return cmpResult(op, bytesCompare(a.data, b.data));
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

/** bytes order: byte by byte, then the shorter first (memcmp, then the lengths). */
function bytesCompare(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

/** Exact order of an int and a float (CPython compares them without rounding the int). */
function cmpIntFloat(n: bigint, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const f = Math.floor(x);
  const fb = BigInt(f);
  if (n < fb) return -1;
  if (n > fb) return 1;
  return f === x ? 0 : -1;
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
    case 'string': {
      // The hash the heap stored with the str (dict and set placement use it), so hash() agrees with them.
      const [lo, hi] = hashCodePoints(v);
      return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0));
    }
  }
  if (v === null) return 0xfcfa9n;
  if (v instanceof PyTuple) return tupleHash(v.items.map(hash));
  if (v instanceof PyObj && v.cls.heap) {
    const h = userDunder(v.cls, '__hash__');
    if (h === null) unhashable(v);
    if (h !== undefined) return index(callMethodValue(h, v, []));
    if (userDunder(v.cls, '__eq__') !== undefined) unhashable(v);
    if (v instanceof PyBoxed) return hash(v.value);
  }
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) unhashable(v);
  if (v instanceof PyBytes) {
    if (v.cls === T.bytearray) unhashable(v);
    // CPython hashes bytes and a latin-1 str of the same bytes alike (hash(b'ab') == hash('ab')).
    return hash(latin1Of(v.data));
  }
  // CPython's frozenset_hash (shuffled element hashes), as the heap computes it for keys.
  if (v instanceof PySet) return BigInt.asIntN(64, hashToBigint(keyHash(hc().h, v.ref, keyOps)));
  if (v instanceof PyComplex) return complexHashOf(v);
  // meth_hash: the self by identity, xor the function's hash.
  if (v instanceof PyMethod) return BigInt.asIntN(64, (v.self instanceof PyObj ? pointerHash(v.self) : hash(v.self)) ^ hash(v.func));
  return pointerHash(v);
}

function pointerHash(v: PyObj): bigint {
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
    return v instanceof PyBoxed ? keyOf(v.value) : v;
  }
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) unhashable(v);
  if (v instanceof PySet) return `\u0001f{${v.values().map(encodeKey).sort().join(',')}}`;
  if (v instanceof PyComplex) return v.im === 0 ? keyOf(v.re) : complexKey(v);
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
hooks.eq = eq;
hooks.typeError = (message) => raise('TypeError', message);

export * from './ops-attr';
export * from './ops-items';
import { call, bindDescriptor } from './ops-attr';

/** The id() v already has, or null: unlike idOf, never hands out a new one (a watch must not shift the program's ids). */
export function knownId(v: PyObj): number | null {
  return ids.get(v) ?? (v.ref !== 0 ? HEAP_ID_BASE + v.ref : null);
}
