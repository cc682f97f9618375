import type { ThreadInit } from '../runtime/thread-context';
import type { ThreadExit } from '../workers/run-thread';

/** A simulated thread running in its own worker. */
export interface SpawnedThread {
  /** Settles when the thread's target returns; rejects if the worker dies or is terminated. */
  readonly exit: Promise<ThreadExit>;
  terminate(): void;
}

export type Spawner = (init: ThreadInit) => SpawnedThread;

export class WorkerTerminated extends Error {
  constructor() {
    super('worker terminated');
    this.name = 'AbortError';
  }
}
