/**
 * One run of a Python program on the VM, as the store sees it: the host's
 * event batches translated into the page's run model (VmTrace), handed to the
 * store once a frame, and how it ended. No React; the store owns the instance.
 */
import type { Ticker } from '../engine/driver';
import type { VmHost, VmRun, VmRunResult } from '../engine/python-vm-host';
import { WorkerTerminated } from '../engine/spawner';
import type { RuntimeEvent } from '../runtime/events';
import { VmTrace, type VmFacts } from '../trace/vm-trace';
import { SharedMailbox } from '../runtime/mailbox';

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
  onEnd(end: VmEnd): void;
}

export class VmRunner {
  private readonly trace: VmTrace;
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

  /** `watch`: globals whose every store the scenario's analysis reads. */
  /** `vm`: what moves the program's time while it runs (src/python/vm/cores.ts; the work clock is not extrapolated with real time), whether to draw the GIL's holds, whether to time it without a GIL. */
  constructor(
    source: string,
    speed: number,
    host: VmHost,
    watch: readonly string[],
    private readonly hooks: VmRunHooks,
    private readonly ticker: Ticker,
    private readonly vm: { clock?: 'real' | 'work'; showGil?: boolean; freeThreaded?: boolean } = {},
  ) {
    this.trace = new VmTrace(VM_PATH, watch);
    const buffer = typeof SharedArrayBuffer === 'undefined' ? undefined : SharedMailbox.create({ slots: 16, slotBytes: 1024 });
    this.input = buffer ? new SharedMailbox(buffer) : null;
    this.run = host.start({ source, path: VM_PATH, speed, input: buffer, cores: pageCores(), clock: vm.clock, gil: vm.showGil, freeThreaded: vm.freeThreaded }, (batch) => {
      if (this.done) return;
      const evs = this.trace.apply(batch);
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
    return this.vm.clock === 'work' ? this.lastT : this.lastT + (performance.now() - this.lastArrival) / 1000;
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
    if (this.pending.length === 0) return;
    const evs = this.pending;
    this.pending = [];
    this.hooks.onEvents(evs, this.trace.facts);
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
