// Worker mode's `_vm.start_thread` and the heap form of its locks: a thread's
// callable, arguments and done-lock go into the process heap, and the run's
// host starts a worker for it (workers/py-thread.node.ts runs it there).

import { LOCK_HANDLE, LOCK_LABEL, NULL, internStr, newLock as newHeapLock, strValue, type Ref } from '../heap';
import { PyObj, PyTuple, type PyVal } from './objects';
import { PyDict } from './collections';
import { T } from './types';
import * as ops from './ops';
import { toRef } from './heap-bridge';
import { extKinds, hc } from './heap-state';
import type { Process } from './process';
import { identOfSlot, type ThreadPayload, type WorkerCtx } from './worker-mode';
import { lockHandle, newLock } from './vm-module';
import { packsOf } from './code-share';

export interface StartRequest {
  func: PyVal;
  args: PyVal;
  kwargs: PyVal;
  name: PyVal;
  daemon: boolean;
  /** Host lock handle the thread releases when it ends, or -1. */
  doneLock: number;
}

/** Starts `func(*args, **kwargs)` on a new worker; the new thread's ident. */
export function startOnWorker(w: WorkerCtx, proc: Process, q: StartRequest): bigint {
  if (w.heap === null) throw new Error('worker mode: the process heap is not booted');
  // The main thread's worker learns its process's pid and modules here, at its first start.
  if (w.pid === 0) w.pid = proc.pid;
  if (w.modules === NULL) w.modules = toRef(proc.modules);
  const args = q.args instanceof PyTuple ? q.args : new PyTuple(T.tuple, ops.toArray(q.args ?? null));
  const kwargs = q.kwargs instanceof PyDict && q.kwargs.entries().length ? toRef(q.kwargs) : toRef(null);
  const payload: ThreadPayload = {
    kind: 'thread',
    heap: w.heap,
    mainPath: w.mainPath,
    mainSource: w.mainSource,
    mainIdent: w.mainIdent,
    pid: w.pid,
    modules: w.modules,
    func: toRef(q.func),
    args: toRef(args),
    kwargs,
    doneLock: q.doneLock,
    heldAtFork: w.heldAtFork,
    files: [...proc.sources.keys()].filter((f) => f !== w.mainPath),
    packs: packsOf(proc.sources),
  };
  const name = typeof q.name === 'string' ? q.name : `Thread-${proc.threads.length}`;
  const world = proc.world;
  // Reported before the worker is asked for, so nothing the new thread does can come first.
  const starting = (slot: number): void => {
    if (world.ev) world.emit({ kind: 'thread-start', ...world.who(proc.interp.th), ident: identOfSlot(slot), name, daemon: q.daemon });
  };
  const slot = w.rt.startThread({ entry: w.entry, name, daemon: q.daemon, payload }, starting);
  return BigInt(identOfSlot(slot));
}

/**
 * Locks cross workers as heap LOCK objects holding their host handle; a
 * worker that meets one makes its own wrapper for the same handle.
 */
export function installLockKind(proc: Process): void {
  extKinds.toRef = (v: PyObj): Ref => {
    const l = lockHandle(v);
    if (l === null) return NULL;
    const h = hc().h;
    const r = newHeapLock(h, l.label === null ? NULL : internStr(h, l.label));
    h.set(r, LOCK_HANDLE, l.handle);
    return r;
  };
  extKinds.lockFromRef = (r: Ref): PyObj | undefined => {
    const h = hc().h;
    const label = h.get(r, LOCK_LABEL);
    let handle = h.get(r, LOCK_HANDLE);
    const w = proc.world.worker;
    if (w) {
      // A child process's copy of its parent's lock: from now on a lock of the child's own (its heap is the child's to change).
      const own = w.rt.ownLock(handle, w.heldAtFork ?? []);
      if (own !== handle) h.set(r, LOCK_HANDLE, (handle = own));
    }
    return newLock(proc, label === NULL ? null : strValue(h, label), handle);
  };
}
