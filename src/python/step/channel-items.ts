// A multiprocessing queue's items in the watch of either stepper. They live in
// the run's channel (a World's map of pickles, or worker mode's byte ring),
// outside every heap, and reading them would mean unpickling (making objects,
// moving id()s a replay must reproduce). The queue-op events already say each
// put's item as the putter's process printed it and each get's, so both
// steppers replay those: the same items, in the same words, on either.

import type { VmEvent } from '../vm/events';
import type { QueueView } from './state';

/** Queue id (a channel, or a queue.Queue's id) → the items its queue-op events left in it, oldest first. */
export function queueOpItems(events: readonly VmEvent[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const e of events) {
    if (e.kind !== 'queue-op') continue;
    let items = out.get(e.queue);
    if (!items) out.set(e.queue, (items = []));
    applyQueueOp(items, e);
  }
  return out;
}

/** One put or get on a queue's items: a get takes the item it names (LIFO and priority queues take another than the first); `size` trims. */
export function applyQueueOp(items: string[], e: Extract<VmEvent, { kind: 'queue-op' }>): void {
  if (e.op === 'put') items.push(e.item);
  else {
    const i = items.indexOf(e.item);
    items.splice(i >= 0 ? i : 0, 1);
  }
  while (items.length > e.size) items.shift();
}

/** The queues with each multiprocessing queue's items filled in from the events. */
export function withChannelItems(queues: readonly QueueView[], events: readonly VmEvent[]): QueueView[] {
  if (!queues.some((q) => q.channel !== undefined)) return [...queues];
  const byId = queueOpItems(events);
  return queues.map((q) => (q.channel === undefined ? q : { ...q, items: [...(byId.get(q.channel) ?? [])] }));
}
