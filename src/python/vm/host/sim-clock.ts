// The run's simulated clock in shared memory: a pace (sim = min(knee,
// simBase + rate·Δreal)) published under a seqlock, so a reader in any worker
// never sees half an update. Only the thread table changes it, under its
// mutex: running (rate 1) while some thread is active, standing still while
// none is, and a jump to the earliest deadline when every thread is blocked —
// at once (--speed=max) or at `speed` simulated seconds per real second.
// On the work clock (FLAG_WORK_CLOCK, work-clock.ts) no real time moves it:
// it stands still while threads run and the lanes' work moves it (`advance`);
// jumps are as before. A running thread there reads its own lane's time
// (`local`), the run-wide time the others' lag behind by at most a slack.

import { realNowMs } from '../../../runtime/clock';
import { C_KNEE, C_RATE, C_REAL_BASE, C_SIM_BASE, C_SPEED, FLAG_STEP, FLAG_WORK_CLOCK, H_CLOCK_SEQ, H_FLAGS, H_PAUSE, type RunMemory } from './layout';

export class SimClock {
  private readonly h: Int32Array;
  private readonly c: Float64Array;
  constructor(m: RunMemory) {
    this.h = m.header;
    this.c = m.clock;
  }

  /** The work clock: this worker's running thread's own time (its lane's, work-clock.ts); null elsewhere. */
  local: (() => number) | null = null;

  /** Simulated seconds since the run began, as this worker's thread sees it (its lane's time on the work clock). */
  now(): number {
    return this.local ? this.local() : this.global();
  }

  /** The run's time (on the work clock: the lanes' common time, never ahead of any running lane). */
  global(): number {
    return this.at(realNowMs());
  }

  speed(): number {
    return this.read()[C_SPEED] ?? Infinity;
  }

  /** Real milliseconds until simulated time reaches `sim` (Infinity while the clock stands still before it). */
  realMsUntil(sim: number): number {
    const [base, realBase, rate, knee] = this.read();
    const real = realNowMs();
    if (this.at(real) >= sim) return 0;
    if (!(rate > 0) || sim > knee) return Infinity;
    return Math.max(0, realBase + ((sim - base) / rate) * 1000 - real);
  }

  // ---- writers: under the table mutex only ----

  /**
   * Some thread became active: time runs at the real rate from now (in step mode it stands still: a schedule
   * alone decides the run; paused, it stands still until the host thaws it).
   */
  run(): void {
    const still = (Atomics.load(this.h, H_FLAGS) & (FLAG_STEP | FLAG_WORK_CLOCK)) !== 0 || this.paused();
    this.publish(this.global(), still ? 0 : 1, Infinity);
  }

  /** The work clock: the lanes' work moved the run's time on to `t` (never back; a jump under way is not cut short). */
  advance(t: number): void {
    // Paused, time stands whatever was counted: the next advance after the thaw catches up.
    if (this.paused()) return;
    const [, , rate] = this.read();
    if (rate === 0 && t > this.global()) this.publish(t, 0, Infinity);
  }

  /** A pause is asked (pause.ts): no pace may make time run, not even a jump. */
  paused(): boolean {
    return Atomics.load(this.h, H_PAUSE) !== 0;
  }

  /** A new speed for the next jump (the table re-decides a jump under way: ThreadTable.setSpeed). */
  setSpeed(speed: number): void {
    const [base, realBase, rate, knee] = this.read();
    Atomics.add(this.h, H_CLOCK_SEQ, 1);
    this.c[C_SIM_BASE] = base;
    this.c[C_REAL_BASE] = realBase;
    this.c[C_RATE] = rate;
    this.c[C_KNEE] = knee;
    this.c[C_SPEED] = speed;
    Atomics.add(this.h, H_CLOCK_SEQ, 1);
  }

  /** No thread is active (or a hold or a pause began): time stands still. */
  stop(): void {
    this.publish(this.global(), 0, Infinity);
  }

  /** Every thread is blocked: go to `target`, at once or at the run's speed. */
  jump(target: number): void {
    const now = this.global();
    const speed = this.speed();
    if (this.paused()) this.publish(now, 0, Infinity);
    else if (!Number.isFinite(speed) || target <= now) this.publish(Math.max(now, target), 0, Infinity);
    else this.publish(now, speed, target);
  }

  private at(real: number): number {
    const [base, realBase, rate, knee] = this.read();
    return Math.min(knee, base + (rate * Math.max(0, real - realBase)) / 1000);
  }

  private publish(base: number, rate: number, knee: number): void {
    Atomics.add(this.h, H_CLOCK_SEQ, 1);
    this.c[C_SIM_BASE] = base;
    this.c[C_REAL_BASE] = realNowMs();
    this.c[C_RATE] = rate;
    this.c[C_KNEE] = knee;
    Atomics.add(this.h, H_CLOCK_SEQ, 1);
  }

  private read(): [number, number, number, number, number] {
    for (;;) {
      const s = Atomics.load(this.h, H_CLOCK_SEQ);
      if ((s & 1) === 0) {
        const c = this.c;
        const v: [number, number, number, number, number] = [c[C_SIM_BASE] ?? 0, c[C_REAL_BASE] ?? 0, c[C_RATE] ?? 0, c[C_KNEE] ?? Infinity, c[C_SPEED] ?? Infinity];
        if (Atomics.load(this.h, H_CLOCK_SEQ) === s) return v;
      }
    }
  }
}
