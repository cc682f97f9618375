/**
 * Drives one run from start to its end: drains events on every tick (a frame
 * in the browser), confirms a deadlock when every live thread has waited on a
 * held lock for a while, and reports a final status. No React, no DOM: the
 * store (browser) and the unit tests (Node) both use it.
 */
import type { RuntimeEvent } from '../runtime/events';
import type { Waiter } from './deadlock';
import { type QueueView, Run, type RunSpec } from './run';
import type { MakeRun, RunLike } from './run-like';
import type { Spawner } from './spawner';

export type RunStatus = 'idle' | 'running' | 'paused' | 'finished' | 'deadlock' | 'error';

export interface RunReport {
  status: RunStatus;
  /** Set on deadlock: who waits on what, and who holds it. */
  waiters?: Waiter[];
  /** Set on error: what failed (a thread's exception, or a worker that died). */
  message?: string;
  /** Global values when the run ended, by name (process 0). */
  globals: Record<string, number>;
  /** Global values of every simulated process, by name. */
  globalsByProcess: Record<string, number>[];
  simEnd: number;
}

export interface DriverHooks {
  onEvents(events: RuntimeEvent[]): void;
  onStatus(report: RunReport): void;
  /** A thread waited for the page to drain its events: the view is behind (nothing is lost). */
  onBehind?(): void;
  /** Queue contents once a tick, when the run has queues. */
  onQueues?(queues: QueueView[]): void;
}

/** Schedules `fn` soon (requestAnimationFrame in a page); returns a cancel. */
export type Ticker = (fn: () => void) => () => void;

export class RunDriver {
  readonly run: RunLike;
  private status: RunStatus = 'running';
  private cancelTick: () => void = () => {};
  private stopWatch: () => void = () => {};
  private done = false;
  /** The clock starts when every worker has arrived (see SharedClock.create). */
  private started = false;
  private stepping = false;

  constructor(
    spec: RunSpec,
    spawn: Spawner,
    private readonly hooks: DriverHooks,
    private readonly ticker: Ticker,
    /** Another runtime's run (the message runtime: MessageRun); by default the shared-memory Run. */
    makeRun: MakeRun = (s, sp) => new Run(s, sp),
  ) {
    this.run = makeRun(spec, spawn);
    this.hooks.onStatus(this.report('running'));
    void this.run.ended.then((end) => {
      if (this.done) return;
      this.flush();
      if (end.kind === 'failed') this.finish('error', { message: end.message });
      else {
        const failed = end.exits.find((x) => x.kind === 'error');
        this.finish(failed && failed.kind === 'error' ? 'error' : 'finished', failed && failed.kind === 'error' ? { message: failed.message } : {});
      }
    });
    this.schedule();
    this.stopWatch = this.run.watch(() => this.advance());
  }

  pause(): void {
    if (this.status !== 'running') return;
    if (this.started) this.run.pause();
    this.status = 'paused';
    this.hooks.onStatus(this.report('paused'));
  }

  resume(): void {
    if (this.status !== 'paused') return;
    if (this.started) this.run.resume();
    this.status = 'running';
    this.hooks.onStatus(this.report('running'));
  }

  /**
   * From a pause: run until some thread does the next thing (reaches a line,
   * prints, waits), then pause again. Threads are real, so "the next thing"
   * is whatever a frame's drain brings: one event or a few close together.
   */
  step(): void {
    if (this.status !== 'paused') return;
    this.stepping = true;
    this.resume();
  }

  setSpeed(speed: number): void {
    this.run.setSpeed(speed);
  }

  /** Stop for good and free every worker. Reports nothing more. */
  dispose(): void {
    this.done = true;
    this.cancelTick();
    this.stopWatch();
    this.run.terminate();
  }

  get isOver(): boolean {
    return this.done;
  }

  private schedule(): void {
    this.cancelTick = this.ticker(() => this.tick());
  }

  private tick(): void {
    if (this.done) return;
    this.advance();
    if (this.done) return;
    this.flush();
    this.schedule();
  }

  /**
   * Starts the clock once every worker has arrived, then applies the
   * virtual-time rule; called on every status change, not only on frames,
   * so a deadlock is known at once, in a hidden tab too.
   */
  private advance(): void {
    if (this.done) return;
    if (!this.started && this.run.allArrived()) {
      this.started = true;
      if (this.status === 'running') this.run.resume();
    }
    if (!this.started || this.status !== 'running') return;
    const waiters = this.run.keepTime();
    if (waiters && this.run.spec.detectDeadlock !== false) {
      this.flush();
      this.finish('deadlock', { waiters });
    }
  }

  private flush(): void {
    const events = this.run.drain();
    if (events.length > 0) {
      this.hooks.onEvents(events);
      if (this.stepping) {
        this.stepping = false;
        this.pause();
      }
    }
    if (this.hooks.onQueues && this.run.spec.queues?.length) this.hooks.onQueues(this.run.queueViews());
    if (this.run.takeBehind?.()) this.hooks.onBehind?.();
  }

  private finish(status: RunStatus, extra: { waiters?: Waiter[]; message?: string }): void {
    if (this.done) return;
    const report = { ...this.report(status), ...extra };
    this.done = true;
    this.status = status;
    this.cancelTick();
    this.stopWatch();
    // Stuck or finished workers hold nothing we need: free them now.
    this.run.terminate();
    this.hooks.onStatus(report);
  }

  private report(status: RunStatus): RunReport {
    const globalsByProcess = this.run.spec.globalsByProcess.map((_, p) => {
      const g: Record<string, number> = {};
      for (const name of this.run.spec.globalNames) g[name] = this.run.global(name, p);
      return g;
    });
    return { status, globals: globalsByProcess[0] ?? {}, globalsByProcess, simEnd: this.run.simNow() };
  }
}
