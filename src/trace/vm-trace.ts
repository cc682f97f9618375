/**
 * The Python VM's event stream (src/python/vm/events.ts) in the page's run
 * model: one lane per Python thread (`worker` = lane index, in start order),
 * spans for running / sleeping / waiting, prints as console lines of their
 * thread, holds of the program's own locks, a value track per numeric
 * global; and the facts the generic outcome reads (threads, processes, exit
 * status, exceptions, final globals, time blocked on each lock and queue).
 * Pure: fed batch by batch, as the worker sends them.
 */
import { EventKind, type RuntimeEvent, ThreadState, packQueueRef } from '../runtime/events';
import type { VmEvent } from '../python/vm/events';
import { MAX_CONSOLE_LINES } from './console-limit';
import { waitKind } from './wait-kind';

export interface VmThreadFact {
  lane: number;
  name: string;
  pid: number;
  ident: number;
  start: number;
  /** NaN while alive (or stuck for good at the end). */
  end: number;
  /** The last line of the script the thread was seen at (an event's line), kept when it ends; 0 when none. */
  endLine: number;
}

/** One store to a watched global (`VmTrace`'s `watch`): what a lesson's analysis reads. */
export interface VmStoreFact {
  name: string;
  /** The process whose copy of the global it is (a child's globals are its own). */
  pid: number;
  t: number;
  lane: number;
  line: number;
  /** repr of the value before (null: the first binding) and after. */
  old: string | null;
  value: string;
  /** The new value as a number (ints and floats), else null. */
  num: number | null;
  oldNum: number | null;
}

/** A call the library made into the script's functions (a thread's target, a pool's task). */
export interface VmCallFact {
  fn: string;
  /** repr of the positional arguments, a tuple: `('https://www.163.com',)`. */
  args: string;
  lane: number;
  start: number;
  /** NaN while it runs (or when its process was killed during it). */
  end: number;
  /** repr of the result, or the exception's class name when `raised`. */
  value: string;
  raised: boolean;
}

/**
 * Which of the script's calls are a lesson's tasks, and each one's number (null: not a task):
 * their start and end become `task-start` / `task-end` marks, as the pool views read them.
 */
export type TaskOf = (call: { fn: string; args: string }) => number | null;

/** Calls kept: a library looping over a callback must not grow memory without bound. */
export const MAX_CALLS = 10_000;

/** Stores kept per watched global: a lesson stores a handful; a hot loop must not grow memory without bound. */
export const MAX_WATCHED_STORES = 100_000;

export interface VmGilHold {
  pid: number;
  lane: number;
  start: number;
  end: number;
}

export interface VmPrintFact {
  lane: number;
  t: number;
  text: string;
}

export interface VmProcessFact {
  pid: number;
  ppid: number;
  name: string;
  start: number;
  end: number;
  status: number | null;
}

export interface VmExceptionFact {
  thread: string;
  t: number;
  text: string;
  /** Last line of the traceback: `ZeroDivisionError: division by zero`. */
  summary: string;
  line: number;
}

export interface VmWaitTotal {
  /** The lock's global name, or what the wait is (`join Thread-1 (sell)`, `Queue.get`). */
  on: string;
  kind: 'lock' | 'queue' | 'other';
  seconds: number;
  waits: number;
}

export interface VmStuck {
  thread: string;
  on: string;
  /** `other`: a wait that is not on the program's own lock or queue (a join, Python's shutdown waiting for threads). */
  kind: 'lock' | 'queue' | 'other';
  /** The thread holding that lock, '' when none or not known. */
  holder: string;
  line: number;
}

export interface VmFacts {
  threads: VmThreadFact[];
  processes: VmProcessFact[];
  exceptions: VmExceptionFact[];
  /** Final value (repr) of each global of the main script in the main process (a child's copies are its own), in first-store order. */
  globals: { name: string; value: string }[];
  waits: VmWaitTotal[];
  /** Every store to a watched global, in order (at most MAX_WATCHED_STORES per name). */
  stores: VmStoreFact[];
  /** The library's calls into the script, in the order they started (at most MAX_CALLS). */
  calls: VmCallFact[];
  /** Threads blocked for good when the run deadlocked. */
  stuck: VmStuck[];
  deadlock: string;
  exitStatus: number | null;
  /** Names of the lock indices used by spans (`on` - 1) and holds. */
  lockNames: string[];
  queueNames: string[];
  end: number;
  /** Output lines dropped after the console's limit. */
  droppedLines: number;
  /** Every line the program printed to stdout, with the lane that printed it (up to the console's limit): what a lesson reads from its own prints. */
  printed: VmPrintFact[];
  /** Each process's GIL holds, when the run sends 'gil' events (VmRunRequest.gil); end NaN while held. */
  gil: VmGilHold[];
  /** A thread waiting in input() for a typed line, and the prompt it printed; null when none waits. */
  prompt: { thread: string; text: string } | null;
}

