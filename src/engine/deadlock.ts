/**
 * Deadlock as the student meets it: every thread that has not finished waits
 * without a timeout, on a lock that is held or on a queue. Nothing can then
 * ever wake them: holders that finished or wait themselves never release, and
 * no thread is left to put or get.
 */
import { ThreadState } from '../runtime/events';
import { LOCK_SLOTS } from '../runtime/lock';
import { STATUS_SLOTS, S_BLOCKED_ON, S_STATE, S_TIMED } from '../runtime/memory';

export interface Waiter {
  worker: number;
  kind: 'lock' | 'queue';
  /** Lock or queue index. */
  lock: number;
  /** Worker index of the lock's holder, or -1 if unknown. */
  holder: number;
}

/** The waiters when the run is stuck for good, else null. */
export function findDeadlock(status: Int32Array, locks: Int32Array, workers: number): Waiter[] | null {
  const waiters: Waiter[] = [];
  let live = 0;
  for (let w = 0; w < workers; w++) {
    const state = Atomics.load(status, w * STATUS_SLOTS + S_STATE);
    if (state === ThreadState.Done) continue;
    if (state === ThreadState.New) return null; // still starting: it may yet release
    live++;
    if (state !== ThreadState.WaitingLock && state !== ThreadState.WaitingQueue) return null;
    if (Atomics.load(status, w * STATUS_SLOTS + S_TIMED) === 1) return null;
    const on = Atomics.load(status, w * STATUS_SLOTS + S_BLOCKED_ON) - 1;
    if (on < 0) return null;
    if (state === ThreadState.WaitingQueue) {
      waiters.push({ worker: w, kind: 'queue', lock: on, holder: -1 });
      continue;
    }
    if (Atomics.load(locks, on * LOCK_SLOTS) === 0) return null;
    waiters.push({ worker: w, kind: 'lock', lock: on, holder: Atomics.load(locks, on * LOCK_SLOTS + 1) - 1 });
  }
  return live > 0 ? waiters : null;
}
