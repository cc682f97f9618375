// Writes arrive from many workers over separate message ports, so their
// arrival order is not the order they were made in. Each carries a number
// from one shared counter (taken under the GIL); they are passed on in it.

/** One write: `proc` the writer's process, `flush` a flush of its partial lines (process-lines.ts). */
export interface Write {
  fd: number;
  text: string;
  proc: number;
  flush: boolean;
}

export class OrderedOutput {
  private next = 0;
  private readonly pending = new Map<number, Write>();
  private readonly waiting: { upTo: number; resolve: () => void }[] = [];

  constructor(private readonly sink: (w: Write) => void) {}

  push(seq: number, w: Write): void {
    this.pending.set(seq, w);
    for (let p = this.pending.get(this.next); p; p = this.pending.get(this.next)) {
      this.pending.delete(this.next++);
      this.sink(p);
    }
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const w = this.waiting[i];
      if (w && w.upTo <= this.next) {
        this.waiting.splice(i, 1);
        w.resolve();
      }
    }
  }

  /**
   * Resolves once every write numbered below `upTo` has been passed on. A
   * write can be lost for good (a daemon thread's worker terminated before its
   * message left): after `graceMs` the gaps are skipped and the rest printed.
   */
  async flushedTo(upTo: number, graceMs = 1000): Promise<void> {
    if (upTo <= this.next) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      new Promise<void>((resolve) => this.waiting.push({ upTo, resolve })),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    const rest = [...this.pending.keys()].filter((k) => k < upTo).sort((a, b) => a - b);
    for (const k of rest) {
      const w = this.pending.get(k);
      this.pending.delete(k);
      if (w) this.sink(w);
    }
    this.next = Math.max(this.next, upTo);
  }
}
