// Leaving a frame (return or yield: where the value goes by the frame's return
// mode) and pushing a generator's frame to resume it; the bytecode loop's
// frame bookkeeping, kept out of interp.ts so its dispatch stays in one file.

import type { PyVal } from './objects';
import { raise, typeName } from './types';
import { PyGenerator, type Frame } from './frame';
import type { Thread } from './wait';
import type { Interp, RunResult } from './interp';

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
