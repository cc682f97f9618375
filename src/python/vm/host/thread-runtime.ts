// One Python thread's view of the run, in its own worker: its GIL, the
// blocking primitives (each releases the GIL while blocked), output, starting
// other threads, and finishing. This is what the interpreter calls (README).

import { Gil, type GilLike, NoGil } from './gil';
import { attachRunMemory, FLAG_EVENTS, FLAG_FREE_THREADED, FLAG_GIL_EVENTS, G_ENDED, G_PPID, G_STATUS, H_CALL_SEQ, H_FLAGS, H_WRITE_SEQ, pidOfProc, procWaitKey, type RunMemory } from './layout';
import { WorkerEventSink } from './event-sink';
import { Locks } from './locks';
import type { ToHost, WorkerInit } from './protocol';
import { ThreadKilled, ThreadTable } from './table';
import { StepSlot, stepModeOf } from './step-gate';
import { PauseSlot } from './pause-gate';
import { INPUT_KEY, RunStdin, type StdinSpec } from './stdin';
import { WorkMeter } from './work-clock';
import { identOfSlot } from '../worker-mode';

export interface StartSpec<P> {
  entry: string;
  name: string;
  daemon: boolean;
  payload: P;
}

/** Seconds (float) or null; negative or null means wait forever, as `_thread.lock.acquire(timeout=-1)`. */
export type Timeout = number | null;

export class ThreadRuntime {
  readonly memory: RunMemory;
  readonly table: ThreadTable;
  readonly locks: Locks;
  readonly gil: GilLike;
  readonly slot: number;
  readonly proc: number;
  readonly freeThreaded: boolean;
  /** Where this thread's World reports events, when the host listens (FLAG_EVENTS); else null. */
  readonly events: WorkerEventSink | null;
  /** Step mode: this thread's gate slot (the interpreter's gate parks on it, step/worker-gate.ts); null in a live run. */
  readonly step: StepSlot | null;
  /** Where the thread stands while the run is paused (pause-gate.ts): the eval breaker, the GIL's waits, its blocks. */
  readonly pause: PauseSlot;
  /** The run's stdin as this thread reads it (stdin.ts); null in a child process, which reads os.devnull. */
  readonly stdin: RunStdin | null;
  private readonly stdinSpec: StdinSpec | undefined;
  /** The work clock (work-clock.ts): this thread's work, counted at the eval breaker; null on the real clock. */
  readonly work: WorkMeter | null;
  /** 'gil' events (FLAG_GIL_EVENTS): the take is told at the thread's next eval-breaker point (`showTake`), once its World has said it exists. */
  gilPending = false;
  private gilShown = false;
  private readonly gilEvents: boolean;
  /** The line the thread is at, for its 'gil' events (its World sets it). */
  gilLine: () => number = () => 0;

  constructor(init: WorkerInit, private readonly post: (m: ToHost) => void) {
    this.memory = attachRunMemory(init.memory);
    this.slot = init.slot;
    this.proc = init.proc;
    this.stdinSpec = init.stdin;
    this.stdin = init.stdin ? new RunStdin(init.stdin) : null;
    this.table = new ThreadTable(this.memory);
    this.locks = new Locks(this.memory, this.table);
    this.freeThreaded = (Atomics.load(this.memory.header, H_FLAGS) & FLAG_FREE_THREADED) !== 0;
    this.pause = new PauseSlot(this.memory, this.slot, () => this.events?.flush());
    // A blocked thread stays blocked through a pause; it wakes only to report its locals when asked.
    this.table.onLook = () => this.pause.look();
    const lanes = this.table.work;
    const gil = this.freeThreaded ? new NoGil() : new Gil(this.memory, this.proc, this.slot, this.pause, lanes !== null);
    if (gil instanceof Gil && lanes) gil.starting = (proc) => lanes.starting(proc);
    this.gil = gil;
    this.work = lanes ? new WorkMeter(lanes, this.table, this.slot, gil instanceof Gil ? gil : null, this.pause) : null;
    const work = this.work;
    // Everything this worker reads as "now" (its events, sleeps' deadlines, time.time()) is its lane's time.
    if (work) this.table.clock.local = () => work.now();
    const flags = Atomics.load(this.memory.header, H_FLAGS);
    this.events = (flags & FLAG_EVENTS) !== 0 ? new WorkerEventSink(this.memory.header, this.table.clock, post) : null;
    this.gilEvents = this.events !== null && !this.freeThreaded && (flags & FLAG_GIL_EVENTS) !== 0;
    this.startHeld = init.held ?? !this.table.isMain(this.slot);
    const mode = stepModeOf(this.memory);
    this.step = mode ? new StepSlot(this.memory, this.slot, mode) : null;
    this.table.onDeadlock = (line) => {
      // Every other thread flushed its events when it blocked: the deadlock comes after all of them.
      this.events?.emit({ kind: 'deadlock', t: 0, text: line });
      this.events?.flush();
      this.write(2, line);
      this.post({ kind: 'deadlock', line, writes: this.writes() });
    };
  }