// Kept apart so the page's outcome view can name the limit without pulling in the trace builder.
export { MAX_CONSOLE_LINES } from './console-limit';

interface LaneState {
  lane: number;
  name: string;
  /** Unfinished output per stream: print writes its text and its '\n' separately. */
  partial: [string, string];
  partialLine: number;
  /** The last script line an event of this thread came from. */
  lastLine: number;
  wait: { start: number; on: string; kind: VmWaitTotal['kind']; lock: number; line: number } | null;
}

const QUEUE_WAIT = /^(Queue|SimpleQueue)\./;

export function emptyFacts(): VmFacts {
  return { threads: [], processes: [], exceptions: [], globals: [], waits: [], stores: [], stuck: [], deadlock: '', exitStatus: null, lockNames: [], queueNames: [], end: 0, droppedLines: 0, printed: [], calls: [], gil: [], prompt: null };
}

/** The last `File "<path>", line N` of a traceback: where the exception was raised in the script. */
export function tracebackLine(text: string, path: string): number {
  let line = 0;
  const re = /File "([^"]*)", line (\d+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[1] === path) line = Number(m[2]);
  return line;
}

export class VmTrace {
  readonly facts = emptyFacts();
  private readonly lanes = new Map<string, LaneState>();
  private readonly byLane: LaneState[] = [];
  /** Lock id (or, for a wait on no lock, what it waits for) → index in lockNames. */
  private readonly lockIndex = new Map<number | string, number>();
  /** Locks bound to a global of the script: their holds are drawn. */
  private readonly userLocks = new Set<number>();
  private readonly holder = new Map<number, number>();
  private readonly globalIndex = new Map<string, number>();
  private readonly queueIds = new Map<number, number>();
  /** Call id → its fact (and its task number, if it is a task), until it returns. */
  private readonly openCalls = new Map<number, { fact: VmCallFact | null; task: number | null }>();
  /** The text of an exception or deadlock just reported: the stderr write that follows is the same text. */
  private pendingErr = '';
  private lines = 0;

  private readonly watched: Map<string, number>;

  /** `watch`: globals whose every store a lesson's analysis reads (facts.stores). */
  constructor(
    private readonly path = 'main.py',
    watch: readonly string[] = [],
    private readonly taskOf: TaskOf | null = null,
  ) {
    this.watched = new Map(watch.map((n) => [n, 0]));
  }

  /** Translates a batch; returns the page's events for it. */
  apply(events: readonly VmEvent[]): RuntimeEvent[] {
    const out: RuntimeEvent[] = [];
    for (const e of events) this.one(e, out);
    return out;
  }

  /**
   * multiprocessing's default names: `Process-1`, `Process-2` for the main
   * process's children, `Process-1:1` for a child's own, as CPython counts them.
   */
  private processName(ppid: number): string {
    const procs = this.facts.processes;
    const parent = procs.find((p) => p.pid === ppid);
    if (!parent) return 'MainProcess';
    const k = procs.filter((p) => p.ppid === ppid).length + 1;
    return parent === procs[0] ? `Process-${k}` : `${parent.name}:${k}`;
  }

  /** A lane's name: the thread's own in the main process; a child's lanes say whose they are (each has a MainThread). */
  private laneName(pid: number, thread: string): string {
    const procs = this.facts.processes;
    const p = procs.find((x) => x.pid === pid);
    if (!p || p === procs[0]) return thread;
    return thread === 'MainThread' ? p.name : `${p.name} ${thread}`;
  }

  private laneOf(pid: number, ident: number): LaneState | undefined {
    return this.lanes.get(`${pid}:${ident}`);
  }

  private ev(out: RuntimeEvent[], worker: number, t: number, kind: EventKind, line: number, a = 0, b = 0, text = ''): void {
    out.push({ worker, t, kind, line, a, b, text });
    if (t > this.facts.end) this.facts.end = t;
  }

  private lockSlot(id: number | string, name: string): number {
    let i = this.lockIndex.get(id);
    if (i === undefined) {
      i = this.facts.lockNames.length;
      this.facts.lockNames.push(name);
      this.lockIndex.set(id, i);
    }
    return i;
  }

