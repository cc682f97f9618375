// The host of a run (the CLI's main thread, a test, or later the page): it
// owns the run's control memory, spawns one worker per Python thread, prints
// their output in order, and ends the run when the main process ends, when a
// deadlock is reported (status 3), or on terminate (Reset). No DOM, no Node.

import { createRunMemory, G_FORCED, G_HOLDER, H_EVENT_SEQ, H_WRITE_SEQ, G_LOCKED, GIL_WORDS, type Limits, type RunMemory, S_DAEMON, S_MAIN, S_ON, S_PROC, S_REASON, ST_DONE, ST_FREE, ST_STARTING } from './layout';
import { OrderedOutput } from './ordered-output';
import { ProcessLines } from './process-lines';
import { EventMerge } from './event-merge';
import type { VmEvent } from '../events';
import type { ToHost, WorkerInit } from './protocol';
import { ThreadTable } from './table';
import type { StepGranularity } from './step-gate';
import { PauseControl } from './pause';
import { INPUT_KEY, stdinSpec, watchTyped, type StdinOption, type StdinSpec } from './stdin';
import { DEFAULT_CORES } from '../cores';

/** How long the end of a run waits for writes numbered before it that have not arrived. */
const FINISH_GRACE_MS = 5000;

export interface HostedWorker {
  terminate(): void;
}

export interface WorkerEvents {
  message(m: ToHost): void;
  error(e: Error): void;
  exit(): void;
}

/** Starts a worker running `init.entry` with `init` as its data (Node: worker_threads; page: Web Worker). */
export type SpawnWorker = (init: WorkerInit, on: WorkerEvents) => HostedWorker;

export interface HostOptions {
  spawn: SpawnWorker;
  /** Simulated seconds per real second during a jump; Infinity (default) jumps at once. */
  speed?: number;
  freeThreaded?: boolean;
  limits?: Limits;
  write(fd: number, text: string): void;
  /** The run's VmEvents, in their one global order (event-merge.ts); all of them before `run()` resolves. Absent, workers emit none. */
  onEvents?(batch: VmEvent[]): void;
  /** Step mode (issue 12): every thread parks at its step gate before each step of this size (step-gate.ts); absent, a live run. */
  step?: StepGranularity;
  /** The run's standard input (stdin.ts): a text (the CLI's pipe: its lines, then end of file) or the page's typed lines. Absent: end of file at once. */
  stdin?: StdinOption;
  /** 'work': time made of work done (work-clock.ts), the same figures on every run; default the real clock. */
  clock?: 'real' | 'work';
  /** 'gil' events: who holds each process's GIL (with onEvents; not free-threaded). */
  gilEvents?: boolean;
  /** Virtual cores the work clock's lanes share (cores.ts); default DEFAULT_CORES. */
  cores?: number;
}

export interface HostResult {
  /** The main thread's status; 3 after a deadlock; -1 when terminated. */
  status: number;
  deadlock: string | null;
}

export class ThreadHost {
  readonly memory: RunMemory;
  readonly table: ThreadTable;
  private readonly workers = new Map<number, HostedWorker>();
  /** Slots whose thread said it finished (its worker ends by itself). */
  private readonly exited = new Set<number>();
  private readonly out: OrderedOutput;
  private readonly lines: ProcessLines;
  private readonly events: EventMerge | null;
  private status = 0;
  private ended = false;
  private settle: (r: HostResult) => void = () => {};
  readonly result: Promise<HostResult>;
  /** Pause, resume, step and speed of the live run (pause.ts). */
  readonly pause: PauseControl;
  private readonly stdin: StdinSpec | undefined;

  constructor(private readonly o: HostOptions) {
    this.memory = createRunMemory({
      speed: o.speed ?? Infinity,
      freeThreaded: o.freeThreaded ?? false,
      limits: o.limits,
      events: o.onEvents !== undefined,
      step: o.step,
      clock: o.clock,
      gilEvents: o.gilEvents,
      cores: o.cores ?? DEFAULT_CORES,
    });
    // A page's main thread may not block: the table mutex spins there.
    this.table = new ThreadTable(this.memory, false);
    this.table.onDeadlock = (line) => void this.finish(3, line, Atomics.load(this.memory.header, H_WRITE_SEQ), line);
    this.lines = new ProcessLines(o.write);
    this.out = new OrderedOutput((w) => {
      if (w.flush && w.fd === 0) this.lines.flushProc(w.proc);
      else this.lines.write(w.proc, w.fd, w.text, w.flush);
    });
    this.events = o.onEvents ? new EventMerge(o.onEvents) : null;
    this.result = new Promise((resolve) => (this.settle = resolve));
    this.pause = new PauseControl(this.memory, this.table, () => this.ended, () => this.caughtUp());
    this.stdin = o.stdin ? stdinSpec(o.stdin) : undefined;
  }

