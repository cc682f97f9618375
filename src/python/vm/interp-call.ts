// CALL's two ways: a Python function (or a class whose __init__ is Python) gets a frame pushed on the
// thread, run by the same loop; anything else is called natively and gives its value at once.

import { PyFunction, PyMethod, PyBuiltin, PyType, type PyVal } from './objects';
import type { PyDict } from './collections';
import { T, raise } from './types';
import * as ops from './ops';
import { Frame, codeInfo } from './frame';
import { bindArgs } from './calls';
import type { Thread } from './wait';
import { codeFilename } from './interp-helpers';
import type { Interp } from './interp';

/** Marks that a call pushed a frame instead of producing a value. */
export const PUSHED = Symbol('pushed');
type Invoked = PyVal | typeof PUSHED;

/** A frame for calling fn with bound arguments (checks the recursion limit). */
export function frameFor(it: Interp, fn: PyFunction, args: PyVal[], kw: Map<string, PyVal> | null): Frame {
  if (it.th.frames.length >= it.host.recursionLimit) throw raise('RecursionError', 'maximum recursion depth exceeded');
  const info = codeInfo(fn.code, codeFilename(fn));
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
