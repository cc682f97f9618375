// Threads' workers as Node worker_threads (the CLI, tests, the bench).
import { tsWorker } from '../../../engine/ts-worker.node.js';
import type { SpawnWorker } from './host';
import type { ToHost } from './protocol';

export const nodeSpawn: SpawnWorker = (init, on) => {
  const w = tsWorker(new URL(init.entry), init);
  w.on('message', (m: ToHost) => on.message(m));
  w.on('error', (e: Error) => on.error(e));
  w.on('exit', () => on.exit());
  return { terminate: () => void w.terminate() };
};
