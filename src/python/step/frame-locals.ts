// A frame's locals as the watch shows them (repr by name), shared by the
// one-worker state (state.ts) and the worker gate, which publishes them when a
// thread parks or blocks (worker-gate.ts): the same words on both steppers.

import { PyCell } from '../vm/objects';
import { safeRepr } from '../vm/events';
import type { Frame } from '../vm/frame';

/** Locals of a function's frame (a cell's content); empty at module level, where they are the globals. */
export function frameLocals(f: Frame): Record<string, string> {
  const locals: Record<string, string> = {};
  if (!f.fn) return locals;
  f.info.localsplus.forEach((name, k) => {
    let v = f.locals[k];
    if (v instanceof PyCell) v = v.value;
    if (v !== undefined) locals[name] = safeRepr(v);
  });
  return locals;
}
