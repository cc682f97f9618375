// Free-threaded scheduling (3.13t) for single-worker mode. With no GIL,
// CPython's threads run bytecode at the same time on different cores, so any
// two instructions of two threads may interleave: `ticket -= 1` is a load and
// a store that another thread can come between. Green threads in one JS
// thread model that by handing over after a short, seeded-random number of
// instructions (any instruction, not only the eval-breaker points), to a
// seeded-random other thread. The interpreter's per-instruction gate
// (Interp.gate) carries it, so a run with the GIL pays nothing for it.

import type { Thread } from './wait';

/** Most instructions a thread runs before the next chance to hand over: short, so loads and stores interleave. */
const MAX_RUN = 6;

/**
 * Linux's timer slack (50 µs by default, `prctl(PR_SET_TIMERSLACK)`): the
 * kernel may fire a sleeper's timer up to that late, so sleepers whose
 * deadlines are that close wake together, on different cores. With the GIL
 * they then run one after another anyway; without it they run at once. The
 * VM's instructions are 10–40× slower than CPython's while simulated time
 * follows real time, so sleepers drift apart by that much more: the window is
 * scaled alike.
 */
const TIMER_SLACK_S = 50e-6 * 20;

/** mulberry32: small, fast and good enough to vary a schedule; the same seed gives the same hand-over points. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FreeThreads {
  private readonly next: () => number;
  /** Instructions left before the running thread may be interrupted (at least one runs after each hand-over). */
  private left = 1;

  constructor(seed: number) {
    this.next = rng(seed);
  }

  /**
   * Before each instruction: true when th should stop here because another
   * thread runs now. `others` is asked only at a hand-over point, and wakes
   * the threads whose wait is over, as the GIL scheduler's check does.
   */
  gate(th: Thread, others: (th: Thread) => boolean): boolean {
    // A nested run (a native calling back into Python) holds the JS stack: it cannot be left midway.
    if (th.nested > 0) return false;
    if (--this.left > 0) return false;
    // Counted from this call, which comes again for the same instruction when th resumes: 2 lets that one run.
    this.left = 2 + Math.floor(this.next() * MAX_RUN);
    return others(th);
  }

  /** Where the clock jumps when every thread waits: the latest deadline within the timer slack of the earliest, so those sleepers wake at once. */
  coalesce(earliest: number, waits: readonly { deadline: number | null }[]): number {
    let to = earliest;
    for (const w of waits) if (w.deadline !== null && w.deadline > to && w.deadline <= earliest + TIMER_SLACK_S) to = w.deadline;
    return to;
  }

  /** Which ready thread runs next: a random one other than the thread that just stopped, when there is one. */
  pick<T extends [unknown, Thread]>(ready: T[], current: Thread | null): T {
    const others = ready.filter(([, t]) => t !== current);
    const from = others.length ? others : ready;
    return from[Math.floor(this.next() * from.length)] as T;
  }
}
