/**
 * A run's VmEvents on their way to the page: gathered into batches in the
 * order they happened, a hot loop's global stores folded per batch
 * (store-coalescer.ts). When a batch goes is the caller's schedule: the
 * single-worker VM flushes by count and elapsed time inside its loop, the
 * thread host on a timer.
 */
import type { VmEvent } from '../python/vm/events';
import { StoreCoalescer } from './store-coalescer';

/** Stores of one global per batch before they are folded. */
export const STORES_PER_BATCH = 64;

export class EventBatcher {
  private batch: VmEvent[] = [];
  private readonly stores: StoreCoalescer;

  constructor(
    private readonly send: (batch: VmEvent[]) => void,
    storesPerBatch = STORES_PER_BATCH,
  ) {
    this.stores = new StoreCoalescer(storesPerBatch);
  }

  /** Events waiting in the batch (folded stores not counted). */
  get size(): number {
    return this.batch.length;
  }

  /** Queues an event; false when it was folded into a store sent at the flush. */
  add(e: VmEvent): boolean {
    const kept = this.stores.admit(e);
    if (!kept) return false;
    this.batch.push(kept);
    return true;
  }

  /** Sends the batch, folded stores last and never stamped before the batch's last event; nothing when empty. */
  flush(): void {
    const tail = this.batch[this.batch.length - 1];
    for (const e of this.stores.drain(tail ? tail.t : 0)) this.batch.push(e);
    if (this.batch.length === 0) return;
    const out = this.batch;
    this.batch = [];
    this.send(out);
  }
}