  /**
   * The starter's clock hold (startThread), open until this thread first does
   * something another thread can see: releases a lock (threading's
   * `_started.set()`), notifies, blocks, hands the GIL over, or exits. CPython
   * starts a thread in about 0.1 ms; a worker takes hundreds and runs the
   * bootstrap with a cold JIT, none of which is the program's time.
   */
  private startHeld: boolean;
  endStartHold(): void {
    if (!this.startHeld) return;
    this.startHeld = false;
    this.table.endStartHold(this.slot);
  }

  /**
   * The main thread's start-up (thread-body.ts: its worker's heap, builtins, compiling the script) holds the
   * run's clock from before it arrives until the script first reads the clock (vm-clock.ts `beginProgram`).
   */
  private bootHeld = false;
  holdBoot(): void {
    this.bootHeld = true;
    this.table.hold();
  }
  beginProgram(): void {
    if (!this.bootHeld) return;
    this.bootHeld = false;
    this.table.unhold();
  }

  /** A library import (vm-clock.ts `Clock.hold`): the run's clock stands still until `unhold`. */
  hold(): void {
    this.work?.enterHold();
    this.table.hold();
  }
  unhold(): void {
    this.work?.leaveHold();
    this.table.unhold();
  }

  /** The worker is loaded: the thread becomes active and takes the GIL to run its first line. */
  arrive(): void {
    this.table.arrive(this.slot);
    this.takeGil();
  }

  /** The eval breaker found the drop request set (worker-mode.ts): hand the GIL over and queue for it again. */
  handOver(): void {
    if (this.gil.held()) this.beforeDrop();
    else this.events?.flush();
    this.endStartHold();
    if (this.gil.evalBreaker()) this.tookGil();
  }

  /** The take of the GIL is told now, at the thread's first eval-breaker point after it. */
  showTake(): void {
    this.gilPending = false;
    this.gilShown = true;
    this.emitGil(true);
  }

  private takeGil(): void {
    this.gil.take();
    this.tookGil();
  }

  private tookGil(): void {
    this.work?.took();
    if (this.gilEvents) this.gilPending = true;
  }

  /** Before the GIL is let go (a block, a hand-over, a step's park, the exit): the release is told, the work counted, the events sent. */
  private beforeDrop(): void {
    if (this.gilShown) {
      this.gilShown = false;
      this.emitGil(false);
    }
    this.gilPending = false;
    this.work?.flush();
    this.events?.flush();
  }

  private emitGil(held: boolean): void {
    this.events?.emit({ kind: 'gil', t: 0, pid: this.pid(), ident: identOfSlot(this.slot), line: this.gilLine(), held });
  }

  now(): number {
    return this.table.clock.now();
  }

