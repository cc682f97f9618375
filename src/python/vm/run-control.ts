/**
 * The page's hand on a running program: pause, step and speed, as a few words
 * of shared memory that the VM's World reads between instructions. The page
 * writes, the worker reads (and writes back only what stepping and pausing
 * decide), so nothing waits on a message: a program in an endless loop that
 * never yields still pauses. Needs SharedArrayBuffer; without it there is no
 * control and a run goes to its end. In worker mode the python host reads
 * them for every thread's worker (src/workers/control-bridge.ts, host/pause.ts)
 * and writes back what the one-worker World would: paused after a step, held.
 *
 * Layout (32 bytes): Int32 0 paused (1/0), 1 events left before a step pauses
 * again (0: not stepping), 2 generation (bumped on every page write, so a
 * worker napping between clock jumps wakes at once), 3 held (1 while the worker
 * is blocked paused); Float64 2 speed (simulated seconds per real second,
 * Infinity: jump at once).
 */

/** What the World asks of a control (World's `control` option); runVm makes one from a RunControl. */
export interface RunGate {
  /** Simulated seconds per real second now. */
  speed(): number;
  /**
   * Blocks while paused (`now`: the simulated time it stands at); the real ms it blocked, which the clock must not count.
   * `before` runs once as the pause begins, before the page is told (the World reports each thread's locals there).
   */
  hold(now: number, before?: () => void): number;
  /** Sleeps up to `ms` real milliseconds, waking early when the controls change. */
  nap(ms: number): void;
}

const PAUSED = 0;
const STEPS = 1;
const GEN = 2;
const HELD = 3;
const SPEED = 2;
export const CONTROL_BYTES = 32;

export class RunControl {
  private readonly words: Int32Array;
  private readonly floats: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.words = new Int32Array(buffer, 0, 4);
    this.floats = new Float64Array(buffer, 0, 4);
  }

  static create(speed: number): RunControl {
    const c = new RunControl(new SharedArrayBuffer(CONTROL_BYTES));
    c.floats[SPEED] = speed;
    return c;
  }

  // ---- the page's side

  pause(): void {
    Atomics.store(this.words, PAUSED, 1);
    this.bump();
  }

  resume(): void {
    Atomics.store(this.words, STEPS, 0);
    Atomics.store(this.words, PAUSED, 0);
    this.bump();
  }

  /** Runs until `events` more events happened, then pauses again (the worker sets paused). */
  step(events = 1): void {
    Atomics.store(this.words, STEPS, Math.max(1, events));
    Atomics.store(this.words, PAUSED, 0);
    this.bump();
  }

  setSpeed(speed: number): void {
    this.floats[SPEED] = speed;
    this.bump();
  }

  /** Is the worker blocked on a pause right now? */
  get held(): boolean {
    return Atomics.load(this.words, HELD) === 1;
  }

  private bump(): void {
    Atomics.add(this.words, GEN, 1);
    Atomics.notify(this.words, GEN);
    Atomics.notify(this.words, PAUSED);
  }

  // ---- the worker's side

  get speed(): number {
    return this.floats[SPEED] ?? Infinity;
  }

  get paused(): boolean {
    return Atomics.load(this.words, PAUSED) === 1;
  }

  /** Events a step asked for and not yet seen (0: not stepping). */
  get steps(): number {
    return Atomics.load(this.words, STEPS);
  }

  /** The page's writes so far: a reader that saw this number has seen every write before it. */
  get generation(): number {
    return Atomics.load(this.words, GEN);
  }

  /** Waits (without blocking: a worker's event loop) until the page writes after `generation`, or `ms` pass. */
  async changed(generation: number, ms: number): Promise<void> {
    const r = Atomics.waitAsync(this.words, GEN, generation, ms);
    if (r.async) await r.value;
  }

  /** A step ran its events elsewhere (worker mode's host): the run stands paused again, as noteEvent leaves it. */
  stepDone(): void {
    Atomics.store(this.words, STEPS, 0);
    Atomics.store(this.words, PAUSED, 1);
  }

  /** Worker mode's host says whether the run stands paused (the one-worker hold() sets it itself). */
  set held(on: boolean) {
    Atomics.store(this.words, HELD, on ? 1 : 0);
  }

  /** One event the page will see happened: a step that has run its events pauses the run. */
  noteEvent(): void {
    if (Atomics.load(this.words, STEPS) === 0) return;
    if (Atomics.sub(this.words, STEPS, 1) === 1) Atomics.store(this.words, PAUSED, 1);
  }

  /**
   * Blocks while paused. `before` runs once before blocking (the worker sends
   * what it buffered, then says it is paused). Returns the real ms spent, which
   * the caller's clock must not count.
   */
  hold(before: () => void): number {
    if (Atomics.load(this.words, PAUSED) === 0) return 0;
    const t0 = performance.now();
    before();
    Atomics.store(this.words, HELD, 1);
    while (Atomics.load(this.words, PAUSED) === 1) Atomics.wait(this.words, PAUSED, 1, 1000);
    Atomics.store(this.words, HELD, 0);
    return performance.now() - t0;
  }

  /** Sleeps up to `ms` real milliseconds, waking early when the page writes anything. */
  nap(ms: number): void {
    if (ms <= 0) return;
    const g = Atomics.load(this.words, GEN);
    Atomics.wait(this.words, GEN, g, Math.min(ms, 60000));
  }
}
