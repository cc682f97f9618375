/// <reference lib="webworker" />
/**
 * The Web Worker of one Python thread in worker mode (the page's twin of
 * vm/workers/py-thread.node.ts). A Web Worker has no workerData: it waits for
 * its WorkerInit as the first message, so a spare worker can be created (its
 * module fetched and compiled) before any thread needs it. When the thread is
 * over it says `gone` and closes itself: a Web Worker has no exit event.
 */
import { ThreadRuntime } from '../python/vm/host/thread-runtime';
import type { ToHost, WorkerInit } from '../python/vm/host/protocol';
import { identOfSlot, type PyThreadPayload, type ThreadPayload, type WorkerCtx } from '../python/vm/worker-mode';
import { bundledLib } from '../python/vm/lib-loader.bundled';
import { runProgram, install } from '../python/vm/run';
import { NULL } from '../python/heap';
import { prepareThread } from '../python/vm/worker-thread';

declare const self: DedicatedWorkerGlobalScope;

/** Posted last, after the thread's `exit`: the spawner reports the worker's end to the host. */
export interface ThreadGone {
  gone: true;
}

/** The page's spawner starts every thread worker from one bundled URL, so the entry is only a name. */
const ENTRY = 'py-thread.worker';
const lib = bundledLib();

/** `/lib/a/b.py` or `/lib/a/__init__.py` (bundledLib's paths) back to their text. */
function readSource(file: string): string | null {
  const m = /^\/lib\/(.+?)(\/__init__)?\.py$/.exec(file);
  if (!m?.[1]) return null;
  const found = lib.load(m[1].split('/').join('.'));
  return found && found.path === file ? found.source : null;
}

function start(init: WorkerInit<PyThreadPayload>): void {
  const rt = new ThreadRuntime(init, (m: ToHost) => self.postMessage(m));
  const write = (fd: number, text: string): void => rt.write(fd, text);
  const ctxFor = (p: PyThreadPayload): WorkerCtx =>
    p.kind === 'main'
      ? { rt, entry: ENTRY, heap: null, mainPath: p.path, mainSource: p.source, mainIdent: identOfSlot(rt.slot), pid: 0, modules: NULL }
      : { rt, entry: ENTRY, heap: p.heap, mainPath: p.mainPath, mainSource: p.mainSource, mainIdent: p.mainIdent, pid: p.pid, modules: p.modules };
  const thread = (p: ThreadPayload): (() => number) => {
    install();
    return prepareThread(p, ctxFor(p), { lib, write, readSource, name: rt.table.name(rt.slot) });
  };
  let status = 1;
  const p = init.payload;
  try {
    if (p.kind === 'main') {
      rt.arrive();
      status = runProgram({ source: p.source, path: p.path, stdin: p.stdin, argv: p.argv, heapBytes: p.heapBytes, lib, worker: ctxFor(p), write }).status;
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
  self.postMessage({ gone: true } satisfies ThreadGone);
  self.close();
}

self.addEventListener('message', (e: MessageEvent<WorkerInit<PyThreadPayload>>) => start(e.data), { once: true });