  /** `time.sleep`: blocked with a deadline, the GIL released. */
  sleep(seconds: number): void {
    const deadline = this.now() + Math.max(0, seconds);
    this.released(() => this.table.waitUntil(this.slot, 0, 'time.sleep()', deadline, () => false), undefined, () => true);
  }

  allocateLock(): number {
    return this.locks.allocate(this.proc);
  }

  /**
   * The handle this process uses for lock `h` met in its heap: `h` when it is
   * this process's; else (a copy of the parent's, made by fork) a new lock of
   * its own, held when the parent held `h` at the fork, as fork copies it.
   */
  ownLock(h: number, heldAtFork: readonly number[]): number {
    if (this.locks.owner(h) === this.proc) return h;
    const n = this.locks.allocate(this.proc);
    if (heldAtFork.includes(h)) this.locks.tryAcquire(n);
    return n;
  }

  /** `lock.acquire(blocking, timeout)`; `what` names the wait in a deadlock report. */
  acquire(h: number, blocking = true, timeout: Timeout = null, what = 'lock.acquire()'): boolean {
    if (this.locks.tryAcquire(h)) return true;
    if (!blocking) return false;
    const deadline = timeout === null || timeout < 0 ? Infinity : this.now() + timeout;
    const step = this.step;
    if (step === null) return this.released(() => this.locks.acquireBlocking(this.slot, h, deadline, what));
    // Step mode: wait until the lock is free, park wanting it, and take it only in the granted step (the host grants a
    // waiter whose lock another took meanwhile at once, so it blocks again): who takes a free lock is the student's choice.
    for (;;) {
      step.wants = h + 1;
      try {
        if (!this.released(() => this.locks.waitFree(this.slot, h, deadline, what))) return false;
      } finally {
        step.wants = 0;
      }
      if (this.locks.tryAcquire(h)) return true;
    }
  }

  /** False when the lock was not held. */
  release(h: number): boolean {
    const r = this.locks.release(h);
    this.endStartHold();
    return r;
  }

  /**
   * The wait a channel needs: block until `ready()` holds (tried under the
   * table mutex, so a `notify(key)` after the data changed is never missed).
   * Keys are negative numbers the caller owns (e.g. −1 − channel id).
   */
  waitFor(key: number, what: string, timeout: Timeout, ready: () => boolean, then?: (ok: boolean) => void): boolean {
    if (ready()) return true;
    const deadline = timeout === null || timeout < 0 ? Infinity : this.now() + timeout;
    const step = this.step;
    // `then` (the GIL held) says what the wait got before a stepped thread stands for its next step: a get's item
    // leaves the queue in the watch when it leaves the channel, as the one-worker stepper's poll takes it.
    if (step === null) return this.released(() => this.table.waitUntil(this.slot, key, what, deadline, ready), then);
    return this.released(() => this.steppedWait(step, key, what, deadline, ready), then, (ok) => !ok);
  }

  /**
   * Step mode: a wake does not look at once; the thread stands (StepSlot.parkPoll) until the host lets it, one
   * woken thread at a time, so which of several getters takes an item is the schedule's, not the workers' race.
   */
  private steppedWait(step: StepSlot, key: number, what: string, deadline: number, ready: () => boolean): boolean {
    for (;;) {
      let looked = false;
      let got = false;
      // The first call is the real test (under the table mutex, so no notify is missed); a later one means "woken".
      const woken = this.table.waitUntil(this.slot, key, what, deadline, () => {
        if (looked) return true;
        looked = true;
        got = ready();
        return got;
      });
      if (got) return true;
      if (!woken || this.now() >= deadline) return ready();
      step.parkPoll();
    }
  }

  notify(key: number, all = true): number {
    const n = this.table.wakeKey(key, all);
    this.endStartHold();
    return n;
  }

  /**
   * The run's next stdin line now, without waiting: with its newline, '' at
   * end of file (always, in a child process: multiprocessing's _bootstrap
   * gives it os.devnull), null when none has come yet (then `waitLine`).
   */
  takeLine(): string | null {
    const s = this.stdin;
    if (!s) return '';
    this.table.lock();
    try {
      return s.take();
    } finally {
      this.table.unlock();
    }
  }

