/**
 * A process world's simulated clock (virtual time, issue 10): real time at a
 * rate while a thread executes, jumps to the earliest deadline when every
 * thread waits, and holds still during library imports. In worker mode it
 * reads the run's shared clock instead (host/sim-clock.ts).
 */
/** Worker mode's view of the run's clock (host/thread-runtime.ts): holds stop it for every thread. */
export interface SharedClock {
  now(): number;
  hold(): void;
  unhold(): void;
  /** The program's time begins (the main script's first read of the clock): ends the hold its worker's start-up took. */
  beginProgram?(): void;
}

export class Clock {
  /** Worker mode: the run's shared simulated clock (host/sim-clock.ts), which jumps by itself. */
  constructor(private readonly shared: SharedClock | null = null) {}
  private base = 0;
  private realBase = 0;
  /**
   * The program's time begins when it is first asked for: the main script's first event or step. What came
   * before (builtins, compiling the script, a worker's heap) is start-up, as CPython's interpreter start is
   * not on a program's clock; counted, it put the ticket lesson's first line 80 ms (one worker, cold) to
   * 300 ms (worker mode in Chromium, at speed 100) after zero.
   */
  private begun = false;
  private real(): number {
    const t = performance.now();
    if (!this.begun) {
      this.begun = true;
      this.realBase = t;
      this.shared?.beginProgram?.();
    }
    return t;
  }
  /** Never below the last deadline jumped to, so a woken waiter sees its deadline passed despite float rounding. */
  private floor = 0;
  /** Simulated seconds per real second while a thread executes (cores.ts: below 1 while threads share the real core). */
  private rate = 1;
  now(): number {
    if (this.shared) {
      if (!this.begun) this.real();
      return this.shared.now();
    }
    // Time stands where the hold began, so nothing seen during it runs ahead of what follows.
    if (this.holds > 0) return this.heldSim;
    return Math.max(this.floor, this.base + ((this.real() - this.realBase) / 1000) * this.rate);
  }
  /** From now on simulated time runs at `rate` times the real rate. */
  setRate(rate: number): void {
    if (this.shared || rate === this.rate) return;
    this.base = this.now();
    this.realBase = this.real();
    this.rate = rate;
  }
  /** Jumps forward to t (never backward). */
  jumpTo(t: number): void {
    if (this.shared) return;
    const now = this.now();
    if (t > now) this.base += t - now;
    this.floor = Math.max(this.floor, t);
  }
  /** Real time that must not count (the run was paused, or slept at another speed). */
  skip(ms: number): void {
    if (!this.begun) return;
    this.realBase += ms;
  }
  /** Open holds (library imports, nested): while any is open, the program's time does not move. */
  protected holds = 0;
  private heldAt = 0;
  private heldSim = 0;
  /**
   * A library module's import costs no simulated time: CPython imports
   * `threading` in about a millisecond, our VM in hundreds (first run of the
   * module's body), and a lesson's timings must not carry that.
   */
  hold(): void {
    if (this.shared) {
      // One hold of the run's clock per outermost import; every thread's time stands with it.
      if (this.holds++ === 0) this.shared.hold();
      return;
    }
    if (this.holds > 0) {
      this.holds++;
      return;
    }
    this.heldSim = this.now();
    this.heldAt = performance.now();
    this.holds = 1;
  }
  unhold(): void {
    if (this.shared) {
      if (this.holds > 0 && --this.holds === 0) this.shared.unhold();
      return;
    }
    if (this.holds > 0 && --this.holds === 0) this.skip(performance.now() - this.heldAt);
  }
}
