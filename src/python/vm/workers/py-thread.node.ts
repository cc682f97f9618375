// The worker of one Python thread in worker mode (Node worker_threads: the
// CLI, tests, the bench). Main thread: the program on a fresh shared heap.
// Other threads: this process's heap, the callable and its arguments from it.
// The body is host/thread-body.ts, shared with the page's Web Worker.

import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ThreadRuntime } from '../host/thread-runtime';
import type { ToHost, WorkerInit } from '../host/protocol';
import type { PyThreadPayload } from '../worker-mode';
import { nodeLib } from '../lib-loader.node.js';
import { runPyThread } from '../host/thread-body';

const init = workerData as WorkerInit<PyThreadPayload>;
const rt = new ThreadRuntime(init, (m: ToHost) => parentPort?.postMessage(m));

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

// The run's bundles dir (src/engine/worker-bundle.node.ts) also holds the compiled library its workers share.
const bundles = process.env.CL_WORKER_BUNDLES;
const packsDir = bundles && bundles !== 'off' ? join(bundles, 'pyc') : null;

runPyThread(rt, init.payload, { entry: new URL(import.meta.url).href, lib: nodeLib(undefined, packsDir), readSource });
