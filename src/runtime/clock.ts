/**
 * The simulated clock and the run's pause gate, shared by every worker of a run.
 *
 * Time follows the virtual-time rule (virtual-time.ts): the real rate while a
 * thread executes, a jump to the next deadline when all are blocked. The main
 * thread decides the pace (it sees every thread's status); workers only read
 * it. The pace is published under a seqlock so a reader never sees a torn
 * update, and every change bumps `epoch` and notifies it, which wakes any
 * worker sleeping on the clock so it can recompute its deadline.
 *
 * `activity` is the other direction: a worker bumps it whenever its status
 * changes, so the time keeper on the main thread wakes at once (Atomics.waitAsync)
 * rather than at the next animation frame, which a hidden tab never draws.
 */
import { type Pace, holding, jumpAndHold, jumpTarget, realAt, repace, runningPace, simAt } from './virtual-time';

export const CONTROL_SLOTS = 6;
const C_STATE = 0; // RUNNING | PAUSED | STOPPED
const C_EPOCH = 1;
const C_SEQ = 2;
const C_READY = 3; // workers that have arrived at the start line
const C_ACTIVITY = 4;
// A hold (a jump that reached its target) ends the moment a woken thread runs,
// by that thread itself: 0 holding, 2 being released, 1 released at F_RELEASE.
// The time keeper's next publish folds it into the pace and resets it.
const C_RELEASE = 5;
const RELEASING = 2;
const RELEASED = 1;
export const RUNNING = 0;
export const PAUSED = 1;
export const STOPPED = 2;

const F_SIM_BASE = 0;
const F_REAL_BASE = 1;
const F_RATE = 2;
const F_KNEE = 3;
const F_AFTER = 4;
const F_SPEED = 5;
const F_RELEASE = 6; // real ms at which the hold was released
export const CLOCK_SLOTS = 7;

/** Longest a worker waits on the clock before it looks again (a safety net: every change notifies). */
const LOOK_AGAIN_MS = 250;

/** Real milliseconds on a time base shared by all workers of this page/process. */
export function realNowMs(): number {
  return performance.timeOrigin + performance.now();
}

interface ClockRead {
  pace: Pace;
  speed: number;
  /** Real ms at which a thread released the hold, or NaN. */
  releasedAt: number;
}

export class SharedClock {
  /**
   * The latest time this instance returned. Two reads of one instant can still
   * differ by an ulp of the millisecond time base (~2.4e-7 s at 1.7e12 ms), and
   * each worker rounds its own performance.timeOrigin: a program must never see
   * its clock go back, so now() never returns less than it did before.
   */
  private last = 0;

  constructor(
    private readonly control: Int32Array,
    private readonly clock: Float64Array,
  ) {}

  static create(speed: number): { control: SharedArrayBuffer; clock: SharedArrayBuffer } {
    const control = new SharedArrayBuffer(CONTROL_SLOTS * 4);
    const clock = new SharedArrayBuffer(CLOCK_SLOTS * 8);
    new SharedClock(new Int32Array(control), new Float64Array(clock)).publish(repace(idlePace(), 0, realNowMs(), speed), speed);
    // Time stands still until every worker has loaded and arrived: worker start-up
    // takes real milliseconds that Python's t.start() does not.
    Atomics.store(new Int32Array(control), C_STATE, PAUSED);
    return { control, clock };
  }

  state(): number {
    return Atomics.load(this.control, C_STATE);
  }

  epoch(): number {
    return Atomics.load(this.control, C_EPOCH);
  }

  speed(): number {
    return this.read().speed;
  }

  /** Simulated seconds since the run started. */
  now(): number {
    return this.nowAt(realNowMs());
  }

  /**
   * Simulated seconds at real ms `real`. A publish takes its simulated and real
   * base from one instant: a sim read before the real base would set time back
   * by the real time between the two reads.
   */
  private nowAt(real: number): number {
    const r = this.read();
    const t = this.state() !== RUNNING ? r.pace.simBase : simAt(effective(r), real);
    if (t > this.last) this.last = t;
    return this.last;
  }

  /** The pace in force at real ms `real`, a released hold folded in (for a publish). */
  private current(real: number): ClockRead {
    const r = this.read();
    if (Number.isNaN(r.releasedAt) || this.state() !== RUNNING) return r;
    return { ...r, pace: runningPace(this.nowAt(real), real, r.speed), releasedAt: NaN };
  }

  /**
   * A thread woke and runs: if time holds at the end of a jump, it flows
   * again from now, at once, not when the time keeper next looks (which would
   * put everything the thread does before then at one instant).
   */
  release(): void {
    if (this.state() !== RUNNING || Atomics.load(this.control, C_RELEASE) !== 0) return;
    const { pace } = this.read();
    if (!holding(pace, simAt(pace, realNowMs()))) return;
    if (Atomics.compareExchange(this.control, C_RELEASE, 0, RELEASING) !== 0) return;
    this.clock[F_RELEASE] = realNowMs();
    // A CAS, not a store: a publish in between (which resets the cell) wins.
    Atomics.compareExchange(this.control, C_RELEASE, RELEASING, RELEASED);
    // Sleepers computed their waits while time held: let them look again.
    this.bump();
  }

  /** Real milliseconds until simulated time reaches `sim` (Infinity while paused). */
  realMsUntil(sim: number): number {
    if (this.state() !== RUNNING) return Infinity;
    return Math.max(0, realAt(effective(this.read()), sim) - realNowMs());
  }

  /** Block (in a worker) until the clock changes or `realMs` pass. */
  waitForChange(seenEpoch: number, realMs: number): void {
    Atomics.wait(this.control, C_EPOCH, seenEpoch, Math.min(realMs, LOOK_AGAIN_MS));
  }

