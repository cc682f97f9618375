// input() and sys.stdin.readline() in worker mode: this thread reads the run's
// stdin (host/stdin.ts), shared by every thread of the main process whatever
// worker it runs on. A line that is there is taken at once; otherwise the
// thread blocks with the GIL released (CPython's input() releases it while it
// reads), reported as the one-worker World reports its input() wait, so the
// page shows the prompt beside its text box.

import type { World } from './world';
import type { Thread } from './wait';
import type { WorkerCtx } from './worker-mode';

/** The line with its newline (a last line may have none), or null at end of file. */
export function workerReadline(world: World, ctx: WorkerCtx, th: Thread): string | null {
  const rt = ctx.rt;
  let line = rt.takeLine();
  if (line === null) {
    if (world.ev) world.emit({ kind: 'wait-start', ...world.who(th), what: 'input()', lock: -1, sleep: false, deadline: null });
    line = rt.waitLine();
    if (world.ev) world.emit({ kind: 'wait-end', ...world.who(th), timedOut: false });
  }
  if (line === '') return null;
  // A typed line shows as a terminal shows it, when the program takes it; a piped one is not echoed (CPython's).
  if (rt.stdin?.echoes === true) world.write(1, line, th);
  return line;
}
