// Virtual cores for single-worker mode. Every thread of every process runs
// on this one JS thread, so without this N processes doing CPU work would
// take N times as long in simulated time and multiprocessing would never
// speed anything up. Instead the run has C virtual cores: while k threads
// could execute at once (a process's GIL holder, or, free-threaded, every
// runnable thread), they share the real core in turns, each getting 1/k of
// the real time; a real C-core machine would give each a whole core while
// k <= C, so simulated time advances at real rate / min(k, C). Then 4 GIL
// threads of one process are one holder (1x), 4 processes are 4 holders
// (min(4, C)x), and sleeping threads hold nothing (IO overlaps as before).
//
// Why count holders from what is runnable rather than measure each thread's
// own CPU time: the clock stays one number shared by the whole run (events,
// deadlines and time.perf_counter() read it), and the rule needs only the
// scheduler's ready list, which the World already computes at every pick.
//
// "Real time" is either the real clock (Clock) or the work done (WorkClock:
// each eval-breaker check, about one loop iteration or call, costs a fixed
// WORK_SECONDS). The work clock is the one a timed lesson wants: on a loaded
// machine the real clock moved the same program's single-thread time by 3x
// between runs (the OS takes the core away at random), the work clock gives
// the same figures on every run and every machine, and the GIL's switch
// interval then falls after the same instructions every time.

import type { Clock } from './vm-clock';

/** Cores when the host does not say (Node has no navigator; a page passes navigator.hardwareConcurrency). */
export const DEFAULT_CORES = 4;

/** The part of a thread the pick reads. */
export interface CoreThread {
  readonly ident: number;
}

/** A process and its threads, in the World's order. */
export interface CoreProc<T extends CoreThread> {
  readonly threads: readonly T[];
}

/**
 * Threads that would execute at this moment on a machine with enough cores:
 * one per process that has a runnable thread (its GIL holder), or every
 * runnable thread when the interpreter has no GIL.
 */
export function cpuHolders<P, T>(ready: readonly (readonly [P, T])[], perThread: boolean): number {
  if (perThread) return ready.length;
  const procs = new Set<P>();
  for (const [p] of ready) procs.add(p);
  return procs.size;
}

/** How many real seconds make one simulated second while `holders` threads share the real core. */
export function slowdown(holders: number, cores: number): number {
  return Math.max(1, Math.min(holders, Math.max(1, cores)));
}

/**
 * The next thread to run, fairly: the next process after the current one's
 * (in the World's order, wrapping) that has a runnable thread, and in it the
 * next runnable thread after the one that ran there last. Each process's
 * holder gets its slice in turn (what makes the shared real core fair
 * between virtual cores), and the threads of one process take the GIL in
 * turns instead of two of them passing it back and forth.
 */
export class FairPick<P extends CoreProc<T>, T extends CoreThread> {
  private lastProc: P | null = null;
  private readonly lastThread = new Map<P, T>();

  constructor(private readonly order: () => readonly P[]) {}

  pick(ready: readonly (readonly [P, T])[]): readonly [P, T] | undefined {
    if (ready.length <= 1) return this.took(ready[0]);
    const procs = this.order();
    const start = this.lastProc ? procs.indexOf(this.lastProc) : -1;
    for (let step = 1; step <= procs.length; step++) {
      const p = procs[(start + step + procs.length) % procs.length];
      if (p === undefined) continue;
      const mine = ready.filter(([q]) => q === p);
      if (!mine.length) continue;
      const last = this.lastThread.get(p);
      const at = last ? p.threads.indexOf(last) : -1;
      const after = mine.find(([, t]) => p.threads.indexOf(t) > at) ?? mine[0];
      return this.took(after);
    }
    return this.took(ready[0]);
  }

  private took(e: readonly [P, T] | undefined): readonly [P, T] | undefined {
    if (e) {
      this.lastProc = e[0];
      this.lastThread.set(e[0], e[1]);
    }
    return e;
  }
}

/**
 * Simulated seconds one eval-breaker check of running Python costs on the
 * work clock: about what the VM itself takes on a quiet machine (the
 * lesson's prime loop does 1.6 M checks in 0.6 to 1 s), so a run at speed 1
 * shows time passing about as fast as it really passes.
 */
export const WORK_SECONDS = 5e-7;

/** A clock that is told about work done. */
export interface WorkTicker {
  /** One eval-breaker check's worth of work was done. */
  tick(): void;
}

/**
 * Time made of work: it advances by WORK_SECONDS (over the virtual cores'
 * slowdown) at each eval-breaker check, and jumps to a deadline when every
 * thread waits, as the real clock does. Nothing real moves it, so a program's
 * timings are the same on every run. `Base` is world.ts's Clock, passed in
 * because world.ts imports this module.
 */
export function workClock(Base: typeof Clock): Clock & WorkTicker {
  class WorkClock extends Base implements WorkTicker {
    private t = 0;
    private step = WORK_SECONDS;
    override now(): number {
      return this.t;
    }
    override jumpTo(t: number): void {
      if (t > this.t) this.t = t;
    }
    override setRate(rate: number): void {
      this.step = WORK_SECONDS * rate;
    }
    tick(): void {
      if (this.holds === 0) this.t += this.step;
    }
  }
  return new WorkClock();
}
