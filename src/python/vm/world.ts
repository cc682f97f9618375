// The scheduler of single-worker mode: every thread of every process as a
// green thread in this JS thread. A thread runs until it blocks or, at an
// eval-breaker point, another thread has waited a switch interval (the GIL
// hand-over). Simulated time runs with real time while a thread executes and
// jumps to the earliest deadline when every thread is blocked (speed=max).

import { PyException, PyType, type PyVal } from './objects';
import { EXC, isSubtype } from './types';
import * as ops from './ops';
import { Process, type LibLoader } from './process';
import { Thread, type Wait } from './wait';
import type { Pickled } from './fork';
import type { CodeObject } from '../code';
import type { RunResult } from './interp';
import type { RunGate } from './run-control';
import { attachHeap, bootHeap, DEFAULT_HEAP_BYTES, type HeapBuffer } from '../heap';
import { HeapCtx, setHeapCtx } from './heap-state';
import { preallocateMemoryError } from './heap-bridge';
import { threadLine, type VmEvent, type VmEventSink } from './events';
import { decideIdle, type IdleThread } from './host/idle-rule';
import { readTyped, type InputSource } from './input';
import { evalBreaker, identOfSlot, type WorkerCtx } from './worker-mode';
import { installLockKind } from './worker-start';
import { workerStepGate } from '../step/worker-gate';
import { frameLocals, frameValues, programFrame } from '../step/frame-locals';
import { mainGlobals, watchSnapshot } from '../step/watch-snapshot';
import { FreeThreads } from './free-threads';
import { GilWatch } from './gil-watch';
import { DEFAULT_CORES, FairPick, type WorkTicker, cpuHolders, slowdown, workClock } from './cores';
import { Clock } from './vm-clock';
import { DEFAULT_LIMITS } from './host/layout';

export interface WorldOptions {
  /** Simulated seconds per real second while every thread waits; Infinity jumps at once. */
  speed: number;
  stdin: string;
  lib: LibLoader;
  write(fd: number, text: string): void;
  argv?: string[];
  timeLimitMs?: number;
  /** Byte size of the process heap (default 256 MiB); past it, allocation raises MemoryError. */
  heapBytes?: number;
  /** Receives what the program does (events.ts); absent, the hooks cost one null check. */
  events?: VmEventSink;
  /** Called every few dozen eval-breaker checks: a watcher flushes what it buffered. */
  poll?(): void;
  /** Pause, step and a live speed from the page (run-control.ts); absent, a run goes to its end at `speed`. */
  control?: RunGate;
  /** Compiled library modules by path and source, kept by a host that runs many programs (the page's worker). */
  codeCache?: Map<string, CodeObject>;
  /** An already booted heap to run on (another worker of the process made it), instead of a new one. */
  heap?: HeapBuffer;
  /** Lines typed while the program runs, after `stdin` is used up (the page's console). */
  input?: InputSource;
  /** Called before the run waits on real time for input: a watcher sends what it buffered (the prompt). */
  flush?(): void;
  /** Worker mode: this worker runs one Python thread on the run's ThreadRuntime (worker-mode.ts). */
  worker?: WorkerCtx;
  /** No GIL, as CPython 3.13t (free-threads.ts): threads interleave between any two instructions. */
  freeThreaded?: boolean;
  /** Seeds the free-threaded schedule (default: a random one per run). */
  seed?: number;
  /** Virtual cores the processes' GIL holders share (cores.ts); default DEFAULT_CORES. */
  cores?: number;
  /** What moves simulated time while a thread runs: real time (default) or the work done (cores.ts's WorkClock). */
  clock?: 'real' | 'work';
  /** Tell the watcher who holds each process's GIL ('gil' events, gil-watch.ts). */
  gilEvents?: boolean;
  /**
   * Threads alive at once, every process's counted (default: worker mode's run table, DEFAULT_LIMITS.threads):
   * one more and `start()` raises CPython's `RuntimeError: can't start new thread` in the starter.
   */
  maxThreads?: number;
}