  /**
   * Blocks, the GIL released, until a line (or end of file) comes: the host
   * wakes INPUT_KEY when one is typed. Taken under the table mutex, so of two
   * readers each gets its own line and a line sent meanwhile is never missed.
   */
  waitLine(): string {
    const s = this.stdin;
    if (!s) return '';
    let got: string | null = null;
    this.released(() => this.table.waitUntil(this.slot, INPUT_KEY, 'input()', Infinity, () => (got = s.take()) !== null));
    return got ?? '';
  }

  /** Raw write to fd 1 or 2, in the run's global order (print's write releases the GIL in CPython; ours is instant). */
  write(fd: number, text: string): void {
    if (!text) return;
    const seq = Atomics.add(this.memory.header, H_WRITE_SEQ, 1);
    this.post({ kind: 'write', seq, fd, text, proc: this.proc });
  }

  /** Pass on the process's partial line of fd (0: of stdout and stderr), in the run's order of writes. */
  flushWrites(fd = 0): void {
    const seq = Atomics.add(this.memory.header, H_WRITE_SEQ, 1);
    this.post({ kind: 'write', seq, fd, text: '', proc: this.proc, flush: true });
  }

  /** A run-wide id for a reported call (call/return events). */
  nextCallId(): number {
    return Atomics.add(this.memory.header, H_CALL_SEQ, 1) + 1;
  }

  /** Starts a thread of this process on a new worker; its slot. `starting` runs before the worker is asked for (the thread-start event). */
  startThread<P>(spec: StartSpec<P>, starting?: (slot: number) => void): number {
    // Held before the slot exists, so no instant of the worker's start-up is counted; the new thread releases it.
    this.table.hold();
    let slot: number;
    try {
      slot = this.table.allocate({ proc: this.proc, name: spec.name, daemon: spec.daemon, main: false });
    } catch (e) {
      this.table.unhold();
      throw e;
    }
    this.table.openStartHold(slot);
    // Without a GIL the new thread is a lane of its own: it starts at its starter's time.
    if (this.freeThreaded) this.table.work?.begin(this.table.work.laneOf(slot), this.now());
    starting?.(slot);
    this.post({ kind: 'start', init: { entry: spec.entry, memory: this.memory.buffer, slot, proc: this.proc, payload: spec.payload, stdin: this.stdinSpec } });
    return slot;
  }

  /** This process's pid and its parent's (MainProcess's parent is the shell: 1, as the one-worker VM says). */
  pid(): number {
    return pidOfProc(this.proc);
  }
  ppid(): number {
    return this.proc === 0 ? 1 : this.table.procWord(this.proc, G_PPID);
  }

  /**
   * Starts a child process (multiprocessing's fork) on a new worker: its own
   * GIL words, its main thread's slot; the payload carries its own heap. The
   * clock is held as for a thread until the child's first visible act. Its pid.
   */
  startProcess<P>(spec: { entry: string; name: string; payload: (pid: number, proc: number) => P }, starting?: (pid: number, slot: number) => void): number {
    this.table.hold();
    let proc: number;
    let slot: number;
    try {
      proc = this.table.allocateProc(spec.name, this.proc, this.pid());
      // The child's lane starts at its parent's time (set before its slot is live, so no survey sees a stale one).
      if (!this.freeThreaded) this.table.work?.begin(proc, this.now());
      slot = this.table.allocate({ proc, name: 'MainThread', daemon: false, main: true });
      if (this.freeThreaded) this.table.work?.begin(slot, this.now());
    } catch (e) {
      this.table.unhold();
      throw e;
    }
    // The hold belongs to the child's start, as a thread's (startThread): closed by its first visible act or by the host if it fails to start.
    this.table.openStartHold(slot);
    const pid = pidOfProc(proc);
    starting?.(pid, slot);
    this.post({ kind: 'start', init: { entry: spec.entry, memory: this.memory.buffer, slot, proc, held: true, payload: spec.payload(pid, proc) } });
    return pid;
  }

