/**
 * Worker mode in the page: a program's Python threads each on a Web Worker of
 * their own, sharing one heap (src/python/vm/host). The page starts one
 * dedicated "python host" worker per run (workers/python-host.worker.ts);
 * that worker runs the ThreadHost and spawns the thread workers, so nothing
 * on the page's main thread ever spins or waits (README: why).
 *
 * Reset terminates the host worker, which ends its nested thread workers
 * with it; it is first told to stop them itself, so no thread outlives it.
 * A program that fails to start here runs on one worker instead.
 */
import type { VmEvent } from '../python/vm/events';
import type { FromPythonHost, ToPythonHost } from '../workers/python-host.worker';
import type { VmHost, VmRun, VmRunRequest, VmRunResult } from './python-vm-host';
import { WorkerTerminated } from './spawner';

export interface WorkersHostHooks {
  /** Thread workers the run has started so far (1 once the main thread is up). */
  onWorkers?(n: number): void;
  /** Worker mode could not start the program: it now runs on `fallback` (one worker). */
  onFallback?(why: string): void;
}

function spawnHost(): Worker {
  return new Worker(new URL('../workers/python-host.worker.ts', import.meta.url), { type: 'module', name: 'python host' });
}

/** A host worker made ahead: it already loaded its module and created the main thread's worker. */
let spare: Worker | null = null;

export function workersVmHost(fallback: VmHost, hooks: WorkersHostHooks = {}): VmHost {
  const host: VmHost = {
    prewarm() {
      spare ??= spawnHost();
    },
    start(req: VmRunRequest, onEvents: (batch: VmEvent[], pausedAt?: number) => void): VmRun {
      const worker = spare ?? spawnHost();
      spare = null;
      let alive = true;
      let started = false;
      let inner: VmRun | null = null;
      let settle: (r: VmRunResult) => void = () => {};
      let reject: (e: Error) => void = () => {};
      const result = new Promise<VmRunResult>((res, rej) => {
        settle = res;
        reject = rej;
      });
      result.catch(() => {});
      const kill = (): void => {
        worker.postMessage({ kind: 'stop' } satisfies ToPythonHost);
        worker.terminate();
      };
      const fail = (why: string): void => {
        if (!alive) return;
        kill();
        if (started) {
          reject(new Error(why));
          return;
        }
        // Nothing ran yet: the same program on one worker.
        hooks.onFallback?.(why);
        inner = fallback.start(req, onEvents);
        inner.result.then(settle, reject);
      };
      worker.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault();
        fail(e.message || 'the python host worker failed to start');
      });
      worker.addEventListener('message', (e: MessageEvent<FromPythonHost>) => {
        if (!alive || inner) return;
        const m = e.data;
        if ('vmEvents' in m) {
          started = true;
          onEvents(m.vmEvents, m.pausedAt);
        } else if ('workers' in m) hooks.onWorkers?.(m.workers);
        else if ('result' in m) {
          settle(m.result);
          alive = false;
          worker.terminate();
          host.prewarm?.();
        } else fail(m.failed);
      });
      // The run's own fields, the page's pause/step/speed words (python-host-run.ts bridges them), its console's mailbox (input()),
      // and the work clock, the GIL's holds and the virtual cores (the gil lesson: host/work-clock.ts).
      const run: VmRunRequest = { source: req.source, path: req.path, speed: req.speed, freeThreaded: req.freeThreaded, control: req.control, input: req.input, clock: req.clock, gil: req.gil, cores: req.cores };
      worker.postMessage({ kind: 'run', req: run } satisfies ToPythonHost);
      return {
        result,
        terminate() {
          if (inner) {
            inner.terminate();
            return;
          }
          if (!alive) return;
          alive = false;
          kill();
          reject(new WorkerTerminated());
          host.prewarm?.();
        },
      };
    },
  };
  return host;
}
