/**
 * What a VM wait is, as a CPython user would call it, from the name the VM
 * gives it (the lock label `threading.py` and friends set, see
 * src/python/lib): a lock's acquire, a join (of a thread, a process, a pool
 * or a future's result), or a wait on an Event/Condition/Semaphore/Barrier.
 * Queue waits and sleeps are told apart before this (vm-trace.ts).
 */
import { ThreadState } from '../runtime/events';

export type WaitKind =
  | { state: typeof ThreadState.WaitingLock }
  /** `thread`: the joined thread's name in its own process; `pid`: the joined process; else `what` names it. */
  | { state: typeof ThreadState.Joining; thread: string | null; pid: number | null }
  | { state: typeof ThreadState.WaitingEvent };

/**
 * The labels of a lock's own acquire. A Lock the program keeps anywhere but
 * a global (a list, an attribute, a local) has no name of its own, so any
 * unlabelled acquire stays a lock wait: it is a lock, the program's or the
 * library's, and calling it an event would be the worse mistake.
 */
const LOCK_WAITS = new Set(['lock.acquire()', 'RLock.acquire', 'Lock.acquire']);

/**
 * Waits for something to finish: a join, Python's shutdown waiting for its
 * threads (it joins each), a future's or a pool's result. The labels are
 * those the library sets (`Future.result` in concurrent/futures/_base.py,
 * `AsyncResult.get` in multiprocessing/pool.py …).
 */
const RESULT_WAITS = new Set(['Future.result', 'concurrent.futures.wait', 'AsyncResult.get', 'IMapIterator.next', 'the end of the other threads']);

export function waitKind(what: string, userLock: boolean): WaitKind {
  if (userLock || LOCK_WAITS.has(what)) return { state: ThreadState.WaitingLock };
  const proc = /^join process (\d+)$/.exec(what);
  if (proc) return { state: ThreadState.Joining, thread: null, pid: Number(proc[1]) };
  if (what.startsWith('join ')) return { state: ThreadState.Joining, thread: what.slice(5), pid: null };
  if (RESULT_WAITS.has(what)) return { state: ThreadState.Joining, thread: null, pid: null };
  return { state: ThreadState.WaitingEvent };
}
