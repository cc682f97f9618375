// A frame's locals as the watch shows them (repr by name), shared by the
// one-worker state (state.ts), the worker gate, which publishes them when a
// thread parks or blocks (worker-gate.ts), and a live run's pause (world.ts):
// the same words everywhere.

import { PyCell, type PyVal } from '../vm/objects';
import { watchRepr } from './watch-repr';
import type { Frame } from '../vm/frame';
import type { Thread } from '../vm/wait';

/** Locals of a function's frame (a cell's content) by name; none at module level, where they are the globals. */
export function frameValues(f: Frame): [string, PyVal][] {
  const out: [string, PyVal][] = [];
  if (!f.fn) return out;
  f.info.localsplus.forEach((name, k) => {
    let v = f.locals[k];
    if (v instanceof PyCell) v = v.value;
    if (v !== undefined) out.push([name, v]);
  });
  return out;
}

/** Those locals' reprs, as the watch shows them (a lock, a Thread as CPython's repr prints them). */
export function frameLocals(f: Frame): Record<string, string> {
  return Object.fromEntries(frameValues(f).map(([k, v]) => [k, watchRepr(v)]));
}

/** The main script's frame nearest the top of th's stack, and whether it is the top frame. */
export function programFrame(th: Thread, path: string): { f: Frame; top: boolean } | null {
  for (let i = th.frames.length - 1; i >= 0; i--) {
    const f = th.frames[i];
    if (f && f.info.filename === path) return { f, top: i === th.frames.length - 1 };
  }
  return null;
}
