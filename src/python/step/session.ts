// A stepped run of one program: the student is the scheduler. Nothing runs
// until step(lane) names the thread that takes the next step; the schedule
// string (one lane character per step) with the granularity fully determines
// the run, so a replay of it gives the identical state. With the GIL on
// (CPython 3.12), a thread that stopped where 3.12 cannot switch (anywhere but
// RESUME, a backward jump, after a call, a blocking call) keeps the GIL: only
// it may take the next step.

import { install, noLib } from '../vm/run';
import { intDigits } from '../vm/int-digits';
import { setHeapCtx } from '../vm/heap-state';
import { entropy } from '../vm/random';
import { idCounter } from '../vm/ops';
import type { LibLoader } from '../vm/process';
import type { Process } from '../vm/process';
import type { Thread } from '../vm/wait';
import type { CodeObject } from '../code';
import type { VmEvent } from '../vm/events';
import { StepWorld, type Granularity, type StepOutcome } from './step-world';
import { EventBook } from './event-book';
import { laneChar, laneOf } from './lanes';
import { programFrame, threadView, type LockView, type QueueView, type ThreadView } from './state';
import { frameValues } from './frame-locals';
import { mainGlobals, watchSnapshot } from './watch-snapshot';
import { watchRepr } from './watch-repr';
import { syncViews } from './sync-views';
import { withChannelItems } from './channel-items';

export type { Granularity } from './step-world';

export interface StepOptions {
  granularity?: Granularity;
  /** 3.13t: no GIL, any thread may take any step. */
  freeThreaded?: boolean;
  lib?: LibLoader;
  /** The path tracebacks show; also how the engine tells the program's code from the library's. */
  path?: string;
  stdin?: string;
  /** Heap bytes per run (small: a search boots many runs). */
  heapBytes?: number;
  /** Compiled library modules, shared between the runs of a search or of back/forward. */
  codeCache?: Map<string, CodeObject>;
  /** Seeds "any" and an unseeded `random` in the program. */
  seed?: number;
}

export const GIL_REASON = 'the GIL: CPython 3.12 switches only at calls, backward jumps and blocking calls';

export interface Movable {
  lane: number;
  name: string;
  ok: boolean;
  /** Why it may not move now (null when ok). */
  reason: string | null;
}

export interface StepState {
  /** Steps taken. */
  step: number;
  schedule: string;
  granularity: Granularity;
  freeThreaded: boolean;
  threads: ThreadView[];
  globals: Record<string, string>;
  locks: LockView[];
  queues: QueueView[];
  events: VmEvent[];
  /** How many of `events` came before the first step (index 0) and by the end of each step: the timeline's step axis. */
  stepEvents: number[];
  stdout: string;
  stderr: string;
  finished: boolean;
  /** The deadlock line when the run ended in one. */
  deadlock: string | null;
  status: number | null;
  /** Virtual seconds. */
  time: number;
}

/** A step the rules do not allow: which step, which thread, why. */
export class StepRefused extends Error {
  constructor(public index: number, public lane: number, public reason: string) {
    super(`step ${index}: thread ${laneChar(lane)} cannot move: ${reason}`);
  }
}

/** A schedule that stops being valid: the session holds the run up to the last valid step. */
export class ScheduleError extends Error {
  constructor(public index: number, public ch: string, public reason: string, public session: StepSession) {
    super(`schedule step ${index} ('${ch}'): ${reason}`);
  }
}