/** Thrown when a run exceeds WorldOptions.timeLimitMs. */
export class TimeLimit extends Error {}
/** Unwinds nested runs once a deadlock has been reported. */
class Deadlock extends Error {}
/** Unwinds a thread's nested run once its process ended while another thread had the turn (switchNested). */
class ThreadEnded extends Error {}

function sleepReal(ms: number): void {
  if (ms <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(ms, 60000));
}

export class World {
  readonly heap: HeapCtx;
  clock = new Clock();
  procs: Process[] = [];
  lib: LibLoader;
  private idents = 0;
  private pids = 4242;
  private stdinLines: string[];
  private breaks = 0;
  protected sliceStart = 0;
  protected current: Thread | null = null;
  private readonly fair = new FairPick<Process, Thread>(() => this.procs);
  /** The work clock when time is made of work (cores.ts), else null. */
  private work: WorkTicker | null = null;
  private gil: GilWatch<Process, Thread> | null = null;
  /** Threads sharing the real core this turn, up to the cores (cores.ts's slowdown). */
  private pace = 1;
  deadlocked = false;
  channels = new Map<number, { items: Pickled[]; maxsize: number }>();
  xlocks = new Map<number, { locked: boolean }>();
  shared = new Map<number, PyVal[]>();
  private handles = 0;
  /** Where events go, or null when nobody listens. */
  readonly ev: VmEventSink | null;
  /** Worker mode's runtime, or null in single-worker mode. */
  readonly worker: WorkerCtx | null;
  /** Free-threaded mode's scheduler, or null with the GIL. */
  readonly free: FreeThreads | null;
  /** The main script's path: event lines are lines of this file. */
  mainPath = '';
  /** Calls reported so far (call events), across processes: each call's id. */
  calls = 0;
  newHandle(): number {
    return ++this.handles;
  }

  constructor(public opts: WorldOptions) {
    this.lib = opts.lib;
    // One heap for every process of this worker: fork copies objects into it (see README).
    this.heap = new HeapCtx(opts.heap ? attachHeap(opts.heap) : bootHeap({ bytes: opts.heapBytes ?? DEFAULT_HEAP_BYTES }));
    setHeapCtx(this.heap);
    preallocateMemoryError();
    this.worker = opts.worker ?? null;
    // Worker mode: the run's host listens or not for every worker alike (host/event-sink.ts).
    this.ev = opts.events ?? this.worker?.rt.events ?? null;
    this.free = opts.freeThreaded && !this.worker ? new FreeThreads(opts.seed ?? Math.floor(Math.random() * 2 ** 32)) : null;
    if (this.worker) {
      const rt = this.worker.rt;
      this.clock = new Clock(rt);
      this.worker.heap = this.heap.h.buffer;
      // No GIL across workers: list/dict/set/`__dict__` mutators take their object's lock (heap-state.ts).
      this.heap.locking = rt.freeThreaded;
      // A paused run (host/pause-gate.ts) asks each thread for its locals once every thread stands: this worker's one thread.
      rt.pause.report = this.reportLocals;
      rt.gilLine = () => (this.current ? threadLine(this.current, this.mainPath) : 0);
    }
    if (!this.worker && opts.clock === 'work') this.clock = this.work = workClock(Clock);
    if (this.ev && opts.gilEvents && !opts.freeThreaded) this.gil = new GilWatch((th, held) => this.emit({ kind: 'gil', ...this.who(th), held }));
    if (opts.timeLimitMs) this.killAt = performance.now() + opts.timeLimitMs;
    this.stdinLines = opts.stdin.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  }

  nextIdent(): number {
    // One Python thread per worker: every Thread this World makes is that thread.
    if (this.worker) return identOfSlot(this.worker.rt.slot);
    return 140000000000000 + ++this.idents * 4096;
  }
  /** Room for one more live thread (WorldOptions.maxThreads)? */
  canStartThread(): boolean {
    return this.allThreads().length < (this.opts.maxThreads ?? DEFAULT_LIMITS.threads);
  }
  nextPid(): number {
    return ++this.pids;
  }

