/**
 * Keeps a hot loop's global stores from flooding the page: within one batch,
 * a global gets at most `cap` store events; past that, its stores are folded
 * into one that carries the first dropped store's old value and the latest
 * value, sent at the end of the batch. Lessons store a watched global a few
 * times a second, far below the cap, so their every store still arrives (a
 * lost update is two stores of one value); `while True: n += 1` stores
 * millions, which no value track could draw anyway.
 */
import type { VmEvent } from '../python/vm/events';

type Store = Extract<VmEvent, { kind: 'global-store' }>;

export class StoreCoalescer {
  private counts = new Map<string, number>();
  private folded = new Map<string, Store>();
  constructor(private readonly cap: number) {}

  /** The event to send now, or null when it was folded. */
  admit(e: VmEvent): VmEvent | null {
    if (e.kind !== 'global-store') return e;
    const n = (this.counts.get(e.name) ?? 0) + 1;
    this.counts.set(e.name, n);
    if (n <= this.cap) return e;
    const prev = this.folded.get(e.name);
    this.folded.set(e.name, prev ? { ...e, old: prev.old } : e);
    return null;
  }

  /** The folded stores, stamped no earlier than `after` so time never runs back; resets for the next batch. */
  drain(after: number): Store[] {
    const out = [...this.folded.values()].map((e) => (e.t < after ? { ...e, t: after } : e));
    this.folded.clear();
    this.counts.clear();
    return out;
  }
}
