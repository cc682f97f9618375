// Leaving a frame (return or yield: where the value goes by the frame's return
// mode) and pushing a generator's frame to resume it; the bytecode loop's
// frame bookkeeping, kept out of interp.ts so its dispatch stays in one file.

import type { PyException, PyFunction, PyVal } from './objects';
import { T, raise, typeName } from './types';
import { PyGenerator, type Frame } from './frame';
import type { Thread } from './wait';
import type { Interp } from './interp';
import * as ops from './ops';
import { sendTo } from './interp-names';
import type { RunResult } from './interp-host';

/** Finishes frame f with value v (return or yield); null to continue, or a RunResult. */
export function leaveFrame(interp: Interp, th: Thread, f: Frame, v: PyVal, yielded: boolean, base: number): RunResult | null {
  const frames = th.frames;
  frames.pop();
  if (f.call) interp.onCallEnd?.(f.call, v, null);
  const g = f.generator;
  if (g instanceof PyGenerator) {
    g.running = false;
    if (!yielded) {
      g.finished = true;
      g.returnValue = v;
    }
  }
  const caller = frames[frames.length - 1];
  switch (f.returnMode) {
    case 'nested':
      interp.nestedResult = v;
      interp.genDone = !yielded && g !== null;
      return 'done';
    case 'thread':
      th.result = v;
      th.state = 'done';
      return 'done';
    case 'init':
      if (v !== null) throw raise('TypeError', `__init__() should return None, not '${typeName(v)}'`);
      caller?.stack.push(f.initObj);
      break;
    case 'for':
      if (yielded) caller?.stack.push(v);
      else if (caller) {
        caller.stack.pop();
        caller.pc = f.exhaustTarget;
      }
      break;
    case 'send':
      if (caller) {
        caller.stack[caller.stack.length - 1] = v;
        if (!yielded) caller.pc = f.exhaustTarget;
      }
      break;
    default:
      caller?.stack.push(v);
  }
  return frames.length <= base ? 'done' : null;
}

/** Pushes g's frame to run until it yields or returns (false when it already finished). */
export function resumeGen(th: Thread, g: PyGenerator, value: PyVal, mode: 'for' | 'send', exhaust: number): boolean {
  if (g.finished) return false;
  if (g.running) throw raise('ValueError', 'generator already executing');
  g.started = true;
  g.running = true;
  const gf = g.frame;
  gf.returnMode = mode;
  gf.exhaustTarget = exhaust;
  gf.stack.push(value);
  th.frames.push(gf);
  return true;
}

/** RETURN_GENERATOR: the frame becomes a generator's, handed to the caller (or to the nested run's native) unstarted. */
export function returnGenerator(interp: Interp, th: Thread, f: Frame, base: number): RunResult | null {
  const fn = f.fn as PyFunction;
  const g = new PyGenerator(T.generator, f, fn.name, fn.qualname);
  f.generator = g;
  th.frames.pop();
  const saved = f.returnMode;
  f.returnMode = 'call';
  const caller = th.frames[th.frames.length - 1];
  if (saved === 'nested') {
    interp.nestedResult = g;
    interp.genDone = false;
    return 'done';
  }
  caller?.stack.push(g);
  return th.frames.length <= base ? 'done' : null;
}

/** Resumes a generator from native code (its frame in a nested run): the yielded value, or undefined when it returned. */
export function genResume(interp: Interp, g: PyGenerator, value: PyVal, exc: PyException | null): PyVal | undefined {
  if (g.finished) {
    if (exc) throw exc;
    return undefined;
  }
  if (g.running) throw raise('ValueError', 'generator already executing');
  const f = g.frame;
  if (!g.started && value !== null && !exc) throw raise('TypeError', "can't send non-None value to a just-started generator");
  g.started = true;
  g.running = true;
  f.stack.push(value);
  if (exc) f.pendingThrow = exc;
  interp.genDone = false;
  const v = interp.runNested(f);
  return interp.genDone ? undefined : v;
}

/** SEND (`yield from`, `await`): a generator receiver gets its frame pushed (true); another iterator is sent to here. */
export function send(th: Thread, f: Frame, target: number): boolean {
  const stack = f.stack;
  const v = stack[stack.length - 1] as PyVal;
  const recv = stack[stack.length - 2] as PyVal;
  if (recv instanceof PyGenerator) {
    stack.pop();
    const pushed = resumeGen(th, recv, v, 'send', target);
    stack.push(null);
    if (!pushed) f.pc = target;
    return pushed;
  }
  const r = v === null ? ops.next(recv) : sendTo(recv, v);
  if (r === undefined) {
    stack[stack.length - 1] = null;
    f.pc = target;
  } else stack[stack.length - 1] = r;
  return false;
}
