// The work clock in worker mode (FLAG_WORK_CLOCK): the one-worker VM's
// WorkClock (../cores.ts) on real workers. Time is made of work done, so a
// lesson's figures are the same on every run however loaded the machine is.
//
// A lane is what runs on one virtual core: a process (its GIL holder; the
// threads of one process share its lane, so their work adds up) or, without
// a GIL, a thread. Each lane keeps its own time in the run's memory: every
// eval-breaker check of its running thread costs WORK_SECONDS · max(1, k/C)
// (k live lanes on C cores: while k ≤ C each has a core of its own, beyond
// that they share them), counted in the worker and published in batches.
// The run's time (SimClock's, what sleepers' deadlines are measured by) is
// the least time of the live lanes (a lane is live while a thread of it runs,
// waits for its GIL or is starting). A lane that gets more than WORK_SLACK
// ahead of it waits, the GIL kept, until the others catch up: that is what
// makes k processes take 1/min(k, C) of the time whatever the OS gives each
// worker, and a process that is still starting (its lane stands at its
// start) holds the others back as a starting CPython process would not need
// to. The least lane is never the one waiting, so lanes cannot wait on each
// other for good. A lane that stood still (every thread of it blocked) goes on
// from the moment it was woken: the waker's own time or its deadline.

import { WORK_SECONDS } from '../cores';
import { FLAG_FREE_THREADED, H_CORES, H_FLAGS, H_PAUSE, H_WORK_BELL, S_PROC, ST_ACTIVE, ST_STARTING, type RunMemory } from './layout';
import type { ThreadTable } from './table';

/** Checks a thread counts in its worker before it publishes them (0.25 ms of lane time). */
export const WORK_BATCH = 500;
/** How far (simulated seconds) a lane may run ahead of the run's time before it waits for the others. */
export const WORK_SLACK = 0.002;
/** A waiting lane looks again at least this often (real ms): a lane that blocked or ended rings no bell. */
const LOOK_MS = 2;

/** The lanes of a run, seen from one worker (or the host). Methods marked so run under the table mutex. */
export class WorkLanes {
  readonly cores: number;
  private readonly free: boolean;
  private readonly lanes: Float64Array;

  constructor(
    private readonly m: RunMemory,
    private readonly table: ThreadTable,
  ) {
    this.cores = Math.max(1, Atomics.load(m.header, H_CORES));
    this.free = (Atomics.load(m.header, H_FLAGS) & FLAG_FREE_THREADED) !== 0;
    this.lanes = m.lanes;
  }

  laneOf(slot: number): number {
    return this.free ? slot : this.table.word(slot, S_PROC);
  }

  time(lane: number): number {
    return this.lanes[lane] ?? 0;
  }

  /** A new lane (a process's, or a free thread's) starts at its starter's time. */
  begin(lane: number, at: number): void {
    this.lanes[lane] = at;
  }

  /** Under the mutex: `slot` becomes active (arrived, woken) at time `at`; its lane, if it stood still, goes on from then. */
  join(slot: number, at: number): void {
    const lane = this.laneOf(slot);
    if (this.busy(lane, slot)) return;
    this.lanes[lane] = Math.max(this.time(lane), at, this.table.clock.global());
  }

  /** Under the mutex: `ticks` checks of work by lane `lane`; its new time. */
  add(lane: number, seconds: number): number {
    const t = this.time(lane) + seconds;
    this.lanes[lane] = t;
    return t;
  }

  /** Under the mutex: the live lanes' count and least time (Infinity when none is live). */
  survey(): { k: number; least: number } {
    const live = new Set<number>();
    for (let slot = 0, n = this.table.slotsUsed(); slot < n; slot++) {
      const st = this.table.state(slot);
      if (st === ST_ACTIVE || st === ST_STARTING) live.add(this.laneOf(slot));
    }
    let least = Infinity;
    for (const l of live) least = Math.min(least, this.time(l));
    return { k: live.size, least };
  }

  /** Under the mutex: the run's time moves on to the live lanes' least, and the sleepers it passed wake. */
  settle(): { k: number; least: number } {
    const s = this.survey();
    const clock = this.table.clock;
    if (Number.isFinite(s.least) && s.least > clock.global()) {
      clock.advance(s.least);
      this.table.wakeDueLocked(clock.global());
      Atomics.add(this.m.header, H_WORK_BELL, 1);
      Atomics.notify(this.m.header, H_WORK_BELL);
    }
    return s;
  }