/** mulberry32: a small seeded generator, so "any" is the same choice on every replay. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sharedCache = new Map<string, CodeObject>();

export class StepSession {
  readonly world: StepWorld;
  readonly book = new EventBook();
  readonly granularity: Granularity;
  readonly freeThreaded: boolean;
  schedule = '';
  stdout = '';
  stderr = '';
  finished = false;
  /** Threads in the order they appeared: a thread's lane is its index. */
  readonly lanes: Thread[] = [];
  private movable: Movable[] = [];
  /** Per process, the thread that holds the GIL where 3.12 cannot switch (null: it may change hands). */
  private holder = new Map<Process, Thread>();
  private seed: number;
  /** Seeded choices for "any"; advances only when "any" is used, so replays do not depend on it. */
  readonly random: () => number;
  status: number | null = null;
  /** events.length before the first step, then after each step (StepState.stepEvents). */
  private readonly stepEvents: number[] = [];

  private constructor(readonly source: string, readonly opts: StepOptions) {
    install();
    intDigits.limit = 4300;
    this.granularity = opts.granularity ?? 'line';
    this.freeThreaded = opts.freeThreaded ?? false;
    this.seed = opts.seed ?? 0;
    this.random = rng(this.seed ^ 0x5eed);
    const path = opts.path ?? '/main.py';
    this.world = this.within(
      () =>
        new StepWorld(
          {
            speed: Infinity,
            stdin: opts.stdin ?? '',
            lib: opts.lib ?? noLib,
            argv: [path],
            heapBytes: opts.heapBytes ?? 32 * 1024 * 1024,
            codeCache: opts.codeCache ?? sharedCache,
            events: this.book,
            write: (fd, text) => {
              if (fd === 2) this.stderr += text;
              else this.stdout += text;
            },
          },
          this.granularity,
        ),
    );
    this.within(() => {
      if (!this.world.bootMain(source, path)) {
        this.finish();
        return;
      }
      this.settle();
    });
    this.stepEvents.push(this.book.events.length);
  }

  /** A session stopped before the program's first instruction. */
  static create(source: string, opts: StepOptions = {}): StepSession {
    return new StepSession(source, opts);
  }

  static async start(source: string, opts: StepOptions = {}): Promise<StepSession> {
    return StepSession.create(source, opts);
  }

  /** A new session with `schedule` applied; throws ScheduleError (holding the session up to the last valid step) at the first invalid step. */
  static replaySync(source: string, schedule: string, opts: StepOptions = {}): StepSession {
    const s = StepSession.create(source, opts);
    for (let i = 0; i < schedule.length; i++) {
      const ch = schedule[i] as string;
      const lane = laneOf(ch);
      if (lane < 0) throw new ScheduleError(i, ch, `'${ch}' names no lane (0-9, a-z)`, s);
      try {
        s.step(lane);
      } catch (e) {
        if (e instanceof StepRefused) throw new ScheduleError(i, ch, e.reason, s);
        throw e;
      }
    }
    return s;
  }

  static async replay(source: string, schedule: string, opts: StepOptions = {}): Promise<StepSession> {
    return StepSession.replaySync(source, schedule, opts);
  }

  /**
   * Sessions share this JS thread's VM globals (the heap context, the seed of
   * an unseeded random): each call into a session makes them its own.
   */
  private within<T>(fn: () => T): T {
    if (this.world) setHeapCtx(this.world.heap);
    const saved = entropy.now;
    const ids = idCounter.next;
    entropy.now = () => this.seed;
    idCounter.next = this.nextId;
    try {
      return fn();
    } finally {
      entropy.now = saved;
      this.nextId = idCounter.next;
      idCounter.next = Math.max(ids, this.nextId);
    }
  }
  /** This session's id() counter (see within). */
  private nextId = 0x7f3a5c000000;

  /** One step back: a new session replayed to step n − 1 (this one stays as it is). */
  back(): StepSession {
    return StepSession.replaySync(this.source, this.schedule.slice(0, -1), this.opts);
  }

  /** Every live thread: whether it may take the next step, and if not why. */
  runnable(): Movable[] {
    return this.movable.map((m) => ({ ...m }));
  }

  /** Lanes that may take the next step. */
  movableLanes(): number[] {
    return this.movable.filter((m) => m.ok).map((m) => m.lane);
  }

  get steps(): number {
    return this.schedule.length;
  }

  /** One step of the thread in `lane`; StepRefused when it may not move. */
  step(lane: number): StepOutcome {
    if (this.finished) throw new StepRefused(this.steps, lane, 'the program has finished');
    const m = this.movable.find((x) => x.lane === lane);
    const th = this.lanes[lane];
    if (!m || !th) throw new StepRefused(this.steps, lane, th ? `${th.name} has finished` : 'no such thread');
    if (!m.ok) throw new StepRefused(this.steps, lane, m.reason ?? 'it cannot move');
    return this.within(() => {
      const out = this.world.advance(th);
      this.schedule += laneChar(lane);
      const proc = this.world.processOf(th);
      if (proc) {
        if (this.world.switchable.get(th) || th.state !== 'ready') this.holder.delete(proc);
        else this.holder.set(proc, th);
      }
      this.settle();
      this.stepEvents.push(this.book.events.length);
      return out;
    });
  }

  /** Picks a movable lane with the session's seeded generator. */
  pickAny(): number {
    const ok = this.movableLanes();
    if (!ok.length) return -1;
    return ok[Math.floor(this.random() * ok.length)] as number;
  }

  private refreshLanes(): void {
    for (const p of this.world.procs) for (const t of p.threads) if (!this.lanes.includes(t)) this.lanes.push(t);
  }

  /** After a step: who may move; when nobody can, let the clock jump or report the deadlock, as the live run does. */
  private settle(): void {
    for (;;) {
      this.refreshLanes();
      const live = this.world.live();
      if (!live.length) {
        this.finish();
        return;
      }
      const can = new Map<Thread, boolean>();
      for (const [, t] of live) can.set(t, this.world.canMove(t));
      if ([...can.values()].some(Boolean)) {
        this.movable = live.map(([p, t]) => this.judge(p, t, can.get(t) === true));
        return;
      }
      if (!this.world.settleIdle()) {
        this.finish();
        return;
      }
    }
  }

  private judge(p: Process, t: Thread, can: boolean): Movable {
    const lane = this.lanes.indexOf(t);
    const base = { lane, name: t.name };
    if (!can) {
      const w = t.wait;
      const what = w?.sleep && w.deadline !== null ? `time.sleep() until t=${+w.deadline.toFixed(6)} s (time moves on when every thread waits)` : (w?.what ?? 'nothing it can get');
      return { ...base, ok: false, reason: `blocked on ${what}` };
    }
    const h = this.holder.get(p);
    if (!this.freeThreaded && h && h !== t && h.state === 'ready') return { ...base, ok: false, reason: `${GIL_REASON} (${h.name} holds it)` };
    return { ...base, ok: true, reason: null };
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.movable = [];
    this.status = this.world.exitStatus();
    this.world.emit({ kind: 'exit', t: this.world.now(), status: this.status });
  }

  get events(): readonly VmEvent[] {
    return this.book.events;
  }

  get deadlock(): string | null {
    const e = this.book.events.find((x) => x.kind === 'deadlock');
    return e && e.kind === 'deadlock' ? e.text : null;
  }

  /** The repr of a module global, or undefined when unbound. */
  global(name: string): string | undefined {
    return this.within(() => {
      const v = mainGlobals(this.world).find(([k]) => k === name);
      return v ? watchRepr(v[1]) : undefined;
    });
  }

  thread(lane: number): ThreadView | null {
    const th = this.lanes[lane];
    return th ? this.within(() => threadView(this.world, th, lane, (raw) => this.book.local(raw))) : null;
  }

  state(): StepState {
    return this.within(() => {
      const threads = this.lanes.map((t, i) => threadView(this.world, t, i, (raw) => this.book.local(raw)));
      const globals = mainGlobals(this.world);
      const identLane = new Map(this.lanes.map((t, i) => [t.ident, i]));
      const frames = this.lanes.flatMap((t) => {
        const pf = t.state === 'done' && !t.wait ? null : programFrame(t, this.world.mainPath);
        return pf ? [{ thread: t.name, values: frameValues(pf.f) }] : [];
      });
      const snap = watchSnapshot(globals, frames);
      const waiters = new Map<number, number[]>();
      this.lanes.forEach((t, i) => {
        // A deadlock ends the run with its threads still waiting (done for the VM, t.wait kept).
        const raw = t.state !== 'ready' ? t.wait?.lock?.id : undefined;
        if (raw === undefined) return;
        const id = this.book.local(raw);
        waiters.set(id, [...(waiters.get(id) ?? []), i]);
      });
      const locks = syncViews({
        records: this.book.locks.values(),
        syncs: snap.syncs,
        local: (raw) => this.book.local(raw),
        laneOf: (ident) => identLane.get(ident) ?? null,
        waiters,
      });
      return {
        step: this.steps,
        schedule: this.schedule,
        granularity: this.granularity,
        freeThreaded: this.freeThreaded,
        threads,
        globals: snap.globals,
        locks,
        queues: withChannelItems(snap.queues, this.book.events),
        events: this.book.events.map((e) => ({ ...e })),
        stepEvents: [...this.stepEvents],
        stdout: this.stdout,
        stderr: this.stderr,
        finished: this.finished,
        deadlock: this.deadlock,
        status: this.status,
        time: this.world.now(),
      };
    });
  }
}