  /** Waits (GIL released, no spinning) until child `pid` has ended or `timeout` passes: its exit status, or null. */
  waitProcess(pid: number, timeout: Timeout): number | null {
    const proc = pid - pidOfProc(0);
    if (proc <= 0 || proc >= this.memory.limits.procs) throw new RangeError(`no such process ${pid}`);
    const ended = (): boolean => this.table.procWord(proc, G_ENDED) === 1;
    if (!ended() && timeout !== null && timeout <= 0) return null;
    return this.waitFor(procWaitKey(proc), `join process ${pid}`, timeout, ended) ? this.table.procWord(proc, G_STATUS) : null;
  }

  /**
   * multiprocessing's terminate() (status −15) or kill() (−9) of child `pid`:
   * its threads are done now and its joiners wake; the host stops its workers.
   * False when it had ended already (terminating a finished process does nothing).
   */
  killProcess(pid: number, status: number): boolean {
    const proc = pid - pidOfProc(0);
    if (proc <= 0 || proc >= this.memory.limits.procs) throw new RangeError(`no such process ${pid}`);
    if (!this.table.kill(proc, status)) return false;
    this.post({ kind: 'kill', proc });
    return true;
  }

  /** The thread is done: release its done-lock (join waits on it), drop the GIL, tell the host. */
  exit(status = 0, doneLock: number | null = null): void {
    if (doneLock !== null) this.release(doneLock);
    this.endStartHold();
    this.beforeDrop();
    if (this.gil.held()) this.gil.drop();
    // A process's buffered partial lines go out at its exit, as CPython flushes sys.stdout at exit: numbered
    // before its joiners wake, so a parent's print after join() comes after them.
    const procEnded = this.table.exit(this.slot, status, () => this.flushWrites());
    this.post({ kind: 'exit', slot: this.slot, status, procEnded, writes: this.writes() });
  }

  private writes(): number {
    return Atomics.load(this.memory.header, H_WRITE_SEQ);
  }

  /** Step mode: waits at the gate for the host's grant, the GIL released meanwhile (a parked thread is between steps, as a thread waiting for the GIL). */
  parkStep(line: number, offset: number, switchable: boolean): void {
    this.step?.park(
      line,
      offset,
      switchable,
      () => {
        this.beforeDrop();
        this.gil.drop();
      },
      () => this.takeGil(),
    );
  }

  /** Step mode: a started thread stands before its bootstrap until the host grants its first step (StepSlot.parkArrival). */
  parkArrival(): void {
    this.step?.parkArrival(
      () => {
        this.events?.flush();
        this.gil.drop();
      },
      () => this.gil.take(),
    );
  }

  /** `timedOut(r)`: the wait ended by its deadline (a sleep, a timeout), which a stepped thread shows until its step. */
  private released<T>(fn: () => T, then?: (r: T) => void, timedOut?: (r: T) => boolean): T {
    this.endStartHold();
    this.step?.beforeBlock?.();
    this.beforeDrop();
    this.gil.drop();
    let r: T;
    try {
      r = fn();
    } catch (e) {
      // A killed thread must not queue for the GIL again: its worker is about to be terminated.
      if (!(e instanceof ThreadKilled)) this.takeGil();
      throw e;
    }
    const step = this.step;
    if (step !== null) {
      if (then) {
        this.gil.take();
        then(r);
        this.events?.flush();
        this.gil.drop();
      }
      // A blocking call ends a stepped thread's step; once woken it waits for the step that goes on (as in the one-worker stepper).
      step.parkWoken(() => this.takeGil(), timedOut?.(r) ?? false);
    } else {
      this.takeGil();
      then?.(r);
    }
    return r;
  }
}