  write(fd: number, text: string, by: Thread | null = this.current): void {
    if (!text) return;
    if (this.ev && by) this.noteWrite(by, fd, text);
    this.opts.write(fd, text);
  }

  /** Time, process, thread and line of an event th causes. */
  who(th: Thread): { t: number; pid: number; ident: number; line: number } {
    return { t: this.clock.now(), pid: this.procOf(th)?.pid ?? 0, ident: th.ident, line: threadLine(th, this.mainPath) };
  }

  emit(e: VmEvent): void {
    this.ev?.emit(e);
    if (this.opts.control) this.honourPause();
  }

  /** Waits out a pause from the page; simulated time stands still meanwhile. */
  private honourPause(): void {
    const ms = this.opts.control?.hold(this.clock.now(), this.reportLocals) ?? 0;
    if (ms > 0) this.clock.skip(ms);
  }

  /**
   * As a pause begins: each live thread's locals in its program frame, a 'step-locals' event the page's watch
   * shows while the run stands still. Only then: the hot loop never reprs a local. Straight to the sink (emit
   * would ask the pause again).
   */
  private readonly reportLocals = (): void => {
    const frames: [string, PyVal][][] = [];
    let first: Thread | null = null;
    for (const [, th] of this.allThreads()) {
      first ??= th;
      const pf = programFrame(th, this.mainPath);
      if (!pf) continue;
      frames.push(frameValues(pf.f));
      this.ev?.emit({ kind: 'step-locals', ...this.who(th), locals: frameLocals(pf.f) });
    }
    if (first) this.ev?.emit({ kind: 'watch-state', ...this.who(first), watch: watchSnapshot(mainGlobals(this), frames) });
  };

  private noteWrite(th: Thread, fd: number, text: string): void {
    const w = this.who(th);
    // threading.excepthook writes the whole report in one call. The exception
    // comes first, so a reader can tell the write that follows is its text.
    if (fd === 2 && text.startsWith('Exception in thread ')) this.emit({ kind: 'exception', ...w, text });
    this.emit({ kind: 'write', ...w, fd, text });
  }

  private noteWaitStart(th: Thread, w: Wait): void {
    if (!this.ev) return;
    this.emit({ kind: 'wait-start', ...this.who(th), what: w.what, lock: w.lock?.id ?? -1, sleep: w.sleep === true, deadline: w.deadline });
  }

  private noteWaitEnd(th: Thread, w: Wait, r: PyVal, timedOut: boolean): void {
    if (!this.ev) return;
    const who = this.who(th);
    this.emit({ kind: 'wait-end', ...who, timedOut });
    if (w.lock && r === true) this.emit({ kind: 'lock-acquire', ...who, lock: w.lock.id, label: w.lock.label });
  }
  readline(forInput = false): string | null {
    const line = this.stdinLines.shift();
    if (line !== undefined || !this.opts.input) return line ?? null;
    // The echo belongs to the reader, whichever thread the scheduler runs when the line comes.
    const reader = this.current;
    return readTyped(this.opts.input, forInput, (t) => this.write(1, t, reader));
  }

  newProcess(ppid: number): Process {
    const p = new Process(this, this.nextPid(), ppid, this.opts.argv ?? []);
    this.procs.push(p);
    if (this.worker) {
      installLockKind(p);
      p.interp.gate = workerStepGate(this.worker.rt, () => this.mainPath, (th, f) => {
        // A parked thread sees the whole shared heap but only its own frames: the globals, and its own locals.
        this.emit({ kind: 'step-locals', ...this.who(th), locals: frameLocals(f) });
        this.emit({ kind: 'watch-state', ...this.who(th), watch: watchSnapshot(mainGlobals(this), [frameValues(f)]) });
      });
    }
    const free = this.free;
    if (free) p.interp.gate = (th) => free.gate(th, this.othersRun);
    return p;
  }

  private killAt = Infinity;