  /** The slot of a join: named by the lane of the thread or process it waits for (else by what it is). */
  private joinSlot(pid: number, thread: string | null, joined: number | null, what: string): number {
    if (thread !== null) {
      const name = this.laneName(pid, thread);
      return this.lockSlot(`join:${name}`, name);
    }
    if (joined !== null) {
      const name = this.facts.processes.find((p) => p.pid === joined)?.name ?? what;
      return this.lockSlot(`join:${name}`, name);
    }
    return this.lockSlot(`wait:${what}`, what);
  }

  /** A queue object's slot among queueNames: named by the first global it was bound to. */
  private queueOf(id: number, name?: string): number {
    let i = this.queueIds.get(id);
    if (i === undefined) {
      i = this.facts.queueNames.push(name ?? `queue ${this.queueIds.size + 1}`) - 1;
      this.queueIds.set(id, i);
    }
    return i;
  }

  private queueSlot(name: string): number {
    let i = this.facts.queueNames.indexOf(name);
    if (i < 0) i = this.facts.queueNames.push(name) - 1;
    return i;
  }

  private one(e: VmEvent, out: RuntimeEvent[]): void {
    const f = this.facts;
    switch (e.kind) {
      case 'process-start':
        // A child multiprocessing named (ForkPoolWorker-1) keeps that name; else the name it would give.
        f.processes.push({ pid: e.pid, ppid: e.ppid, name: f.processes.length > 0 && e.name !== 'MainProcess' && e.name !== '' ? e.name : this.processName(e.ppid), start: e.t, end: NaN, status: null });
        return;
      case 'process-end': {
        const p = f.processes.find((x) => x.pid === e.pid);
        if (p) {
          p.end = e.t;
          p.status = e.status;
        }
        return;
      }
      case 'thread-start': {
        const lane = this.byLane.length;
        const name = this.laneName(e.pid, e.name);
        const st: LaneState = { lane, name, partial: ['', ''], partialLine: 0, lastLine: e.line, wait: null };
        this.lanes.set(`${e.pid}:${e.ident}`, st);
        this.byLane.push(st);
        f.threads.push({ lane, name, pid: e.pid, ident: e.ident, start: e.t, end: NaN, endLine: 0 });
        this.ev(out, lane, e.t, EventKind.Start, e.line, e.pid, 0, name);
        return;
      }
      case 'exit':
        f.exitStatus = e.status;
        for (const st of this.byLane) this.flushPartial(st, e.t, out);
        return;
      case 'deadlock':
        f.deadlock = e.text.trimEnd();
        this.pendingErr = e.text;
        this.noteStuck();
        return;
      default:
        break;
    }
    const st = this.laneOf(e.pid, e.ident);
    if (!st) return;
    const w = st.lane;
    // Where the thread is now, for the code panel's chip on that line.
    if (e.line > 0 && e.line !== st.lastLine) {
      st.lastLine = e.line;
      this.ev(out, w, e.t, EventKind.Line, e.line);
    }
    switch (e.kind) {
      case 'thread-name': {
        st.name = this.laneName(e.pid, e.name);
        const th = f.threads[w];
        if (th) th.name = st.name;
        this.ev(out, w, e.t, EventKind.Start, e.line, e.pid, 0, st.name);
        return;
      }
      case 'thread-end': {
        this.flushPartial(st, e.t, out);
        const th = f.threads[w];
        if (th) {
          th.end = e.t;
          th.endLine = st.lastLine;
        }
        this.ev(out, w, e.t, EventKind.Done, e.line);
        return;
      }
      case 'write':
        this.write(st, e.t, e.fd, e.text, e.line, out);
        return;
      case 'exception': {
        const summary = e.text.trimEnd().split('\n').pop() ?? '';
        const line = tracebackLine(e.text, this.path) || e.line;
        f.exceptions.push({ thread: st.name, t: e.t, text: e.text.trimEnd(), summary, line });
        this.pendingErr = e.text;
        this.flushPartial(st, e.t, out);
        this.countLine(() => this.ev(out, w, e.t, EventKind.Error, line, 0, 1, e.text.trimEnd()));
        return;
      }
      case 'global-store': {
        if (e.lock >= 0) {
          this.userLocks.add(e.lock);
          const i = this.lockIndex.get(e.lock);
          if (i === undefined) this.lockSlot(e.lock, e.name);
          else f.lockNames[i] = e.name;
          return;
        }
        if (e.queue >= 0) this.queueOf(e.queue, e.name);
        // A child process stores to its own copy: its own value track, and not the main script's final value.
        const child = f.processes.find((p) => p.pid === e.pid);
        const own = child && child !== f.processes[0] ? child.name : '';
        if (own === '') this.noteGlobal(e.name, e.value);
        this.watchStore(e, w);
        if (e.num !== null) this.ev(out, w, e.t, EventKind.GlobalWrite, e.line, e.num, 0, own === '' ? e.name : `${e.name} (${own})`);
        return;
      }
      case 'call': {
        const fact = f.calls.length < MAX_CALLS ? { fn: e.fn, args: e.args, lane: w, start: e.t, end: NaN, value: '', raised: false } : null;
        if (fact) f.calls.push(fact);
        const task = this.taskOf?.(e) ?? null;
        if (task !== null) this.ev(out, w, e.t, EventKind.Mark, e.line, task, 0, 'task-start');
        if (fact || task !== null) this.openCalls.set(e.call, { fact, task });
        return;
      }
      case 'return': {
        const c = this.openCalls.get(e.call);
        this.openCalls.delete(e.call);
        if (c?.fact) Object.assign(c.fact, { end: e.t, value: e.value, raised: e.raised });
        if (c && c.task !== null) this.ev(out, w, e.t, EventKind.Mark, e.line, c.task, 0, 'task-end');
        return;
      }
      case 'queue-op':
        this.ev(out, w, e.t, e.op === 'put' ? EventKind.QueuePut : EventKind.QueueGet, e.line, packQueueRef(this.queueOf(e.queue), e.serial), e.size, e.item);
        return;
      case 'lock-acquire':
        this.holder.set(e.lock, w);
        if (this.userLocks.has(e.lock)) this.ev(out, w, e.t, EventKind.Acquired, e.line, this.lockSlot(e.lock, `lock ${e.lock}`));
        return;
      case 'gil':
        this.gilHold(e.pid, w, e.t, e.line, e.held, out);
        return;
      case 'lock-release':
        this.holder.delete(e.lock);
        if (this.userLocks.has(e.lock)) this.ev(out, w, e.t, EventKind.Released, e.line, this.lockSlot(e.lock, `lock ${e.lock}`));
        return;
      case 'wait-start': {
        // input(): the prompt it wrote is still an unfinished line; the page shows it beside a text box.
        if (e.what === 'input()') this.facts.prompt = { thread: st.name, text: st.partial[0] };
        // Waiting on the clock or on the person at the keyboard: blocked in IO, holding nothing.
        if (e.sleep || e.what === 'input()') {
          st.wait = { start: e.t, on: e.sleep ? 'time.sleep()' : e.what, kind: 'other', lock: -1, line: e.line };
          this.ev(out, w, e.t, EventKind.State, e.line, ThreadState.Sleeping, 0);
          return;
        }
        if (QUEUE_WAIT.test(e.what)) {
          st.wait = { start: e.t, on: e.what, kind: 'queue', lock: -1, line: e.line };
          this.ev(out, w, e.t, EventKind.State, e.line, ThreadState.WaitingQueue, this.queueSlot(e.what) + 1);
          return;
        }
        const user = e.lock >= 0 && this.userLocks.has(e.lock);
        const name = user ? (f.lockNames[this.lockIndex.get(e.lock) ?? -1] ?? e.what) : e.what;
        st.wait = { start: e.t, on: name, kind: user ? 'lock' : 'other', lock: e.lock, line: e.line };
        const wk = waitKind(e.what, user);
        // A join's slot names what it waits for, as its lane is named, so the tooltip and the join arrow find it.
        const slot =
          wk.state === ThreadState.WaitingLock
            ? this.lockSlot(e.lock >= 0 ? e.lock : e.what, name)
            : wk.state === ThreadState.Joining
              ? this.joinSlot(e.pid, wk.thread, wk.pid, e.what)
              : // A Condition's waiter lock is new at every wait: slot by what it is, not by lock.
                this.lockSlot(`wait:${e.what}`, e.what);
        this.ev(out, w, e.t, EventKind.State, e.line, wk.state, slot + 1);
        return;
      }
      case 'wait-end':
        if (this.facts.prompt?.thread === st.name) this.facts.prompt = null;
        this.endWait(st, e.t);
        this.ev(out, w, e.t, EventKind.State, e.line, ThreadState.Running, 0);
        return;
      default:
        return;
    }
  }

