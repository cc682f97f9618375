// The per-object lock of free-threaded mode (3.13t's critical sections) and
// the lock word of `_thread.lock`: Drepper's three-state futex mutex
// (0 free, 1 held, 2 held with waiters) on a word of the shared buffer.

import type { Heap } from './heap';
import { H_LOCK, type Ref } from './layout';

/** Waiting on a lock that nobody else can release (one worker, ArrayBuffer heap): a bug, not a wait. */
export class LockDeadlock extends Error {
  constructor() {
    super('object lock already held on a single-worker heap');
    this.name = 'LockDeadlock';
  }
}

const canWait = (h: Heap): boolean => h.shared && typeof Atomics.wait === 'function';

/** Locks word `index` (an Int32 index into the heap). */
export function lockWord(h: Heap, index: number): void {
  const i = h.i32;
  let c = Atomics.compareExchange(i, index, 0, 1);
  if (c === 0) return;
  if (!canWait(h)) throw new LockDeadlock();
  if (c !== 2) c = Atomics.exchange(i, index, 2);
  while (c !== 0) {
    Atomics.wait(i, index, 2);
    c = Atomics.exchange(i, index, 2);
  }
}

export function tryLockWord(h: Heap, index: number): boolean {
  return Atomics.compareExchange(h.i32, index, 0, 1) === 0;
}

export function unlockWord(h: Heap, index: number): void {
  if (Atomics.sub(h.i32, index, 1) !== 1) {
    Atomics.store(h.i32, index, 0);
    if (h.shared) Atomics.notify(h.i32, index, 1);
  }
}

/** Takes object `r`'s lock (blocks the worker; never call it from a browser's main thread while another holds it). */
export const lockObject = (h: Heap, r: Ref): void => lockWord(h, (r >> 2) + H_LOCK);
export const unlockObject = (h: Heap, r: Ref): void => unlockWord(h, (r >> 2) + H_LOCK);
export const tryLockObject = (h: Heap, r: Ref): boolean => tryLockWord(h, (r >> 2) + H_LOCK);

/** `fn` inside object `r`'s critical section. */
export function withLock<R>(h: Heap, r: Ref, fn: () => R): R {
  lockObject(h, r);
  try {
    return fn();
  } finally {
    unlockObject(h, r);
  }
}
