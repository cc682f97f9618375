// Methods of set and frozenset, on set-ops.ts (CPython's algorithms, so results iterate in its order).

import { PySet } from './collections';
import type { PyVal } from './objects';
import { T } from './types';
import * as ops from './ops';
import { method } from './native';
import { copy, update, intersection, difference, differenceUpdate, intersectionUpdate, symmetricDifference, symmetricDifferenceUpdate } from './set-ops';

const self = (a: PyVal[]): PySet => a[0] as PySet;
const others = (a: PyVal[]): PyVal[] => a.slice(1);

/** A set for membership tests against an iterable that is not one (issubset/isdisjoint of a list). */
function asSet(v: PyVal): PySet {
  if (v instanceof PySet) return v;
  const s = new PySet(T.set);
  update(s, v);
  return s;
}

export function installSetMethods(): void {
  for (const S of [T.set, T.frozenset]) {
    method(S, 'union', (a) => {
      const so = self(a);
      const r = copy(so);
      for (const o of others(a)) if (o !== so) update(r, o);
      return r;
    });
    method(S, 'intersection', (a) => {
      const os = others(a);
      if (!os.length) return copy(self(a));
      let r = self(a);
      for (const o of os) r = intersection(r, o);
      return r;
    });
    method(S, 'difference', (a) => {
      const [first, ...rest] = others(a);
      if (first === undefined) return copy(self(a));
      const r = difference(self(a), first);
      for (const o of rest) differenceUpdate(r, o);
      return r;
    });
    method(S, 'symmetric_difference', (a) => symmetricDifference(self(a), a[1] as PyVal));
    method(S, 'issubset', (a) => {
      const so = self(a);
      const o = asSet(a[1] as PyVal);
      return so.size <= o.size && so.values().every((v) => o.has(v));
    });
    method(S, 'issuperset', (a) => {
      const so = self(a);
      const o = a[1] as PyVal;
      if (o instanceof PySet) return o.size <= so.size && o.values().every((v) => so.has(v));
      return ops.toArray(o).every((v) => so.has(v));
    });
    method(S, 'isdisjoint', (a) => {
      const so = self(a);
      const o = a[1] as PyVal;
      if (o instanceof PySet) {
        const [big, small] = o.size > so.size ? [o, so] : [so, o];
        return small.values().every((v) => !big.has(v));
      }
      return ops.toArray(o).every((v) => !so.has(v));
    });
    // frozenset.copy of an exact frozenset is the frozenset itself, as in CPython.
    method(S, 'copy', (a) => (self(a).cls === T.frozenset ? self(a) : copy(self(a))));
    method(S, '__contains__', (a) => self(a).has(a[1] as PyVal));
    method(S, '__len__', (a) => BigInt(self(a).size));
  }
  const S = T.set;
  method(S, 'add', (a) => {
    self(a).add(a[1] as PyVal);
    return null;
  });
  method(S, 'remove', (a) => {
    if (!self(a).delete(a[1] as PyVal)) throw ops.keyError(a[1] as PyVal);
    return null;
  });
  method(S, 'discard', (a) => {
    self(a).delete(a[1] as PyVal);
    return null;
  });
  method(S, 'pop', (a) => {
    const v = self(a).pop();
    if (v === undefined) throw ops.keyError('pop from an empty set');
    return v;
  });
  method(S, 'clear', (a) => {
    self(a).clear();
    return null;
  });
  method(S, 'update', (a) => {
    for (const o of others(a)) update(self(a), o);
    return null;
  });
  method(S, 'intersection_update', (a) => {
    intersectionUpdate(self(a), others(a));
    return null;
  });
  method(S, 'difference_update', (a) => {
    for (const o of others(a)) differenceUpdate(self(a), o);
    return null;
  });
  method(S, 'symmetric_difference_update', (a) => {
    symmetricDifferenceUpdate(self(a), a[1] as PyVal);
    return null;
  });
}
