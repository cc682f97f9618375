// `C.__dict__`: a read-only, live view of a class's namespace (CPython's
// mappingproxy). Reads go to the class's own dict; item assignment and
// deletion raise, and the mutating dict methods are not there at all
// (`'mappingproxy' object has no attribute 'update'`), as in CPython.

import { PyObj, type PyType, type PyVal } from './objects';
import { PyDict } from './collections';
import { AttrMap } from './attr-map';
import { T, makeType } from './types';
import { conv } from './heap-state';
import { method } from './native';
import * as ops from './ops';

export const MappingProxyType: PyType = makeType('mappingproxy', [T.object], 'mappingproxy');

export class PyMappingProxy extends PyObj {
  cls = MappingProxyType;
  constructor(readonly target: PyDict) {
    super();
  }
}

/** t.__dict__: over the class's heap dict (live) for a class statement's class, else a copy (builtin types never change). */
export function mappingProxyOf(t: PyType): PyMappingProxy {
  if (t.dict instanceof AttrMap) return new PyMappingProxy(conv.fromRef(t.dict.ref) as PyDict);
  const d = new PyDict(T.dict);
  for (const [k, v] of t.dict) d.set(k, v);
  return new PyMappingProxy(d);
}

const target = (a: PyVal[]): PyDict => (a[0] as PyMappingProxy).target;

export function installMappingProxy(): void {
  const P = MappingProxyType;
  method(P, '__getitem__', (a) => ops.getItem(target(a), a[1] as PyVal));
  method(P, '__contains__', (a) => target(a).has(a[1] as PyVal));
  method(P, '__len__', (a) => BigInt(target(a).size));
  method(P, '__iter__', (a) => ops.getIter(target(a)));
  method(P, '__repr__', (a) => `mappingproxy(${ops.repr(target(a))})`);
  method(P, '__eq__', (a) => ops.eq(target(a), a[1] instanceof PyMappingProxy ? a[1].target : (a[1] as PyVal)));
  // The dict's own read-only methods, on the viewed dict.
  for (const name of ['keys', 'values', 'items', 'get', 'copy']) {
    method(P, name, (a, kw) => ops.callMethodValue(ops.lookupType(T.dict, name) as PyVal, target(a), a.slice(1), kw));
  }
}
