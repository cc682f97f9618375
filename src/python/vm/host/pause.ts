// Pause, resume, step and speed of a live run on real workers, the host's
// side (a thread's is pause-gate.ts). A pause freezes the shared clock at
// once (no pace, not even a jump, moves it while H_PAUSE is set), then waits
// until every thread stands: at a safe point, or blocked, starting or done.
// Only then does it ask for each thread's locals (a blocked thread reads its
// own frames, safe because no thread of its process runs), and once every
// report and every event before them has reached the host, the pause is
// settled: the page may say "paused". A step resumes with a budget of events
// (the one-worker RunControl's meaning: the threads do their next thing);
// the event that spends it begins the next pause.

import { H_PAUSE, H_PAUSE_BELL, H_PAUSE_EPOCH, H_REPORT, H_STEP_EVENTS, S_PAUSE_REPORT, S_PAUSE_STOP, ST_ACTIVE, ST_BLOCKED, type RunMemory } from './layout';
import type { ThreadTable } from './table';

/** Blocks, exits and wakes do not ring the bell: the host looks again this often anyway (real ms). */
const LOOK_MS = 5;

export class PauseControl {
  private readonly h: Int32Array;

  constructor(
    private readonly m: RunMemory,
    private readonly table: ThreadTable,
    /** The run ended (nothing more will stand). */
    private readonly over: () => boolean,
    /** Every event and write numbered so far has been passed on. */
    private readonly caughtUp: () => Promise<void>,
  ) {
    this.h = m.header;
  }

  /** Is a pause asked (by the page, or by a step whose event came)? */
  get asked(): boolean {
    return Atomics.load(this.h, H_PAUSE) !== 0;
  }

  /** Asks every thread to stop at its next safe point; the clock stands still from now. The pause's number. */
  pause(): number {
    this.table.freeze(() => {
      Atomics.store(this.h, H_STEP_EVENTS, 0);
      if (Atomics.load(this.h, H_PAUSE) === 0) {
        Atomics.add(this.h, H_PAUSE_EPOCH, 1);
        Atomics.store(this.h, H_PAUSE, 1);
      }
    });
    return this.epoch;
  }

  /** The threads go on from where they stood; the clock runs again from the time it stood at. */
  resume(): void {
    this.go(0);
  }

  /** From a pause: runs until `events` more events happened, then pauses again (settled() tells when it stands). */
  step(events = 1): void {
    this.go(Math.max(1, events));
  }

  /** The page's new speed of the clock's jumps, at once (also while paused: the next jump uses it). */
  setSpeed(speed: number): void {
    this.table.setSpeed(speed);
  }

  /**
   * Resolves with the simulated time the run stands at once pause `epoch`
   * is settled (every thread stands, every locals report and event before it
   * passed on), or null if the run ended or moved on first. A step's pause
   * begins in a worker: the clock is frozen here as soon as it is seen.
   */
  async settled(epoch?: number): Promise<number | null> {
    // Phase 0 (a step): wait for the pause its event begins.
    let e = epoch ?? this.epoch;
    for (;;) {
      if (this.over()) return null;
      if (this.asked) {
        const now = this.epoch;
        if (epoch === undefined || now === epoch) {
          e = now;
          break;
        }
        return null;
      }
      if (epoch !== undefined) return null;
      await this.ring();
    }
    // A step's pause was begun by the thread whose event spent the budget: stop the clock now (idempotent after pause()).
    this.table.freeze(() => {});
    if (!(await this.until(e, () => this.table.everySlot((slot, st) => st !== ST_ACTIVE || this.word(slot, S_PAUSE_STOP) === e)))) return null;
    // Phase 2: every thread stands, so none moves the heap: each reports its locals, the blocked ones woken to do it.
    Atomics.store(this.h, H_REPORT, e);
    Atomics.notify(this.h, H_PAUSE);
    this.table.nudgeBlocked();
    const reported = (slot: number, st: number): boolean => (st !== ST_ACTIVE && st !== ST_BLOCKED) || this.word(slot, S_PAUSE_REPORT) === e;
    if (!(await this.until(e, () => this.table.everySlot(reported)))) return null;
    await this.caughtUp();
    return this.current(e) ? this.table.clock.now() : null;
  }

  private get epoch(): number {
    return Atomics.load(this.h, H_PAUSE_EPOCH);
  }

  private current(e: number): boolean {
    return !this.over() && this.asked && this.epoch === e;
  }

  private go(steps: number): void {
    this.table.thaw(() => {
      Atomics.store(this.h, H_STEP_EVENTS, steps);
      Atomics.store(this.h, H_PAUSE, 0);
    });
    Atomics.notify(this.h, H_PAUSE);
  }

  /** Waits until `done()` while pause `e` lasts; false if the run ended or the pause did first. */
  private async until(e: number, done: () => boolean): Promise<boolean> {
    for (;;) {
      if (!this.current(e)) return false;
      if (done()) return true;
      await this.ring();
    }
  }

  /** The next ring of the pause bell, or LOOK_MS, whichever first (never blocks the host's thread). */
  private async ring(): Promise<void> {
    const r = Atomics.waitAsync(this.h, H_PAUSE_BELL, Atomics.load(this.h, H_PAUSE_BELL), LOOK_MS);
    if (r.async) await r.value;
    else await new Promise((res) => setTimeout(res, 0));
  }

  private word(slot: number, w: number): number {
    return this.table.word(slot, w);
  }
}
