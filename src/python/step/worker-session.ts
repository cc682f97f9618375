// A stepped run on real workers (issue 12): each Python thread runs on its own
// worker with the heap in shared memory, and parks on its own slot before
// every step (host/step-gate.ts, worker-gate.ts). The student is the
// scheduler as in StepSession: the same lanes, the same schedule string, the
// same step boundary and the same GIL rule (a thread that stopped where
// CPython 3.12 cannot switch keeps the GIL); a refused step says why.

import { ThreadHost, type HostResult, type SpawnWorker } from '../vm/host/host';
import { StepControl, type SlotPosition, type SlotStatus } from '../vm/host/step-gate';
import { S_PROC } from '../vm/host/layout';
import { identOfSlot, type MainPayload } from '../vm/worker-mode';
import type { VmEvent } from '../vm/events';
import type { SyncState, WatchSnapshot } from './watch-snapshot';
import type { QueueView } from './state';
import type { Granularity } from './step-boundary';
import { GIL_REASON, StepRefused, type Movable } from './session';
import { laneChar, laneOf } from './lanes';

export interface WorkerStepOptions {
  spawn: SpawnWorker;
  /** URL of the thread entry (vm/workers/py-thread.node.ts under Node). */
  entry: string;
  granularity?: Granularity;
  /** 3.13t: no GIL, any thread may take any step. */
  freeThreaded?: boolean;
  path?: string;
  stdin?: string;
  heapBytes?: number;
  /** Real ms one step (or the start) may take before it fails: a thread that never parks must not hang the caller. */
  timeoutMs?: number;
}

/** Where a lane's thread stands between steps. */
export interface WorkerThreadPosition extends Omit<SlotPosition, 'status'> {
  lane: number;
  status: Exclude<SlotStatus, 'starting' | 'running'>;
  /** Parked woken for a free lock it takes in its next step (the events' lock id), or 0. */
  wants: number;
  /** Parked where its wait ended by its deadline (a sleep, a timeout), not stepped since: the one-worker stepper still shows it blocked in that wait. */
  slept: boolean;
}

const DEFAULT_TIMEOUT_MS = 60_000;

const pause = (ms: number): Promise<void> => new Promise((res) => setTimeout(res, ms));

export class WorkerStepSession {
  readonly host: ThreadHost;
  private readonly control: StepControl;
  readonly granularity: Granularity;
  readonly freeThreaded: boolean;
  schedule = '';
  stdout = '';
  stderr = '';
  readonly events: VmEvent[] = [];
  finished = false;
  status: number | null = null;
  deadlock: string | null = null;
  /** Lane → thread slot, in the order threads appeared (a reused slot is a new lane). */
  private readonly laneSlots: number[] = [];
  /** Lane → its thread's name and process, kept: once it is done its slot may hold another thread. */
  private readonly laneWho: { name: string; proc: number }[] = [];
  private readonly laneOfSlot = new Map<number, number>();
  private movable: Movable[] = [];
  /** Per process, the slot that keeps the GIL where 3.12 cannot switch. */
  private readonly holder = new Map<number, number>();
  private readonly timeoutMs: number;
  /** ident → the locals of its program frame where it last parked or blocked (worker-gate.ts publishes them). */
  private readonly localsByIdent = new Map<number, Record<string, string>>();
  /** ident → the watch's objects where it last parked or blocked, and how many events the run had then. */
  private readonly watchByIdent = new Map<number, { watch: WatchSnapshot; at: number }>();
  private lastWatch: { watch: WatchSnapshot; at: number } | null = null;

