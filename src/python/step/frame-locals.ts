// A frame's locals as the watch shows them (repr by name), shared by the
// one-worker state (state.ts), the worker gate, which publishes them when a
// thread parks or blocks (worker-gate.ts), and a live run's pause (world.ts):
// the same words everywhere.

import { PyCell } from '../vm/objects';
import { safeRepr } from '../vm/events';
import type { Frame } from '../vm/frame';
import type { Thread } from '../vm/wait';

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

/** The main script's frame nearest the top of th's stack, and whether it is the top frame. */
export function programFrame(th: Thread, path: string): { f: Frame; top: boolean } | null {
  for (let i = th.frames.length - 1; i >= 0; i--) {
    const f = th.frames[i];
    if (f && f.info.filename === path) return { f, top: i === th.frames.length - 1 };
  }
  return null;
}
