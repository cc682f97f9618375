// `_vm`: the primitives the library's threading, queue and multiprocessing
// modules are built on (CONTRACTS.md §3).

import { excLine } from './traceback';
import { PyObj, PyNative, PyTuple, PyException, PyType, PyModule, type PyVal } from './objects';
import { safeRepr } from './events';
import { PyDict } from './collections';
import { T, raise, makeType } from './types';
import * as ops from './ops';
import { builtin, method, kwarg } from './native';
import { newModule } from './modules';
import { Suspend, Thread } from './wait';
import type { Process } from './process';
import { toFloat } from './ctors';
import { processEntries } from './vm-procs';
import { startOnWorker, type StartRequest } from './worker-start';
import type { WorkerCtx } from './worker-mode';

/** CPython's words when the OS refuses a thread (_thread.start_new_thread), raised in the starter, which may catch it. */
function cantStartThread(): PyException {
  return raise('RuntimeError', "can't start new thread");
}

/** Worker mode: the run's thread table is full (host/table.ts says "can't start new thread: …") → the same RuntimeError. */
function startOnWorkerOrRaise(w: WorkerCtx, proc: Process, q: StartRequest): bigint {
  try {
    return startOnWorker(w, proc, q);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith("can't start new thread")) throw cantStartThread();
    throw e;
  }
}

export interface LockState {
  locked: boolean;
  label: string | null;
  proc: Process;
  /** Names the lock in the event stream. */
  id: number;
  /** Worker mode: the lock's handle in the run's lock table (host/locks.ts); -1 in single-worker mode. */
  handle: number;
}

let lockIds = 0;

/** Tells the watcher (if any) that the running thread of st's process took or let go of the lock. */
function noteLock(st: LockState, kind: 'lock-acquire' | 'lock-release'): void {
  const world = st.proc.world;
  if (!world.ev) return;
  const who = world.who(st.proc.interp.th);
  if (kind === 'lock-acquire') world.emit({ kind, ...who, lock: st.id, label: st.label });
  else world.emit({ kind, ...who, lock: st.id });
}

/** Worker mode: the running thread blocks on st's lock (single-worker reports this from its scheduler). */
function noteWait(st: LockState, what: string, timeout: number | null): void {
  const world = st.proc.world;
  if (!world.ev) return;
  world.emit({ kind: 'wait-start', ...world.who(st.proc.interp.th), what, lock: st.id, sleep: false, deadline: timeout === null ? null : st.proc.now() + timeout });
}

/** Worker mode: that wait ended, with the lock (`got`) or by its timeout. */
function noteWaitEnd(st: LockState, got: boolean): void {
  const world = st.proc.world;
  if (!world.ev) return;
  world.emit({ kind: 'wait-end', ...world.who(st.proc.interp.th), timedOut: !got });
  if (got) noteLock(st, 'lock-acquire');
}

export const lockType = makeType('lock', [T.object], 'native');
lockType.module = '_thread';

function lockOf(v: PyVal): LockState {
  return (v as PyNative<LockState>).state;
}

function timeoutOf(v: PyVal, dflt: number): number | null {
  if (v === null) return null;
  const t = toFloat(v);
  return t < 0 && dflt < 0 ? null : t;
}

function acquire(self: PyVal, blocking: PyVal, timeout: PyVal): PyVal {
  const st = lockOf(self);
  const block = ops.truthy(blocking);
  const t = timeoutOf(timeout, -1);
  if (!block && t !== null && t >= 0) throw raise('ValueError', "can't specify a timeout for a non-blocking call");
  if (t !== null && t < 0 && t !== -1) throw raise('ValueError', 'timeout value must be a non-negative number');
  const w = st.proc.world.worker;
  if (w && st.handle >= 0) {
    const what = st.label ?? 'lock.acquire()';
    if (w.rt.locks.tryAcquire(st.handle)) {
      noteLock(st, 'lock-acquire');
      return true;
    }
    if (!block || t === 0) return false;
    noteWait(st, what, t);
    // Blocks this worker with the GIL released; the table's idle rule sees the wait (deadlock line, jumps).
    const got = w.rt.acquire(st.handle, true, t, what);
    noteWaitEnd(st, got);
    return got;
  }
  if (!st.locked) {
    st.locked = true;
    noteLock(st, 'lock-acquire');
    return true;
  }
  if (!block || t === 0) return false;
  throw new Suspend({
    what: st.label ?? 'lock.acquire()',
    lock: { id: st.id, label: st.label },
    deadline: t === null ? null : st.proc.now() + t,
    timeout: false,
    ready: () => !st.locked,
    poll: () => {
      if (st.locked) return undefined;
      st.locked = true;
      return true;
    },
  });
}

