// What the student sees between two steps, as plain data (no VM objects):
// each thread's place in the program (line, the instruction as `dis` prints
// it, locals), module globals, locks with holder and waiters, queues with
// their items. Every repr is watchRepr's: a snapshot must never run Python code
// (a user __repr__ could block, loop, or change what it shows).

import type { Frame } from '../vm/frame';
import type { CodeObject } from '../code';
import type { Thread } from '../vm/wait';
import type { StepWorld } from './step-world';
import { frameLocals, programFrame } from './frame-locals';
import type { SyncKind } from './watch-objects';

export { programFrame } from './frame-locals';

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
  /** The name the program reaches it by (a global, `account.lock`, `self.lock`), else its label (`join Thread-1`), else `lock #id`. */
  name: string;
  /** Bound to a module global (or reached through one). */
  global: boolean;
  /** The program can name it (a global, an attribute, a local): the watch lists these (user-locks.ts). */
  program: boolean;
  locked: boolean;
  /** The lane holding it: a Lock's, an RLock's owner, a Condition's lock's. */
  holder: number | null;
  /** Lanes blocked to take it. */
  waiters: number[];
  /** What the program made (watch-objects.ts); absent for threading's own locks. */
  kind?: SyncKind;
  /** CPython's repr of the object (watch-repr.ts). */
  repr?: string;
  /** An RLock's recursion count (how many releases open it). */
  count?: number;
  /** A Semaphore's value (`1`, a BoundedSemaphore's `1/3`), an Event's `set` / `unset`. */
  value?: string;
  /** Lanes inside its wait() (a Condition's, a Semaphore's acquire, an Event's wait), until notified. */
  inWait?: number[];
}

export interface QueueView {
  name: string;
  items: string[];
  maxsize: number;
  /** A multiprocessing queue's channel (the queue-op events' id): its items come from those events, not from a heap. */
  channel?: number;
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
