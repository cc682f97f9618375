/**
 * CPython's global interpreter lock: one per simulated process, a real futex
 * lock (SharedLock) in the run's lock cells. A thread holds it while it runs
 * Python code (here: while it computes), drops it around every blocking call
 * (sleep, a lock or queue wait), and, while computing, offers it to a waiting
 * thread every switch interval, as CPython's eval loop does.
 *
 * The switch interval is kept in REAL milliseconds (CPython's default
 * `sys.getswitchinterval()` = 0.005 s), not simulated seconds: the GIL shares
 * real CPU time between real workers, whatever the clock's speed factor.
 */
import { realNowMs } from './clock';
import { LOCK_SLOTS, SharedLock } from './lock';

/** CPython's default switch interval, `sys.getswitchinterval()` = 0.005 s, in real ms. */
export const SWITCH_INTERVAL_MS = 5;

/**
 * After a forced drop CPython waits until another thread has taken the GIL
 * (FORCE_SWITCHING), so the dropper cannot grab it straight back. A woken
 * waiter takes it within microseconds; the bound only matters when the
 * contention hint was stale (the waiter had already gone).
 */
const HANDOFF_MAX_MS = 2;
const HANDOFF_POLL_MS = 0.05;

/** What the owning thread shows while it waits for, takes and drops the GIL. */
export interface GilHooks {
  waiting(on: boolean): void;
  acquired(): void;
  /** Called just BEFORE the release, so a recorded hold always ends before the next one starts. */
  releasing(): void;
}

/** A cell nobody notifies: `Atomics.wait` on it is a short sleep. */
const nap = new Int32Array(new SharedArrayBuffer(4));

export class Gil {
  private readonly lock: SharedLock;
  private heldSince = NaN;

  constructor(
    private readonly cells: Int32Array,
    /** Index of this process's GIL among the run's lock cells. */
    readonly index: number,
    private readonly me: number,
    private readonly hooks: GilHooks,
  ) {
    this.lock = new SharedLock(cells, index);
  }

  get held(): boolean {
    return !Number.isNaN(this.heldSince);
  }

  /** Take the GIL, waiting (shown as a lock wait) while another thread of the process holds it. */
  take(): void {
    if (this.held) return;
    if (!this.lock.acquire(this.me, false, 0, realNowMs)) {
      this.hooks.waiting(true);
      this.lock.acquire(this.me, true, -1, realNowMs);
      this.hooks.waiting(false);
    }
    this.heldSince = realNowMs();
    this.hooks.acquired();
  }

  /** Drop the GIL (before blocking, or when the thread ends); returns whether it was held. */
  drop(): boolean {
    if (!this.held) return false;
    this.hooks.releasing();
    this.heldSince = NaN;
    this.lock.release(0);
    return true;
  }

  /**
   * The eval loop's periodic check, between two pieces of work: once the
   * switch interval has passed and another thread waits, hand the GIL over
   * and queue behind it. Nobody waiting: keep it (CPython drops only on request).
   */
  tick(): void {
    if (!this.held || realNowMs() - this.heldSince < SWITCH_INTERVAL_MS) return;
    if (!this.contended()) {
      this.heldSince = realNowMs();
      return;
    }
    this.drop();
    const until = realNowMs() + HANDOFF_MAX_MS;
    while (this.lock.holderIndex() < 0 && realNowMs() < until) Atomics.wait(nap, 0, 0, HANDOFF_POLL_MS);
    this.take();
  }

  /**
   * State 2 of the futex ("locked, maybe waiters", lock.ts's cell +0) is
   * CPython's gil_drop_request: set by a thread that found the GIL taken.
   */
  private contended(): boolean {
    return Atomics.load(this.cells, this.index * LOCK_SLOTS) === 2;
  }
}