  /** A thread of process `proc` is still starting (its worker is on the way). */
  starting(proc: number): boolean {
    for (let slot = 0, n = this.table.slotsUsed(); slot < n; slot++) {
      if (this.table.state(slot) === ST_STARTING && this.table.word(slot, S_PROC) === proc) return true;
    }
    return false;
  }

  /** Another thread than `except` of lane `lane` is live (its time is in use). */
  private busy(lane: number, except: number): boolean {
    for (let slot = 0, n = this.table.slotsUsed(); slot < n; slot++) {
      if (slot === except || this.laneOf(slot) !== lane) continue;
      const st = this.table.state(slot);
      if (st === ST_ACTIVE || st === ST_STARTING) return true;
    }
    return false;
  }
}

/** What the meter needs of the thread's GIL: the switch interval is served by work, not by the waiter's real timeout. */
export interface WorkGil {
  held(): boolean;
  waiters(): number;
  askDrop(): void;
  switchInterval(): number;
}

/**
 * One thread's work, in its worker: `tick` at each eval-breaker check, `now`
 * its lane's time. With the GIL it also serves the switch interval as
 * CPython's waiter would, after a whole interval of the holder's lane time
 * with a thread waiting (ceval_gil.c's drop request).
 */
export class WorkMeter {
  private pending = 0;
  /** Lane seconds one check costs, as of the last publish (max(1, k/C) · WORK_SECONDS). */
  private step = WORK_SECONDS;
  private takenAt = 0;
  /** Library imports this thread is inside (vm-clock.ts's holds): their work is not the program's. */
  private ownHolds = 0;
  readonly lane: number;

  constructor(
    private readonly lanes: WorkLanes,
    private readonly table: ThreadTable,
    slot: number,
    private readonly gil: WorkGil | null,
    private readonly pause: { readonly header: Int32Array; stand(): void },
  ) {
    this.lane = lanes.laneOf(slot);
  }

  now(): number {
    return this.lanes.time(this.lane) + this.pending * this.step;
  }

  tick(): void {
    if (this.ownHolds === 0 && ++this.pending >= WORK_BATCH) this.publish();
  }

  /** A library import begins (vm-clock.ts's hold): what came before counts, what it does not. */
  enterHold(): void {
    if (this.ownHolds++ === 0) this.flush();
  }

  leaveHold(): void {
    if (this.ownHolds > 0) this.ownHolds--;
  }

  /** The thread took its GIL: its turn begins. */
  took(): void {
    this.takenAt = this.now();
  }

  /** Publishes what is counted (before the GIL changes hands, a block, the exit); never waits. */
  flush(): void {
    this.settle();
  }

  private publish(): void {
    let ahead = this.settle();
    const g = this.gil;
    if (g !== null && g.held() && g.waiters() > 0 && this.now() - this.takenAt >= g.switchInterval()) g.askDrop();
    if (ahead <= WORK_SLACK) return;
    // Ahead of the others: wait, the GIL kept (its process's other threads are this lane: they must not run ahead either).
    const h = this.table.m.header;
    while (ahead > WORK_SLACK / 2) {
      const seen = Atomics.load(h, H_WORK_BELL);
      Atomics.wait(h, H_WORK_BELL, seen, LOOK_MS);
      if (h[H_PAUSE] !== 0) this.pause.stand();
      ahead = this.settle();
    }
  }

  /** Adds the counted work to the lane and moves the run's time on; how far this lane is ahead of it. */
  private settle(): number {
    const n = this.pending;
    this.pending = 0;
    this.table.lock();
    try {
      const t = n > 0 ? this.lanes.add(this.lane, n * this.step) : this.lanes.time(this.lane);
      const s = this.lanes.settle();
      // The next batch's cost: k live lanes share C cores.
      this.step = WORK_SECONDS * Math.max(1, s.k / this.lanes.cores);
      return Number.isFinite(s.least) ? t - s.least : 0;
    } finally {
      this.table.unlock();
    }
  }
}
