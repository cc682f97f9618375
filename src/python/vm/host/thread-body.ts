/**
 * The body every worker of a Python thread runs, whichever worker API carries
 * it (Node's worker_threads: vm/workers/py-thread.node.ts; the page's Web
 * Worker: src/workers/py-thread.worker.ts). `rt.arrive()` first (takes the
 * GIL), `rt.exit()` last, whatever happened, so a fault never hangs the run.
 */
import type { ThreadRuntime } from './thread-runtime';
import { ThreadKilled } from './table';
import { identOfSlot, type ProcessPayload, type PyThreadPayload, type ThreadPayload, type WorkerCtx } from '../worker-mode';
import type { LibLoader } from '../process';
import { runProgram, install } from '../run';
import { NULL } from '../../heap';
import { prepareThread } from '../worker-thread';

export interface ThreadBodyEnv {
  /** What a thread worker's spawner starts more thread workers from (a URL, or a name the spawner knows). */
  entry: string;
  lib: LibLoader;
  /** A library file's text by path, for tracebacks. */
  readSource(file: string): string | null;
}

export function runPyThread(rt: ThreadRuntime, p: PyThreadPayload, env: ThreadBodyEnv): void {
  const write = (fd: number, text: string): void => rt.write(fd, text);
  const ctx: WorkerCtx =
    p.kind === 'main'
      ? { rt, entry: env.entry, heap: null, mainPath: p.path, mainSource: p.source, mainIdent: identOfSlot(rt.slot), pid: 0, modules: NULL }
      : { rt, entry: env.entry, heap: p.heap, mainPath: p.mainPath, mainSource: p.mainSource, mainIdent: p.kind === 'thread' ? p.mainIdent : identOfSlot(rt.slot), pid: p.pid, modules: p.modules, heldAtFork: p.heldAtFork };
  const thread = (t: ThreadPayload | ProcessPayload): (() => number) => {
    install();
    return prepareThread(t, ctx, { lib: env.lib, write, readSource: env.readSource, name: rt.table.name(rt.slot) });
  };
  let status = 1;
  try {
    if (p.kind === 'main') {
      // Start-up is not the program's time: held until the script's first read of the clock.
      rt.holdBoot();
      rt.arrive();
      status = runProgram({ source: p.source, path: p.path, argv: p.argv, heapBytes: p.heapBytes, lib: env.lib, worker: ctx, write }).status;
    } else {
      // Loading and compiling is not Python time: done before the thread takes the GIL and counts as active.
      const run = thread(p);
      rt.arrive();
      // Step mode only: the new thread stands before its bootstrap until its first step.
      if (rt.step !== null) rt.parkArrival();
      status = run();
    }
  } catch (e) {
    // Its process was killed (terminate()/kill()) or ended under a daemon: it stops where it was, as a signalled process, and says nothing.
    if (e instanceof ThreadKilled) {
      rt.exit(status, null);
      return;
    }
    if (!rt.gil.held()) rt.arrive();
    // A fault of the VM itself (not a Python exception): say so rather than hang the run.
    rt.write(2, `VM error in ${rt.table.name(rt.slot)}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  rt.exit(status, p.kind === 'thread' && p.doneLock >= 0 ? p.doneLock : null);
}
