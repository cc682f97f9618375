/**
 * Deadlock as the student meets it: every thread that has not finished waits
 * without a timeout on a lock that is held. Nothing can then ever wake them
 * (holders that have finished, or that wait themselves, will never release).
 */
import { ThreadState } from '../runtime/events';
import { LOCK_SLOTS } from '../runtime/lock';
import { STATUS_SLOTS, S_BLOCKED_ON, S_STATE, S_TIMED } from '../runtime/memory';

export interface Waiter {
  worker: number;
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
    if (state !== ThreadState.WaitingLock) return null;
    if (Atomics.load(status, w * STATUS_SLOTS + S_TIMED) === 1) return null;
    const lock = Atomics.load(status, w * STATUS_SLOTS + S_BLOCKED_ON) - 1;
    if (lock < 0 || Atomics.load(locks, lock * LOCK_SLOTS) === 0) return null;
    waiters.push({ worker: w, lock, holder: Atomics.load(locks, lock * LOCK_SLOTS + 1) - 1 });
  }
  return live > 0 ? waiters : null;
}