  private constructor(readonly source: string, readonly opts: WorkerStepOptions) {
    this.granularity = opts.granularity ?? 'line';
    this.freeThreaded = opts.freeThreaded ?? false;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.host = new ThreadHost({
      spawn: opts.spawn,
      speed: Infinity,
      freeThreaded: this.freeThreaded,
      step: this.granularity,
      stdin: { text: opts.stdin ?? '' },
      onEvents: (batch) => {
        for (const e of batch) {
          // A thread's locals where it stopped: state for the watch, not something the program did.
          if (e.kind === 'step-locals') this.localsByIdent.set(e.ident, e.locals);
          else if (e.kind === 'watch-state') {
            this.lastWatch = { watch: e.watch, at: this.events.length };
            this.watchByIdent.set(e.ident, this.lastWatch);
          } else this.events.push(e);
        }
      },
      write: (fd, text) => {
        if (fd === 2) this.stderr += text;
        else this.stdout += text;
      },
    });
    this.control = new StepControl(this.host.memory, this.host.table);
  }

  /** A session whose threads all stand before their first step (the main thread before the program's first instruction). */
  static async start(source: string, opts: WorkerStepOptions): Promise<WorkerStepSession> {
    const s = new WorkerStepSession(source, opts);
    const path = opts.path ?? '/main.py';
    const payload: MainPayload = { kind: 'main', source, path, argv: [path], heapBytes: opts.heapBytes };
    void s.host.run(opts.entry, payload).then((r) => s.ended(r));
    await s.rest();
    return s;
  }

  /** A new session with `schedule` applied; ScheduleError (its session holds the run up to the last valid step) at the first invalid step. */
  static async replay(source: string, schedule: string, opts: WorkerStepOptions): Promise<WorkerStepSession> {
    const s = await WorkerStepSession.start(source, opts);
    for (let i = 0; i < schedule.length; i++) {
      const ch = schedule[i] as string;
      const lane = laneOf(ch);
      if (lane < 0) throw new WorkerScheduleError(i, ch, `'${ch}' names no lane (0-9, a-z)`, s);
      try {
        await s.step(lane);
      } catch (e) {
        if (e instanceof StepRefused) throw new WorkerScheduleError(i, ch, e.reason, s);
        throw e;
      }
    }
    return s;
  }

  get steps(): number {
    return this.schedule.length;
  }

  /** Every live thread: whether it may take the next step, and if not why. */
  runnable(): Movable[] {
    return this.movable.map((m) => ({ ...m }));
  }

  movableLanes(): number[] {
    return this.movable.filter((m) => m.ok).map((m) => m.lane);
  }

  /** Where each lane's thread stands now. */
  positions(): WorkerThreadPosition[] {
    return this.laneSlots.map((slot, lane) => {
      const now = this.control.position(slot);
      const status = !this.doneLanes.has(lane) && (now.status === 'parked' || now.status === 'blocked') ? now.status : 'done';
      // A done lane's slot may hold another thread now: its own name, as it was when it last ran.
      const p = status === 'done' ? { ...now, name: this.laneWho[lane]?.name ?? now.name } : now;
      return { ...p, lane, status, wants: status === 'parked' ? this.control.wants(slot) : 0, slept: status === 'parked' && this.control.slept(slot) };
    });
  }

  /**
   * Grants one step to the thread in `lane` and resolves with where it stopped
   * once the run is still again (every thread parked, blocked or done);
   * StepRefused, without running anything, when it may not move.
   */
  async step(lane: number): Promise<WorkerThreadPosition> {
    if (this.finished) throw new StepRefused(this.steps, lane, 'the program has finished');
    const m = this.movable.find((x) => x.lane === lane);
    const slot = this.laneSlots[lane];
    if (!m || slot === undefined) throw new StepRefused(this.steps, lane, slot !== undefined ? `${this.host.table.name(slot)} has finished` : 'no such thread');
    if (!m.ok) throw new StepRefused(this.steps, lane, m.reason ?? 'it cannot move');
    this.control.release(slot);
    this.schedule += laneChar(lane);
    await this.rest();
    const p = this.control.position(slot);
    const proc = this.procOf(slot);
    if (p.status === 'parked' && !p.switchable) this.holder.set(proc, slot);
    else this.holder.delete(proc);
    this.judgeAll();
    const status = p.status === 'parked' || p.status === 'blocked' ? p.status : 'done';
    return { ...p, lane, status, wants: status === 'parked' ? this.control.wants(slot) : 0, slept: status === 'parked' && this.control.slept(slot) };
  }

