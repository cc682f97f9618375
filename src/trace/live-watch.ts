/**
 * The watch panel's view of a live run (issue 12), derived from the VM's
 * event stream alone: the main process's module globals (repr), each lock
 * bound to a global with its holder and waiters, each queue's items, and the
 * threads by lane. A thread's locals come only with a pause ('step-locals',
 * world.ts), and stand until the run moves again: then they are null, since
 * a running frame's locals change without events. Pure and
 * incremental: fed batch by batch, as the worker sends them; `watchOf` folds
 * a whole list.
 */
import type { VmEvent } from '../python/vm/events';
import type { SyncKind } from '../python/step/watch-objects';
import type { WatchSnapshot } from '../python/step/watch-snapshot';
import { exitcodeWord } from '../python/step/exitcode-word';
import { qualifiedNames } from '../python/step/lock-names';

/** The shape the watch panel draws, shared with step mode's state (StepState fits it). */
export interface WatchLock {
  id: number;
  name: string;
  locked: boolean;
  /** Lane of the holder (an RLock's owner), or null. */
  holder: number | null;
  waiters: number[];
  /** What the program made, when a snapshot said (step mode; a live run's pause). */
  kind?: SyncKind;
  /** CPython's repr of it. */
  repr?: string;
  /** An RLock's recursion count. */
  count?: number;
  /** A Semaphore's value (`1`, bounded `1/3`), an Event's `set` / `unset`. */
  value?: string;
  /** Lanes inside its wait() (a Condition's, a Semaphore's, an Event's). */
  inWait?: number[];
}

export interface WatchQueue {
  name: string;
  items: string[];
  /** 0: unbounded; absent when not known. */
  maxsize?: number;
}

export interface WatchThread {
  lane: number;
  name: string;
  /** Locals of its current frame (repr); null when this view cannot know them (live mode). */
  locals: Record<string, string> | null;
}

export interface WatchData {
  globals: Record<string, string>;
  threads: WatchThread[];
  locks: WatchLock[];
  queues: WatchQueue[];
}

export interface LiveWatchView extends WatchData {
  /** Globals whose value the newest store changed (all stores at that store's time). */
  changed: string[];
}

interface LockRec {
  id: number;
  name: string | null;
  holder: number | null;
  waiters: number[];
  /** The thread whose locals named it, when only locals did (a pause's snapshot says). */
  thread?: string;
  /** From the pause's snapshot (watch-state): stands until the run moves again. */
  extra: Pick<WatchLock, 'kind' | 'repr' | 'count' | 'value' | 'inWait'> | null;
}

/** `<Thread(NAME, initial)>` as threading prints it: the repr of a Thread global stored before its start. */
const THREAD_REPR = /^<(\w+)\((.*), (initial|started|stopped)( daemon)?(?: \d+)?\)>$/;
/** A Process's repr as BaseProcess.__repr__ builds it (watch-repr.ts): name, pid once started, parent, status, exit code, daemon. */
const PROCESS_REPR = /^<(\w+) name=('.*') (?:pid=(\d+) )?parent=(\S+) (initial|started|stopped|closed)(?: exitcode=\S+)?( daemon)?>$/;

export class LiveWatch {
  private mainPid: number | null = null;
  private readonly globals = new Map<string, string>();
  private readonly lanes = new Map<string, number>();
  private readonly threads: WatchThread[] = [];
  private readonly locks = new Map<number, LockRec>();
  private readonly queues = new Map<number, WatchQueue>();
  /** The lock each lane waits for, while it does. */
  private readonly waitingOn = new Map<number, number>();
  /** Some thread's locals are from the pause the run still stands in. */
  private localsShown = false;
  private changedAt = -Infinity;
  private changed = new Set<string>();

  apply(events: readonly VmEvent[]): void {
    for (const e of events) this.one(e);
  }

  private lock(id: number): LockRec {
    let r = this.locks.get(id);
    if (!r) {
      r = { id, name: null, holder: null, waiters: [], extra: null };
      this.locks.set(id, r);
    }
    return r;
  }

