/**
 * What the workers really did with a queue, from the trace: how many items
 * went in and out, whether they came out in the order they went in, and how
 * long each side spent blocked in put() or get().
 */
import { ThreadState } from '../../runtime/events';
import type { QueueOp, TraceModel } from '../../trace/model';

export interface QueueFigures {
  produced: number;
  consumed: number;
  /** The gets, in the queue's own order, are the puts in theirs. */
  fifo: boolean;
  /** Items got more than once (should be 0). */
  duplicated: number;
  /** Items put and never got (should be 0 at the end). */
  lost: number;
  /** Items got that were never put (should be 0). */
  unknown: number;
}

/** Ops of one kind on one queue, in the queue's order (serials come from under its lock). */
function inQueueOrder(ops: readonly QueueOp[], queue: number, op: 'put' | 'get'): string[] {
  return ops
    .filter((o) => o.queue === queue && o.op === op)
    .sort((a, b) => a.serial - b.serial || a.t - b.t)
    .map((o) => o.item);
}

export function queueFigures(trace: TraceModel, queue = 0): QueueFigures {
  const puts = inQueueOrder(trace.queueOps, queue, 'put');
  const gets = inQueueOrder(trace.queueOps, queue, 'get');
  const fifo = gets.length <= puts.length && gets.every((item, i) => item === puts[i]);
  const putCount = new Map<string, number>();
  for (const p of puts) putCount.set(p, (putCount.get(p) ?? 0) + 1);
  const gotCount = new Map<string, number>();
  for (const g of gets) gotCount.set(g, (gotCount.get(g) ?? 0) + 1);
  let duplicated = 0;
  let unknown = 0;
  for (const [item, n] of gotCount) {
    const put = putCount.get(item) ?? 0;
    if (put === 0) unknown += n;
    else if (n > put) duplicated += n - put;
  }
  let lost = 0;
  for (const [item, n] of putCount) lost += Math.max(0, n - (gotCount.get(item) ?? 0));
  return { produced: puts.length, consumed: gets.length, fifo, duplicated, lost, unknown };
}

/** Simulated seconds the given workers spent blocked on a queue (WaitingQueue spans; an open one runs to the trace's end). */
export function queueBlockedSeconds(trace: TraceModel, workers: readonly number[]): number {
  let total = 0;
  for (const w of workers) {
    const lane = trace.lanes[w];
    if (!lane) continue;
    for (const s of lane.spans) {
      if (s.state !== ThreadState.WaitingQueue) continue;
      const end = Number.isNaN(s.end) ? trace.end : s.end;
      total += Math.max(0, end - s.start);
    }
  }
  return total;
}
