// The watch of a stepped run on real workers, from its events alone: the
// parked workers publish no snapshot of their heap objects, but every lock
// take, release and wait, every global store and every queue op is an event;
// what is not (an RLock's count, a Semaphore's value, a lock reached only
// through an attribute) comes from the 'watch-state' a thread sends as it parks.
// Lock ids go through an EventBook as in the one-worker stepper, so a lock has
// the same number there and here when both runs met their locks in one order.

import type { VmEvent } from '../vm/events';
import { EventBook } from './event-book';
import type { LockView, QueueView } from './state';
import type { SyncState } from './watch-snapshot';
import { syncViews } from './sync-views';
import { applyQueueOp } from './channel-items';

export interface WorkerWatch {
  /** The run's events with lock ids renumbered from 1 (StepState.events). */
  events: VmEvent[];
  locks: LockView[];
  queues: QueueView[];
  /** ident → the lock (renumbered) the thread waits to take. */
  waitsOn: ReadonlyMap<number, number>;
  waitWhat: ReadonlyMap<number, string>;
}

/**
 * `laneOf` maps a thread's ident to its lane (null: not a lane of this run);
 * `wanting` the threads parked woken for a free lock (ident → the events' lock
 * id): the one-worker stepper still counts them as its waiters, blocked until
 * their step takes it.
 */
export function workerWatch(
  events: readonly VmEvent[],
  laneOf: (ident: number) => number | null,
  wanting: ReadonlyMap<number, number> = new Map(),
  objects: { syncs: readonly SyncState[]; queues: readonly QueueView[] } = { syncs: [], queues: [] },
): WorkerWatch {
  const book = new EventBook();
  /** ident → the (renumbered) lock it waits to take, while it does. */
  const waitsOn = new Map<number, number>();
  /** ident → what its last wait was on (the one-worker stepper's words for a thread blocked on a lock). */
  const waitWhat = new Map<number, string>();
  const queues = new Map<number, { name: string | null; items: string[]; maxsize: number }>();
  const queue = (id: number): { name: string | null; items: string[]; maxsize: number } => {
    let q = queues.get(id);
    if (!q) queues.set(id, (q = { name: null, items: [], maxsize: 0 }));
    return q;
  };
  for (const raw of events) {
    book.emit(raw);
    const e = book.events[book.events.length - 1] as VmEvent;
    switch (e.kind) {
      case 'wait-start':
        if (e.lock >= 0) waitsOn.set(e.ident, e.lock);
        waitWhat.set(e.ident, e.what);
        break;
      case 'wait-end':
      case 'lock-acquire':
      case 'thread-end':
        waitsOn.delete(e.ident);
        break;
      case 'global-store':
        if (e.queue >= 0) {
          const q = queue(e.queue);
          q.name ??= e.name;
          q.maxsize = e.maxsize ?? q.maxsize;
        }
        break;
      case 'queue-op': {
        applyQueueOp(queue(e.queue).items, e);
        break;
      }
      default:
        break;
    }
  }
  for (const [ident, raw] of wanting) waitsOn.set(ident, book.local(raw));
  const waiters = new Map<number, number[]>();
  for (const [ident, id] of waitsOn) {
    const lane = laneOf(ident);
    if (lane !== null) waiters.set(id, [...(waiters.get(id) ?? []), lane]);
  }
  // Named by the heap where the threads parked (an RLock's owner and count, a lock reached through an attribute).
  const locks = syncViews({ records: book.locks.values(), syncs: objects.syncs, local: (raw) => book.local(raw), laneOf, waiters });
  // The queues bound to a global, by the events (the freshest: the last step may not have parked), then those only the heap named.
  const qs: QueueView[] = [...queues.values()].flatMap((q) => (q.name === null ? [] : [{ name: q.name, items: [...q.items], maxsize: q.maxsize }]));
  for (const q of objects.queues) {
    // A multiprocessing queue a heap named is its channel's (its items are in no heap): the events' items, listed once.
    const ch = q.channel === undefined ? undefined : queues.get(q.channel);
    if (qs.some((x) => x.name === q.name) || (ch && ch.name !== null)) continue;
    qs.push({ ...q, items: [...(ch ? ch.items : q.items)] });
  }
  return { events: book.events, locks, queues: qs, waitsOn, waitWhat };
}