  /** Starts the run: the main thread of the main process (MainProcess) on its worker. */
  run<P>(entry: string, payload: P, name = 'MainThread'): Promise<HostResult> {
    this.table.setProcName(0, 'MainProcess');
    const slot = this.table.allocate({ proc: 0, name, daemon: false, main: true });
    const stdin = this.stdin;
    if (stdin?.kind === 'typed') watchTyped(stdin.buffer, () => void this.table.wakeKey(INPUT_KEY, true), () => this.ended);
    this.spawn({ entry, memory: this.memory.buffer, slot, proc: 0, payload, stdin });
    return this.result;
  }

  /** Every slot's state, the header and the GILs, for diagnosing a run that hangs. */
  describe(): string {
    const t = this.table;
    const rows: string[] = [];
    for (let i = 0; i < t.slotsUsed(); i++) {
      rows.push(`${i} ${t.name(i)}: state ${t.state(i)} on ${t.word(i, S_ON)} reason ${t.word(i, S_REASON)} deadline ${this.memory.deadlines[i]}${this.workers.has(i) ? '' : ' (no worker)'}${this.exited.has(i) ? ' (exited)' : ''}`);
    }
    return `${rows.join('\n')}\nheader ${Array.from(this.memory.header).join(' ')}\ngil0 ${Array.from(this.memory.gils.subarray(0, GIL_WORDS)).join(' ')}\nnow ${t.clock.now()}`;
  }

  /** Forced GIL hand-overs in process `proc` so far (eval-breaker drops; bench and tests). */
  forcedSwitches(proc = 0): number {
    return Atomics.load(this.memory.gils, proc * GIL_WORDS + G_FORCED);
  }

  /** Events whose stamp ran behind the one before it in the merged order (event-merge.ts); tests assert none with the GIL. */
  clampedEvents(): number {
    return this.events?.clamped ?? 0;
  }

  /** Every write and event numbered so far has reached `write` and `onEvents` (step mode: a parked thread flushed them, the messages may still be on the way). */
  async caughtUp(): Promise<void> {
    const h = this.memory.header;
    await Promise.all([this.out.flushedTo(Atomics.load(h, H_WRITE_SEQ)), this.events?.flushedTo(Atomics.load(h, H_EVENT_SEQ))]);
  }

  /** Reset: stop every worker now. */
  terminate(): void {
    void this.finish(-1, null, 0);
  }

  private spawn(init: WorkerInit): void {
    if (this.ended) return;
    // Killed before its worker was asked for (a kill posted by another worker can come first): nothing to run.
    if (this.table.state(init.slot) === ST_DONE) {
      this.table.endStartHold(init.slot);
      this.table.free(init.slot);
      return;
    }
    let w: HostedWorker;
    try {
      w = this.o.spawn(init, {
        message: (m) => this.onMessage(m),
        error: (e) => this.lost(init.slot, `worker of ${this.table.name(init.slot)} failed: ${e.message}\n`, e.message),
        exit: () => this.lost(init.slot, null, 'its worker exited'),
      });
    } catch (e) {
      void this.cannotStart(init.slot, e instanceof Error ? e.message : String(e));
      return;
    }
    this.workers.set(init.slot, w);
  }

  /**
   * A thread's worker failed before its thread ran a line: close the clock
   * hold its starter took (or the run's time stands still for good) and end
   * the run with the error CPython's start() raises when it cannot make a
   * thread, and why.
   */
  private cannotStart(slot: number, why: string): Promise<void> {
    this.table.endStartHold(slot);
    const line = `RuntimeError: can't start new thread: the worker of ${this.table.name(slot)} failed to start (${why})\n`;
    return this.finish(1, null, Atomics.load(this.memory.header, H_WRITE_SEQ), line);
  }