  private noteGlobal(name: string, value: string): void {
    const f = this.facts;
    const gi = this.globalIndex.get(name);
    if (gi === undefined) {
      this.globalIndex.set(name, f.globals.length);
      f.globals.push({ name, value });
    } else {
      const g = f.globals[gi];
      if (g) g.value = value;
    }
  }

  private watchStore(e: Extract<VmEvent, { kind: 'global-store' }>, lane: number): void {
    const n = this.watched.get(e.name);
    if (n === undefined || n >= MAX_WATCHED_STORES) return;
    this.watched.set(e.name, n + 1);
    const oldNum = e.old === null ? null : Number(e.old);
    this.facts.stores.push({ name: e.name, pid: e.pid, t: e.t, lane, line: e.line, old: e.old, value: e.value, num: e.num, oldNum: oldNum !== null && Number.isFinite(oldNum) ? oldNum : null });
  }

  private endWait(st: LaneState, t: number): void {
    const wt = st.wait;
    if (!wt) return;
    st.wait = null;
    if (wt.kind === 'other' && wt.on === 'time.sleep()') return;
    let tot = this.facts.waits.find((x) => x.on === wt.on && x.kind === wt.kind);
    if (!tot) {
      tot = { on: wt.on, kind: wt.kind, seconds: 0, waits: 0 };
      this.facts.waits.push(tot);
    }
    tot.seconds += Math.max(0, t - wt.start);
    tot.waits++;
  }

