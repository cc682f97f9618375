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
import { type Pace, jumpPace, jumpTarget, realAt, repace, runningPace, simAt } from './virtual-time';

export const CONTROL_SLOTS = 5;
const C_STATE = 0; // RUNNING | PAUSED | STOPPED
const C_EPOCH = 1;
const C_SEQ = 2;
const C_READY = 3; // workers that have arrived at the start line
const C_ACTIVITY = 4;
export const RUNNING = 0;
export const PAUSED = 1;
export const STOPPED = 2;

const F_SIM_BASE = 0;
const F_REAL_BASE = 1;
const F_RATE = 2;
const F_KNEE = 3;
const F_AFTER = 4;
const F_SPEED = 5;
export const CLOCK_SLOTS = 6;

/** Longest a worker waits on the clock before it looks again (a safety net: every change notifies). */
const LOOK_AGAIN_MS = 250;

/** Real milliseconds on a time base shared by all workers of this page/process. */
export function realNowMs(): number {
  return performance.timeOrigin + performance.now();
}

interface ClockRead {
  pace: Pace;
  speed: number;
}

export class SharedClock {
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
    const { pace } = this.read();
    if (this.state() !== RUNNING) return pace.simBase;
    return simAt(pace, realNowMs());
  }

  /** Real milliseconds until simulated time reaches `sim` (Infinity while paused). */
  realMsUntil(sim: number): number {
    if (this.state() !== RUNNING) return Infinity;
    return Math.max(0, realAt(this.read().pace, sim) - realNowMs());
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
    const sim = this.now();
    if (!(target > sim)) return;
    const speed = this.speed();
    this.publish(jumpPace(sim, realNowMs(), target, speed), speed);
    this.bump();
  }

  /** A thread woke in the middle of a jump: time runs at the real rate from here. */
  endJump(): void {
    const speed = this.speed();
    this.publish(runningPace(this.now(), realNowMs(), speed), speed);
    this.bump();
  }

  pause(): void {
    if (this.state() !== RUNNING) return;
    const { pace, speed } = this.read();
    const sim = this.now();
    this.publish({ ...pace, simBase: sim, realBase: realNowMs(), knee: Math.max(pace.knee, sim) }, speed);
    this.setState(PAUSED);
  }

  resume(): void {
    if (this.state() !== PAUSED) return;
    const { pace, speed } = this.read();
    this.publish(repace(pace, pace.simBase, realNowMs(), speed), speed);
    this.setState(RUNNING);
  }

  setSpeed(speed: number): void {
    const sim = this.now();
    const { pace } = this.read();
    const real = realNowMs();
    this.publish(this.state() === RUNNING ? repace(pace, sim, real, speed) : { ...repace(pace, sim, real, speed), simBase: sim }, speed);
    this.bump();
  }

  stop(): void {
    const { pace, speed } = this.read();
    this.publish({ ...pace, simBase: this.now(), realBase: realNowMs() }, speed);
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
        const v: ClockRead = {
          pace: { simBase: c[F_SIM_BASE] ?? 0, realBase: c[F_REAL_BASE] ?? 0, rate: c[F_RATE] ?? 1, knee: c[F_KNEE] ?? Infinity, after: c[F_AFTER] ?? 1 },
          speed: c[F_SPEED] ?? 1,
        };
        if (Atomics.load(this.control, C_SEQ) === s1) return v;
      }
    }
  }
}

function idlePace(): Pace {
  return { simBase: 0, realBase: 0, rate: 1, knee: Infinity, after: 1 };
}