method(lockType, 'acquire', (a, kw) => acquire(a[0] as PyVal, a[1] ?? kwarg(kw, 'blocking', true), a[2] ?? kwarg(kw, 'timeout', -1n)));
method(lockType, 'acquire_lock', (a, kw) => acquire(a[0] as PyVal, a[1] ?? kwarg(kw, 'blocking', true), a[2] ?? kwarg(kw, 'timeout', -1n)));
method(lockType, '__enter__', (a) => acquire(a[0] as PyVal, true, -1n));
const release = (a: PyVal[]): PyVal => {
  const st = lockOf(a[0] as PyVal);
  const w = st.proc.world.worker;
  if (w && st.handle >= 0) {
    if (!w.rt.locks.locked(st.handle)) throw raise('RuntimeError', 'release unlocked lock');
    // Reported before the lock opens: a thread that takes it next (without a GIL, at once) reports after.
    noteLock(st, 'lock-release');
    if (!w.rt.release(st.handle)) throw raise('RuntimeError', 'release unlocked lock');
    return null;
  }
  if (!st.locked) throw raise('RuntimeError', 'release unlocked lock');
  st.locked = false;
  noteLock(st, 'lock-release');
  return null;
};
method(lockType, 'release', release);
method(lockType, 'release_lock', release);
method(lockType, '__exit__', (a) => {
  release(a);
  return false;
});
export const isLocked = (st: LockState): boolean => {
  const w = st.proc.world.worker;
  return w && st.handle >= 0 ? w.rt.locks.locked(st.handle) : st.locked;
};
method(lockType, 'locked', (a) => isLocked(lockOf(a[0] as PyVal)));
method(lockType, '__repr__', (a) => `<${isLocked(lockOf(a[0] as PyVal)) ? 'locked' : 'unlocked'} _thread.lock object at ${ops.addr(a[0] as PyNative<LockState>)}>`);

export function newLock(proc: Process, label: string | null, handle = proc.world.worker ? proc.world.worker.rt.allocateLock() : -1): PyNative<LockState> {
  return new PyNative(lockType, { locked: false, label, proc, id: handle >= 0 ? handle + 1 : ++lockIds, handle });
}

/** Worker mode: a lock is a heap LOCK holding its handle, so every thread's worker takes the same one. */
export function lockHandle(v: PyObj): { handle: number; label: string | null } | null {
  if (!(v instanceof PyNative) || v.cls !== lockType) return null;
  const st = lockOf(v);
  return st.handle >= 0 ? { handle: st.handle, label: st.label } : null;
}

