/**
 * Threads as Web Workers behind a typed Comlink API. The proxy is held until
 * the worker ends (Comlink #692: a collected proxy can leave a call hanging),
 * and since `terminate()` does not reject pending Comlink calls (#428), the
 * spawner rejects them itself.
 */
import * as Comlink from 'comlink';
import type { ThreadInit } from '../runtime/thread-context';
import type { ThreadWorkerApi } from '../workers/thread.worker';
import type { ThreadExit } from '../workers/run-thread';
import { type SpawnedThread, type Spawner, WorkerTerminated } from './spawner';

export const browserSpawner: Spawner = (init: ThreadInit): SpawnedThread => {
  const worker = new Worker(new URL('../workers/thread.worker.ts', import.meta.url), {
    type: 'module',
    name: init.name,
  });
  const api = Comlink.wrap<ThreadWorkerApi>(worker);
  let rejectExit: (e: Error) => void = () => {};
  const killed = new Promise<never>((_, reject) => {
    rejectExit = reject;
  });
  worker.addEventListener('error', (e) => rejectExit(new Error(e.message || 'worker failed to start')));
  const exit: Promise<ThreadExit> = Promise.race([api.run(init), killed]);
  let alive = true;
  return {
    exit,
    terminate() {
      if (!alive) return;
      alive = false;
      rejectExit(new WorkerTerminated());
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
};