  private queue(id: number): WatchQueue {
    let q = this.queues.get(id);
    if (!q) {
      q = { name: `queue ${this.queues.size + 1}`, items: [] };
      this.queues.set(id, q);
    }
    return q;
  }

  /** A Thread global's repr follows its thread's start and end (no store says so), by the thread's name. */
  private threadRepr(name: string, status: 'started' | 'stopped', ident: number): void {
    for (const [k, v] of this.globals) {
      const m = THREAD_REPR.exec(v);
      if (!m || m[2] !== name || (status === 'started' && m[3] !== 'initial') || (status === 'stopped' && m[3] !== 'started')) continue;
      this.globals.set(k, `<${m[1]}(${name}, ${status}${m[4] ?? ''} ${ident})>`);
      return;
    }
  }

  /**
   * A Process global's repr follows its process's start and end, as repr() would show it then (its poll()
   * sees a child that ended unjoined): matched by name at the start, by pid at the end.
   */
  private processRepr(e: { pid: number; name: string } | { pid: number; status: number }): void {
    for (const [k, v] of this.globals) {
      const m = PROCESS_REPR.exec(v);
      if (!m) continue;
      const [, cls, name, pid, parent, status, daemon = ''] = m;
      if ('name' in e) {
        if (status !== 'initial' || name !== `'${e.name}'`) continue;
        this.globals.set(k, `<${cls} name=${name} pid=${e.pid} parent=${parent} started${daemon}>`);
      } else {
        if (status !== 'started' || pid !== String(e.pid)) continue;
        this.globals.set(k, `<${cls} name=${name} pid=${pid} parent=${parent} stopped exitcode=${exitcodeWord(e.status)}${daemon}>`);
      }
      return;
    }
  }

  /** A paused run's snapshot: the heap's reprs, the locks' kinds, counts, values and waits, queues' maxsize and items. */
  private snapshot(w: WatchSnapshot, pid: number): void {
    if (pid !== this.mainPid) return;
    for (const [k, v] of Object.entries(w.globals)) if (this.globals.has(k)) this.globals.set(k, v);
    const laneOf = (ident: number): number | null => this.lanes.get(`${pid}:${ident}`) ?? null;
    for (const s of w.syncs) {
      const r = this.lock(s.lock);
      if (r.name === null) {
        r.name = s.name;
        if (!s.global && s.thread !== undefined) r.thread = s.thread;
      }
      const inWait = [...this.waitingOn].filter(([, id]) => s.waiterLocks.includes(id)).map(([lane]) => lane).sort((a, b) => a - b);
      r.extra = { kind: s.kind, repr: s.repr, ...(s.count === undefined ? {} : { count: s.count }), ...(s.value === undefined ? {} : { value: s.value }), inWait };
      if (s.kind === 'RLock') r.holder = s.owner === null || s.owner === undefined ? null : laneOf(s.owner);
    }
    for (const q of w.queues) {
      const mine = [...this.queues.values()].find((x) => x.name === q.name);
      if (mine) Object.assign(mine, { items: [...q.items], maxsize: q.maxsize });
      else this.queues.set(-1 - this.queues.size, { name: q.name, items: [...q.items], maxsize: q.maxsize });
    }
    this.localsShown = true;
  }

