/**
 * Threads of the message runtime as Web Workers. No Comlink here (see
 * protocol.ts): the worker gets its init as the first message, then talks in
 * calls and replies; terminate() rejects the exit itself, as browser-spawner.ts does.
 */
import { WorkerTerminated } from '../engine/spawner';
import type { ThreadExit } from '../workers/run-target';
import { type ToWorker, isFromWorker } from './protocol';
import type { MessageSpawner, MessageThread } from './spawner';

export const browserMessageSpawner: MessageSpawner = (init, onCall): MessageThread => {
  const worker = new Worker(new URL('../workers/message-thread.worker.ts', import.meta.url), {
    type: 'module',
    name: init.name,
  });
  let alive = true;
  let resolveExit: (exit: ThreadExit) => void = () => {};
  let rejectExit: (e: Error) => void = () => {};
  const exit = new Promise<ThreadExit>((resolve, reject) => {
    resolveExit = resolve;
    rejectExit = reject;
  });
  exit.catch(() => {});
  worker.addEventListener('message', (e: MessageEvent<unknown>) => {
    const m = e.data;
    if (!isFromWorker(m)) return;
    if (m.t === 'call') onCall(m.id, m.call);
    else resolveExit(m.exit);
  });
  worker.addEventListener('error', (e) => rejectExit(new Error(e.message || 'worker failed to start')));
  const post = (m: ToWorker) => worker.postMessage(m);
  post({ t: 'init', init });
  return {
    exit,
    reply(id, reply) {
      if (alive) post({ t: 'reply', id, reply });
    },
    terminate() {
      if (!alive) return;
      alive = false;
      rejectExit(new WorkerTerminated());
      worker.terminate();
    },
  };
};
