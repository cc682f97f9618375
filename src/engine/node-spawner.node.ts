/** Threads as Node worker_threads, running the same runtime and programs (tests, benchmarks). */
import { tsWorker } from './ts-worker.node';
import type { ThreadInit } from '../runtime/thread-context';
import type { ThreadExit } from '../workers/run-thread';
import { type SpawnedThread, type Spawner, WorkerTerminated } from './spawner';

const entry = new URL('../workers/thread.node.ts', import.meta.url);

export const nodeSpawner: Spawner = (init: ThreadInit): SpawnedThread => {
  const worker = tsWorker(entry, init);
  let settled = false;
  const exit = new Promise<ThreadExit>((resolve, reject) => {
    worker.once('message', (m: ThreadExit) => {
      settled = true;
      resolve(m);
    });
    worker.once('error', (e) => reject(e));
    worker.once('exit', () => {
      if (!settled) reject(new WorkerTerminated());
    });
  });
  exit.catch(() => {});
  return {
    exit,
    terminate() {
      void worker.terminate();
    },
  };
};
