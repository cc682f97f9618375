// `_vm`'s process primitives: fork, waiting for and killing processes,
// channels, cross-process locks and shared values (CONTRACTS.md §3).

import { PyTuple, type PyVal } from './objects';
import { T, raise } from './types';
import * as ops from './ops';
import { builtin } from './native';
import { Suspend, type Thread } from './wait';
import { safeRepr } from './events';
import type { Process } from './process';
import { pickle, unpickle } from './fork';
import { toFloat } from './ctors';
import { forkOnWorker } from './worker-fork';
import { workerChannels } from './worker-channels';
import { workerValues } from './worker-values';

type Channel = { items: import('./fork').Pickled[]; maxsize: number };
/** Puts and gets so far per channel (every process of a run shares it): a get's serial names the put it took. */
const channelOps = new WeakMap<Channel, { put: number; get: number }>();

export function processEntries(proc: Process): Record<string, PyVal> {
  const world = proc.world;
  /** A multiprocessing queue op, for the timeline: the item as this process sees it (a copy on the way in and out). */
  const note = (th: Thread | null, h: number, c: Channel, op: 'put' | 'get', item: PyVal): void => {
    if (!world.ev || !th) return;
    const n = channelOps.get(c) ?? { put: 0, get: 0 };
    channelOps.set(c, n);
    world.emit({ kind: 'queue-op', ...world.who(th), op, queue: h, item: safeRepr(item), size: c.items.length, serial: n[op]++ });
  };
  const fn = (name: string, f: (a: PyVal[], kw: Map<string, PyVal> | null) => PyVal): PyVal => builtin(name, f);
  const deadline = (t: PyVal | undefined): number | null => (t === undefined || t === null ? null : proc.now() + Math.max(0, toFloat(t)));
  const blockArg = (a: PyVal[], i: number, kw: Map<string, PyVal> | null): boolean => ops.truthy(a[i] ?? kw?.get('block') ?? true);
  const timeoutArg = (a: PyVal[], i: number, kw: Map<string, PyVal> | null): PyVal | undefined => a[i] ?? kw?.get('timeout');
  const wch = world.worker ? workerChannels(world.worker, proc) : null;
  const wvals = world.worker ? workerValues(world.worker) : null;
  const xlockHandle = (h: PyVal): number => {
    const n = typeof h === 'bigint' ? Number(h) : -1;
    if (!Number.isInteger(n) || n < 0 || n >= (world.worker?.rt.memory.limits.locks ?? 0)) throw raise('ValueError', 'no such lock');
    return n;
  };
  const seconds = (t: PyVal | undefined): number | null => (t === undefined || t === null ? null : toFloat(t));
  const channel = (h: PyVal): Channel => {
    const c = world.channels.get(Number(h));
    if (!c) throw raise('ValueError', 'no such channel');
    return c;
  };
  return {
    fork: fn('fork', (a) => {
      if (world.worker) return BigInt(forkOnWorker(world.worker, proc, a[0] as PyVal, a[1] as PyVal, a[2] as PyVal));
      const pid = proc.fork(a[0] as PyVal, a[1] instanceof PyTuple ? a[1].items : ops.toArray(a[1] ?? null));
      const child = world.ev ? world.procs.find((p) => p.pid === pid) : undefined;
      // The name multiprocessing gave it (ForkPoolWorker-1), for whoever draws the processes.
      if (child && typeof a[2] === 'string') child.name = a[2];
      if (child) {
        world.emit({ kind: 'process-start', t: proc.now(), pid, ppid: proc.pid, name: child.name });
        world.emit({ kind: 'thread-start', ...world.who(child.mainThread), name: child.mainThread.name, daemon: false });
      }
      return BigInt(pid);
    }),
    wait_process: fn('wait_process', (a, kw) => {
      if (world.worker) {
        const t = timeoutArg(a, 1, kw);
        const secs = t === undefined || t === null ? null : toFloat(t);
        const th = proc.interp.th;
        // A join that waits is a wait on the timeline, as the one-worker VM reports its Suspend (a poll, timeout 0, is not).
        const waits = world.ev !== null && th !== null && secs !== 0;
        if (waits) world.emit({ kind: 'wait-start', ...world.who(th), what: `join process ${Number(a[0])}`, lock: -1, sleep: false, deadline: secs === null ? null : proc.now() + Math.max(0, secs) });
        const r = world.worker.rt.waitProcess(Number(a[0]), secs);
        if (waits) world.emit({ kind: 'wait-end', ...world.who(th), timedOut: r === null });
        return r === null ? null : BigInt(r);
      }
      const p = world.procs.find((x) => x.pid === Number(a[0]));
      if (!p) throw raise('ValueError', 'no such process');
      if (p.done) return BigInt(p.exitStatus ?? 0);
      const d = deadline(timeoutArg(a, 1, kw));
      if (d !== null && d <= proc.now()) return null;
      throw new Suspend({ what: `join process ${p.pid}`, deadline: d, timeout: null, poll: () => (p.done ? BigInt(p.exitStatus ?? 0) : undefined) });
    }),
    // Worker mode: the child's start-up is over (multiprocessing's _bootstrap, before run()): its start hold of the run's clock ends.
    process_started: fn('process_started', () => {
      world.worker?.rt.endStartHold();
      return null;
    }),
    kill_process: fn('kill_process', (a) => {
      // The signal: 15 (terminate, SIGTERM) or 9 (kill, SIGKILL); the exit code is its negative, as CPython's Popen reports it.
      const status = -Number(ops.index(a[1] ?? 15n));
      if (world.worker) {
        if (world.worker.rt.killProcess(Number(a[0]), status)) world.emit({ kind: 'process-end', t: proc.now(), pid: Number(a[0]), status });
        return null;
      }
      const p = world.procs.find((x) => x.pid === Number(a[0]));
      if (p && !p.done) {
        for (const t of p.threads) t.state = 'done';
        p.exitStatus = status;
        p.done = true;
        world.emit({ kind: 'process-end', t: proc.now(), pid: p.pid, status });
      }
      return null;
    }),
    channel_new: fn('channel_new', (a) => {
      if (wch) return wch.create(Number(ops.index(a[0] ?? 0n)));
      const h = world.newHandle();
      world.channels.set(h, { items: [], maxsize: Number(ops.index(a[0] ?? 0n)) });
      return BigInt(h);
    }),
    channel_put: fn('channel_put', (a, kw) => {
      if (wch) return wch.put({ handle: a[0] as PyVal, item: a[1] as PyVal, block: blockArg(a, 2, kw), timeout: seconds(timeoutArg(a, 3, kw)) });
      const h = Number(a[0]);
      const c = channel(a[0] as PyVal);
      const item = pickle(a[1] as PyVal, proc);
      const th = proc.interp.th;
      const full = (): boolean => c.maxsize > 0 && c.items.length >= c.maxsize;
      const push = (): true => {
        c.items.push(item);
        note(th, h, c, 'put', a[1] as PyVal);
        return true;
      };
      if (!full()) return push();
      if (!blockArg(a, 2, kw)) return false;
      throw new Suspend({ what: 'Queue.put', deadline: deadline(timeoutArg(a, 3, kw)), timeout: false, poll: () => (full() ? undefined : push()) });
    }),
    channel_get: fn('channel_get', (a, kw) => {
      if (wch) return wch.get({ handle: a[0] as PyVal, block: blockArg(a, 1, kw), timeout: seconds(timeoutArg(a, 2, kw)) });
      const h = Number(a[0]);
      const c = channel(a[0] as PyVal);
      const th = proc.interp.th;
      const take = (): PyVal => {
        const v = unpickle(c.items.shift() as import('./fork').Pickled, proc);
        note(th, h, c, 'get', v);
        return new PyTuple(T.tuple, [true, v]);
      };
      if (c.items.length) return take();
      const miss = new PyTuple(T.tuple, [false, null]);
      if (!blockArg(a, 1, kw)) return miss;
      throw new Suspend({ what: 'Queue.get', deadline: deadline(timeoutArg(a, 2, kw)), timeout: miss, poll: () => (c.items.length ? take() : undefined) });
    }),
    channel_qsize: fn('channel_qsize', (a) => (wch ? wch.size(a[0] as PyVal) : BigInt(channel(a[0] as PyVal).items.length))),
    xlock_new: fn('xlock_new', () => {
      // Worker mode: a lock of the run's table; its handle is a plain int in the heap, so a fork's copy names the same lock.
      if (world.worker) return BigInt(world.worker.rt.allocateLock());
      const h = world.newHandle();
      world.xlocks.set(h, { locked: false });
      return BigInt(h);
    }),
    xlock_acquire: fn('xlock_acquire', (a, kw) => {
      if (world.worker) {
        const t = seconds(timeoutArg(a, 2, kw));
        return world.worker.rt.acquire(xlockHandle(a[0] as PyVal), blockArg(a, 1, kw), t === null ? null : Math.max(0, t), 'Lock.acquire');
      }
      const l = world.xlocks.get(Number(a[0]));
      if (!l) throw raise('ValueError', 'no such lock');
      if (!l.locked) {
        l.locked = true;
        return true;
      }
      if (!blockArg(a, 1, kw)) return false;
      throw new Suspend({ what: 'Lock.acquire', deadline: deadline(timeoutArg(a, 2, kw)), timeout: false, poll: () => (l.locked ? undefined : ((l.locked = true), true)) });
    }),
    xlock_release: fn('xlock_release', (a) => {
      if (world.worker) {
        if (!world.worker.rt.release(xlockHandle(a[0] as PyVal))) throw raise('ValueError', 'semaphore or lock released too many times');
        return null;
      }
      const l = world.xlocks.get(Number(a[0]));
      if (!l) throw raise('ValueError', 'no such lock');
      if (!l.locked) throw raise('ValueError', 'semaphore or lock released too many times');
      l.locked = false;
      return null;
    }),
    shared_new: fn('shared_new', (a) => {
      if (wvals) return wvals.create(typeof a[0] === 'string' ? a[0] : 'i', ops.toArray(a[1] as PyVal));
      const h = world.newHandle();
      world.shared.set(h, ops.toArray(a[1] as PyVal));
      return BigInt(h);
    }),
    shared_get: fn('shared_get', (a) => (wvals ? wvals.get(a[0] as PyVal, a[1] as PyVal) : (world.shared.get(Number(a[0])) ?? [])[Number(ops.index(a[1] as PyVal))] ?? null)),
    shared_set: fn('shared_set', (a) => {
      if (wvals) {
        wvals.set(a[0] as PyVal, a[1] as PyVal, a[2] as PyVal);
        return null;
      }
      const s = world.shared.get(Number(a[0]));
      if (s) s[Number(ops.index(a[1] as PyVal))] = a[2] as PyVal;
      return null;
    }),
    shared_len: fn('shared_len', (a) => wvals ? wvals.size(a[0] as PyVal) : BigInt((world.shared.get(Number(a[0])) ?? []).length)),
  };
}
