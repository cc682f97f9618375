/**
 * Slow motion (speed < 1) slows the running parts too, so the eye can follow:
 * after real work of w ms a thread idles w·(1/speed − 1) ms, and since
 * simulated time then runs at `speed` (virtual-time.ts), the work still
 * counts as w ms. What a nap overshoots is paid back from the next debt.
 */
export type Nap = (ms: number) => void;

/** A cell nobody notifies: `Atomics.wait` on it is a short sleep (shared-memory workers). */
export const napOnSharedMemory: Nap = (() => {
  let cell: Int32Array | null = null;
  return (ms: number) => {
    cell ??= new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(cell, 0, 0, ms);
  };
})();

/** Where there is no SharedArrayBuffer to wait on: spin (only in slow motion, so the cost is the point). */
export const napBySpinning: Nap = (ms) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* spin */
  }
};

export class SlowMotion {
  private debt = 0;

  constructor(
    private readonly speed: () => number,
    private readonly nap: Nap,
  ) {}

  /** The thread just did `workedMs` of real work. */
  after(workedMs: number): void {
    const s = this.speed();
    if (!(s < 1)) return;
    this.debt += workedMs * (1 / s - 1);
    // A nap cannot be much shorter than a millisecond: pay in whole chunks.
    if (this.debt < 1) return;
    const t0 = performance.now();
    this.nap(this.debt);
    this.debt -= performance.now() - t0;
  }
}
