/**
 * Deadlock as the student meets it: every thread that has not finished waits
 * without a timeout, on a lock that is held or on a queue. Nothing can then
 * ever wake them. Found by each runtime's time keeper (engine/time-keeper.ts,
 * message-runtime/broker.ts), which sees every wait.
 */

export interface Waiter {
  worker: number;
  kind: 'lock' | 'queue';
  /** Lock or queue index. */
  lock: number;
  /** Worker index of the lock's holder, or -1 if unknown. */
  holder: number;
}
