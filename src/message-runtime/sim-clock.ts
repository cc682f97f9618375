/**
 * The simulated clock of a message run, on the main thread. It follows the
 * virtual-time rule (runtime/virtual-time.ts) as SharedClock does: the real
 * rate while a thread executes, a jump to the next deadline, played at the
 * watching speed, when the broker sees every thread blocked. Like SharedClock
 * it starts paused, so worker start-up never counts as simulated time.
 */
import { type Pace, jumpPace, jumpTarget, realAt, repace, runningPace, simAt } from '../runtime/virtual-time';

export type ClockState = 'running' | 'paused' | 'stopped';

/**
 * Simulated seconds one served call takes while no thread computes: here a
 * thread's time between calls is mostly the message round trip, which is the
 * runtime's cost, not the program's. Counting a microsecond a call (about a
 * Python call) keeps a polling loop from freezing time, and the figures exact.
 */
export const CALL_COST_S = 1e-6;

export class SimClock {
  private pace: Pace;
  private current: ClockState = 'paused';
  /** Whether some thread computes (real CPU work): only then time runs at the real rate. */
  private computing = false;

  constructor(
    private speedFactor: number,
    private readonly realNow: () => number = () => performance.now(),
    /** Told after every change, so waits can recompute their real deadlines. */
    private readonly changed: () => void = () => {},
  ) {
    this.pace = { ...runningPace(0, realNow(), speedFactor), rate: 0, after: 0 };
  }

  get state(): ClockState {
    return this.current;
  }

  get speed(): number {
    return this.speedFactor;
  }

  now(): number {
    if (this.current !== 'running') return this.pace.simBase;
    return simAt(this.pace, this.realNow());
  }

  /** Real milliseconds until simulated time reaches `sim` (Infinity unless running). */
  realMsUntil(sim: number): number {
    if (this.current !== 'running') return Infinity;
    return Math.max(0, realAt(this.pace, sim) - this.realNow());
  }

  jumpingTo(): number | null {
    return jumpTarget(this.pace, this.now());
  }

  /** Every thread is blocked: time runs to `target` at the watching speed. */
  jumpTo(target: number): void {
    const sim = this.now();
    if (!(target > sim)) {
      // Served calls' ticks carried time past it: wake its waiter now.
      this.changed();
      return;
    }
    this.pace = this.settle(jumpPace(sim, this.realNow(), target, this.speedFactor));
    this.changed();
  }

  endJump(): void {
    this.pace = this.flowing(this.now());
    this.changed();
  }

  /** Some thread starts or stops computing; outside jumps, time flows only while one does. */
  setComputing(on: boolean): void {
    if (on === this.computing) return;
    const sim = this.now();
    this.computing = on;
    if (jumpTarget(this.pace, sim) === null) this.pace = this.flowing(sim);
    this.changed();
  }

  /** A call was served: it costs CALL_COST_S of simulated time (not during a jump, which owns time). */
  tick(): void {
    if (this.current !== 'running' || this.computing) return;
    const sim = this.now();
    if (jumpTarget(this.pace, sim) !== null) return;
    this.pace = { ...this.flowing(sim + CALL_COST_S) };
  }

  private flowing(sim: number): Pace {
    return this.settle(runningPace(sim, this.realNow(), this.speedFactor));
  }

  /** Without a computing thread, time stands still outside jumps (and after a jump's end). */
  private settle(p: Pace): Pace {
    if (this.computing) return p;
    return p.knee === Infinity ? { ...p, rate: 0, after: 0 } : { ...p, after: 0 };
  }

  pause(): void {
    if (this.current !== 'running') return;
    const sim = this.now();
    this.pace = { ...this.pace, simBase: sim, realBase: this.realNow(), knee: Math.max(this.pace.knee, sim) };
    this.current = 'paused';
    this.changed();
  }

  resume(): void {
    if (this.current !== 'paused') return;
    const sim = this.pace.simBase;
    this.pace = jumpTarget(this.pace, sim) === null ? this.flowing(sim) : this.settle(repace(this.pace, sim, this.realNow(), this.speedFactor));
    this.current = 'running';
    this.changed();
  }

  setSpeed(speed: number): void {
    if (!(speed > 0)) return;
    const sim = this.now();
    this.speedFactor = speed;
    const jumping = jumpTarget(this.pace, sim) !== null;
    this.pace = { ...(jumping ? this.settle(repace(this.pace, sim, this.realNow(), speed)) : this.flowing(sim)), simBase: sim };
    this.changed();
  }

  stop(): void {
    this.pace = { ...this.pace, simBase: this.now(), realBase: this.realNow() };
    this.current = 'stopped';
    this.changed();
  }
}
