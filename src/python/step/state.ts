// What the student sees between two steps, as plain data (no VM objects):
// each thread's place in the program (line, the instruction as `dis` prints
// it, locals), module globals, locks with holder and waiters, queues with
// their items. Every repr is safeRepr: a snapshot must never run Python code
// (a user __repr__ could block, loop, or change what it shows).

import { PyInstance, PyList, PyNative, PyModule, PyType, type PyVal } from '../vm/objects';
import { PyDict } from '../vm/collections';
import { safeRepr } from '../vm/events';
import { lockType } from '../vm/vm-module';
import type { Frame } from '../vm/frame';
import type { CodeObject } from '../code';
import type { Thread } from '../vm/wait';
import type { StepWorld } from './step-world';
import { frameLocals } from './frame-locals';

export interface InstrView {
  /** Byte offset, as `dis` prints it. */
  offset: number;
  opname: string;
  arg: number | null;
  argrepr: string;
  line: number;
}

export type ThreadStatus = 'ready' | 'blocked' | 'done';

export interface ThreadView {
  lane: number;
  name: string;
  ident: number;
  pid: number;
  status: ThreadStatus;
  /** What a blocked thread waits for (`lock.acquire()`, `time.sleep()`, `join Thread-1`…). */
  waiting: string | null;
  /** The lock (LockView id) a blocked thread waits to take, if its wait is one. */
  waitLock: number | null;
  /** Line of the innermost frame of the program (0: not in it yet, or finished). */
  line: number;
  /** The instruction it executes next; for a blocked thread, the call it is blocked in. */
  instr: InstrView | null;
  /** The function that frame runs (`<module>` at module level). */
  func: string;
  /** That frame's code object as the program listing names it (listingKey), '' when none. */
  code: string;
  /** Locals of that frame by name (repr); empty at module level, where they are the globals. */
  locals: Record<string, string>;
}

export interface LockView {
  /** Numbered from 1 in the order the run first met the lock (stable across replays). */
  id: number;
  /** The global naming it, else its label (`join Thread-1`), else `lock #id`. */
  name: string;
  global: boolean;
  locked: boolean;
  holder: number | null;
  waiters: number[];
  /** An RLock's recursion count (how many releases open it); absent for a Lock. */
  count?: number;
}

export interface QueueView {
  name: string;
  items: string[];
  maxsize: number;
}

interface LockState {
  locked: boolean;
  label: string | null;
  id: number;
}

/** The main script's frame nearest the top of th's stack, and whether it is the top frame. */
export function programFrame(th: Thread, path: string): { f: Frame; top: boolean } | null {
  for (let i = th.frames.length - 1; i >= 0; i--) {
    const f = th.frames[i];
    if (f && f.info.filename === path) return { f, top: i === th.frames.length - 1 };
  }
  return null;
}

/** Instruction i of `code` as `dis` prints it, at byte offset `offset`. */
export function instrOf(code: CodeObject, i: number, offset: number, filename: string): InstrView | null {
  const ins = code.instructions[i];
  if (!ins) return null;
  let argrepr = ins.argrepr;
  const k = ins.opname === 'LOAD_CONST' && ins.arg !== null ? code.consts[ins.arg] : undefined;
  // dis names a code constant with its address, file and first line; the address is this frame's code's stand-in.
  if (k !== null && typeof k === 'object' && 'instructions' in k) {
    argrepr = `<code object ${k.name} at 0x${(0x7f0000000000 + k.firstlineno * 16).toString(16)}, file "${filename}", line ${k.firstlineno}>`;
  }
  return { offset, opname: ins.opname, arg: ins.arg, argrepr, line: ins.lineno ?? 0 };
}

export function instrAt(f: Frame, i: number): InstrView | null {
  return instrOf(f.info.code, i, f.info.offsets[i] ?? 0, f.info.filename);
}

/** Names one code object of a program (the listing's and a thread's): qualname and first line. */
export function listingKey(code: CodeObject): string {
  return `${code.qualname}@${code.firstlineno}`;
}

