/**
 * Python's `threading.Lock` on shared memory: Drepper's 3-state futex mutex
 * ("Futexes Are Tricky"), as in parlib-simple's lock.js.
 *
 * Slot layout (LOCK_SLOTS Int32 per lock):
 *   +0 state: 0 unlocked, 1 locked, 2 locked and maybe waiters
 *   +1 holder: worker index + 1 of the last acquirer, 0 when free. For display
 *      only: a Python Lock may be released by any thread, so it is never checked.
 */
import { PyException } from './errors';

export const LOCK_SLOTS = 2;
const STATE = 0;
const HOLDER = 1;

/** A clock in real milliseconds; injected so tests and workers share one notion of "now". */
export type RealNow = () => number;

/**
 * A clock for timed waits: `now()` in its own milliseconds, and how many real
 * ms to wait towards a deadline in those units. A virtual clock (SharedClock's
 * waitClock) runs faster than real time during a jump; a real one is RealNow.
 */
export interface WaitClock {
  now(): number;
  waitMs(deadline: number): number;
  /**
   * The wait's deadline, when the caller fixed it already (in the clock's
   * units): the time keeper jumps to exactly the deadline the thread
   * published, so the wait must not recompute it a moment later.
   */
  deadline?: number;
}

export function asWaitClock(c: RealNow | WaitClock): WaitClock {
  if (typeof c !== 'function') return c;
  return { now: c, waitMs: (deadline) => deadline - c() };
}

export class SharedLock {
  private readonly state: number;
  private readonly holder: number;

  constructor(
    private readonly cells: Int32Array,
    lockIndex: number,
  ) {
    this.state = lockIndex * LOCK_SLOTS + STATE;
    this.holder = lockIndex * LOCK_SLOTS + HOLDER;
  }

  /**
   * Take the lock. `timeoutMs` < 0 waits forever. Returns false when the lock
   * could not be taken in time (or at once, for a non-blocking call).
   */
  acquire(me: number, blocking: boolean, timeoutMs: number, clock: RealNow | WaitClock): boolean {
    const a = this.cells;
    const i = this.state;
    let c = Atomics.compareExchange(a, i, 0, 1);
    if (c !== 0) {
      if (!blocking) return false;
      const wc = asWaitClock(clock);
      const deadline = timeoutMs < 0 ? Infinity : (wc.deadline ?? wc.now() + timeoutMs);
      do {
        if (c === 2 || Atomics.compareExchange(a, i, 1, 2) !== 0) {
          if (deadline !== Infinity && wc.now() >= deadline) return false;
          const wait = deadline === Infinity ? Infinity : Math.max(0, wc.waitMs(deadline));
          Atomics.wait(a, i, 2, wait === Infinity ? undefined : wait);
        }
        c = Atomics.compareExchange(a, i, 0, 2);
      } while (c !== 0);
    }
    Atomics.store(a, this.holder, me + 1);
    return true;
  }

  /** Release; an unlocked lock raises Python's `RuntimeError: release unlocked lock`. */
  release(line: number): void {
    const a = this.cells;
    const i = this.state;
    const was = Atomics.load(a, i);
    if (was === 0) throw new PyException('RuntimeError', 'release unlocked lock', line);
    Atomics.store(a, this.holder, 0);
    if (Atomics.sub(a, i, 1) !== 1) {
      Atomics.store(a, i, 0);
      Atomics.notify(a, i, 1);
    }
  }

  locked(): boolean {
    return Atomics.load(this.cells, this.state) !== 0;
  }

  /** Wake every waiter (they re-check the time): the time keeper moved the clock. */
  wakeAll(): void {
    Atomics.notify(this.cells, this.state);
  }

  /** Worker index of the holder, or -1. */
  holderIndex(): number {
    return Atomics.load(this.cells, this.holder) - 1;
  }
}
