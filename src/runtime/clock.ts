/**
 * The simulated clock and the run's pause gate, shared by every worker of a run.
 *
 * Simulated time runs at `speed` simulated seconds per real second and stands
 * still while paused. The main thread changes it; workers only read it. The
 * three numbers that define it are published under a seqlock so a reader never
 * sees a torn update, and every change bumps `epoch` and notifies it, which
 * wakes any worker sleeping on the clock so it can recompute its deadline.
 */
export const CONTROL_SLOTS = 4;
const C_STATE = 0; // RUNNING | PAUSED | STOPPED
const C_EPOCH = 1;
const C_SEQ = 2;
const C_READY = 3; // workers that have arrived at the start line
export const RUNNING = 0;
export const PAUSED = 1;
export const STOPPED = 2;

const F_SIM_BASE = 0; // simulated seconds at realBase
const F_REAL_BASE = 1; // real ms
const F_SPEED = 2;
export const CLOCK_SLOTS = 3;

/** Real milliseconds on a time base shared by all workers of this page/process. */
export function realNowMs(): number {
  return performance.timeOrigin + performance.now();
}

export class SharedClock {
  constructor(
    private readonly control: Int32Array,
    private readonly clock: Float64Array,
  ) {}

  static create(speed: number): { control: SharedArrayBuffer; clock: SharedArrayBuffer } {
    const control = new SharedArrayBuffer(CONTROL_SLOTS * 4);
    const clock = new SharedArrayBuffer(CLOCK_SLOTS * 8);
    const f = new Float64Array(clock);
    f[F_SIM_BASE] = 0;
    f[F_REAL_BASE] = realNowMs();
    f[F_SPEED] = speed;
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
    return this.read()[2];
  }

  /** Simulated seconds since the run started. */
  now(): number {
    const [simBase, realBase, speed] = this.read();
    if (this.state() !== RUNNING) return simBase;
    return simBase + ((realNowMs() - realBase) / 1000) * speed;
  }

  /** Real milliseconds that `simSeconds` of simulated time take at the current speed. */
  toRealMs(simSeconds: number): number {
    return (simSeconds / this.speed()) * 1000;
  }

  /** Block (in a worker) until the clock changes or `realMs` pass. */
  waitForChange(seenEpoch: number, realMs: number): void {
    Atomics.wait(this.control, C_EPOCH, seenEpoch, realMs);
  }

  /** A worker is loaded and ready to run its first line. */
  arrive(): void {
    Atomics.add(this.control, C_READY, 1);
  }

  // ---- main thread only ----

  arrived(): number {
    return Atomics.load(this.control, C_READY);
  }

  pause(): void {
    if (this.state() !== RUNNING) return;
    const sim = this.now();
    this.publish(sim, realNowMs(), this.speed());
    this.setState(PAUSED);
  }

  resume(): void {
    if (this.state() !== PAUSED) return;
    this.publish(this.now(), realNowMs(), this.speed());
    this.setState(RUNNING);
  }

  setSpeed(speed: number): void {
    this.publish(this.now(), realNowMs(), speed);
    this.bump();
  }

  stop(): void {
    this.publish(this.now(), realNowMs(), this.speed());
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

  private publish(simBase: number, realBase: number, speed: number): void {
    Atomics.add(this.control, C_SEQ, 1); // odd: writing
    this.clock[F_SIM_BASE] = simBase;
    this.clock[F_REAL_BASE] = realBase;
    this.clock[F_SPEED] = speed;
    Atomics.add(this.control, C_SEQ, 1); // even: stable
  }

  private read(): [number, number, number] {
    for (;;) {
      const s1 = Atomics.load(this.control, C_SEQ);
      if ((s1 & 1) === 0) {
        const v: [number, number, number] = [
          this.clock[F_SIM_BASE] ?? 0,
          this.clock[F_REAL_BASE] ?? 0,
          this.clock[F_SPEED] ?? 1,
        ];
        if (Atomics.load(this.control, C_SEQ) === s1) return v;
      }
    }
  }
}
