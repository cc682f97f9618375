/**
 * Timed waits of a message run (sleep, acquire/put/get with a timeout), kept
 * as deadlines in simulated seconds. One real timer serves the earliest; a
 * pause cancels it (simulated time stands still) and a speed change or resume
 * reschedules it, so every wait follows the clock as on shared memory.
 */
import type { SimClock } from './sim-clock';

/** Float rounding of the pace arithmetic: a wake computed for the deadline may land a hair before it. */
const TIME_EPSILON = 1e-9;

interface Entry {
  at: number;
  fire: () => void;
}

export class Deadlines {
  /** Keyed by worker: a thread waits for one thing at a time. */
  private readonly entries = new Map<number, Entry>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Generation of the pending zero-delay wake; a reschedule invalidates it. */
  private instant = 0;

  constructor(private readonly clock: SimClock) {}

  add(worker: number, at: number, fire: () => void): void {
    this.entries.set(worker, { at, fire });
    this.schedule();
  }

  cancel(worker: number): void {
    if (this.entries.delete(worker)) this.schedule();
  }

  clear(): void {
    this.entries.clear();
    this.schedule();
  }

  /** The earliest deadline of any wait (Infinity: none). */
  earliest(): number {
    let at = Infinity;
    for (const e of this.entries.values()) at = Math.min(at, e.at);
    return at;
  }

  /** Call after any clock change. */
  schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.instant++;
    if (this.clock.state !== 'running' || this.entries.size === 0) return;
    let earliest = Infinity;
    for (const e of this.entries.values()) earliest = Math.min(earliest, e.at);
    const ms = this.clock.realMsUntil(earliest);
    if (ms === Infinity) return;
    if (ms <= 0) {
      // A jump at full speed: now, not after a timer that a hidden tab delays by a second.
      const mine = ++this.instant;
      queueMicrotask(() => {
        if (mine === this.instant) this.due();
      });
      return;
    }
    this.timer = setTimeout(() => this.due(), ms);
  }

  private due(): void {
    this.timer = null;
    const now = this.clock.now();
    // Earliest first, so threads that slept equally long wake in the order they slept.
    const due = [...this.entries].filter(([, e]) => e.at <= now + TIME_EPSILON).sort((a, b) => a[1].at - b[1].at);
    for (const [worker] of due) this.entries.delete(worker);
    for (const [, e] of due) e.fire();
    this.schedule();
  }
}
