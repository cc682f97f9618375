/**
 * One run of a Python program on the VM, as the store sees it: the host's
 * event batches translated into the page's run model (VmTrace), handed to the
 * store once a frame, and how it ended. No React; the store owns the instance.
 */
import type { Ticker } from '../engine/driver';
import type { VmHost, VmRun, VmRunResult } from '../engine/python-vm-host';
import { WorkerTerminated } from '../engine/spawner';
import type { RuntimeEvent } from '../runtime/events';
import { VmTrace, type TaskOf, type VmFacts } from '../trace/vm-trace';
import { SharedMailbox } from '../runtime/mailbox';
import { RunControl } from '../python/vm/run-control';
import { LiveWatch, type LiveWatchView } from '../trace/live-watch';
import { vmControllable } from './vm-controllable';

// Apart from the runner, so the buttons can ask without loading it.
export { vmControllable } from './vm-controllable';

/** The script's path in tracebacks and event lines (what `python3 main.py` shows). */
export const VM_PATH = 'main.py';

/** The cores the program's processes may use, as the browser says (cores.ts's default where it does not). */
function pageCores(): number | undefined {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  const n = nav?.hardwareConcurrency;
  return typeof n === 'number' && n > 0 ? n : undefined;
}

export type VmEnd =
  | { kind: 'done'; status: number; facts: VmFacts }
  | { kind: 'syntax'; msg: string; lineno: number; offset: number; text: string }
  | { kind: 'unsupported'; text: string }
  | { kind: 'failed'; message: string };

export interface VmRunHooks {
  /** New page events (and the facts so far), at most once a frame. */
  onEvents(events: RuntimeEvent[], facts: VmFacts): void;
  /** The first event from a line of the script: how long Run took to reach Python. */
  onFirstLine?(ms: number): void;
  /** The run stands paused (after a pause, or a step's one event), every event before that delivered. */
  onPaused?(): void;
  /** The watch panel's view (globals, locks, queues), at most once a frame and only when events came. */
  onWatch?(view: LiveWatchView): void;
  onEnd(end: VmEnd): void;
}

export interface VmRunnerOptions {
  task?: TaskOf | null;
  freeThreaded?: boolean;
  clock?: 'real' | 'work';
  showGil?: boolean;
}

export class VmRunner {
  private readonly trace: VmTrace;
  /** The watch panel's derivation, fed the same raw batches (VmTrace keeps no reprs of non-numeric globals). */
  private readonly watch = new LiveWatch();
  private watchDirty = false;
  private readonly run: VmRun;
  private pending: RuntimeEvent[] = [];
  private cancelTick: () => void = () => {};
  private done = false;
  private readonly startedAt = performance.now();
  private firstLine = false;
  /** Simulated time of the newest event, and when (real ms) it arrived: the live "now" between events. */
  private lastT = 0;
  private lastArrival = performance.now();

  /** Lines typed at the console go to input() through this (only where SharedArrayBuffer exists). */
  private readonly input: SharedMailbox | null;
  /** Pause/step/speed words the worker reads, or null without shared memory (the run goes to its end). */
  private readonly control: RunControl | null;
  /** A pause or step was asked and not resumed: a "paused" word from the worker counts. */
  private wantPaused = false;
  /** The worker stands paused: simulated time stands at lastT. */
  private frozen = false;