  /** The main module's globals as the run's last `global-store` events left them (reprs). */
  globals(): Record<string, string> {
    // The heap's reprs where the last thread parked (a Thread's state, an Event's flag change without a store), then the stores since.
    const last = this.lastWatch;
    const out: Record<string, string> = { ...(last?.watch.globals ?? {}) };
    for (let i = last?.at ?? 0; i < this.events.length; i++) {
      const e = this.events[i];
      if (e?.kind === 'global-store') out[e.name] = e.value;
    }
    return out;
  }

  /**
   * The program's locks and queues as the threads saw them: those reached from a global where the last thread parked,
   * those reached only from a live thread's locals where that thread last stopped (a parked worker sees only its frames).
   */
  watchObjects(): { syncs: SyncState[]; queues: QueueView[] } {
    const last = this.lastWatch?.watch;
    const syncs = [...(last?.syncs ?? [])];
    const queues = [...(last?.queues ?? [])];
    this.laneSlots.forEach((slot, lane) => {
      if (this.doneLanes.has(lane)) return;
      const w = this.watchByIdent.get(identOfSlot(slot))?.watch;
      if (!w || w === last) return;
      for (const x of w.syncs) if (!x.global && !syncs.some((y) => y.lock === x.lock)) syncs.push(x);
      for (const q of w.queues) if (!queues.some((y) => y.name === q.name)) queues.push(q);
    });
    return { syncs, queues };
  }

  /** The lane of the thread with this ident (idents come from slots: a reused slot's newest lane), or null. */
  laneOfIdent(ident: number): number | null {
    for (let lane = this.laneSlots.length - 1; lane >= 0; lane--) if (identOfSlot(this.laneSlots[lane] as number) === ident) return lane;
    return null;
  }

  /** The locals of the lane's program frame where it stands (empty at module level or when done), as StepSession's threads give them. */
  locals(lane: number): Record<string, string> {
    const slot = this.laneSlots[lane];
    if (slot === undefined || this.doneLanes.has(lane)) return {};
    return { ...(this.localsByIdent.get(identOfSlot(slot)) ?? {}) };
  }

  /** The run's simulated time (it moves only by jumps in a stepped run). */
  now(): number {
    return this.host.table.clock.now();
  }

