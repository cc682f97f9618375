// `_thread.lock` across workers: a word in the run's lock table (0 free, 1
// held) plus a waiter count. Taking a free lock is one CAS; a blocked acquire
// parks in the thread table (so the deadlock rule sees it) and a release
// wakes the longest waiter. Any thread may release, as in CPython.

import { FLAG_STEP, H_FLAGS, H_LOCKS_USED, L_PROC, L_STATE, L_WAITERS, LOCK_WORDS, type RunMemory } from './layout';
import type { ThreadTable } from './table';

/** Wait keys: a lock's is its handle + 1; other waits (channels) use negative keys, sleep uses 0. */
export function lockKey(h: number): number {
  return h + 1;
}

export class LockError extends Error {}

export class Locks {
  private readonly a: Int32Array;
  constructor(private readonly m: RunMemory, private readonly table: ThreadTable) {
    this.a = m.locks;
  }

  allocate(proc = 0): number {
    const h = Atomics.add(this.m.header, H_LOCKS_USED, 1);
    if (h >= this.m.limits.locks) throw new LockError(`more than ${this.m.limits.locks} locks in one run`);
    Atomics.store(this.a, h * LOCK_WORDS + L_PROC, proc);
    return h;
  }

  owner(h: number): number {
    return Atomics.load(this.a, h * LOCK_WORDS + L_PROC);
  }

  /** Locks of process `proc` held now (a fork copies them held). */
  heldBy(proc: number): number[] {
    const out: number[] = [];
    for (let h = 0, n = Math.min(Atomics.load(this.m.header, H_LOCKS_USED), this.m.limits.locks); h < n; h++) {
      if (this.owner(h) === proc && Atomics.load(this.a, h * LOCK_WORDS + L_STATE) === 1) out.push(h);
    }
    return out;
  }

  /** Non-blocking attempt (CPython tries this before releasing the GIL). */
  tryAcquire(h: number): boolean {
    return Atomics.compareExchange(this.a, h * LOCK_WORDS + L_STATE, 0, 1) === 0;
  }

  /** Blocks `slot` until the lock is taken (true) or simulated time reaches `deadline` (false). */
  acquireBlocking(slot: number, h: number, deadline: number, what: string): boolean {
    const w = h * LOCK_WORDS + L_WAITERS;
    // Counted before the CAS, so a release after a failed CAS always sees a waiter to wake.
    Atomics.add(this.a, w, 1);
    try {
      return this.table.waitUntil(slot, lockKey(h), what, deadline, () => this.tryAcquire(h));
    } finally {
      Atomics.sub(this.a, w, 1);
    }
  }

  /** False when the lock was not held (the caller raises `RuntimeError: release unlocked lock`). */
  release(h: number): boolean {
    const b = h * LOCK_WORDS;
    if (Atomics.compareExchange(this.a, b + L_STATE, 1, 0) !== 1) return false;
    // Step mode wakes every waiter: each may then take the free lock, and the student chooses who (as the one-worker stepper).
    if (Atomics.load(this.a, b + L_WAITERS) > 0) this.table.wakeKey(lockKey(h), (Atomics.load(this.m.header, H_FLAGS) & FLAG_STEP) !== 0);
    return true;
  }

  /** Step mode: blocks `slot` until the lock is free, without taking it (true), or until `deadline` (false). */
  waitFree(slot: number, h: number, deadline: number, what: string): boolean {
    const w = h * LOCK_WORDS + L_WAITERS;
    Atomics.add(this.a, w, 1);
    try {
      return this.table.waitUntil(slot, lockKey(h), what, deadline, () => !this.locked(h));
    } finally {
      Atomics.sub(this.a, w, 1);
    }
  }

  locked(h: number): boolean {
    return Atomics.load(this.a, h * LOCK_WORDS + L_STATE) !== 0;
  }
}
