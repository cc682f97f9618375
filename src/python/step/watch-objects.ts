// Which of a program's objects the watch lists, found where the program can
// name them: a module global (`lock`), an attribute of one (`account.lock`,
// `accounts[0].lock`), or a thread's local (`self.lock`, a lock passed as an
// argument). Only threading's and queue's objects count: Lock, RLock,
// Condition, Semaphore, BoundedSemaphore, Event, queue.Queue (LIFO and
// priority queues too), queue.SimpleQueue and multiprocessing's queues. The walk goes into the program's own instances and
// plain containers, a few levels deep, never into threading's internals (a
// Thread's _started Event is not the program's). The first name found wins:
// globals before locals, so a lock passed to a thread keeps its global name.

import { PyInstance, PyList, PyTuple, type PyVal } from '../vm/objects';
import { PyDict } from '../vm/collections';
import type { LockState } from '../vm/vm-module';
import { nativeLock } from './watch-repr';

export type SyncKind = 'Lock' | 'RLock' | 'Condition' | 'Semaphore' | 'BoundedSemaphore' | 'Event';

export interface FoundSync {
  /** The name the program reaches it by (`lock`, `account.lock`, `self.lock`). */
  name: string;
  kind: SyncKind;
  value: PyVal;
  /** Reached from a module global (else only from a thread's locals). */
  global: boolean;
  /** For a local: the thread whose frame names it (two threads' `self.lock` are two locks). */
  thread?: string;
  /** The VM lock whose holder the watch shows: the Lock itself, an RLock's, a Condition's; a Semaphore's or Event's Condition's. */
  lock: LockState;
  /** The private locks of the threads inside its wait() (a Condition's, a Semaphore's or Event's Condition's `_waiters`). */
  waiterLocks: LockState[];
}

/** `queue`: queue.Queue (LIFO, priority); `simple`: queue.SimpleQueue; `mp`: a multiprocessing queue (its items are in the run's channel, not the heap). */
export type QueueKind = 'queue' | 'simple' | 'mp';

export interface FoundQueue {
  name: string;
  queue: PyInstance;
  global: boolean;
  kind: QueueKind;
}

export interface ProgramObjects {
  syncs: FoundSync[];
  queues: FoundQueue[];
}

const DEPTH = 3;
const MAX_ITEMS = 16;

function threadingClass(v: PyInstance): string | null {
  for (const t of v.cls.mro) if (t.module === 'threading') return t.name;
  return null;
}

function isQueue(v: PyInstance): boolean {
  return v.cls.mro.some((t) => t.module === 'queue' && t.name === 'Queue');
}

/** Which queue the program made, or null: a multiprocessing one only with its channel (`_ch`). */
export function queueKind(v: PyInstance): QueueKind | null {
  if (isQueue(v)) return 'queue';
  if (v.cls.mro.some((t) => t.module === 'queue' && t.name === 'SimpleQueue')) return 'simple';
  return v.cls.mro.some((t) => t.module === 'multiprocessing.queues') && typeof v.dict.get('_ch') === 'bigint' ? 'mp' : null;
}

/** A Lock, or the Lock inside an RLock. */
function innerLock(v: PyVal): LockState | null {
  const n = nativeLock(v);
  if (n) return n;
  return v instanceof PyInstance && v.cls.module === 'threading' && v.cls.name === '_RLock' ? nativeLock(v.dict.get('_block') ?? null) : null;
}

function conditionParts(cond: PyVal): { lock: LockState; waiterLocks: LockState[] } | null {
  if (!(cond instanceof PyInstance)) return null;
  const lock = innerLock(cond.dict.get('_lock') ?? null);
  if (!lock) return null;
  const ws = cond.dict.get('_waiters');
  const waiterLocks = ws instanceof PyList ? ws.items.map((w) => nativeLock(w)).filter((x): x is LockState => x !== null) : [];
  return { lock, waiterLocks };
}

function syncOf(v: PyVal): Omit<FoundSync, 'name' | 'global'> | null {
  const n = nativeLock(v);
  if (n) return { kind: 'Lock', value: v, lock: n, waiterLocks: [] };
  if (!(v instanceof PyInstance)) return null;
  const name = threadingClass(v);
  if (name === '_RLock') {
    const lock = innerLock(v);
    return lock ? { kind: 'RLock', value: v, lock, waiterLocks: [] } : null;
  }
  if (name === 'Condition') {
    const c = conditionParts(v);
    return c ? { kind: 'Condition', value: v, ...c } : null;
  }
  if (name === 'Semaphore' || name === 'BoundedSemaphore' || name === 'Event') {
    const c = conditionParts(v.dict.get('_cond') ?? null);
    return c ? { kind: name, value: v, ...c } : null;
  }
  return null;
}