  shouldSwitch(th: Thread): boolean {
    if (this.worker) {
      evalBreaker(this.worker);
      return false;
    }
    this.work?.tick();
    if ((++this.breaks & 31) !== 0) return false;
    // A loop that never blocks or emits pauses here too (before any mode's own early return below).
    if (this.opts.control) this.honourPause();
    if (performance.now() > this.killAt) throw new TimeLimit('time limit exceeded');
    this.opts.poll?.();
    // No GIL to hand over: the free-threaded gate interleaves instead.
    if (this.free) return false;
    const proc = this.procOf(th);
    // A turn is a switch interval of the thread's own (virtual) core: shorter in simulated time while cores run side by side.
    if (this.clock.now() - this.sliceStart < (proc?.switchInterval ?? 0.005) / this.pace) return this.freeCoreWanted();
    return this.allThreads().some(([, t]) => t !== th && this.runnable(t));
  }

  /** The free-threaded gate's question, asked every few instructions: allocates nothing (allThreads() would). */
  private readonly othersRun = (th: Thread): boolean => {
    for (const p of this.procs) for (const t of p.threads) if (t !== th && t.state !== 'done' && this.runnable(t)) return true;
    return false;
  };

  protected procOf(th: Thread): Process | undefined {
    return this.procs.find((p) => p.threads.includes(th));
  }

  protected allThreads(): [Process, Thread][] {
    const out: [Process, Thread][] = [];
    for (const p of this.procs) for (const t of p.threads) if (t.state !== 'done') out.push([p, t]);
    return out;
  }

  /** Wakes th if what it waits for happened; true when it can run. */
  protected runnable(th: Thread): boolean {
    if (th.inNested) return false;
    if (th.state === 'ready') return true;
    if (th.state !== 'blocked' || !th.wait) return false;
    const w = th.wait;
    let r = w.poll();
    const timedOut = r === undefined && w.deadline !== null && this.clock.now() >= w.deadline;
    if (timedOut) r = w.timeout;
    if (r === undefined) return false;
    this.noteWaitEnd(th, w, r, timedOut);
    th.state = 'ready';
    th.wait = null;
    const f = th.frames[th.frames.length - 1];
    if (f) f.stack.push(r);
    return true;
  }

  /** Runs other threads until th's wait is over (th is blocked inside a nested run, so it keeps its JS stack). */
  waitNested(th: Thread, wait: Wait): PyVal {
    th.state = 'blocked';
    th.wait = wait;
    th.inNested = true;
    this.gil?.after(this.procOf(th), th, false);
    this.noteWaitStart(th, wait);
    try {
      for (;;) {
        let r = wait.poll();
        const timedOut = r === undefined && wait.deadline !== null && this.clock.now() >= wait.deadline;
        if (timedOut) r = wait.timeout;
        if (r !== undefined) {
          this.noteWaitEnd(th, wait, r, timedOut);
          return r;
        }
        const live = this.allThreads();
        const ready = live.filter(([, t]) => this.runnable(t));
        if (!ready.length) {
          if (!this.idle(live)) throw new Deadlock('deadlock');
          continue;
        }
        const [proc, other] = this.pickAndPace(ready);
        this.current = other;
        this.sliceStart = this.clock.now();
        this.step(proc, other);
        this.gil?.after(proc, other, other.state === 'ready');
      }
    } finally {
      th.inNested = false;
      th.state = 'ready';
      th.wait = null;
      this.current = th;
      const proc = this.procOf(th);
      if (proc) this.gil?.took(proc, th);
    }
  }

  /**
   * shouldSwitch said yes inside a nested run (`sum(gen)`'s generator at its
   * RESUME): th keeps its JS stack, so one turn of another thread runs from
   * here (as waitNested runs them), then th goes on. th cannot be picked
   * meanwhile (inNested); a thread that switches inside its own nested run
   * here finds th unpickable and keeps the GIL until its callback returns.
   */
  switchNested(th: Thread): void {
    const proc = this.procOf(th);
    th.inNested = true;
    this.gil?.after(proc, th, true);
    try {
      const ready = this.allThreads().filter(([, t]) => t !== th && this.runnable(t));
      if (!ready.length) return;
      const [p, other] = this.pickAndPace(ready);
      this.current = other;
      this.sliceStart = this.clock.now();
      this.step(p, other);
      this.gil?.after(p, other, other.state === 'ready');
    } finally {
      th.inNested = false;
      this.current = th;
      this.sliceStart = this.clock.now();
      if (proc) this.gil?.took(proc, th);
    }
    // The other thread's turn ended th's process (its main thread finished, th a daemon): th stops here.
    if (th.state === 'done') throw new ThreadEnded();
  }