export function threadView(world: StepWorld, th: Thread, lane: number, localLock: (raw: number) => number): ThreadView {
  // After a deadlock the VM marks every thread done but leaves its wait: it is blocked for ever.
  const status: ThreadStatus = th.state === 'done' && th.wait ? 'blocked' : th.state;
  const pf = th.state === 'done' && !th.wait ? null : programFrame(th, world.mainPath);
  // A ready thread stopped by the gate sits before its next instruction; otherwise the program's frame is inside a call.
  const instr = pf ? instrAt(pf.f, pf.top && status === 'ready' ? pf.f.pc : pf.f.pc - 1) : null;
  const locals = pf ? frameLocals(pf.f) : {};
  return {
    lane,
    name: th.name,
    ident: th.ident,
    pid: world.processOf(th)?.pid ?? 0,
    status,
    waiting: status === 'blocked' ? (th.wait?.what ?? '?') : null,
    waitLock: status === 'blocked' && th.wait?.lock ? localLock(th.wait.lock.id) : null,
    line: instr?.line ?? 0,
    instr,
    func: pf ? pf.f.info.code.name : '',
    code: pf ? listingKey(pf.f.info.code) : '',
    locals,
  };
}

/** The main module's globals: its data, not dunders or imported modules. */
export function mainGlobals(world: StepWorld): [string, PyVal][] {
  const m = world.procs[0]?.modules.getStr('__main__');
  if (!(m instanceof PyModule) || !(m.ns instanceof PyDict)) return [];
  const out: [string, PyVal][] = [];
  for (const [k, v] of m.ns.entries()) {
    if (typeof k !== 'string' || (k.startsWith('__') && k.endsWith('__')) || v instanceof PyModule) continue;
    out.push([k, v]);
  }
  return out;
}

export function globalsView(globals: [string, PyVal][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of globals) out[k] = safeRepr(v);
  return out;
}

export function lockStateOf(v: PyVal): LockState | null {
  return v instanceof PyNative && v.cls === lockType ? (v as PyNative<LockState>).state : null;
}

/** A threading.RLock (threading.py's `_RLock`): its inner lock and how many times its holder took it. */
export function rlockOf(v: PyVal): { inner: LockState; count: number } | null {
  if (!(v instanceof PyInstance) || v.cls.name !== '_RLock' || v.cls.module !== 'threading') return null;
  const inner = lockStateOf(v.dict.get('_block') ?? null);
  const count = v.dict.get('_count');
  return inner ? { inner, count: typeof count === 'bigint' ? Number(count) : 0 } : null;
}

/** A threading.Condition's own lock (`_lock`: an RLock unless the program gave one), which `with cond:` takes. */
export function conditionLockOf(v: PyVal): PyVal | null {
  return v instanceof PyInstance && v.cls.name === 'Condition' && v.cls.module === 'threading' ? (v.dict.get('_lock') ?? null) : null;
}

function isQueue(v: PyVal): v is PyInstance {
  return v instanceof PyInstance && v.cls.mro.some((t: PyType) => t.name === 'Queue' && t.module === 'queue');
}

/** The items of a queue.Queue: its `queue` attribute, a deque (a list from `_head` on) or a list. */
export function queueView(name: string, q: PyInstance): QueueView {
  const inner = q.dict.get('queue');
  let items: readonly PyVal[] = [];
  if (inner instanceof PyList) items = inner.items;
  else if (inner instanceof PyInstance) {
    const data = inner.dict.get('_data');
    const head = inner.dict.get('_head');
    if (data instanceof PyList) items = data.items.slice(typeof head === 'bigint' ? Number(head) : 0);
  }
  const max = q.dict.get('maxsize');
  return { name, items: items.map((x) => safeRepr(x)), maxsize: typeof max === 'bigint' ? Number(max) : 0 };
}

export function queuesView(globals: [string, PyVal][]): QueueView[] {
  return globals.filter(([, v]) => isQueue(v)).map(([k, v]) => queueView(k, v as PyInstance));
}
