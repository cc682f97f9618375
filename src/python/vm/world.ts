// The scheduler of single-worker mode: every thread of every process as a
// green thread in this JS thread. A thread runs until it blocks or, at an
// eval-breaker point, another thread has waited a switch interval (the GIL
// hand-over). Simulated time runs with real time while a thread executes and
// jumps to the earliest deadline when every thread is blocked (speed=max).

import { PyException, type PyVal } from './objects';
import { Process, type LibLoader } from './process';
import { Thread, type Wait } from './wait';
import type { Pickled } from './fork';
import type { RunResult } from './interp';
import { attachHeap, bootHeap, DEFAULT_HEAP_BYTES } from '../heap';
import { HeapCtx, setHeapCtx } from './heap-state';
import { preallocateMemoryError } from './heap-bridge';
import { threadLine, type VmEvent, type VmEventSink } from './events';
import { readTyped } from './input';
import { evalBreaker, identOfSlot, type WorkerCtx } from './worker-mode';
import { installLockKind } from './worker-start';
import { workerStepGate } from '../step/worker-gate';
import { frameLocals, frameValues } from '../step/frame-locals';
import { mainGlobals, watchSnapshot } from '../step/watch-snapshot';
import { FreeThreads } from './free-threads';
import { GilWatch } from './gil-watch';
import { DEFAULT_CORES, FairPick, type WorkTicker, cpuHolders, slowdown, workClock } from './cores';
import { Clock } from './vm-clock';
import { DEFAULT_LIMITS } from './host/layout';
import { Deadlock, ThreadEnded, TimeLimit, type WorldOptions } from './world-options';
import { noteWaitEnd, noteWaitStart, noteWrite, reportLocals } from './world-report';
import { switchNested, waitNested } from './world-nested';
import { finished } from './world-exit';
import { idle } from './world-idle';

export { TimeLimit, type WorldOptions } from './world-options';

export class World {
  readonly heap: HeapCtx;
  clock = new Clock();
  procs: Process[] = [];
  lib: LibLoader;
  private idents = 0;
  private pids = 4242;
  private stdinLines: string[];
  private breaks = 0;
  sliceStart = 0;
  current: Thread | null = null;
  private readonly fair = new FairPick<Process, Thread>(() => this.procs);
  /** The work clock when time is made of work (cores.ts), else null. */
  private work: WorkTicker | null = null;
  gil: GilWatch<Process, Thread> | null = null;
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
    if (this.ev && by) noteWrite(this, by, fd, text);
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
  honourPause(): void {
    const ms = this.opts.control?.hold(this.clock.now(), this.reportLocals) ?? 0;
    if (ms > 0) this.clock.skip(ms);
  }

  /** As a pause begins: each thread's locals and the watch state (world-report.ts). */
  private readonly reportLocals = (): void => reportLocals(this);

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
        this.emit({ kind: 'watch-state', ...this.who(th), watch: watchSnapshot(mainGlobals(this), [{ thread: th.name, values: frameValues(f) }]) });
      });
    }
    const free = this.free;
    if (free) p.interp.gate = (th) => free.gate(th, this.othersRun);
    return p;
  }

  killAt = Infinity;

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

  procOf(th: Thread): Process | undefined {
    return this.procs.find((p) => p.threads.includes(th));
  }

  allThreads(): [Process, Thread][] {
    const out: [Process, Thread][] = [];
    for (const p of this.procs) for (const t of p.threads) if (t.state !== 'done') out.push([p, t]);
    return out;
  }

  /** Wakes th if what it waits for happened; true when it can run. */
  runnable(th: Thread): boolean {
    if (th.inNested) return false;
    if (th.state === 'ready') return true;
    if (th.state !== 'blocked' || !th.wait) return false;
    const w = th.wait;
    let r = w.poll();
    const timedOut = r === undefined && w.deadline !== null && this.clock.now() >= w.deadline;
    if (timedOut) r = w.timeout;
    if (r === undefined) return false;
    noteWaitEnd(this, th, w, r, timedOut);
    th.state = 'ready';
    th.wait = null;
    const f = th.frames[th.frames.length - 1];
    if (f) f.stack.push(r);
    return true;
  }

  /** Runs other threads until th's wait is over (world-nested.ts). */
  waitNested(th: Thread, wait: Wait): PyVal {
    return waitNested(this, th, wait);
  }

  /** One turn of another thread from inside th's nested run (world-nested.ts). */
  switchNested(th: Thread): void {
    switchNested(this, th);
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
  pickAndPace(ready: [Process, Thread][]): readonly [Process, Thread] {
    // Without a GIL every runnable thread holds a core of its own.
    this.pace = slowdown(cpuHolders(ready, this.free !== null), this.opts.cores ?? DEFAULT_CORES);
    this.clock.setRate(1 / this.pace);
    const pick = (this.free ? this.free.pick(ready, this.current) : this.fair.pick(ready)) as readonly [Process, Thread];
    this.gil?.took(pick[0], pick[1]);
    return pick;
  }

  step(proc: Process, th: Thread): void {
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
      finished(this, proc, th);
      return;
    }
    if (!th.frames.length) {
      finished(this, proc, th);
      return;
    }
    let r: RunResult;
    try {
      r = proc.interp.run(th, 0);
    } catch (e) {
      if (e instanceof ThreadEnded) return;
      throw e;
    }
    if (r === 'done') finished(this, proc, th);
    else if (r === 'blocked' && th.wait) noteWaitStart(this, th, th.wait);
  }

  /** No thread can run: jump to the earliest deadline (true) or report the deadlock (false); world-idle.ts. */
  idle(live: [Process, Thread][]): boolean {
    return idle(this, live);
  }
}
