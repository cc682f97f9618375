/**
 * The items that went through a queue, from the run model's queue operations
 * (the VM reports each put and get with its place among the queue's puts or
 * gets): which lane put each item and which got it, in the queue's order.
 * Across a multiprocessing.Queue an item got in another process than the one
 * that put it is a copy: pickled by one, unpickled as a new object by the other.
 */
import type { TraceModel } from '../../trace/model';

export interface Transfer {
  item: string;
  putLane: number;
  /** -1 until it is got. */
  getLane: number;
}

/** The queue's slot in the run model: the one the program bound to `name`, else the first. */
export function queueSlot(trace: TraceModel, name: string): number {
  const i = trace.queueNames?.indexOf(name) ?? -1;
  return i >= 0 ? i : 0;
}

/** Every item put on the queue, in put order, with the lane that got it (the k-th get takes the k-th put: first in, first out). */
export function transfers(trace: TraceModel, queue: number): Transfer[] {
  const ops = trace.queueOps.filter((o) => o.queue === queue);
  const puts = ops.filter((o) => o.op === 'put').sort((a, b) => a.serial - b.serial);
  const gets = ops.filter((o) => o.op === 'get').sort((a, b) => a.serial - b.serial);
  return puts.map((p, i) => ({ item: p.item, putLane: p.worker, getLane: gets[i]?.worker ?? -1 }));
}

/** Did the gets come out as the puts went in (item by item, in the queue's own order)? */
export function inOrder(trace: TraceModel, queue: number): boolean {
  const ops = trace.queueOps.filter((o) => o.queue === queue);
  const puts = ops.filter((o) => o.op === 'put').sort((a, b) => a.serial - b.serial);
  const gets = ops.filter((o) => o.op === 'get').sort((a, b) => a.serial - b.serial);
  return gets.length <= puts.length && gets.every((g, i) => g.item === puts[i]?.item);
}

/** Items still in the queue: the puts no get has taken yet, oldest first. */
export function itemsLeft(trace: TraceModel, queue: number): string[] {
  const list = transfers(trace, queue);
  return list.filter((t) => t.getLane < 0).map((t) => t.item);
}

/** Items that crossed between processes (got by a lane of another pid than the one that put it): copies. */
export function crossed(trace: TraceModel, list: readonly Transfer[]): Transfer[] {
  const pid = (lane: number) => trace.lanes[lane]?.pid ?? 0;
  return list.filter((t) => t.getLane >= 0 && pid(t.getLane) !== pid(t.putLane));
}
