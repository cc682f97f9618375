// Worker mode's `_vm.fork` and `_vm.wait_process`: a child process is a new
// heap (a byte copy of the parent's, as Linux's fork copies memory), its own
// GIL words and a main worker of its own; the parent's join blocks on the
// run's thread table until the child has ended (host/thread-runtime.ts).

import { NULL, type HeapBuffer } from '../heap';
import { PyTuple, type PyVal } from './objects';
import { T } from './types';
import * as ops from './ops';
import { toRef } from './heap-bridge';
import { forkCopies } from './fork-copies';
import type { Process } from './process';
import { identOfSlot, type ProcessPayload, type WorkerCtx } from './worker-mode';
import { packsOf } from './code-share';

/** W_TOP of the heap header (heap/layout.ts): the bump pointer, so bytes above it are still zero. */
const W_TOP = 1;

/**
 * The child's heap: the parent's bytes up to its top. Taken while this thread
 * holds the GIL, so no other thread of the parent is halfway through a change.
 */
function copyHeap(src: HeapBuffer): SharedArrayBuffer {
  const top = Atomics.load(new Int32Array(src, 0, 4), W_TOP);
  const dst = new SharedArrayBuffer(src.byteLength);
  new Uint8Array(dst).set(new Uint8Array(src, 0, top));
  return dst;
}

/** `_vm.fork(func, args, name)`: the child runs func(*args) as its MainThread; its pid. */
export function forkOnWorker(w: WorkerCtx, proc: Process, func: PyVal, args: PyVal, name: PyVal): number {
  if (w.heap === null) throw new Error('worker mode: the process heap is not booted');
  if (w.pid === 0) w.pid = proc.pid;
  if (w.modules === NULL) w.modules = toRef(proc.modules);
  const argTuple = args instanceof PyTuple ? args : new PyTuple(T.tuple, ops.toArray(args ?? null));
  // Refs first, then the copy: the tuple and anything toRef allocated are in the child's heap too.
  const funcRef = toRef(func);
  const argsRef = toRef(argTuple);
  const copies = forkCopies();
  const heap = copyHeap(w.heap);
  const files = [...proc.sources.keys()].filter((f) => f !== w.mainPath);
  // Taken under the GIL with the heap: the locks the child's copies start as held.
  const heldAtFork = w.rt.locks.heldBy(w.rt.proc);
  const base = { heap, mainPath: w.mainPath, mainSource: w.mainSource, modules: w.modules, func: funcRef, args: argsRef, files, packs: packsOf(proc.sources), heldAtFork, copies };
  const procName = typeof name === 'string' ? name : 'Process';
  const world = proc.world;
  // As the one-worker VM reports a fork, before the child's worker is asked for: nothing the child does can come first.
  const starting = (pid: number, slot: number): void => {
    if (!world.ev) return;
    const by = proc.interp.th ? world.who(proc.interp.th) : { t: proc.now(), line: 0 };
    world.emit({ kind: 'process-start', t: by.t, pid, ppid: w.pid, name: procName });
    world.emit({ kind: 'thread-start', t: by.t, pid, ident: identOfSlot(slot), line: by.line, name: 'MainThread', daemon: false });
  };
  return w.rt.startProcess<ProcessPayload>({ entry: w.entry, name: procName, payload: (pid) => ({ kind: 'process', ...base, pid, ppid: w.pid }) }, starting);
}
