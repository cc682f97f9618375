// LOAD_ATTR with the method bit on an exact str, list, dict, ... (`out.append(x)`,
// `d.get(k)`, `s.split()`), cached per instruction by type, as CPython 3.12's
// LOAD_ATTR_METHOD_NO_DICT. These types are immutable (CPython's static types:
// `list.append = f` and `del list.append` raise TypeError, and ops-attr.ts
// refuses them too), and their instances have no __dict__, so an entry never
// goes stale and needs no version check. The instruction pushes the native
// method and self; CALL then calls it with self first, no bound method made.

import { PyBuiltin, type PyType, type PyVal } from './objects';
import { T, typeOf } from './types';
import { lookupType } from './ops';
import type { CodeInfo } from './frame';

interface Slot {
  type: PyType;
  fn: PyBuiltin;
}

export type MethodSlots = (Slot | undefined)[];

let frozen: Set<PyType> | null = null;

/** A builtin type whose dict can never change (and whose exact instances have no __dict__). */
export function isImmutableType(t: PyType): boolean {
  frozen ??= new Set([T.int, T.bool, T.float, T.complex, T.str, T.bytes, T.bytearray, T.list, T.tuple, T.dict, T.set, T.frozenset]);
  return frozen.has(t);
}

/** LOAD_ATTR (method bit set) at pc on obj: pushes the method and self and says true, or false (nothing pushed). */
export function loadBuiltinMethod(info: CodeInfo, pc: number, obj: PyVal, name: string, stack: (PyVal | undefined)[]): boolean {
  const t = typeOf(obj);
  const slots = info.methodSlots ?? (info.methodSlots = new Array<Slot | undefined>(info.ops.length));
  const s = slots[pc];
  if (s !== undefined && s.type === t) {
    stack.push(s.fn, obj);
    return true;
  }
  if (!isImmutableType(t)) return false;
  const m = lookupType(t, name);
  // Only natives that take self first (no classmethod, staticmethod or other descriptor).
  if (!(m instanceof PyBuiltin) || m.self !== undefined) return false;
  slots[pc] = { type: t, fn: m };
  stack.push(m, obj);
  return true;
}
