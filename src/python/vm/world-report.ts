// What the World reports to a watcher beyond the events it emits in passing: each thread's locals and the
// watch state as a pause begins, writes (with the exception report they carry), and the start and end of waits.

import type { PyVal } from './objects';
import type { Thread, Wait } from './wait';
import type { World } from './world';
import { frameLocals, frameValues, programFrame } from '../step/frame-locals';
import { mainGlobals, watchSnapshot } from '../step/watch-snapshot';
import type { FrameLocals } from '../step/watch-objects';

/**
 * As a pause begins: each live thread's locals in its program frame, a 'step-locals' event the page's watch
 * shows while the run stands still. Only then: the hot loop never reprs a local. Straight to the sink (emit
 * would ask the pause again).
 */
export function reportLocals(w: World): void {
  const frames: FrameLocals[] = [];
  let first: Thread | null = null;
  for (const [, th] of w.allThreads()) {
    first ??= th;
    const pf = programFrame(th, w.mainPath);
    if (!pf) continue;
    frames.push({ thread: th.name, values: frameValues(pf.f) });
    w.ev?.emit({ kind: 'step-locals', ...w.who(th), locals: frameLocals(pf.f) });
  }
  if (first) w.ev?.emit({ kind: 'watch-state', ...w.who(first), watch: watchSnapshot(mainGlobals(w), frames) });
}

export function noteWrite(w: World, th: Thread, fd: number, text: string): void {
  const at = w.who(th);
  // threading.excepthook writes the whole report in one call. The exception
  // comes first, so a reader can tell the write that follows is its text.
  if (fd === 2 && text.startsWith('Exception in thread ')) w.emit({ kind: 'exception', ...at, text });
  w.emit({ kind: 'write', ...at, fd, text });
}

export function noteWaitStart(w: World, th: Thread, wt: Wait): void {
  if (!w.ev) return;
  w.emit({ kind: 'wait-start', ...w.who(th), what: wt.what, lock: wt.lock?.id ?? -1, sleep: wt.sleep === true, deadline: wt.deadline });
}

export function noteWaitEnd(w: World, th: Thread, wt: Wait, r: PyVal, timedOut: boolean): void {
  if (!w.ev) return;
  const who = w.who(th);
  w.emit({ kind: 'wait-end', ...who, timedOut });
  if (wt.lock && r === true) w.emit({ kind: 'lock-acquire', ...who, lock: wt.lock.id, label: wt.lock.label });
}