  private onMessage(m: ToHost): void {
    if (m.kind === 'write') this.out.push(m.seq, { fd: m.fd, text: m.text, proc: m.proc ?? 0, flush: m.flush ?? false });
    else if (m.kind === 'events') this.events?.push(m.batch);
    else if (m.kind === 'start') this.spawn(m.init);
    else if (m.kind === 'deadlock') void this.finish(3, m.line, m.writes);
    else if (m.kind === 'kill') this.stopProc(m.proc);
    else if (m.kind === 'exit') {
      this.exited.add(m.slot);
      if (this.table.word(m.slot, S_PROC) === 0 && this.table.word(m.slot, S_MAIN) === 1) this.status = m.status;
      if (m.procEnded) this.procEnded(this.table.word(m.slot, S_PROC), m.writes);
    }
  }

  /**
   * The process ended: its daemon threads die with it (the table already
   * marked them done). Other finished threads end by themselves: terminating
   * one could drop the output it has posted but the host not yet read.
   */
  private procEnded(proc: number, writes: number): void {
    if (proc === 0) {
      void this.finish(this.status, null, writes);
      return;
    }
    for (const [slot, w] of this.workers) {
      if (this.table.word(slot, S_PROC) === proc && this.table.word(slot, S_DAEMON) === 1 && !this.exited.has(slot)) {
        this.releaseGilOf(slot);
        w.terminate();
      }
    }
  }

  /** A killed process: every worker of it still running stops now (the table marked its threads done). */
  private stopProc(proc: number): void {
    for (const [slot, w] of this.workers) {
      if (this.table.word(slot, S_PROC) !== proc || this.exited.has(slot)) continue;
      this.releaseGilOf(slot);
      w.terminate();
    }
  }

  /** A worker exited (normally after its exit message) or died: free its slot. `cause`: why, if its thread never started. */
  private lost(slot: number, why: string | null, cause: string): void {
    if (!this.workers.has(slot)) return;
    this.workers.delete(slot);
    this.exited.delete(slot);
    if (this.ended) return;
    const st = this.table.state(slot);
    if (st === ST_STARTING) {
      void this.cannotStart(slot, cause);
      return;
    }
    // Died after arriving but before its first visible act: its start hold is still open.
    this.table.endStartHold(slot);
    if (st !== ST_DONE && st !== ST_FREE) {
      if (why) this.o.write(2, why);
      this.releaseGilOf(slot);
      const proc = this.table.word(slot, S_PROC);
      if (this.table.exit(slot)) this.procEnded(proc, 0);
    }
    this.table.free(slot);
  }

  /** A worker that died holding its process's GIL must not take it along. */
  private releaseGilOf(slot: number): void {
    const g = this.memory.gils;
    const b = this.table.word(slot, S_PROC) * GIL_WORDS;
    if (Atomics.compareExchange(g, b + G_HOLDER, slot + 1, 0) === slot + 1) {
      Atomics.store(g, b + G_LOCKED, 0);
      Atomics.notify(g, b + G_LOCKED, 1);
    }
  }

  /** `tail`: a line of the host's own, printed after every write numbered below `writes`. */
  private async finish(status: number, deadlock: string | null, writes: number, tail = ''): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    // A write lost for good (a daemon's worker terminated before its message left) is given up after the grace;
    // 5 s, not 1: on a loaded box a live worker's message can take over a second to arrive (pools-workers.test lost a line at 1 s).
    await this.out.flushedTo(writes, FINISH_GRACE_MS);
    this.lines.flushAll();
    if (tail) this.o.write(2, tail);
    if (this.events && status !== -1) await this.endEvents(status, deadlock);
    for (const w of this.workers.values()) w.terminate();
    this.workers.clear();
    this.settle({ status, deadlock });
  }

  /** Every event before the run's end is passed on; a deadlock's stream ends as single-worker's does (`deadlock`, then `exit` 3). */
  private async endEvents(status: number, deadlock: string | null): Promise<void> {
    const ev = this.events;
    if (!ev) return;
    await ev.flushedTo(Atomics.load(this.memory.header, H_EVENT_SEQ));
    const t = this.table.clock.now();
    ev.end([...(deadlock !== null && !ev.sawDeadlock ? [{ kind: 'deadlock' as const, t, text: deadlock }] : []), { kind: 'exit', t, status }]);
  }
}
