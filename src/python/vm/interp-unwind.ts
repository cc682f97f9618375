// What the loop does with a JS exception: a blocking native's Suspend parks the thread (or, inside a nested
// run, runs the others until the wait ends); a Python exception gets its traceback entry and unwinds to the
// handler of the exception table, frame by frame; one that leaves the thread's last frame ends the thread.

import { PyException } from './objects';
import { raise } from './types';
import { PyGenerator, type Frame } from './frame';
import { Suspend, type Thread } from './wait';
import { PyFault } from './values-fallback';
import { HeapFull } from '../heap';
import { memoryError } from './heap-bridge';
import { active } from './generators';
import { ReraiseSignal } from './interp-exc';
import { causes, findHandler } from './interp-names';
import type { Interp } from './interp';
import type { RunResult } from './interp-host';

/** Handles `caught` thrown while th ran: null to go on (at the top frame's pc), a RunResult to return, or a throw to the nested run's caller. */
export function unwind(it: Interp, th: Thread, caught: unknown, base: number): RunResult | null {
  const frames = th.frames;
  let err: unknown = caught;
  if (err instanceof Suspend) {
    if (th.nested > 0) {
      // Inside a native→Python callback the JS stack is in use: the other threads run from here until this wait ends.
      const v = it.host.waitNested(th, err.wait);
      it.th = th;
      active.interp = it;
      (frames[frames.length - 1] as Frame).stack.push(v);
      return null;
    } else {
      th.state = 'blocked';
      th.wait = err.wait;
      return 'blocked';
    }
  }
  let e: PyException;
  let addTb = true;
  if (err instanceof PyFault) err = raise(err.pyType, err.message);
  if (err instanceof PyException) e = err;
  else if (err instanceof ReraiseSignal) {
    e = err.exc;
    addTb = false;
  } else if (err instanceof RangeError && /call stack/.test(err.message)) e = raise('RecursionError', 'maximum recursion depth exceeded');
  else if (err instanceof HeapFull) e = memoryError();
  else throw err;
  let f = frames[frames.length - 1] as Frame;
  if (addTb && th.excInfo && e !== th.excInfo && e.context === null && !causes(th.excInfo, e)) e.context = th.excInfo;
  // Unwind: find a handler in this frame or pop it and try the caller.
  for (;;) {
    if (addTb) {
      const i = f.pc - 1;
      const instr = f.info.code.instructions[i];
      const ln = instr?.lineno ?? null;
      if (instr && ln !== null && ln >= 0) {
        e.addFrame({ filename: f.info.filename, lineno: ln, name: f.info.code.name, col: instr.col, endCol: instr.endCol, endLineno: instr.endLineno });
      }
    }
    addTb = true;
    const h = findHandler(f.info, f.pc - 1);
    if (h) {
      f.stack.length = h.depth;
      if (h.lasti) f.stack.push(BigInt(f.info.offsets[f.pc - 1] ?? 0));
      f.stack.push(e);
      f.pc = h.target;
      return null;
    }
    frames.pop();
    if (f.call) it.onCallEnd?.(f.call, null, e);
    if (f.generator instanceof PyGenerator) {
      f.generator.finished = true;
      f.generator.running = false;
    }
    if (f.returnMode === 'nested' || frames.length <= base) {
      if (frames.length === 0) {
        th.state = 'done';
        th.error = e;
        return 'done';
      }
      throw e;
    }
    f = frames[frames.length - 1] as Frame;
  }
}