  /** Makes the main process and its first frame without running it (the step engine drives it); null when it cannot start. */
  bootMain(source: string, path: string): Process | null {
    const main = this.newProcess(1);
    this.mainPath = path;
    if (!main.startMain(source, path)) return null;
    if (this.ev) {
      this.emit({ kind: 'process-start', t: this.clock.now(), pid: main.pid, ppid: main.ppid, name: main.name });
      this.emit({ kind: 'thread-start', ...this.who(main.mainThread), name: main.mainThread.name, daemon: false });
    }
    return main;
  }

  /** Runs the program to its end; returns the exit status. */
  runMain(source: string, path: string): number {
    const main = this.bootMain(source, path);
    if (!main) return this.procs[0]?.exitStatus ?? 1;
    try {
      this.loop();
    } catch (e) {
      if (!(e instanceof Deadlock)) throw e;
    }
    const status = this.deadlocked ? 3 : (main.exitStatus ?? 0);
    this.emit({ kind: 'exit', t: this.clock.now(), status });
    return status;
  }

  /** Runs `f(*args)` on a new thread of `proc` until every thread is done: its result, or the exception it raised. */
  runCall(proc: Process, f: PyVal, args: PyVal[], kw: Map<string, PyVal> | null = null): { result: PyVal; error: PyException | null } {
    const th = new Thread(this.nextIdent(), 'MainThread');
    let out: { result: PyVal; error: PyException | null } = { result: null, error: null };
    th.report = (result, error) => {
      out = { result, error };
    };
    proc.threads.push(th);
    proc.startCall(th, f, args, kw);
    this.loop();
    return out;
  }

  private loop(): void {
    for (;;) {
      const live = this.allThreads();
      if (!live.length) return;
      const ready = live.filter(([, t]) => this.runnable(t));
      if (!ready.length) {
        if (!this.idle(live)) return;
        continue;
      }
      const [proc, th] = this.pickAndPace(ready);
      this.current = th;
      this.sliceStart = this.clock.now();
      this.step(proc, th);
      this.gil?.after(proc, th, th.state === 'ready');
    }
  }

  /**
   * A thread woke that would run on a free core of its own (another process's,
   * or any thread without a GIL): it starts now, not at the end of this turn.
   * One process with its GIL never has one, so its programs switch as before.
   */
  private freeCoreWanted(): boolean {
    const free = this.opts.freeThreaded === true;
    const cores = this.opts.cores ?? DEFAULT_CORES;
    if (this.pace >= cores || (this.procs.length === 1 && !free)) return false;
    const ready = this.allThreads().filter(([, t]) => this.runnable(t));
    return slowdown(cpuHolders(ready, free), cores) > this.pace;
  }

  /** The next thread, in fair turns (free-threaded: the seeded interleaving), with the clock paced to the threads sharing the real core (cores.ts). */
  private pickAndPace(ready: [Process, Thread][]): readonly [Process, Thread] {
    // Without a GIL every runnable thread holds a core of its own.
    this.pace = slowdown(cpuHolders(ready, this.free !== null), this.opts.cores ?? DEFAULT_CORES);
    this.clock.setRate(1 / this.pace);
    const pick = (this.free ? this.free.pick(ready, this.current) : this.fair.pick(ready)) as readonly [Process, Thread];
    this.gil?.took(pick[0], pick[1]);
    return pick;
  }

