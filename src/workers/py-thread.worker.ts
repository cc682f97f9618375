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
import type { PyThreadPayload } from '../python/vm/worker-mode';
import { bundledLib } from '../python/vm/lib-loader.bundled';
import { packOfKey, prefetchPacks } from '../python/vm/lib-packs.bundled';
import { runPyThread } from '../python/vm/host/thread-body';

declare const self: DedicatedWorkerGlobalScope;

/** Posted last, after the thread's `exit`: the spawner reports the worker's end to the host. */
export interface ThreadGone {
  gone: true;
}

/** The page's spawner starts every thread worker from one bundled URL, so the entry is only a name. */
const ENTRY = 'py-thread.worker';
const lib = bundledLib(packOfKey);
// While this spare waits for its thread: the build's compiled code of what `import threading` loads.
void prefetchPacks();

/** `/lib/a/b.py` or `/lib/a/__init__.py` (bundledLib's paths) back to their text. */
function readSource(file: string): string | null {
  const m = /^\/lib\/(.+?)(\/__init__)?\.py$/.exec(file);
  if (!m?.[1]) return null;
  const found = lib.load(m[1].split('/').join('.'));
  return found && found.path === file ? found.source : null;
}

function start(init: WorkerInit<PyThreadPayload>): void {
  const rt = new ThreadRuntime(init, (m: ToHost) => self.postMessage(m));
  runPyThread(rt, init.payload, { entry: ENTRY, lib, readSource });
  self.postMessage({ gone: true } satisfies ThreadGone);
  self.close();
}

self.addEventListener('message', (e: MessageEvent<WorkerInit<PyThreadPayload>>) => start(e.data), { once: true });
