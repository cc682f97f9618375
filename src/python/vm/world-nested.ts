// The GIL hand-overs of single-worker mode that happen inside a nested run (a native calling back into
// Python): the thread keeps its JS stack, so the other threads' turns run from inside that JS call.

import type { PyVal } from './objects';
import type { Thread, Wait } from './wait';
import type { World } from './world';
import { Deadlock, ThreadEnded } from './world-options';
import { noteWaitEnd, noteWaitStart } from './world-report';

/** Runs other threads until th's wait is over (th is blocked inside a nested run, so it keeps its JS stack). */
export function waitNested(w: World, th: Thread, wait: Wait): PyVal {
  th.state = 'blocked';
  th.wait = wait;
  th.inNested = true;
  w.gil?.after(w.procOf(th), th, false);
  noteWaitStart(w, th, wait);
  try {
    for (;;) {
      let r = wait.poll();
      const timedOut = r === undefined && wait.deadline !== null && w.clock.now() >= wait.deadline;
      if (timedOut) r = wait.timeout;
      if (r !== undefined) {
        noteWaitEnd(w, th, wait, r, timedOut);
        return r;
      }
      const live = w.allThreads();
      const ready = live.filter(([, t]) => w.runnable(t));
      if (!ready.length) {
        if (!w.idle(live)) throw new Deadlock('deadlock');
        continue;
      }
      const [proc, other] = w.pickAndPace(ready);
      w.current = other;
      w.sliceStart = w.clock.now();
      w.step(proc, other);
      w.gil?.after(proc, other, other.state === 'ready');
    }
  } finally {
    th.inNested = false;
    th.state = 'ready';
    th.wait = null;
    w.current = th;
    const proc = w.procOf(th);
    if (proc) w.gil?.took(proc, th);
  }
}

/**
 * shouldSwitch said yes inside a nested run (`sum(gen)`'s generator at its
 * RESUME): th keeps its JS stack, so one turn of another thread runs from
 * here (as waitNested runs them), then th goes on. th cannot be picked
 * meanwhile (inNested); a thread that switches inside its own nested run
 * here finds th unpickable and keeps the GIL until its callback returns.
 */
export function switchNested(w: World, th: Thread): void {
  const proc = w.procOf(th);
  th.inNested = true;
  w.gil?.after(proc, th, true);
  try {
    const ready = w.allThreads().filter(([, t]) => t !== th && w.runnable(t));
    if (!ready.length) return;
    const [p, other] = w.pickAndPace(ready);
    w.current = other;
    w.sliceStart = w.clock.now();
    w.step(p, other);
    w.gil?.after(p, other, other.state === 'ready');
  } finally {
    th.inNested = false;
    w.current = th;
    w.sliceStart = w.clock.now();
    if (proc) w.gil?.took(proc, th);
  }
  // The other thread's turn ended th's process (its main thread finished, th a daemon): th stops here.
  if (th.state === 'done') throw new ThreadEnded();
}