  /**
   * A wait clock in simulated milliseconds for the lock and queue loops: they
   * re-check the time after every wake, and the time keeper wakes timed
   * waiters whenever the pace changes.
   */
  readonly waitClock = {
    now: (): number => this.now() * 1000,
    waitMs: (deadlineMs: number): number => Math.min(LOOK_AGAIN_MS, this.realMsUntil(deadlineMs / 1000)),
  };

  /** A worker is loaded and ready to run its first line. */
  arrive(): void {
    Atomics.add(this.control, C_READY, 1);
    this.bumpActivity();
  }

  /** A worker's status changed: wake the time keeper. */
  bumpActivity(): void {
    Atomics.add(this.control, C_ACTIVITY, 1);
    Atomics.notify(this.control, C_ACTIVITY);
  }

  // ---- main thread only ----

  activity(): number {
    return Atomics.load(this.control, C_ACTIVITY);
  }

  /** Resolves when activity moves past `seen`, or after `ms`; never blocks. */
  waitActivity(seen: number, ms: number): Promise<void> {
    const r = Atomics.waitAsync(this.control, C_ACTIVITY, seen, ms);
    return r.async ? r.value.then(() => undefined) : Promise.resolve();
  }

  arrived(): number {
    return Atomics.load(this.control, C_READY);
  }

  /** Where a jump in progress goes, or null while time runs at the real rate. */
  jumpingTo(): number | null {
    return jumpTarget(this.read().pace, this.now());
  }

  /** Every thread is blocked: let time run to `target` at the watching speed. */
  jumpTo(target: number): void {
    const real = realNowMs();
    const sim = this.nowAt(real);
    if (!(target > sim)) return;
    const speed = this.speed();
    this.publish(jumpAndHold(sim, real, target, speed), speed);
    this.bump();
  }

  /** Whether time holds at the end of a jump, waiting for the woken thread to run. */
  holding(): boolean {
    return holding(this.read().pace, this.now());
  }

  /** A thread woke in the middle of a jump: time runs at the real rate from here. */
  endJump(): void {
    const speed = this.speed();
    const real = realNowMs();
    this.publish(runningPace(this.nowAt(real), real, speed), speed);
    this.bump();
  }

  pause(): void {
    if (this.state() !== RUNNING) return;
    const real = realNowMs();
    const { pace, speed } = this.current(real);
    const sim = this.nowAt(real);
    this.publish({ ...pace, simBase: sim, realBase: real, knee: Math.max(pace.knee, sim) }, speed);
    this.setState(PAUSED);
  }

  resume(): void {
    if (this.state() !== PAUSED) return;
    const { pace, speed } = this.read();
    this.publish(keepHold(pace, repace(pace, pace.simBase, realNowMs(), speed)), speed);
    this.setState(RUNNING);
  }

  setSpeed(speed: number): void {
    const real = realNowMs();
    const sim = this.nowAt(real);
    const { pace } = this.current(real);
    this.publish({ ...keepHold(pace, repace(pace, sim, real, speed)), simBase: sim }, speed);
    this.bump();
  }

  stop(): void {
    const real = realNowMs();
    const { pace, speed } = this.read();
    this.publish({ ...pace, simBase: this.nowAt(real), realBase: real }, speed);
    this.setState(STOPPED);
  }

  private setState(s: number): void {
    Atomics.store(this.control, C_STATE, s);
    this.bump();
  }

  private bump(): void {
    Atomics.add(this.control, C_EPOCH, 1);
    Atomics.notify(this.control, C_EPOCH);
  }

  private publish(p: Pace, speed: number): void {
    Atomics.add(this.control, C_SEQ, 1); // odd: writing
    Atomics.store(this.control, C_RELEASE, 0);
    this.clock[F_SIM_BASE] = p.simBase;
    this.clock[F_REAL_BASE] = p.realBase;
    this.clock[F_RATE] = p.rate;
    this.clock[F_KNEE] = p.knee;
    this.clock[F_AFTER] = p.after;
    this.clock[F_SPEED] = speed;
    Atomics.add(this.control, C_SEQ, 1); // even: stable
  }

  private read(): ClockRead {
    for (;;) {
      const s1 = Atomics.load(this.control, C_SEQ);
      if ((s1 & 1) === 0) {
        const c = this.clock;
        const released = Atomics.load(this.control, C_RELEASE) === RELEASED;
        const v: ClockRead = {
          pace: { simBase: c[F_SIM_BASE] ?? 0, realBase: c[F_REAL_BASE] ?? 0, rate: c[F_RATE] ?? 1, knee: c[F_KNEE] ?? Infinity, after: c[F_AFTER] ?? 1 },
          speed: c[F_SPEED] ?? 1,
          releasedAt: released ? (c[F_RELEASE] ?? NaN) : NaN,
        };
        if (Atomics.load(this.control, C_SEQ) === s1) return v;
      }
    }
  }
}

/** The pace with a released hold folded in: from the held instant, the real rate since the release. */
function effective(r: ClockRead): Pace {
  if (Number.isNaN(r.releasedAt)) return r.pace;
  const held = r.pace.knee === Infinity ? r.pace.simBase : r.pace.knee;
  if (simAt(r.pace, r.releasedAt) < held) return r.pace; // released before the target: cannot be
  return runningPace(held, r.releasedAt, r.speed);
}

/** A repaced jump still holds at its target, and a hold still holds. */
function keepHold(before: Pace, after: Pace): Pace {
  if (before.after !== 0) return after;
  return after.knee === Infinity ? { ...after, rate: 0, after: 0 } : { ...after, after: 0 };
}

function idlePace(): Pace {
  return { simBase: 0, realBase: 0, rate: 1, knee: Infinity, after: 1 };
}
