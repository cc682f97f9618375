// The class side of attribute lookup, cached per (type, name) as CPython's
// type attribute cache (keyed there by tp_version_tag). Only the heap classes
// at the front of an MRO are cached: their `__dict__`s are heap dicts whose
// version words (heap/dict.ts) every store bumps, from any worker, and an entry
// is good while each dict it looked in still has the version it had. The builtin
// types behind them are JS Maps of this worker, walked as before.

import { dictVersion } from '../heap';
import { hc } from './heap-state';
import { AttrMap } from './attr-map';
import type { PyType, PyVal } from './objects';

interface Entry {
  mro: PyType[];
  /** The dicts looked in, front to back, and their versions before the lookup. */
  maps: AttrMap[];
  versions: number[];
  value: PyVal | undefined;
  /** Where the walk stopped: the class that had the name, or the first class that is not a heap class. */
  end: number;
}

const caches = new WeakMap<PyType, Map<string, Entry>>();

function valid(e: Entry, t: PyType): boolean {
  if (e.mro !== t.mro) return false;
  const h = hc().h;
  const mro = t.mro;
  for (let i = 0; i < e.maps.length; i++) {
    const m = e.maps[i] as AttrMap;
    if ((mro[i] as PyType).dict !== m || dictVersion(h, m.ref) !== e.versions[i]) return false;
  }
  return true;
}

/** name in the heap classes at the front of t's MRO; `end` is that class's index, or where the heap classes end when absent. */
function heapPrefix(t: PyType, name: string): Entry {
  let byName = caches.get(t);
  if (byName === undefined) caches.set(t, (byName = new Map()));
  const hit = byName.get(name);
  if (hit !== undefined && valid(hit, t)) return hit;
  const h = hc().h;
  const mro = t.mro;
  const e: Entry = { mro, maps: [], versions: [], value: undefined, end: mro.length };
  let cacheable = true;
  for (let i = 0; i < mro.length; i++) {
    const c = mro[i] as PyType;
    if (!c.heap) {
      e.end = i;
      break;
    }
    const d = c.dict;
    if (d instanceof AttrMap) {
      // Version first: a store between this read and the get leaves the entry stale, never wrong.
      e.maps.push(d);
      e.versions.push(dictVersion(h, d.ref));
    } else cacheable = false;
    const v = d.get(name);
    if (v !== undefined) {
      e.value = v;
      e.end = i;
      break;
    }
  }
  if (cacheable) byName.set(name, e);
  return e;
}

/** A dunder defined by a heap class (the lookup stops at the first builtin type). */
export function userDunderCached(t: PyType, name: string): PyVal | undefined {
  return heapPrefix(t, name).value;
}

/** name on t or a class of its MRO, the heap classes' part from the cache. */
export function lookupTypeCached(t: PyType, name: string): PyVal | undefined {
  const e = heapPrefix(t, name);
  if (e.value !== undefined) return e.value;
  const mro = t.mro;
  for (let i = e.end; i < mro.length; i++) {
    const v = (mro[i] as PyType).dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}