  private one(e: VmEvent): void {
    if (e.kind === 'process-start') {
      if (this.mainPid === null) this.mainPid = e.pid;
      else this.processRepr(e);
      return;
    }
    if (e.kind === 'process-end') {
      this.processRepr(e);
      return;
    }
    if (e.kind === 'watch-state') {
      this.snapshot(e.watch, e.pid);
      return;
    }
    if (e.kind === 'deadlock' || e.kind === 'exit') return;
    const key = `${e.pid}:${e.ident}`;
    if (e.kind === 'thread-start') {
      const lane = this.threads.length;
      this.lanes.set(key, lane);
      this.threads.push({ lane, name: e.name, locals: null });
      if (e.pid === this.mainPid) this.threadRepr(e.name, 'started', e.ident);
      return;
    }
    const lane = this.lanes.get(key);
    if (lane === undefined) return;
    if (e.kind === 'step-locals') {
      const th = this.threads[lane];
      if (th) th.locals = { ...e.locals };
      this.localsShown = true;
      return;
    }
    if (this.localsShown) {
      this.localsShown = false;
      for (const th of this.threads) th.locals = null;
      // What the snapshot alone knew (a count, a value) changes unseen once the run moves.
      for (const r of this.locks.values()) r.extra = null;
    }
    switch (e.kind) {
      case 'thread-end': {
        const th = this.threads[lane];
        if (th && e.pid === this.mainPid) this.threadRepr(th.name, 'stopped', e.ident);
        return;
      }
      case 'thread-name': {
        const th = this.threads[lane];
        if (th) th.name = e.name;
        return;
      }
      case 'global-store': {
        // A child process's globals are its own copy: the panel shows the main script's.
        if (e.pid !== this.mainPid) return;
        if (e.lock >= 0) {
          this.lock(e.lock).name ??= e.name;
          return;
        }
        if (e.queue >= 0) {
          const q = this.queue(e.queue);
          if (q.name.startsWith('queue ')) q.name = e.name;
          if (e.maxsize !== undefined) q.maxsize = e.maxsize;
          return;
        }
        if (this.globals.get(e.name) !== e.value) {
          if (e.t > this.changedAt) {
            this.changedAt = e.t;
            this.changed = new Set();
          }
          this.changed.add(e.name);
        }
        this.globals.set(e.name, e.value);
        return;
      }
      case 'lock-acquire': {
        const r = this.lock(e.lock);
        r.holder = lane;
        r.waiters = r.waiters.filter((w) => w !== lane);
        this.waitingOn.delete(lane);
        return;
      }
      case 'lock-release': {
        // A Lock may be released by another thread than its holder (CPython allows it): free either way.
        this.lock(e.lock).holder = null;
        return;
      }
      case 'wait-start':
        if (e.lock >= 0) {
          const r = this.lock(e.lock);
          if (!r.waiters.includes(lane)) r.waiters.push(lane);
          this.waitingOn.set(lane, e.lock);
        }
        return;
      case 'wait-end': {
        const id = this.waitingOn.get(lane);
        if (id === undefined) return;
        this.waitingOn.delete(lane);
        const r = this.lock(id);
        r.waiters = r.waiters.filter((w) => w !== lane);
        return;
      }
      case 'queue-op': {
        const q = this.queue(e.queue);
        if (e.op === 'put') q.items.push(e.item);
        else {
          // A get takes the item it names (FIFO, LIFO and priority queues take different ones).
          const i = q.items.indexOf(e.item);
          q.items.splice(i >= 0 ? i : 0, 1);
        }
        // qsize() after the op is the VM's own count: trust it over our bookkeeping (items put before we listened).
        while (q.items.length > e.size) q.items.shift();
        return;
      }
      default:
        return;
    }
  }

  private namedLocks(): WatchLock[] {
    const recs = [...this.locks.values()].filter((r): r is LockRec & { name: string } => r.name !== null);
    const names = qualifiedNames(recs.map((r) => (r.thread === undefined ? { name: r.name } : { name: r.name, thread: r.thread })));
    return recs.map((r, i) => ({ id: r.id, name: names[i] ?? r.name, locked: r.holder !== null, holder: r.holder, waiters: [...r.waiters], ...(r.extra ?? {}) }));
  }

  /** A plain copy for the page (the store keeps it; later batches do not change it). */
  view(): LiveWatchView {
    return {
      globals: Object.fromEntries(this.globals),
      threads: this.threads.map((t) => ({ ...t, locals: t.locals && { ...t.locals } })),
      // Locks the program bound to a global: threading's own (a join's, a queue's) would only crowd the panel.
      locks: this.namedLocks(),
      queues: [...this.queues.values()].map((q) => ({ ...q, items: [...q.items] })),
      changed: [...this.changed],
    };
  }
}

export function watchOf(events: readonly VmEvent[]): LiveWatchView {
  const w = new LiveWatch();
  w.apply(events);
  return w.view();
}
