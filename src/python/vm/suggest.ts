// "Did you mean: 'x'?" for NameError and AttributeError, as traceback.py's
// _compute_suggestion_error finds it (same costs and limits).

import { PyException, PyObj, PyType, PyModule, type PyVal } from './objects';
import { PyDict } from './collections';
import { EXC, isSubtype, typeOf } from './types';
import type { Frame } from './frame';

const MOVE = 2;
const CASE = 1;

function distance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) * MOVE > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j * MOVE);
  for (let i = 1; i <= a.length; i++) {
    const next = [i * MOVE];
    let best = next[0] as number;
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] as string, y = b[j - 1] as string;
      const sub = x === y ? 0 : x.toLowerCase() === y.toLowerCase() ? CASE : MOVE;
      const v = Math.min((row[j - 1] as number) + sub, (row[j] as number) + MOVE, (next[j - 1] as number) + MOVE);
      next.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    row = next;
  }
  return row[b.length] as number;
}

/** Where a NameError was raised: the names visible there, in CPython's order. */
export const nameScopes = new WeakMap<PyException, () => string[]>();

function candidates(e: PyException): string[] | null {
  if (isSubtype(e.cls, EXC.AttributeError as PyType)) {
    const obj = e.dict.get('obj');
    if (obj === undefined) return null;
    const names = new Set<string>();
    if (obj instanceof PyModule) for (const k of (obj.ns as PyDict).keys()) names.add(String(k));
    else {
      if (obj instanceof PyObj && obj.dict) for (const k of obj.dict.keys()) names.add(k);
      for (const t of (obj instanceof PyType ? obj : typeOf(obj as PyVal)).mro) for (const k of t.dict.keys()) names.add(k);
    }
    return [...names].sort();
  }
  const scope = nameScopes.get(e);
  return scope ? scope() : null;
}

export function suggestion(e: PyException): string | null {
  const wrong = e.dict.get('name');
  if (typeof wrong !== 'string' || wrong.length > 40) return null;
  const names = candidates(e);
  if (!names || names.length > 750) return null;
  let best = wrong.length;
  let found: string | null = null;
  for (const n of names) {
    if (n === wrong) continue;
    const max = Math.min(Math.floor(((n.length + wrong.length + 3) * MOVE) / 6), best - 1);
    const d = distance(wrong, n, max);
    if (d > max) continue;
    if (!found || d < best) {
      found = n;
      best = d;
    }
  }
  return found;
}

/** Records the names visible where a NameError was raised, for the "Did you mean" hint. */
export function scoped(e: PyException, f: Frame, builtins: PyDict): PyException {
  nameScopes.set(e, () => {
    const local = f.names ? (f.names as PyDict).keys() : f.info.localsplus.filter((_, i) => f.locals[i] !== undefined);
    return [...local, ...f.globals.keys(), ...builtins.keys()].map(String);
  });
  return e;
}

