/**
 * Where a Python program runs. By default one Web Worker runs every thread of
 * it (the VM's single-worker mode); worker mode (workers-vm-host.ts, one
 * worker per thread on shared memory) implements the same `VmHost`, chosen
 * per run by the store (vm-mode.ts). Terminating the worker is the only way to stop
 * a program (an endless loop never yields), and it always works.
 *
 * Run → first Python line is mostly starting a worker: fetching and compiling
 * the VM's chunk, then compiling `threading` and friends to bytecode. So one
 * spare worker is kept warm (both done) while the scenario is on screen, and
 * Run hands the program to it.
 */
import * as Comlink from 'comlink';
import type { VmEvent } from '../python/vm/events';
import type { PythonVmWorkerApi, VmEventsMessage } from '../workers/python-vm.worker';
import type { VmRunRequest, VmRunResult } from '../workers/python-vm-run';
import { WorkerTerminated } from './spawner';

export type { VmRunRequest, VmRunResult };

export interface VmRun {
  /** Settles when the program ended, or rejects (WorkerTerminated after terminate, or the worker failed). */
  readonly result: Promise<VmRunResult>;
  terminate(): void;
}

export interface VmHost {
  /** Starts `req`; `onEvents` gets the program's events in batches, in order, and `pausedAt` once the run stands paused (`req.control`). */
  start(req: VmRunRequest, onEvents: (batch: VmEvent[], pausedAt?: number) => void): VmRun;
  /** Gets ready for a run soon (a VM scenario is on screen). */
  prewarm?(): void;
}

function isEvents(d: unknown): d is VmEventsMessage {
  return typeof d === 'object' && d !== null && 'vmEvents' in d && Array.isArray(d.vmEvents);
}

interface Ready {
  worker: Worker;
  api: Comlink.Remote<PythonVmWorkerApi>;
}

function spawn(): Ready {
  const worker = new Worker(new URL('../workers/python-vm.worker.ts', import.meta.url), { type: 'module', name: 'python' });
  const api = Comlink.wrap<PythonVmWorkerApi>(worker);
  // A failed warm-up only costs the time it would have saved: the run itself reports real failures.
  api.warmUp().catch(() => {});
  return { worker, api };
}

let spare: Ready | null = null;

export const singleWorkerHost: VmHost = {
  prewarm() {
    spare ??= spawn();
  },
  start(req, onEvents) {
    const { worker, api } = spare ?? spawn();
    spare = null;
    let reject: (e: Error) => void = () => {};
    // Comlink does not reject pending calls on terminate (#428): this promise does.
    const killed = new Promise<never>((_, r) => {
      reject = r;
    });
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the Python worker failed to start')));
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      if (isEvents(e.data)) onEvents(e.data.vmEvents, typeof e.data.pausedAt === 'number' ? e.data.pausedAt : undefined);
    });
    const result = Promise.race([api.run(req), killed]);
    result.catch(() => {});
    let alive = true;
    return {
      result,
      terminate() {
        if (!alive) return;
        alive = false;
        reject(new WorkerTerminated());
        api[Comlink.releaseProxy]();
        worker.terminate();
        // The next Run finds a warm worker again.
        singleWorkerHost.prewarm?.();
      },
    };
  },
};
