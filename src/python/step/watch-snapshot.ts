// What the watch shows of the program's objects at one moment, as plain data
// read from the heap: each global's repr (watch-repr.ts), each lock, RLock,
// Condition, Semaphore and Event the program can name (watch-objects.ts) with
// its state, each queue with its items and maxsize. Lock ids are the VM's (a
// stepper renumbers them, event-book.ts); threads are idents. The one-worker
// stepper builds it from its World; a parked worker thread (worker gate) and a
// paused live run (world.ts) send it as a 'watch-state' event, since the
// events alone carry neither an RLock's count, a Semaphore's value, an Event's
// flag nor a lock held only through an attribute.

import { PyInstance, PyList, PyModule, type PyVal } from '../vm/objects';
import { PyDict } from '../vm/collections';
import { isLocked } from '../vm/vm-module';
import type { World } from '../vm/world';
import { programObjects, queueMaxsize, type FoundSync, type FrameLocals, type QueueKind, type SyncKind } from './watch-objects';
import { rlockFields, watchRepr } from './watch-repr';
import type { QueueView } from './state';

export interface SyncState {
  name: string;
  kind: SyncKind;
  global: boolean;
  /** For a lock found only in a thread's locals: that thread's name. */
  thread?: string;
  /** The VM lock whose holder the watch shows (a Semaphore's or an Event's is its Condition's). */
  lock: number;
  locked: boolean;
  repr: string;
  /** An RLock's owner (ident) and count. */
  owner?: number | null;
  count?: number;
  /** A Semaphore's value (`1`, `1/3` bounded), an Event's `set` / `unset`. */
  value?: string;
  /** The private locks the threads inside its wait() block on (VM ids). */
  waiterLocks: number[];
}

export interface WatchSnapshot {
  globals: Record<string, string>;
  syncs: SyncState[];
  queues: QueueView[];
}

/** The main module's globals: its data, not dunders or imported modules. */
export function mainGlobals(world: World): [string, PyVal][] {
  const m = world.procs[0]?.modules.getStr('__main__');
  if (!(m instanceof PyModule) || !(m.ns instanceof PyDict)) return [];
  const out: [string, PyVal][] = [];
  for (const [k, v] of m.ns.entries()) {
    if (typeof k !== 'string' || (k.startsWith('__') && k.endsWith('__')) || v instanceof PyModule) continue;
    out.push([k, v]);
  }
  return out;
}

/**
 * The items of a queue.Queue (its `queue` attribute, a deque — a list from `_head` on — or a list) or a SimpleQueue
 * (`_queue`); a multiprocessing queue's are in the run's channel, not in this heap: it names its channel, and the
 * stepper fills them in from the queue-op events (channel-items.ts), as both steppers see those.
 */
export function queueView(name: string, q: PyInstance, kind: QueueKind = 'queue'): QueueView {
  if (kind === 'mp') return { name, items: [], maxsize: queueMaxsize(q) ?? 0, channel: Number(q.dict.get('_ch')) };
  const inner = q.dict.get(kind === 'simple' ? '_queue' : 'queue');
  let items: readonly PyVal[] = [];
  if (inner instanceof PyList) items = inner.items;
  else if (inner instanceof PyInstance) {
    const data = inner.dict.get('_data');
    const head = inner.dict.get('_head');
    if (data instanceof PyList) items = data.items.slice(typeof head === 'bigint' ? Number(head) : 0);
  }
  const max = q.dict.get('maxsize');
  return { name, items: items.map((x) => watchRepr(x)), maxsize: typeof max === 'bigint' ? Number(max) : 0 };
}

function valueOf(s: FoundSync): string | undefined {
  const v = s.value;
  if (!(v instanceof PyInstance)) return undefined;
  const n = (k: string): string => String(v.dict.get(k) ?? 0);
  if (s.kind === 'Semaphore') return n('_value');
  if (s.kind === 'BoundedSemaphore') return `${n('_value')}/${n('_initial_value')}`;
  if (s.kind === 'Event') return v.dict.get('_flag') === true ? 'set' : 'unset';
  return undefined;
}

function syncState(s: FoundSync): SyncState {
  const out: SyncState = { name: s.name, kind: s.kind, global: s.global, lock: s.lock.id, locked: isLocked(s.lock), repr: watchRepr(s.value), waiterLocks: s.waiterLocks.map((l) => l.id) };
  if (s.thread !== undefined) out.thread = s.thread;
  if (s.kind === 'RLock' && s.value instanceof PyInstance) {
    const r = rlockFields(s.value);
    out.owner = r.owner === 0 ? null : r.owner;
    out.count = r.count;
  }
  const value = valueOf(s);
  if (value !== undefined) out.value = value;
  return out;
}

/** `locals`: each thread's program-frame locals (values), searched after the globals. */
export function watchSnapshot(globals: readonly [string, PyVal][], locals: readonly FrameLocals[]): WatchSnapshot {
  const found = programObjects(globals, locals);
  return {
    globals: Object.fromEntries(globals.map(([k, v]) => [k, watchRepr(v)])),
    syncs: found.syncs.map(syncState),
    queues: found.queues.map((q) => queueView(q.name, q.queue, q.kind)),
  };
}
