/**
 * A Node worker_threads worker that runs a TypeScript entry: its prebuilt
 * bundle when there is one (worker-bundle.node.ts), else through tsx. Node 20
 * ignores `--import tsx` in a worker's execArgv, so a bootstrap registers
 * tsx's loader inside the worker before importing the entry.
 */
import { Worker } from 'node:worker_threads';
import { bundledEntry } from './worker-bundle.node.js';

const boot = new URL('./ts-bootstrap.node.mjs', import.meta.url);

export function tsWorker(entry: URL, data: object): Worker {
  const bundle = bundledEntry(entry);
  if (bundle) return new Worker(bundle, { workerData: { ...data, entry: entry.href } });
  return new Worker(boot, { workerData: { ...data, entry: entry.href } });
}
