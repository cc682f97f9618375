/**
 * A Node worker_threads worker that runs a TypeScript entry. Node 20 ignores
 * `--import tsx` in a worker's execArgv, so a bootstrap registers tsx's loader
 * inside the worker before importing the entry.
 */
import { Worker } from 'node:worker_threads';

const boot = new URL('./ts-bootstrap.node.mjs', import.meta.url);

export function tsWorker(entry: URL, data: object): Worker {
  return new Worker(boot, { workerData: { ...data, entry: entry.href } });
}