export class ObjectFinder {
  private readonly seen = new Set<PyVal>();
  private readonly channels = new Set<PyVal>();
  readonly found: ProgramObjects = { syncs: [], queues: [] };

  /** Looks at one named value and, for the program's own instances and containers, inside it. */
  visit(name: string, v: PyVal, global: boolean, depth = 0, thread?: string): void {
    if (v === null || typeof v !== 'object' || this.seen.has(v)) return;
    this.seen.add(v);
    const sync = syncOf(v);
    if (sync) {
      this.found.syncs.push({ name, global, ...(thread === undefined ? {} : { thread }), ...sync });
      return;
    }
    if (!(v instanceof PyInstance || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict) || depth >= DEPTH) return;
    if (v instanceof PyInstance) {
      const kind = queueKind(v);
      if (kind) {
        // A process's copy of a multiprocessing queue is the same queue (one channel): the first name wins, as for a lock.
        const ch = kind === 'mp' ? v.dict.get('_ch') : undefined;
        if (ch !== undefined && this.channels.has(ch)) return;
        if (ch !== undefined) this.channels.add(ch);
        this.found.queues.push({ name, queue: v, global, kind });
        return;
      }
      // threading's and the library's own objects (a Thread, a pool) keep their insides to themselves; a
      // program's subclass of one (a Thread subclass with its own `self.lock`) shows what the program added:
      // the library's attributes are all underscored.
      const own = v.cls.mro.every((t) => t.module === '__main__' || t.module === 'builtins');
      if (!own && v.cls.module !== '__main__') return;
      for (const [k, x] of v.dict) if (!k.startsWith(own ? '__' : '_')) this.visit(`${name}.${k}`, x, global, depth + 1, thread);
      return;
    }
    if (v instanceof PyDict) {
      for (const [k, x] of v.entries().slice(0, MAX_ITEMS)) if (typeof k === 'string' || typeof k === 'bigint') this.visit(`${name}[${typeof k === 'string' ? `'${k}'` : k}]`, x, global, depth + 1, thread);
      return;
    }
    v.items.slice(0, MAX_ITEMS).forEach((x, i) => this.visit(`${name}[${i}]`, x, global, depth + 1, thread));
  }
}

/** A thread's program-frame locals, with the thread's name. */
export interface FrameLocals {
  thread: string;
  values: readonly [string, PyVal][];
}

/** The program's objects, from its globals first, then each thread's program-frame locals. */
export function programObjects(globals: readonly [string, PyVal][], locals: readonly FrameLocals[]): ProgramObjects {
  const f = new ObjectFinder();
  for (const [k, v] of globals) f.visit(k, v, true);
  for (const frame of locals) for (const [k, v] of frame.values) f.visit(k, v, false, 0, frame.thread);
  return f.found;
}

/**
 * The VM lock that a Lock, an RLock or a Condition global is taken through (its id in lock events), or -1:
 * the live trace names that lock after the global (a Semaphore's or an Event's is private to its methods).
 */
export function lockIdOf(v: PyVal): number {
  const s = syncOf(v);
  return s && (s.kind === 'Lock' || s.kind === 'RLock' || s.kind === 'Condition') ? s.lock.id : -1;
}

/** multiprocessing.Queue keeps "unbounded" as the semaphore's limit (its _maxsize), as CPython's does. */
const SEM_VALUE_MAX = 2147483647;

/** A queue.Queue's or a multiprocessing.Queue's maxsize (0: unbounded), or null for anything else. */
export function queueMaxsize(v: PyVal): number | null {
  if (!(v instanceof PyInstance)) return null;
  if (isQueue(v)) {
    const m = v.dict.get('maxsize');
    return typeof m === 'bigint' ? Number(m) : 0;
  }
  if (!v.cls.mro.some((t) => t.module === 'multiprocessing.queues' && t.name === 'Queue')) return null;
  const m = v.dict.get('_maxsize');
  return typeof m === 'bigint' && Number(m) !== SEM_VALUE_MAX ? Number(m) : 0;
}