  protected step(proc: Process, th: Thread): void {
    if (th.pendingNative) {
      const f = th.pendingNative;
      th.pendingNative = null;
      proc.interp.th = th;
      try {
        th.result = f();
      } catch (e) {
        if (e instanceof ThreadEnded) return;
        if (!(e instanceof PyException)) throw e;
        th.error = e;
      }
      th.state = 'done';
      this.finished(proc, th);
      return;
    }
    if (!th.frames.length) {
      this.finished(proc, th);
      return;
    }
    let r: RunResult;
    try {
      r = proc.interp.run(th, 0);
    } catch (e) {
      if (e instanceof ThreadEnded) return;
      throw e;
    }
    if (r === 'done') this.finished(proc, th);
    else if (r === 'blocked' && th.wait) this.noteWaitStart(th, th.wait);
  }

  private finished(proc: Process, th: Thread): void {
    const e = th.error;
    th.error = null;
    if (this.ev && (th !== proc.mainThread || proc.isChild)) this.emit({ kind: 'thread-end', ...this.who(th) });
    if (th.report) {
      th.state = 'done';
      th.report(th.result, e);
      return;
    }
    if (th === proc.mainThread && proc.isChild) {
      if (e && !isSubtype(e.cls, EXC.SystemExit as PyType)) this.uncaught(th, proc.formatException(e));
      if (proc.exitStatus === null) {
        const code = e && isSubtype(e.cls, EXC.SystemExit as PyType) ? (e.args[0] ?? null) : e ? 1n : th.result;
        proc.exitStatus = typeof code === 'bigint' || typeof code === 'boolean' ? Number(ops.toBig(code)) : code === null ? 0 : 1;
      }
      for (const t of proc.threads) t.state = 'done';
      proc.done = true;
      this.emit({ kind: 'process-end', t: this.clock.now(), pid: proc.pid, status: proc.exitStatus ?? 0 });
      return;
    }
    if (th === proc.mainThread) {
      if (e) this.mainError(proc, e);
      else if (proc.exitStatus === null && th.frames.length === 0) proc.exitStatus = typeof th.result === 'bigint' && proc !== this.procs[0] ? Number(th.result) : proc.exitStatus;
      this.shutdown(proc, th);
      return;
    }
    if (e && !(isSubtype(e.cls, EXC.SystemExit as PyType))) {
      this.write(2, `Exception in thread ${th.name}:\n${proc.formatException(e)}`);
    }
    th.doneLock?.release();
  }

  private mainError(proc: Process, e: PyException): void {
    if (isSubtype(e.cls, EXC.SystemExit as PyType)) {
      const code: PyVal = e.args.length ? (e.args[0] as PyVal) : null;
      if (code === null) proc.exitStatus = 0;
      else if (typeof code === 'bigint' || typeof code === 'boolean') proc.exitStatus = Number(ops.toBig(code)) & 0xff;
      else {
        this.write(2, `${ops.str(code)}\n`);
        proc.exitStatus = 1;
      }
      return;
    }
    this.uncaught(proc.mainThread, proc.formatException(e));
    proc.exitStatus = 1;
  }

  /** An exception that ended th, with the text CPython prints (the event first, then the write of that text). */
  private uncaught(th: Thread, text: string): void {
    if (this.ev) this.emit({ kind: 'exception', ...this.who(th), text });
    this.write(2, text);
  }

  /** After the main module: threading._shutdown() if threading was imported, then wait for non-daemon threads. */
  private shutdown(proc: Process, main: Thread): void {
    if (!proc.shutdownCalled) {
      proc.shutdownCalled = true;
      const threading = proc.modules.getStr('threading');
      const sd = threading ? ops.getAttrOpt(threading, '_shutdown') : undefined;
      if (sd !== undefined) {
        main.state = 'ready';
        // Stepped on workers: the module's end ends a step, as in the one-worker stepper (_shutdown runs in the next one).
        this.worker?.rt.parkStep(0, 0, true);
        proc.startCall(main, sd, [], null);
        return;
      }
    }
    const others = proc.threads.filter((t) => t !== main && !t.daemon);
    if (others.some((t) => t.state !== 'done')) {
      main.state = 'blocked';
      main.wait = { what: 'the end of the other threads', deadline: null, timeout: null, poll: () => (others.every((t) => t.state === 'done') ? null : undefined) };
      return;
    }
    main.state = 'done';
    for (const t of proc.threads) t.state = 'done';
    if (this.ev) {
      this.emit({ kind: 'thread-end', ...this.who(main) });
      this.emit({ kind: 'process-end', t: this.clock.now(), pid: proc.pid, status: proc.exitStatus ?? 0 });
    }
  }

