/** Threads of the message runtime as Node worker_threads (unit tests), running the same programs. */
import { tsWorker } from '../engine/ts-worker.node';
import { WorkerTerminated } from '../engine/spawner';
import type { ThreadExit } from '../workers/run-target';
import { isFromWorker } from './protocol';
import type { MessageSpawner, MessageThread } from './spawner';

const entry = new URL('../workers/message-thread.node.ts', import.meta.url);

export const nodeMessageSpawner: MessageSpawner = (init, onCall): MessageThread => {
  const worker = tsWorker(entry, init);
  let settled = false;
  let alive = true;
  const exit = new Promise<ThreadExit>((resolve, reject) => {
    worker.on('message', (m: unknown) => {
      if (!isFromWorker(m)) return;
      if (m.t === 'call') onCall(m.id, m.call);
      else {
        settled = true;
        resolve(m.exit);
      }
    });
    worker.once('error', (e) => reject(e));
    worker.once('exit', () => {
      alive = false;
      if (!settled) reject(new WorkerTerminated());
    });
  });
  exit.catch(() => {});
  return {
    exit,
    reply(id, reply) {
      if (alive) worker.postMessage({ t: 'reply', id, reply });
    },
    terminate() {
      alive = false;
      void worker.terminate();
    },
  };
};
