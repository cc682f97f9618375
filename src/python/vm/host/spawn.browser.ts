/// <reference lib="webworker" />
// Threads' workers as module Web Workers (the page's worker mode). The URL is
// a literal so vite bundles the entry; `init.entry` is only a name here. A
// Web Worker has no exit event: the entry posts `gone` after its `exit`
// message and closes itself, and that is the host's exit.

import type { SpawnWorker } from './host';
import type { ToHost } from './protocol';

function create(): Worker {
  return new Worker(new URL('../../../workers/py-thread.worker.ts', import.meta.url), { type: 'module', name: 'python thread' });
}

function isGone(d: unknown): boolean {
  return typeof d === 'object' && d !== null && 'gone' in d;
}

export interface BrowserSpawn {
  spawn: SpawnWorker;
  /** Workers this spawner started threads on so far. */
  readonly started: number;
}

/**
 * A spawner with `spares` workers created ahead (fetching and compiling the VM's
 * chunk is most of a thread's start-up); each one taken is replaced at once.
 */
export function browserSpawn(spares = 1, onStart?: (started: number) => void): BrowserSpawn {
  const pool: Worker[] = [];
  const fill = (): void => {
    while (pool.length < spares) pool.push(create());
  };
  fill();
  const self: BrowserSpawn = {
    started: 0,
    spawn(init, on) {
      const w = pool.shift() ?? create();
      fill();
      let over = false;
      const end = (): void => {
        if (over) return;
        over = true;
        on.exit();
      };
      w.addEventListener('message', (e: MessageEvent<unknown>) => {
        if (isGone(e.data)) end();
        else on.message(e.data as ToHost);
      });
      w.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault();
        on.error(new Error(e.message || 'the thread worker failed to start'));
        end();
      });
      w.postMessage(init);
      (self as { started: number }).started++;
      onStart?.(self.started);
      return {
        terminate() {
          w.terminate();
          end();
        },
      };
    },
  };
  return self;
}