export function makeVmModule(proc: Process): PyModule {
  const fn = (name: string, f: (a: PyVal[], kw: Map<string, PyVal> | null) => PyVal): PyVal => builtin(name, f);
  const world = proc.world;
  const threadOf = (ident: PyVal): Thread | undefined => proc.threads.find((t) => BigInt(t.ident) === ident);
  /** Puts and gets so far per queue (id:op): a get's serial names the put it took in a FIFO queue. */
  const queueSerials = new Map<string, number>();
  const nextQueueSerial = (q: PyObj, op: 'put' | 'get'): number => {
    if (world.worker && q.dict) {
      // Worker mode: each thread's worker has its own map, so the count lives on the (shared) queue itself, taken under its mutex.
      const attr = `_vm_${op}s`;
      const n = q.dict.get(attr);
      const serial = typeof n === 'bigint' ? Number(n) : 0;
      q.dict.set(attr, BigInt(serial + 1));
      return serial;
    }
    const key = `${ops.idOf(q)}:${op}`;
    const serial = queueSerials.get(key) ?? 0;
    queueSerials.set(key, serial + 1);
    return serial;
  };
  return newModule('_vm', {
    start_thread: fn('start_thread', (a) => {
      const [func, args, kwargs, name, daemon, doneLock] = a as [PyVal, PyTuple, PyVal, string, PyVal, PyVal];
      if (world.worker) return startOnWorkerOrRaise(world.worker, proc, { func, args, kwargs, name, daemon: ops.truthy(daemon ?? false), doneLock: doneLock instanceof PyObj ? lockHandle(doneLock)?.handle ?? -1 : -1 });
      if (!world.canStartThread()) throw cantStartThread();
      const th = new Thread(world.nextIdent(), typeof name === 'string' ? name : `Thread-${proc.threads.length}`, ops.truthy(daemon ?? false));
      const kw = kwargs instanceof PyDict ? new Map(kwargs.entries().map(([k, v]) => [String(k), v])) : null;
      const saved = proc.interp.th;
      proc.threads.push(th);
      proc.startCall(th, func, args instanceof PyTuple ? args.items : ops.toArray(args ?? null), kw);
      proc.interp.th = saved;
      if (world.ev) world.emit({ kind: 'thread-start', ...world.who(th), line: world.who(saved).line, name: th.name, daemon: th.daemon });
      if (doneLock && doneLock instanceof PyNative) {
        th.doneLock = { release: () => void (lockOf(doneLock).locked = false) };
      }
      return BigInt(th.ident);
    }),
    get_ident: fn('get_ident', () => BigInt(proc.interp.th.ident)),
    main_ident: fn('main_ident', () => BigInt(world.worker ? world.worker.mainIdent : proc.mainThread.ident)),
    set_thread_name: fn('set_thread_name', (a) => {
      const th = threadOf(a[0] as PyVal);
      if (th) th.name = String(a[1]);
      if (world.worker && world.ev) {
        // Worker mode: the named thread may run on another worker; this thread reports it, under its ident.
        world.emit({ kind: 'thread-name', ...world.who(proc.interp.th), ident: Number(ops.index(a[0] as PyVal)), name: String(a[1]) });
      } else if (th && world.ev) world.emit({ kind: 'thread-name', ...world.who(th), name: th.name });
      return null;
    }),
    allocate_lock: fn('allocate_lock', (a, kw) => {
      const label = a[0] ?? kwarg(kw, 'label', null);
      return newLock(proc, typeof label === 'string' ? label : null);
    }),
    LockType: lockType,
    watching: fn('watching', () => world.ev !== null),
    note_queue: fn('note_queue', (a) => {
      const [q, op, item, size] = a as [PyVal, PyVal, PyVal, PyVal];
      if (!(q instanceof PyObj) || (op !== 'put' && op !== 'get')) throw raise('TypeError', 'note_queue(queue, op, item, size)');
      const queue = ops.idOf(q);
      const serial = nextQueueSerial(q, op);
      world.emit({ kind: 'queue-op', ...world.who(proc.interp.th as Thread), op, queue, item: safeRepr(item), size: Number(ops.index(size)), serial });
      return null;
    }),
    format_exception: fn('format_exception', (a) => {
      const e = a[0] as PyVal;
      if (!(e instanceof PyException)) throw raise('TypeError', 'format_exception() needs an exception');
      return proc.formatException(e, Number(ops.index(a[1] ?? 0n)));
    }),
    format_exception_only: fn('format_exception_only', (a) => {
      const e = a[0] as PyVal;
      if (!(e instanceof PyException)) throw raise('TypeError', 'format_exception_only() needs an exception');
      return `${excLine(e)}\n`;
    }),
    write: fn('write', (a) => {
      proc.write(Number(ops.index(a[0] as PyVal)), ops.str(a[1] as PyVal));
      return null;
    }),
    sleep: fn('sleep', (a) => {
      if (proc.sleepNow(toFloat(a[0] as PyVal))) return null;
      throw new Suspend({ what: 'time.sleep()', deadline: proc.now() + toFloat(a[0] as PyVal), poll: () => undefined, timeout: null, sleep: true });
    }),
    monotonic: fn('monotonic', () => proc.now()),
    getpid: fn('getpid', () => BigInt(proc.pid)),
    getppid: fn('getppid', () => BigInt(proc.ppid)),
    cpu_count: fn('cpu_count', () => 4n),
    ...processEntries(proc),
    thread_count: fn('thread_count', () => BigInt(proc.threads.filter((t) => t.state !== 'done').length)),
  });
}

export { PyType };
