// CPython 3.12's GIL (Python/ceval_gil.c) on Int32 words in shared memory,
// one per process. take_gil: a thread that finds it held waits up to the
// switch interval; if no switch happened meanwhile it sets the drop request
// (the eval breaker) and waits on. The holder reads the breaker at RESUME,
// JUMP_BACKWARD and CALL only; when it is set it drops the GIL and, as
// FORCE_SWITCHING does, waits until another thread has taken it, then queues
// for it again. Blocking calls drop it plainly and take it back after. While
// the run is paused (pause-gate.ts) a waiter stands instead of taking it.
//
// Time: the interval is waited in real milliseconds. That is also simulated
// time: a thread waits for the GIL only while another holds it, and a holder
// is an active thread, and simulated time runs at the real rate whenever some
// thread is active (sim-clock.ts). So "5 ms of simulated time" and "5 real ms
// of the holder computing" are the same span, at every --speed (speed paces
// only jumps, when no thread is active and so nobody waits for a GIL).

import { G_DROP_REQUEST, G_FORCED, G_HOLDER, G_INTERVAL_US, G_LOCKED, G_SWITCHES, G_WAITERS, GIL_WORDS, type RunMemory } from './layout';

/** Bound on one FORCE_SWITCHING wait before looking whether anyone still waits (real ms). */
const HANDOFF_LOOK_MS = 20;

export interface GilLike {
  /** The word the interpreter reads at every eval-breaker point: non-zero means call `evalBreaker()`. */
  readonly breaker: Int32Array;
  readonly breakerIndex: number;
  take(): void;
  drop(): void;
  /** At an eval-breaker point with the breaker set: hand over to the waiting thread. */
  evalBreaker(): boolean;
  held(): boolean;
  setSwitchInterval(seconds: number): void;
  switchInterval(): number;
}

export class Gil implements GilLike {
  readonly breaker: Int32Array;
  readonly breakerIndex: number;
  private readonly b: number;
  private mySwitch = 0;
  private holding = false;
  private readonly proc: number;
  /**
   * The work clock: a thread of this process is still starting. CPython's new thread asks for the GIL at once; ours
   * takes a while to arrive, so a holder handing over waits for it (time stands meanwhile) rather than run on alone.
   */
  starting: ((proc: number) => boolean) | null = null;

  /** `pause`: the thread's pause gate (pause-gate.ts), where it stands instead of waiting on while the run is paused. */
  /**
   * `byWork`: the work clock (work-clock.ts) serves the switch interval from the holder's lane time (`askDrop`),
   * so a waiter's real timeout asks nothing: who holds the GIL when must not depend on the machine's load.
   */
  constructor(m: RunMemory, proc: number, private readonly me: number, private readonly pause: { stand(): boolean } | null = null, private readonly byWork = false) {
    this.proc = proc;
    this.breaker = m.gils;
    this.b = proc * GIL_WORDS;
    this.breakerIndex = this.b + G_DROP_REQUEST;
  }

  held(): boolean {
    return this.holding;
  }

  take(): void {
    const a = this.breaker;
    const b = this.b;
    if (Atomics.compareExchange(a, b + G_LOCKED, 0, 1) !== 0) {
      Atomics.add(a, b + G_WAITERS, 1);
      for (;;) {
        const switches = Atomics.load(a, b + G_SWITCHES);
        const ms = Math.max(1, Atomics.load(a, b + G_INTERVAL_US)) / 1000;
        const r = Atomics.wait(a, b + G_LOCKED, 1, ms);
        if (Atomics.compareExchange(a, b + G_LOCKED, 0, 1) === 0) break;
        // Paused: stand, not take the GIL; the interval starts anew after (the holder stood too, it owes no switch).
        if (this.pause?.stand()) continue;
        // A whole interval without a switch: ask the holder to drop it (SET_GIL_DROP_REQUEST).
        if (!this.byWork && r === 'timed-out' && Atomics.load(a, b + G_SWITCHES) === switches) Atomics.store(a, b + G_DROP_REQUEST, 1);
      }
      Atomics.sub(a, b + G_WAITERS, 1);
    }
    Atomics.store(a, b + G_HOLDER, this.me + 1);
    this.mySwitch = Atomics.add(a, b + G_SWITCHES, 1) + 1;
    Atomics.notify(a, b + G_SWITCHES);
    // The request was for the previous holder (RESET_GIL_DROP_REQUEST after take).
    Atomics.store(a, b + G_DROP_REQUEST, 0);
    this.holding = true;
  }

  drop(): void {
    const a = this.breaker;
    this.holding = false;
    Atomics.store(a, this.b + G_HOLDER, 0);
    Atomics.store(a, this.b + G_LOCKED, 0);
    Atomics.notify(a, this.b + G_LOCKED, 1);
  }

  evalBreaker(): boolean {
    const a = this.breaker;
    const b = this.b;
    if (!this.holding || Atomics.load(a, b + G_DROP_REQUEST) === 0) return false;
    Atomics.store(a, b + G_DROP_REQUEST, 0);
    Atomics.add(a, b + G_FORCED, 1);
    this.drop();
    // FORCE_SWITCHING: do not race the waiter for the lock we just let go.
    while (Atomics.load(a, b + G_SWITCHES) === this.mySwitch && (Atomics.load(a, b + G_WAITERS) > 0 || this.arriving())) {
      Atomics.wait(a, b + G_SWITCHES, this.mySwitch, HANDOFF_LOOK_MS);
      this.pause?.stand();
    }
    this.take();
    return true;
  }

  /** Threads waiting to take it (on the work clock, one still starting counts). */
  waiters(): number {
    return Atomics.load(this.breaker, this.b + G_WAITERS) + (this.arriving() ? 1 : 0);
  }

  private arriving(): boolean {
    return this.byWork && this.starting !== null && this.starting(this.proc);
  }

  /** SET_GIL_DROP_REQUEST on the holder's own behalf (the work clock: a waiter waited a whole interval of its time). */
  askDrop(): void {
    Atomics.store(this.breaker, this.b + G_DROP_REQUEST, 1);
  }

  setSwitchInterval(seconds: number): void {
    Atomics.store(this.breaker, this.b + G_INTERVAL_US, Math.max(1, Math.round(seconds * 1e6)));
  }

  switchInterval(): number {
    return Atomics.load(this.breaker, this.b + G_INTERVAL_US) / 1e6;
  }

  forcedSwitches(): number {
    return Atomics.load(this.breaker, this.b + G_FORCED);
  }
}

/**
 * Free-threaded mode ("3.13t"): no GIL. Threads run bytecode at once on their
 * workers; the breaker word exists (the interpreter's check stays one load)
 * and is never set.
 */
export class NoGil implements GilLike {
  readonly breaker = new Int32Array(1);
  readonly breakerIndex = 0;
  private interval = 0.005;
  take(): void {}
  drop(): void {}
  evalBreaker(): boolean {
    return false;
  }
  held(): boolean {
    return true;
  }
  setSwitchInterval(seconds: number): void {
    this.interval = seconds;
  }
  switchInterval(): number {
    return this.interval;
  }
}
