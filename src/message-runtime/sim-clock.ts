/**
 * The simulated clock of a message run, on the main thread: speed simulated
 * seconds per real second, standing still while paused. Like SharedClock it
 * starts paused, so worker start-up never counts as simulated time.
 */
export type ClockState = 'running' | 'paused' | 'stopped';

export class SimClock {
  private simBase = 0;
  private realBase: number;
  private current: ClockState = 'paused';

  constructor(
    private speedFactor: number,
    private readonly realNow: () => number = () => performance.now(),
    /** Told after every change, so waits can recompute their real deadlines. */
    private readonly changed: () => void = () => {},
  ) {
    this.realBase = realNow();
  }

  get state(): ClockState {
    return this.current;
  }

  get speed(): number {
    return this.speedFactor;
  }

  now(): number {
    if (this.current !== 'running') return this.simBase;
    return this.simBase + ((this.realNow() - this.realBase) / 1000) * this.speedFactor;
  }

  /** Real milliseconds that `simSeconds` take at the current speed. */
  toRealMs(simSeconds: number): number {
    return (simSeconds / this.speedFactor) * 1000;
  }

  pause(): void {
    if (this.current !== 'running') return;
    this.rebase(this.speedFactor);
    this.current = 'paused';
    this.changed();
  }

  resume(): void {
    if (this.current !== 'paused') return;
    this.rebase(this.speedFactor);
    this.current = 'running';
    this.changed();
  }

  setSpeed(speed: number): void {
    if (!(speed > 0)) return;
    this.rebase(speed);
    this.changed();
  }

  stop(): void {
    this.rebase(this.speedFactor);
    this.current = 'stopped';
    this.changed();
  }

  private rebase(speed: number): void {
    this.simBase = this.now();
    this.realBase = this.realNow();
    this.speedFactor = speed;
  }
}
