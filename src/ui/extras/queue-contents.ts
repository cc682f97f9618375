/**
 * A queue's contents and waiters read from the run model alone, for runs
 * that send no queue views (a Python program on the VM: its queue ops carry
 * each item, and a wait names the call, `Queue.put` or `Queue.get`).
 */
import { ThreadState } from '../../runtime/events';
import type { Lane, TraceModel } from '../../trace/model';

/**
 * The items still in the queue, oldest first: every put appends its item, every get takes out
 * the oldest equal item (the one a FIFO queue gives; for a LIFO or priority queue the same
 * value, so the boxes shown are still the queue's values).
 */
export function itemsFromOps(trace: TraceModel, queue: number): string[] {
  const items: string[] = [];
  for (const op of trace.queueOps) {
    if (op.queue !== queue) continue;
    if (op.op === 'put') items.push(op.item);
    else {
      const i = items.indexOf(op.item);
      if (i >= 0) items.splice(i, 1);
    }
  }
  return items;
}

/** The call a lane blocked on a queue waits in, from the name of what it waits on; null when the name does not say. */
export function waitCall(trace: TraceModel, lane: Lane): 'put' | 'get' | null {
  if (lane.state !== ThreadState.WaitingQueue) return null;
  const on = lane.spans.at(-1)?.on ?? 0;
  const name = on > 0 ? (trace.queueNames?.[on - 1] ?? '') : '';
  if (/\.put$/.test(name)) return 'put';
  if (/\.get$/.test(name)) return 'get';
  return null;
}