  /** The repr of a main-module global as its last `global-store` left it, or undefined when never stored (StepSession.global's question, for the invariants). */
  global(name: string): string | undefined {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i];
      if (e?.kind === 'global-store' && e.name === name) return e.value;
    }
    return undefined;
  }

  /** Ends the run (its workers) if it is still going. */
  close(): void {
    if (!this.finished) this.host.terminate();
  }

  private ended(r: HostResult): void {
    this.finished = true;
    this.status = r.status;
    this.deadlock = r.deadlock;
    this.movable = [];
  }

  /** Until the run is still with some thread parked, or over; then who may move. */
  private async rest(): Promise<void> {
    const end = Date.now() + this.timeoutMs;
    for (;;) {
      const still = await this.control.settle(() => this.finished, Math.max(1, end - Date.now()));
      if (!still) break;
      // A woken lock waiter whose lock was taken meanwhile goes back to blocking (no step of the schedule).
      const lost = this.control.positions().filter((p) => this.control.wantsHeld(p.slot));
      if (lost.length) {
        for (const p of lost) this.control.release(p.slot);
        continue;
      }
      // Threads woken to look at a channel again look one at a time, in the order the one-worker stepper polls
      // blocked threads (process, then creation): the first takes the item, the others block again.
      const look = this.control.positions().filter((p) => this.control.polling(p.slot));
      if (look.length) {
        look.sort((a, b) => this.procOf(a.slot) - this.procOf(b.slot) || (this.laneOfSlot.get(a.slot) ?? a.slot) - (this.laneOfSlot.get(b.slot) ?? b.slot));
        this.control.release((look[0] as SlotPosition).slot);
        continue;
      }
      // Every thread blocked or done: the run is about to end, or the last one to block is jumping the clock.
      if (this.control.positions().some((p) => p.status === 'parked')) break;
      if (Date.now() > end) throw new Error(`step mode: no thread parked and the run did not end within ${this.timeoutMs} ms\n${this.host.describe()}`);
      await pause(2);
    }
    if (this.finished) {
      // The host resolves after the last output and events: nothing more comes.
      this.movable = [];
      return;
    }
    // What the step printed and stored is on its way in messages: the view must show it (the watch's ticket).
    await this.host.caughtUp();
    this.judgeAll();
  }

  private judgeAll(): void {
    if (this.finished) {
      this.movable = [];
      return;
    }
    const all = this.control.positions();
    for (const p of all) {
      const lane = this.laneOfSlot.get(p.slot);
      if (lane !== undefined && p.status === 'done') this.doneLanes.add(lane);
    }
    const live: SlotPosition[] = [];
    const fresh: SlotPosition[] = [];
    for (const p of all) {
      if (p.status === 'done') continue;
      const lane = this.laneOfSlot.get(p.slot);
      // A slot whose thread finished and that is alive again holds a new thread: a new lane.
      if (lane === undefined || this.doneLanes.has(lane)) fresh.push(p);
      live.push(p);
    }
    // Threads that appeared in one step take lanes in process then creation order, as the one-worker stepper's
    // refreshLanes walks them (a Pool's result thread before its worker processes, though their slots came first).
    fresh.sort((a, b) => this.procOf(a.slot) - this.procOf(b.slot) || a.slot - b.slot);
    for (const p of fresh) {
      this.laneOfSlot.set(p.slot, this.laneSlots.length);
      this.laneSlots.push(p.slot);
      this.laneWho.push({ name: p.name, proc: this.procOf(p.slot) });
    }
    // Who may move, in the one-worker stepper's order too (World.live: process, then creation): "any" and "the last
    // movable lane" pick from this list.
    for (const p of live) {
      const who = this.laneWho[this.laneOfSlot.get(p.slot) ?? -1];
      if (who) who.name = p.name;
    }
    live.sort((a, b) => this.procOf(a.slot) - this.procOf(b.slot) || (this.laneOfSlot.get(a.slot) ?? 0) - (this.laneOfSlot.get(b.slot) ?? 0));
    this.movable = live.map((p) => this.judge(p));
  }

  /** The process index of a lane's thread (MainProcess 0; its pid is PID_BASE + it), kept after its slot is reused. */
  laneProc(lane: number): number {
    return this.laneWho[lane]?.proc ?? 0;
  }

  /** The process index of a slot's thread now (MainProcess 0). */
  procOf(slot: number): number {
    return this.host.table.word(slot, S_PROC);
  }

  /** Lanes whose thread finished (its slot may hold another thread now). */
  private readonly doneLanes = new Set<number>();

  private judge(p: SlotPosition): Movable {
    const lane = this.laneOfSlot.get(p.slot) ?? -1;
    const base = { lane, name: p.name };
    if (p.status !== 'parked') {
      // The one-worker stepper's words for the same wait.
      const what = p.waiting === 'time.sleep()' && p.deadline !== null ? `time.sleep() until t=${+p.deadline.toFixed(6)} s (time moves on when every thread waits)` : (p.waiting ?? 'nothing it can get');
      return { ...base, ok: false, reason: `blocked on ${what}` };
    }
    const h = this.holder.get(this.procOf(p.slot));
    if (!this.freeThreaded && h !== undefined && h !== p.slot && this.control.position(h).status === 'parked') {
      return { ...base, ok: false, reason: `${GIL_REASON} (${this.host.table.name(h)} holds it)` };
    }
    return { ...base, ok: true, reason: null };
  }
}

/** A schedule step the worker run refused: which step, which character, why; `session` holds the run up to there. */
export class WorkerScheduleError extends Error {
  constructor(public index: number, public ch: string, public reason: string, public session: WorkerStepSession) {
    super(`schedule step ${index} ('${ch}'): ${reason}`);
  }
}