  /** At a deadlock: who waits on what, and who holds it; their waits count up to now. */
  private noteStuck(): void {
    for (const st of this.byLane) {
      const wt = st.wait;
      if (!wt) continue;
      const h = wt.lock >= 0 ? this.holder.get(wt.lock) : undefined;
      this.facts.stuck.push({ thread: st.name, on: wt.on, kind: wt.kind, holder: h === undefined ? '' : (this.byLane[h]?.name ?? ''), line: wt.line });
      this.endWait(st, this.facts.end);
    }
  }

  private write(st: LaneState, t: number, fd: number, text: string, line: number, out: RuntimeEvent[]): void {
    if (fd === 2 && this.pendingErr !== '' && text === this.pendingErr) {
      this.pendingErr = '';
      return;
    }
    const k = fd === 2 ? 1 : 0;
    if (st.partial[k] === '') st.partialLine = line;
    const parts = (st.partial[k] + text).split('\n');
    st.partial[k] = parts.pop() ?? '';
    for (const p of parts) this.countLine(() => this.printLine(out, st, t, st.partialLine || line, fd, p));
    if (parts.length) st.partialLine = line;
  }

  private flushPartial(st: LaneState, t: number, out: RuntimeEvent[]): void {
    for (const k of [0, 1] as const) {
      if (st.partial[k] === '') continue;
      const text = st.partial[k];
      st.partial[k] = '';
      this.countLine(() => this.printLine(out, st, t, st.partialLine, k === 1 ? 2 : 1, text));
    }
  }

  /** A GIL is a lock of its own per process on the timeline: `GIL` in the main process, `GIL (Process-1)` in a child. */
  private gilHold(pid: number, lane: number, t: number, line: number, held: boolean, out: RuntimeEvent[]): void {
    const procs = this.facts.processes;
    const p = procs.find((x) => x.pid === pid);
    const slot = this.lockSlot(`gil:${pid}`, !p || p === procs[0] ? 'GIL' : `GIL (${p.name})`);
    this.ev(out, lane, t, held ? EventKind.Acquired : EventKind.Released, line, slot);
    const holds = this.facts.gil;
    if (held) {
      if (holds.length < MAX_WATCHED_STORES) holds.push({ pid, lane, start: t, end: NaN });
      return;
    }
    for (let i = holds.length - 1; i >= 0; i--) {
      const h = holds[i];
      if (h && h.pid === pid && h.lane === lane && Number.isNaN(h.end)) {
        h.end = t;
        break;
      }
    }
  }

  private printLine(out: RuntimeEvent[], st: LaneState, t: number, line: number, fd: number, text: string): void {
    this.ev(out, st.lane, t, EventKind.Print, line, 0, fd, text);
    if (fd === 1) this.facts.printed.push({ lane: st.lane, t, text });
  }

  private countLine(emit: () => void): void {
    if (this.lines++ < MAX_CONSOLE_LINES) emit();
    else this.facts.droppedLines++;
  }
}
