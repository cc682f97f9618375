// What a running program did, as the VM reports it to whoever watches (the
// page's driver, tests): threads and processes starting and ending, writes,
// lock traffic, blocking waits, stores to the main module's globals,
// uncaught exceptions. Plain data, no DOM. Times are the virtual clock's
// seconds. Nobody listening costs one null check per hook.

import { PyObj, PyNative, PyType, PyList, PyTuple, PyFunction, PyBuiltin, PyMethod, PyModule, type PyVal } from './objects';
import { idOf } from './ops';
import { floatRepr, strRepr } from './values-fallback';
import { PyDict, PySet } from './collections';
import type { Thread } from './wait';
import type { WatchSnapshot } from '../step/watch-snapshot';

/** Who did it: the process's pid and the thread's ident (`threading.get_ident()`). */
interface Who {
  t: number;
  pid: number;
  ident: number;
  /** Line of the innermost frame of the main script (0 when none: the thread is inside the library). */
  line: number;
}

export type VmEvent =
  | { kind: 'process-start'; t: number; pid: number; ppid: number; name: string }
  | { kind: 'process-end'; t: number; pid: number; status: number }
  | (Who & { kind: 'thread-start'; name: string; daemon: boolean })
  | (Who & { kind: 'thread-name'; name: string })
  | (Who & { kind: 'thread-end' })
  | (Who & { kind: 'write'; fd: number; text: string })
  /** The lock is now held by this thread (at once, or when its wait ended). */
  | (Who & { kind: 'lock-acquire'; lock: number; label: string | null })
  | (Who & { kind: 'lock-release'; lock: number })
  /** The thread took (held) or let go of its process's GIL (only when RunOptions.gilEvents). */
  | (Who & { kind: 'gil'; held: boolean })
  /** The thread blocks: on a lock (`lock` ≥ 0), a sleep, a queue, a join…; `deadline` null waits for ever. */
  | (Who & { kind: 'wait-start'; what: string; lock: number; sleep: boolean; deadline: number | null })
  | (Who & { kind: 'wait-end'; timedOut: boolean })
  /** `queue`: the id of the queue.Queue bound (-1 when the value is not one), as `lock` is for a lock (a Lock's, RLock's, Condition's); `maxsize` a queue.Queue's. */
  | (Who & { kind: 'global-store'; name: string; old: string | null; value: string; num: number | null; lock: number; queue: number; maxsize?: number })
  /** A put or get took effect (under the queue's lock): the item, qsize() after it, and its place among the queue's puts or gets. */
  | (Who & { kind: 'queue-op'; op: 'put' | 'get'; queue: number; item: string; size: number; serial: number })
  /**
   * Library code called a function of the main script (a thread's target, a pool's task): its
   * qualname and `repr` of its positional arguments; `call` pairs it with its `return`.
   */
  | (Who & { kind: 'call'; fn: string; args: string; call: number })
  /** That call ended: `repr` of what it returned, or the exception's class name when it raised. */
  | (Who & { kind: 'return'; call: number; value: string; raised: boolean })
  | (Who & { kind: 'exception'; text: string })
  /**
   * The locals of the thread's program frame: in step mode on workers where it parked or blocked (WorkerStepSession
   * keeps them out of the run's events); in a live run, each thread's as the run pauses (world.ts, for the watch).
   */
  | (Who & { kind: 'step-locals'; locals: Record<string, string> })
  /**
   * The program's objects as the heap holds them (step/watch-snapshot.ts): globals' reprs, its locks, RLocks, Conditions,
   * Semaphores and Events with what events do not carry (an RLock's count, a value, a flag, one held only through an
   * attribute or a local), queues with maxsize. Sent with step-locals: by a stepped worker thread as it parks (globals and
   * its own frame), by a paused live run (every thread's frame). State for the watch, not something the program did.
   */
  | (Who & { kind: 'watch-state'; watch: WatchSnapshot })
  | { kind: 'deadlock'; t: number; text: string }
  | { kind: 'exit'; t: number; status: number };

export interface VmEventSink {
  emit(e: VmEvent): void;
}

/** The line of th's innermost frame running the file `path` (0 when none). */
export function threadLine(th: Thread, path: string): number {
  const fs = th.frames;
  for (let i = fs.length - 1; i >= 0; i--) {
    const f = fs[i];
    if (!f || f.info.filename !== path) continue;
    const ins = f.info.code.instructions[Math.max(0, f.pc - 1)];
    return ins?.lineno ?? 0;
  }
  return 0;
}

const MAX_REPR = 80;

/**
 * A repr that never runs Python code (a user `__repr__` could block or loop):
 * builtin scalars and containers of them as `repr` shows them, anything else
 * `<ClassName object>`. Cut to a length a timeline label can hold.
 */
export function safeRepr(v: PyVal, depth = 0): string {
  const s = reprInner(v, depth);
  return s.length > MAX_REPR ? `${s.slice(0, MAX_REPR - 1)}…` : s;
}

function reprInner(v: PyVal, depth: number): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (depth > 2) return '…';
  const cls = v.cls.name;
  if ((v instanceof PyList && cls === 'list') || (v instanceof PyTuple && cls === 'tuple')) {
    const items = v.items;
    const inner = items.slice(0, 8).map((x) => reprInner(x, depth + 1));
    if (items.length > 8) inner.push('…');
    return cls === 'list' ? `[${inner.join(', ')}]` : `(${inner.join(', ')}${items.length === 1 ? ',' : ''})`;
  }
  if (v instanceof PyDict && cls === 'dict') {
    const es = v.entries();
    const inner = es.slice(0, 6).map(([k, x]) => `${reprInner(k, depth + 1)}: ${reprInner(x, depth + 1)}`);
    if (es.length > 6) inner.push('…');
    return `{${inner.join(', ')}}`;
  }
  if (v instanceof PySet && cls === 'set') return `<set of ${v.size}>`;
  return `<${cls} object>`;
}

/** The value as a number for a value track (ints and floats only). */
export function numericValue(v: PyVal): number | null {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  return null;
}

/** Globals a program binds that are not its data: functions, classes, modules, natives (locks get their own id). */
/**
 * What names a queue in queue-op events, or -1: a `queue` module queue (Queue, LifoQueue,
 * PriorityQueue, SimpleQueue and subclasses) by its id, a multiprocessing queue by its channel.
 */
export function queueIdOf(v: PyVal): number {
  if (!(v instanceof PyObj)) return -1;
  const mro = v.cls.mro;
  if (mro.some((t) => t.module === 'queue' && (t.name === 'Queue' || t.name === 'SimpleQueue'))) return idOf(v);
  if (mro.some((t) => t.module === 'multiprocessing.queues')) {
    const ch = v.dict?.get('_ch');
    return typeof ch === 'bigint' ? Number(ch) : -1;
  }
  return -1;
}

export function isWatchable(v: PyVal): boolean {
  return !(v instanceof PyNative || v instanceof PyType || v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyModule);
}
