/**
 * Python's `threading.Lock` kept by the broker: a flag, the holder (for
 * display and deadlock reports: a Python Lock may be released by another thread), and
 * the threads waiting for it, served first come first served. A release hands
 * the lock straight to the oldest waiter.
 */
import { PyException } from '../runtime/errors';

export interface LockWaiter {
  worker: number;
  /** Called when the lock has been handed to this waiter. */
  grant(): void;
}

export class BrokerLock {
  private held = false;
  private holderWorker = -1;
  private readonly waiters: LockWaiter[] = [];

  get locked(): boolean {
    return this.held;
  }

  /** Worker index of the holder, or -1. */
  get holder(): number {
    return this.holderWorker;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** Takes the lock if it is free. */
  tryAcquire(worker: number): boolean {
    if (this.held) return false;
    this.held = true;
    this.holderWorker = worker;
    return true;
  }

  /** Queue behind the holder; `grant` runs when the lock is handed over. */
  wait(waiter: LockWaiter): void {
    this.waiters.push(waiter);
  }

  /** A waiter gives up (its timeout passed); false if it was not waiting. */
  cancel(worker: number): boolean {
    const i = this.waiters.findIndex((w) => w.worker === worker);
    if (i < 0) return false;
    this.waiters.splice(i, 1);
    return true;
  }

  /**
   * Releases, or raises Python's `RuntimeError: release unlocked lock`.
   * Returns the waiter now holding the lock: the caller reports the release
   * first, then calls its `grant`, so the trace shows them in that order.
   */
  release(line: number): LockWaiter | null {
    if (!this.held) throw new PyException('RuntimeError', 'release unlocked lock', line);
    const next = this.waiters.shift();
    if (!next) {
      this.held = false;
      this.holderWorker = -1;
      return null;
    }
    this.holderWorker = next.worker;
    return next;
  }
}