  /**
   * No thread can run: the idle rule shared with the worker host
   * (host/idle-rule.ts). True after a jump to the earliest deadline; false
   * after a deadlock was reported.
   */
  protected idle(live: [Process, Thread][]): boolean {
    if (this.opts.input && live.some(([, t]) => t.wait?.input)) return this.waitForInput(live, this.opts.input);
    const view: IdleThread[] = live.map(([p, t]) => ({ name: t.name, proc: p.name, state: 'blocked', deadline: t.wait?.deadline ?? null, what: t.wait?.what ?? '?' }));
    const d = decideIdle(view, this.procs.length > 1);
    if (d.kind === 'jump') {
      if (this.free) d.to = this.free.coalesce(d.to, view);
      if (this.opts.control) this.sleepControlled(d.to, this.opts.control);
      else if (Number.isFinite(this.opts.speed)) {
        // Everyone sleeps for real now: what they did before goes to the watcher first, not after the sleep.
        this.opts.flush?.();
        sleepReal(((d.to - this.clock.now()) * 1000) / this.opts.speed);
      }
      this.clock.jumpTo(d.to);
      return true;
    }
    if (d.kind === 'deadlock') {
      this.deadlocked = true;
      this.emit({ kind: 'deadlock', t: this.clock.now(), text: d.line });
      this.write(2, d.line);
    }
    for (const [, t] of live) t.state = 'done';
    return false;
  }

  /**
   * Everyone sleeps until `to`, in real time at the page's speed of the
   * moment: a speed change or a pause wakes the nap, and the clock advances
   * by the real time slept times the speed (not at the real rate).
   */
  private sleepControlled(to: number, c: RunGate): void {
    for (;;) {
      const speed = c.speed();
      const now = this.clock.now();
      if (!(speed > 0) || !Number.isFinite(speed) || now >= to) return;
      this.opts.flush?.();
      const ms = ((to - now) * 1000) / speed;
      const t0 = performance.now();
      c.nap(ms);
      const real = performance.now() - t0;
      this.clock.skip(real);
      if (real >= ms) return;
      this.clock.jumpTo(now + (real / 1000) * speed);
      this.honourPause();
    }
  }

  /**
   * Someone waits for a typed line: real time passes until one comes, the
   * clock running with it (at `speed` up to the next deadline, as a jump would).
   */
  private waitForInput(live: [Process, Thread][], input: InputSource): boolean {
    let to = Infinity;
    for (const [, t] of live) if (t.wait?.deadline != null && t.wait.deadline < to) to = t.wait.deadline;
    if (this.opts.control) this.honourPause();
    const now = this.clock.now();
    const liveSpeed = this.opts.control?.speed() ?? this.opts.speed;
    // Toward a deadline the clock plays at `speed`, as a jump would; with none, at the real rate.
    const speed = to !== Infinity && Number.isFinite(liveSpeed) ? liveSpeed : 1;
    if (to !== Infinity && !Number.isFinite(liveSpeed)) {
      this.clock.jumpTo(to);
      return true;
    }
    this.opts.flush?.();
    if (performance.now() > this.killAt) throw new TimeLimit('time limit exceeded');
    const ms = to === Infinity ? 1000 : ((to - now) * 1000) / speed;
    const start = performance.now();
    const typed = input.wait(Math.min(ms, 1000));
    const passed = ((performance.now() - start) / 1000) * speed;
    this.clock.jumpTo(typed || to === Infinity ? now + passed : Math.min(to, now + passed));
    return true;
  }
}
