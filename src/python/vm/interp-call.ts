// CALL's two ways: a Python function (or a class whose __init__ is Python) gets a frame pushed on the
// thread, run by the same loop; anything else is called natively and gives its value at once.

import { PyFunction, PyMethod, PyBuiltin, PyType, type PyCell, type PyVal } from './objects';
import type { PyDict } from './collections';
import { T, raise } from './types';
import * as ops from './ops';
import { Frame, codeInfo, type CodeInfo } from './frame';
import { bindArgs } from './calls';
import type { Thread } from './wait';
import { codeFilename } from './interp-helpers';
import type { Interp } from './interp';

/** Marks that a call pushed a frame instead of producing a value. */
export const PUSHED = Symbol('pushed');
type Invoked = PyVal | typeof PUSHED;

/** fn's code tables, remembered on the function (codeInfo's WeakMap lookup was 3% of a call-heavy run); `__code__` may be replaced. */
function infoOf(fn: PyFunction): CodeInfo {
  const c = fn.info;
  if (c !== null && c.code === fn.code) return c;
  return (fn.info = codeInfo(fn.code, codeFilename(fn)));
}

/**
 * CALL of a Python function with exactly its positional parameters (no defaults, no keywords, no `*args`):
 * the locals are taken from the stack (stack[from..], the stack cut back to `at`) into the new frame, pushed on
 * th. False, with nothing done, for any other shape (the generic path binds and raises).
 */
export function quickFrame(it: Interp, th: Thread, fn: PyFunction, stack: (PyVal | undefined)[], from: number, at: number): boolean {
  const info = infoOf(fn);
  const code = info.code;
  const n = stack.length - from;
  if (n !== code.argcount || code.kwonlyargcount !== 0 || info.varargs || info.varkw || th.frames.length >= it.host.recursionLimit) return false;
  const locals: (PyVal | undefined)[] = [];
  for (let i = 0; i < n; i++) locals.push(stack[from + i]);
  for (let i = n; i < info.nlocals; i++) locals.push(undefined);
  const cells = fn.closure;
  for (let i = 0; i < cells.length; i++) locals[info.freeStart + i] = cells[i] as PyCell;
  while (stack.length > at) stack.pop();
  th.frames.push(new Frame(info, locals, fn.globals as PyDict, null, fn));
  return true;
}

/** A frame for calling fn with bound arguments (checks the recursion limit). */
export function frameFor(it: Interp, fn: PyFunction, args: PyVal[], kw: Map<string, PyVal> | null): Frame {
  if (it.th.frames.length >= it.host.recursionLimit) throw raise('RecursionError', 'maximum recursion depth exceeded');
  const info = infoOf(fn);
  const frame = new Frame(info, bindArgs(fn, info, args, kw), fn.globals as PyDict, null, fn);
  if (it.onCall && !info.isGenerator) frame.call = it.onCall(fn, args, it.th.frames.at(-1)?.info.filename, info.filename);
  return frame;
}

/** Calls `f` the way CALL does: Python functions get a frame pushed on this thread. */
export function invoke(it: Interp, th: Thread, f: PyVal, args: PyVal[], kw: Map<string, PyVal> | null): Invoked {
  if (f instanceof PyFunction) {
    th.frames.push(frameFor(it, f, args, kw));
    return PUSHED;
  }
  if (f instanceof PyBuiltin) return f.fn(f.self === undefined ? args : [f.self, ...args], kw);
  if (f instanceof PyMethod) return invoke(it, th, f.func, [f.self, ...args], kw);
  if (f instanceof PyType && f.heap && f.cls === T.type) {
    const init = ops.userDunder(f, '__init__');
    if (init instanceof PyFunction && ops.userDunder(f, '__new__') === undefined) {
      const obj = ops.baseInstance(f, args, kw, true);
      const fr = frameFor(it, init, [obj, ...args], kw);
      fr.returnMode = 'init';
      fr.initObj = obj;
      th.frames.push(fr);
      return PUSHED;
    }
  }
  return ops.call(f, args, kw);
}
