// The worker of one Python thread in worker mode (Node worker_threads: the
// CLI, tests, the bench). Main thread: the program on a fresh shared heap.
// Other threads: this process's heap, the callable and its arguments from it.
// `rt.arrive()` first (takes the GIL), `rt.exit()` last, whatever happened.

import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { ThreadRuntime } from '../host/thread-runtime';
import type { ToHost, WorkerInit } from '../host/protocol';
import { identOfSlot, type PyThreadPayload, type ThreadPayload, type WorkerCtx } from '../worker-mode';
import { nodeLib } from '../lib-loader.node.js';
import { runProgram, install } from '../run';
import { NULL } from '../../heap';
import { prepareThread } from '../worker-thread';

const init = workerData as WorkerInit<PyThreadPayload>;
const rt = new ThreadRuntime(init, (m: ToHost) => parentPort?.postMessage(m));
const self = new URL(import.meta.url).href;
const write = (fd: number, text: string): void => rt.write(fd, text);

function ctxFor(p: PyThreadPayload): WorkerCtx {
  if (p.kind === 'main') return { rt, entry: self, heap: null, mainPath: p.path, mainSource: p.source, mainIdent: identOfSlot(rt.slot), pid: 0, modules: NULL };
  return { rt, entry: self, heap: p.heap, mainPath: p.mainPath, mainSource: p.mainSource, mainIdent: p.mainIdent, pid: p.pid, modules: p.modules };
}

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function thread(p: ThreadPayload): () => number {
  install();
  return prepareThread(p, ctxFor(p), { lib: nodeLib(), write, readSource, name: rt.table.name(rt.slot) });
}

let status = 1;
const p = init.payload;
try {
  if (p.kind === 'main') {
    rt.arrive();
    status = runProgram({ source: p.source, path: p.path, stdin: p.stdin, argv: p.argv, heapBytes: p.heapBytes, lib: nodeLib(), worker: ctxFor(p), write }).status;
  } else {
    // Loading and compiling is not Python time: done before the thread takes the GIL and counts as active.
    const run = thread(p);
    rt.arrive();
    status = run();
  }
} catch (e) {
  if (!rt.gil.held()) rt.arrive();
  // A fault of the VM itself (not a Python exception): say so rather than hang the run.
  rt.write(2, `VM error in ${rt.table.name(rt.slot)}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
}
rt.exit(status, p.kind === 'thread' && p.doneLock >= 0 ? p.doneLock : null);