  /**
   * `watch`: globals whose every store the scenario's analysis reads; `opts`: which calls are its tasks,
   * no GIL (3.13t), what moves the program's time (src/python/vm/cores.ts; the work clock is not
   * extrapolated with real time), whether to draw the GIL's holds.
   */
  constructor(source: string, speed: number, host: VmHost, watch: readonly string[], private readonly hooks: VmRunHooks, private readonly ticker: Ticker, private readonly opts: VmRunnerOptions = {}) {
    this.trace = new VmTrace(VM_PATH, watch, opts.task ?? null);
    const buffer = typeof SharedArrayBuffer === 'undefined' ? undefined : SharedMailbox.create({ slots: 16, slotBytes: 1024 });
    this.input = buffer ? new SharedMailbox(buffer) : null;
    this.control = vmControllable() ? RunControl.create(speed) : null;
    const req = { source, path: VM_PATH, speed, input: buffer, control: this.control?.buffer, freeThreaded: opts.freeThreaded, cores: pageCores(), clock: opts.clock, gil: opts.showGil };
    this.run = host.start(req, (batch, pausedAt) => {
      if (this.done) return;
      const evs = this.trace.apply(batch);
      if (batch.length > 0) {
        this.watch.apply(batch);
        this.watchDirty = true;
      }
      for (const e of evs) this.pending.push(e);
      const last = batch[batch.length - 1];
      if (last) {
        this.lastT = last.t;
        this.lastArrival = performance.now();
      }
      if (!this.firstLine && batch.some((e) => 'line' in e && e.line > 0)) {
        this.firstLine = true;
        hooks.onFirstLine?.(performance.now() - this.startedAt);
      }
      if (pausedAt !== undefined && this.wantPaused) {
        this.lastT = Math.max(this.lastT, pausedAt);
        this.frozen = true;
        this.flush();
        hooks.onPaused?.();
      }
    });
    this.schedule();
    this.run.result.then(
      (r) => this.finish(r),
      (e: unknown) => {
        if (!(e instanceof WorkerTerminated)) this.end({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      },
    );
  }

  /** Simulated seconds now: the last event's time plus the real time since (a running thread's clock runs at the real rate). */
  simNow(): number {
    if (this.done) return this.trace.facts.end;
    // Work-clock time passes as fast as the worker computes, not as real time: the newest event is the best guess.
    return this.frozen || this.opts.clock === 'work' ? this.lastT : this.lastT + (performance.now() - this.lastArrival) / 1000;
  }

  /** Can this run be paused and stepped (shared memory)? */
  get controllable(): boolean {
    return this.control !== null;
  }

  /** Asks the program to stop where it is; `onPaused` follows once it has. */
  pause(): void {
    if (!this.control || this.done) return;
    this.wantPaused = true;
    this.control.pause();
  }

  resume(): void {
    if (!this.control || this.done) return;
    this.thaw();
    this.wantPaused = false;
    this.control.resume();
  }

  /** From a pause: the threads do their next thing (one event), then `onPaused` again. */
  step(): void {
    if (!this.control || this.done) return;
    this.thaw();
    this.wantPaused = true;
    this.control.step(1);
  }

  setSpeed(speed: number): void {
    this.control?.setSpeed(speed);
  }

  /** The live clock runs again from where it stood. */
  private thaw(): void {
    if (!this.frozen) return;
    this.frozen = false;
    this.lastArrival = performance.now();
  }

  /** Can the program be typed to (input())? Not without shared memory: it then reads EOF. */
  get canType(): boolean {
    return this.input !== null && !this.done;
  }

  /** A typed line for input(); false if it cannot be delivered (no shared memory, too long, too many queued). */
  type(line: string): boolean {
    return !this.done && (this.input?.send(line) ?? false);
  }

  get isOver(): boolean {
    return this.done;
  }

  dispose(): void {
    this.done = true;
    this.cancelTick();
    this.run.terminate();
  }

  private schedule(): void {
    this.cancelTick = this.ticker(() => {
      if (this.done) return;
      this.flush();
      this.schedule();
    });
  }

  private flush(): void {
    if (this.pending.length > 0) {
      const evs = this.pending;
      this.pending = [];
      this.hooks.onEvents(evs, this.trace.facts);
    }
    if (this.watchDirty) {
      this.watchDirty = false;
      this.hooks.onWatch?.(this.watch.view());
    }
  }

  private finish(r: VmRunResult): void {
    if (this.done) return;
    // Batches posted before the result arrive before it: everything is here.
    this.flush();
    if (r.kind === 'done') this.end({ kind: 'done', status: r.status, facts: this.trace.facts });
    else this.end(r);
  }

  private end(end: VmEnd): void {
    if (this.done) return;
    this.done = true;
    this.cancelTick();
    this.run.terminate();
    this.hooks.onEnd(end);
  }
}
