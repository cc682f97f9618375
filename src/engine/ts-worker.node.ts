/**
 * A Node worker_threads worker that runs a TypeScript entry: its prebuilt
 * bundle when there is one (worker-bundle.node.ts), else through tsx. Node 20
 * ignores `--import tsx` in a worker's execArgv, so a bootstrap registers
 * tsx's loader inside the worker before importing the entry.
 */
import { Worker } from 'node:worker_threads';
import { bundledEntry } from './worker-bundle.node.js';

const boot = new URL('./ts-bootstrap.node.mjs', import.meta.url);

/** The script a worker for `entry` starts: the entry's bundle, else the tsx bootstrap. */
export function workerScript(entry: URL): URL {
  return bundledEntry(entry) ?? boot;
}

export function tsWorker(entry: URL, data: object): Worker {
  return new Worker(workerScript(entry), { workerData: { ...data, entry: entry.href } });
}
