/** Threads as Node worker_threads, running the same runtime and programs (tests, benchmarks). */
import { tsWorker } from './ts-worker.node';
import type { ThreadInit } from '../runtime/thread-context';
import type { ThreadExit } from '../workers/run-thread';
import { type SpawnedThread, type Spawner, WorkerTerminated } from './spawner';

const entry = new URL('../workers/thread.node.ts', import.meta.url);

/**
 * One thread on the worker entry `at`, with `data` as its workerData. The
 * worker's ThreadExit ends it; any other message it posts goes to `other`
 * (test fixtures report through it).
 */
export function spawnNodeThread(at: URL, data: object, other: (message: unknown) => void = () => {}): SpawnedThread {
  const worker = tsWorker(at, data);
  let settled = false;
  const exit = new Promise<ThreadExit>((resolve, reject) => {
    worker.on('message', (m: unknown) => {
      if (isExit(m)) {
        settled = true;
        resolve(m);
      } else other(m);
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
}

function isExit(m: unknown): m is ThreadExit {
  if (typeof m !== 'object' || m === null || !('kind' in m)) return false;
  return m.kind === 'done' || m.kind === 'error' || m.kind === 'stopped';
}

export const nodeSpawner: Spawner = (init: ThreadInit): SpawnedThread => spawnNodeThread(entry, init);
