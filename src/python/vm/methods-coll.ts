// Methods of list, tuple, dict, set, int, float and the other builtin types.

import { PyList, PyTuple, PyObj, PyException, PyType, PyWrapper, PyRange, PyInstance, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, EXC, raise, typeOf, NotImplemented, isSubtype } from './types';
import * as ops from './ops';
import { method, kwarg, checkKw } from './native';
import { sortOrder } from './sort-order';
import { conv } from './heap-state';
import type { Ref } from '../heap';
import { dictFrom, makeClass } from './ctors';
import { installSetMethods } from './methods-set';
import { asInstanceOf } from './boxed';
import { format } from './interp-helpers';

function self<X>(args: PyVal[]): X {
  return args[0] as unknown as X;
}

export function installCollectionMethods(): void {
  const L = T.list;
  method(L, 'append', (a) => {
    if (a.length !== 2) throw raise('TypeError', `list.append() takes exactly one argument (${a.length - 1} given)`);
    self<PyList>(a).append(a[1] as PyVal);
    return null;
  });
  method(L, 'extend', (a) => {
    const l = self<PyList>(a);
    l.push(...ops.toArray(a[1] as PyVal));
    return null;
  });
  method(L, 'insert', (a) => {
    const l = self<PyList>(a);
    let i = Number(ops.index(a[1] as PyVal));
    const n = l.length;
    if (i < 0) i = Math.max(0, i + n);
    l.insertAt(Math.min(i, n), a[2] as PyVal);
    return null;
  });
  method(L, 'pop', (a) => {
    const l = self<PyList>(a);
    const n = l.length;
    if (!n) throw raise('IndexError', 'pop from empty list');
    let i = a.length > 1 ? Number(ops.index(a[1] as PyVal)) : n - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise('IndexError', 'pop index out of range');
    return l.popAt(i);
  });
  method(L, 'remove', (a) => {
    const l = self<PyList>(a);
    const i = l.items.findIndex((x) => ops.eq(x, a[1] as PyVal));
    if (i < 0) throw raise('ValueError', 'list.remove(x): x not in list');
    l.popAt(i);
    return null;
  });
  const seqIndex = (kind: string) => (a: PyVal[]): PyVal => {
    const items = self<PyList>(a).items;
    const n = items.length;
    let lo = a.length > 2 ? Number(ops.index(a[2] as PyVal)) : 0;
    let hi = a.length > 3 ? Number(ops.index(a[3] as PyVal)) : n;
    if (lo < 0) lo = Math.max(0, lo + n);
    if (hi < 0) hi = Math.max(0, hi + n);
    for (let i = lo; i < Math.min(hi, n); i++) if (ops.eq(items[i] as PyVal, a[1] as PyVal)) return BigInt(i);
    throw raise('ValueError', kind === 'list' ? `${ops.repr(a[1] as PyVal)} is not in list` : 'tuple.index(x): x not in tuple');
  };
  method(L, 'index', seqIndex('list'));
  const count = (a: PyVal[]): PyVal => BigInt(self<PyList>(a).items.filter((x) => ops.eq(x, a[1] as PyVal)).length);
  method(L, 'count', count);
  method(L, 'clear', (a) => {
    self<PyList>(a).clear();
    return null;
  });
  method(L, 'copy', (a) => self<PyList>(a).slice(T.list, 0, Infinity));
  method(L, 'reverse', (a) => {
    const l = self<PyList>(a);
    l.setRefs(l.refs().reverse());
    return null;
  });
  method(L, 'sort', (a, kw) => {
    checkKw('sort', kw, ['key', 'reverse']);
    if (a.length > 1) throw raise('TypeError', 'sort() takes no positional arguments');
    const l = self<PyList>(a);
    // CPython empties the list while sorting (a key that reads it sees []), then stores the result.
    // Refs move, values are only read for comparing: nothing is encoded again.
    const refs = l.refs();
    const items = refs.map((r) => conv.fromRef(r) as PyVal);
    l.clear();
    // A raising key or `<` leaves `order` as CPython leaves the list (sort-order.ts).
    const order = refs.map((_, i) => i);
    try {
      sortOrder(items, kwarg(kw, 'key', null), ops.truthy(kwarg(kw, 'reverse', false)), order);
    } catch (e) {
      l.setRefs(order.map((i) => refs[i] as Ref));
      throw e;
    }
    // What a key or __lt__ put in the emptied list is dropped (CPython tells by its allocation; here by its length).
    const modified = l.length > 0;
    l.setRefs(order.map((i) => refs[i] as Ref));
    if (modified) throw raise('ValueError', 'list modified during sort');
    return null;
  });
  method(L, '__len__', (a) => BigInt(self<PyList>(a).length));
  method(L, '__getitem__', (a) => ops.getItem(a[0] as PyVal, a[1] as PyVal));
  method(L, '__setitem__', (a) => {
    ops.setItem(a[0] as PyVal, a[1] as PyVal, a[2] as PyVal);
    return null;
  });
  method(L, '__contains__', (a) => ops.contains(a[0] as PyVal, a[1] as PyVal));
  method(L, '__iter__', (a) => ops.getIter(a[0] as PyVal));
  method(L, '__init__', (a) => {
    const l = self<PyList>(a);
    l.items = a.length > 1 ? ops.toArray(a[1] as PyVal) : [];
    return null;
  });
  method(L, '__repr__', (a) => `[${self<PyList>(a).items.map(ops.repr).join(', ')}]`);
  method(T.tuple, 'index', seqIndex('tuple'));
  method(T.tuple, 'count', count);
  method(T.tuple, '__len__', (a) => BigInt(self<PyTuple>(a).items.length));
  method(T.tuple, '__getitem__', (a) => ops.getItem(a[0] as PyVal, a[1] as PyVal));

  const D = T.dict;
  method(D, 'get', (a) => self<PyDict>(a).get(a[1] as PyVal) ?? a[2] ?? null);
  method(D, 'keys', (a) => view(self<PyDict>(a), 'keys'));
  method(D, 'values', (a) => view(self<PyDict>(a), 'values'));
  method(D, 'items', (a) => view(self<PyDict>(a), 'items'));
  method(D, 'pop', (a) => {
    const d = self<PyDict>(a);
    const v = d.get(a[1] as PyVal);
    if (v === undefined) {
      if (a.length > 2) return a[2] as PyVal;
      throw ops.keyError(a[1] as PyVal);
    }
    d.delete(a[1] as PyVal);
    return v;
  });
  method(D, 'popitem', (a) => {
    const d = self<PyDict>(a);
    const e = d.entries().pop();
    if (!e) throw ops.keyError('popitem(): dictionary is empty');
    d.delete(e[0]);
    return new PyTuple(T.tuple, e);
  });
  method(D, 'setdefault', (a) => {
    const d = self<PyDict>(a);
    const v = d.get(a[1] as PyVal);
    if (v !== undefined) return v;
    d.set(a[1] as PyVal, a[2] ?? null);
    return a[2] ?? null;
  });
  method(D, 'update', (a, kw) => {
    const d = self<PyDict>(a);
    if (a.length > 1) dictFrom(d, a[1] as PyVal);
    if (kw) for (const [k, v] of kw) d.set(k, v);
    return null;
  });
  method(D, 'clear', (a) => {
    self<PyDict>(a).clear();
    return null;
  });
  method(D, 'copy', (a) => {
    const d = new PyDict(T.dict);
    for (const [k, v] of self<PyDict>(a).entries()) d.set(k, v);
    return d;
  });
  const fromkeys = (a: PyVal[]): PyVal => {
    const t = a[0] as PyType;
    const d = ops.call(t, []) as PyDict;
    for (const k of ops.toArray(a[1] as PyVal)) ops.setItem(d, k, a[2] ?? null);
    return d;
  };
  method(D, 'fromkeys', fromkeys);
  D.dict.set('fromkeys', new PyWrapper(T.classmethod, D.dict.get('fromkeys') as PyVal));
  method(D, '__getitem__', (a) => ops.getItem(a[0] as PyVal, a[1] as PyVal));
  method(D, '__setitem__', (a) => {
    self<PyDict>(a).set(a[1] as PyVal, a[2] as PyVal);
    return null;
  });
  method(D, '__delitem__', (a) => {
    if (!self<PyDict>(a).delete(a[1] as PyVal)) throw ops.keyError(a[1] as PyVal);
    return null;
  });
  method(D, '__contains__', (a) => self<PyDict>(a).has(a[1] as PyVal));
  method(D, '__len__', (a) => BigInt(self<PyDict>(a).size));
  method(D, '__iter__', (a) => ops.getIter(a[0] as PyVal));
  method(D, '__init__', (a, kw) => {
    const d = self<PyDict>(a);
    if (a.length > 1) dictFrom(d, a[1] as PyVal);
    if (kw) for (const [k, v] of kw) d.set(k, v);
    return null;
  });
  method(D, '__repr__', (a) => `{${self<PyDict>(a).entries().map(([k, v]) => `${ops.repr(k)}: ${ops.repr(v)}`).join(', ')}}`);

  installSetMethods();

  method(T.int, 'bit_length', (a) => {
    const n = ops.toBig(a[0] as bigint);
    return BigInt((n < 0n ? -n : n).toString(2).replace(/^0$/, '').length);
  });
  method(T.int, 'bit_count', (a) => {
    const n = ops.toBig(a[0] as bigint);
    return BigInt([...(n < 0n ? -n : n).toString(2)].filter((c) => c === '1').length);
  });
  method(T.int, '__index__', (a) => ops.toBig(a[0] as bigint));
  method(T.int, '__format__', (a) => format(a[0] as PyVal, a[1] as string));
  // int(self): True.conjugate() is 1, not True.
  method(T.int, 'conjugate', (a) => ops.toBig(a[0] as bigint));
  method(T.float, 'is_integer', (a) => Number.isInteger(a[0] as number));
  method(T.float, 'as_integer_ratio', (a) => {
    let x = a[0] as number;
    if (!Number.isFinite(x)) throw raise(Number.isNaN(x) ? 'ValueError' : 'OverflowError', Number.isNaN(x) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
    let d = 1n;
    while (!Number.isInteger(x)) {
      x *= 2;
      d *= 2n;
    }
    let n = BigInt(x);
    while (n % 2n === 0n && d > 1n) {
      n /= 2n;
      d /= 2n;
    }
    return new PyTuple(T.tuple, [n, d]);
  });
  method(T.float, '__format__', (a) => format(a[0] as PyVal, a[1] as string));
  method(T.range, 'index', (a) => {
    const r = self<PyRange>(a);
    if (!ops.contains(r, a[1] as PyVal)) throw raise('ValueError', `${ops.repr(a[1] as PyVal)} is not in range`);
    return (ops.toBig(a[1] as bigint) - r.start) / r.step;
  });
  method(T.range, 'count', (a) => (ops.contains(a[0] as PyVal, a[1] as PyVal) ? 1n : 0n));

  const O = T.object;
  method(O, '__init__', () => null);
  method(O, '__new__', (a) => {
    const t = a[0] as PyType;
    const k = ops.baseCtor(t);
    return k && t.base !== 'object' ? asInstanceOf(t, k(t, [], null)) : new PyInstance(t);
  });
  O.dict.set('__new__', new PyWrapper(T.staticmethod, O.dict.get('__new__') as PyVal));
  // tuple.__new__(cls, it) (namedtuple, struct sequences) and its kin build from their arguments; object's ignores them.
  for (const B of [T.tuple, T.frozenset, T.int, T.float, T.str, T.bytes]) {
    method(B, '__new__', (a, kw) => {
      const t = a[0];
      if (!(t instanceof PyType) || !isSubtype(t, B)) throw raise('TypeError', `${B.name}.__new__(X): X is not a subtype of ${B.name}`);
      const k = ops.baseCtor(t);
      if (!k) throw raise('TypeError', `cannot create '${t.name}' instances`);
      return asInstanceOf(t, k(t, a.slice(1), kw));
    });
    B.dict.set('__new__', new PyWrapper(T.staticmethod, B.dict.get('__new__') as PyVal));
  }
  method(O, '__repr__', (a) => {
    const v = a[0] as PyVal;
    const t = typeOf(v);
    return `<${t.module === 'builtins' ? '' : t.module + '.'}${t.qualname} object at ${v instanceof PyObj ? ops.addr(v) : '0x0'}>`;
  });
  method(O, '__str__', (a) => ops.repr(a[0] as PyVal));
  method(O, '__eq__', (a) => (a[0] === a[1] ? true : NotImplemented));
  method(O, '__ne__', (a) => (a[0] === a[1] ? false : NotImplemented));
  method(O, '__hash__', (a) => ops.hash(a[0] as PyVal));
  method(O, '__setattr__', (a) => {
    ops.genericSetAttr(a[0] as PyVal, a[1] as string, a[2] as PyVal);
    return null;
  });
  method(O, '__getattribute__', (a) => {
    const v = a[0] as PyVal;
    const name = a[1] as string;
    const d = v instanceof PyObj ? v.dict?.get(name) : undefined;
    if (d !== undefined) return d;
    const attr = ops.lookupType(typeOf(v), name);
    if (attr !== undefined) return ops.bindDescriptor(attr, v, typeOf(v));
    throw ops.attributeError(v, name);
  });
  method(O, '__delattr__', (a) => {
    const v = a[0] as PyVal;
    if (!(v instanceof PyObj && v.dict?.delete(a[1] as string))) throw ops.attributeError(v, a[1] as string);
    return null;
  });
  method(O, '__format__', (a) => format(ops.str(a[0] as PyVal), a[1] as string));
  method(O, '__init_subclass__', () => null);
  O.dict.set('__init_subclass__', new PyWrapper(T.classmethod, O.dict.get('__init_subclass__') as PyVal));
  method(O, '__reduce_ex__', () => null);
  method(O, '__dir__', (a) => new PyList(T.list, [...(a[0] instanceof PyObj && a[0].dict ? a[0].dict.keys() : [])]));

  const B = EXC.BaseException as PyType;
  method(B, '__init__', (a) => {
    const e = a[0] as PyVal;
    if (e instanceof PyException) e.args = a.slice(1);
    return null;
  });
  method(B, '__str__', (a) => {
    const e = a[0] as PyException;
    return e.args.length === 0 ? '' : e.args.length === 1 ? ops.str(e.args[0] as PyVal) : ops.repr(new PyTuple(T.tuple, e.args));
  });
  method(B, '__repr__', (a) => {
    const e = a[0] as PyException;
    return `${e.cls.name}(${e.args.map(ops.repr).join(', ')})`;
  });
  method(B, 'with_traceback', (a) => a[0] as PyVal);
  method(B, 'add_note', (a) => {
    const e = a[0] as PyException;
    const notes = e.dict.get('__notes__');
    if (notes instanceof PyList) notes.push(a[1] as PyVal);
    else e.dict.set('__notes__', new PyList(T.list, [a[1] as PyVal]));
    return null;
  });

  const TT = T.type;
  method(TT, 'mro', (a) => new PyList(T.list, (a[0] as PyType).mro));
  method(TT, '__subclasses__', () => new PyList(T.list, []));
  method(TT, '__instancecheck__', (a) => ops.isType(a[0] as PyVal) && isSubtype(typeOf(a[1] as PyVal), a[0] as PyType));
  method(TT, '__subclasscheck__', (a) => a[1] instanceof PyType && isSubtype(a[1], a[0] as PyType));
}


/** dict.keys()/values()/items(): live views would need their own type; a list snapshot prints differently, so views are PyIter-backed objects. */
export class DictView extends PyObj {
  constructor(public cls: PyType, public d: PyDict, public kind: 'keys' | 'values' | 'items') {
    super();
  }
}
export const viewTypes = {
  keys: makeViewType('dict_keys'),
  values: makeViewType('dict_values'),
  items: makeViewType('dict_items'),
};
function makeViewType(name: string): PyType {
  const t = new PyType(name, [T.object], 'view');
  t.cls = T.type;
  t.mro = [t, T.object];
  return t;
}
function view(d: PyDict, kind: 'keys' | 'values' | 'items'): DictView {
  return new DictView(viewTypes[kind], d, kind);
}
export function viewItems(v: DictView): PyVal[] {
  const e = v.d.entries();
  if (v.kind === 'keys') return e.map((x) => x[0]);
  if (v.kind === 'values') return e.map((x) => x[1]);
  return e.map((x) => new PyTuple(T.tuple, x));
}

export function installViews(): void {
  for (const [kind, t] of Object.entries(viewTypes)) {
    method(t, '__iter__', (a) => ops.iterOf(viewItems(a[0] as unknown as DictView)));
    method(t, '__len__', (a) => BigInt((a[0] as unknown as DictView).d.size));
    method(t, '__repr__', (a) => `${t.name}([${viewItems(a[0] as unknown as DictView).map(ops.repr).join(', ')}])`);
    method(t, '__contains__', (a) => {
      const v = a[0] as unknown as DictView;
      if (kind === 'keys') return v.d.has(a[1] as PyVal);
      return viewItems(v).some((x) => ops.eq(x, a[1] as PyVal));
    });
  }
}

export function installDescriptors(): void {
  const P = T.property;
  const prop = (a: PyVal[]): PyWrapper => a[0] as unknown as PyWrapper;
  method(P, 'setter', (a) => new PyWrapper(T.property, prop(a).fget, a[1] as PyVal, prop(a).fdel, prop(a).doc));
  method(P, 'getter', (a) => new PyWrapper(T.property, a[1] as PyVal, prop(a).fset, prop(a).fdel, prop(a).doc));
  method(P, 'deleter', (a) => new PyWrapper(T.property, prop(a).fget, prop(a).fset, a[1] as PyVal, prop(a).doc));
  method(P, '__get__', (a) => (a[1] === null ? (a[0] as PyVal) : ops.call(prop(a).fget, [a[1] as PyVal])));
  method(P, '__set__', (a) => {
    ops.call(prop(a).fset, [a[1] as PyVal, a[2] as PyVal]);
    return null;
  });
  method(T.staticmethod, '__get__', (a) => prop(a).fget);
  method(T.classmethod, '__get__', (a) => ops.bindDescriptor(a[0] as PyVal, a[1] as PyVal, (a[2] ?? typeOf(a[1] as PyVal)) as PyType));
  const I = T.iterator;
  method(I, '__next__', (a) => {
    const v = ops.next(a[0] as PyVal);
    if (v === undefined) throw raise('StopIteration');
    return v;
  });
  method(I, '__iter__', (a) => a[0] as PyVal);
}

export function installTypeNew(): void {
  method(T.type, '__new__', (a) => {
    const [meta, name, bases, ns] = a as [PyType, string, PyTuple, PyDict];
    if (a.length === 2) return typeOf(a[1] as PyVal);
    return makeClass(name, bases.items as PyType[], ns, meta);
  });
  T.type.dict.set('__new__', new PyWrapper(T.staticmethod, T.type.dict.get('__new__') as PyVal));
  method(T.type, '__init__', () => null);
  method(T.type, '__call__', (a, kw) => ops.construct(a[0] as PyType, a.slice(1), kw));
}
