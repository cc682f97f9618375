/**
 * The simulated clock of a message run, on the main thread. It follows the
 * virtual-time rule (runtime/virtual-time.ts) as SharedClock does: the real
 * rate while a thread executes, a jump to the next deadline, played at the
 * watching speed, when the broker sees every thread blocked. Like SharedClock
 * it starts paused, so worker start-up never counts as simulated time.
 */
import { type Pace, jumpPace, jumpTarget, realAt, repace, runningPace, simAt } from '../runtime/virtual-time';

export type ClockState = 'running' | 'paused' | 'stopped';

export class SimClock {
  private pace: Pace;
  private current: ClockState = 'paused';

  constructor(
    private speedFactor: number,
    private readonly realNow: () => number = () => performance.now(),
    /** Told after every change, so waits can recompute their real deadlines. */
    private readonly changed: () => void = () => {},
  ) {
    this.pace = runningPace(0, realNow(), speedFactor);
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
    if (!(target > sim)) return;
    this.pace = jumpPace(sim, this.realNow(), target, this.speedFactor);
    this.changed();
  }

  endJump(): void {
    this.pace = runningPace(this.now(), this.realNow(), this.speedFactor);
    this.changed();
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
    this.pace = repace(this.pace, this.pace.simBase, this.realNow(), this.speedFactor);
    this.current = 'running';
    this.changed();
  }

  setSpeed(speed: number): void {
    if (!(speed > 0)) return;
    const sim = this.now();
    this.speedFactor = speed;
    this.pace = { ...repace(this.pace, sim, this.realNow(), speed), simBase: sim };
    this.changed();
  }

  stop(): void {
    this.pace = { ...this.pace, simBase: this.now(), realBase: this.realNow() };
    this.current = 'stopped';
    this.changed();
  }
}
