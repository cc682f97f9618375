/// <reference lib="webworker" />
/**
 * The "python host" of worker mode: a dedicated worker that owns a run's
 * ThreadHost and spawns one nested Web Worker per Python thread. It is not
 * the page's main thread because the host takes the thread table's futex
 * mutex (it spins where Atomics.wait is not allowed) and its write order
 * buffer can wait on stragglers: the page must never do either.
 *
 * Messages: in `run` (one per worker) and `stop`; out the same event batches
 * as python-vm.worker.ts (VmEventsMessage), `workers` (how many thread
 * workers the run started), then `result` or `failed`.
 */
import type { VmEventsMessage } from './python-vm.worker';
import type { VmRunRequest, VmRunResult } from './python-vm-run';
import { browserSpawn } from '../python/vm/host/spawn.browser';
import { runOnThreads, type HostedRun } from './python-host-run';

declare const self: DedicatedWorkerGlobalScope;

export type ToPythonHost = { kind: 'run'; req: VmRunRequest } | { kind: 'stop' };
export type FromPythonHost = VmEventsMessage | { workers: number } | { result: VmRunResult } | { failed: string };

const post = (m: FromPythonHost): void => self.postMessage(m);
// The main thread's worker is created now, so its module is loaded before Run.
const spawner = browserSpawn(1, (n) => post({ workers: n }));
let run: HostedRun | null = null;

self.addEventListener('message', (e: MessageEvent<ToPythonHost>) => {
  const m = e.data;
  if (m.kind === 'stop') {
    run?.stop();
    return;
  }
  if (run) return;
  try {
    run = runOnThreads(m.req, spawner.spawn, (batch, pausedAt) => post({ vmEvents: batch, ...(pausedAt === undefined ? {} : { pausedAt }) }));
    run.result.then(
      (result) => post({ result }),
      (err: unknown) => post({ failed: err instanceof Error ? err.message : String(err) }),
    );
  } catch (err) {
    post({ failed: err instanceof Error ? err.message : String(err) });
  }
});
