// The host's side of worker mode's event stream: batches arrive from many
// workers over separate ports, each event numbered from one run-wide counter;
// they are passed on in that order as one stream, in batches of what has
// become contiguous. The stream ends at `exit` (a daemon still running when the
// main process ended says nothing after it, as in single-worker mode).

import type { VmEvent } from '../events';
import type { StampedEvent } from './protocol';

export class EventMerge {
  private next = 0;
  private lastT = 0;
  private ended = false;
  /** A worker reported the deadlock (the host adds one only when it found it itself). */
  sawDeadlock = false;
  /** Events whose time was raised to the one before (a race without a GIL); with the GIL, none should be. */
  clamped = 0;
  private readonly pending = new Map<number, VmEvent>();
  private readonly waiting: { upTo: number; resolve: () => void }[] = [];

  constructor(private readonly sink: (batch: VmEvent[]) => void) {}

  push(batch: readonly StampedEvent[]): void {
    if (this.ended) return;
    for (const s of batch) if (s.seq >= this.next) this.pending.set(s.seq, s.e);
    const out: VmEvent[] = [];
    for (let e = this.pending.get(this.next); e; e = this.pending.get(this.next)) {
      this.pending.delete(this.next++);
      this.take(e, out);
      if (this.ended) break;
    }
    this.deliver(out);
  }

  /** True once the stream has ended (its `exit` passed on): nothing before it is missing. */
  get complete(): boolean {
    return this.ended;
  }

  /** The run ended without an `exit` of the main thread's own (a deadlock): the host says how it ended. */
  end(last: VmEvent[]): void {
    if (this.ended) return;
    const out: VmEvent[] = [];
    for (const e of last) this.take({ ...e }, out);
    this.ended = true;
    this.deliver(out);
  }

  /**
   * Resolves once every event numbered below `upTo` has been passed on, or the
   * stream's end has. A batch can be lost for good (a daemon's worker killed
   * before its message left): after `graceMs` the gaps are skipped.
   */
  async flushedTo(upTo: number, graceMs = 1000): Promise<void> {
    if (this.ended || upTo <= this.next) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      new Promise<void>((resolve) => this.waiting.push({ upTo, resolve })),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    if (this.ended) return;
    const out: VmEvent[] = [];
    for (const k of [...this.pending.keys()].filter((k) => k < upTo).sort((a, b) => a - b)) {
      const e = this.pending.get(k);
      this.pending.delete(k);
      if (e && !this.ended) this.take(e, out);
    }
    this.next = Math.max(this.next, upTo);
    this.deliver(out);
  }

  private take(e: VmEvent, out: VmEvent[]): void {
    // Without a GIL two threads may read the clock in the other order than they took their numbers: the stream never goes back in time.
    if (e.t < this.lastT) {
      e.t = this.lastT;
      this.clamped++;
    }
    this.lastT = e.t;
    out.push(e);
    if (e.kind === 'exit') this.ended = true;
    if (e.kind === 'deadlock') this.sawDeadlock = true;
  }

  private deliver(out: VmEvent[]): void {
    if (out.length) this.sink(out);
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const w = this.waiting[i];
      if (w && (this.ended || w.upTo <= this.next)) {
        this.waiting.splice(i, 1);
        w.resolve();
      }
    }
  }
}
