// The page's step panel on real workers (issue 12, `vm=workers&mode=step`):
// the same answers as StepHost (remote.ts) — a StepView per call, a refusal
// as `problem`, never a throw for a rule — but every Python thread runs on a
// worker of its own (WorkerStepSession). Back and seek are a fresh run
// replayed to the step asked for (workers cannot be wound back).

import type { SpawnWorker } from '../vm/host/host';
import type { VmEvent } from '../vm/events';
import type { LibLoader } from '../vm/process';
import { WorkerStepSession, WorkerScheduleError, type WorkerThreadPosition } from './worker-session';
import { StepRefused, StepSession, rng, type StepState } from './session';
import type { ThreadView, InstrView } from './state';
import { programListing, type CodeListing } from './listing';
import { waitsFor } from './waits-for';
import { laneChar } from './lanes';
import { classOf, type EventClass, type Pick } from './run-to';
import { workerWatch } from './worker-watch';
import { identOfSlot } from '../vm/worker-mode';
import { ARRIVAL_OFFSET } from '../vm/host/step-gate';
import { PID_BASE } from '../vm/host/layout';
import { invariantOf, type OpenRequest, type SearchRequest, type StepView } from './remote';
import { confirmedAnswer, searchOneWorker, type WorkerSearchAnswer } from './worker-search';
import type { CodeObject } from '../code';

export interface WorkerStepHostOptions {
  spawn: SpawnWorker;
  /** The thread workers' entry (a name only for the browser spawner). */
  entry: string;
  /** Real ms a step or the start may take before the call answers with a problem instead of hanging. */
  timeoutMs?: number;
  /** The library for the one-worker stepper the search runs on (virtual time, many quick runs); without it search refuses. */
  lib?: LibLoader;
}

/** As StepHost's runTo; `pick` 'any' is the one-worker stepper's seeded choice (pickAny). */
export type WorkerRunTo = { kind: 'line'; lane: number } | { kind: 'event'; pick?: Pick; classes?: EventClass[] } | { kind: 'end'; pick?: Pick } | { kind: 'any' };

/** Where a parked thread's line and byte offset fall in the listing: the code object and the instruction. */
function locate(listing: CodeListing[], p: WorkerThreadPosition): { code: CodeListing; instr: InstrView } | null {
  // The module's RESUME has no line (0): the main thread's first stop is there.
  if (p.line <= 0) {
    const module = listing[0];
    const instr = module?.instrs.find((i) => i.offset === p.offset);
    return module && instr ? { code: module, instr } : null;
  }
  for (const code of listing) {
    const instr = code.instrs.find((i) => i.offset === p.offset && i.line === p.line);
    if (instr) return { code, instr };
  }
  return null;
}

/**
 * Where a lane stands in no code of the program: parked on arrival (before its first step, as the one-worker stepper
 * shows a new thread), done, or the main thread's stop at the module's end (line 0 after it has stepped; only the
 * module's first RESUME has line 0 otherwise).
 */
function outside(p: WorkerThreadPosition, stepped: boolean): boolean {
  return p.status === 'done' || p.offset === ARRIVAL_OFFSET || (p.line <= 0 && stepped);
}

function threadView(listing: CodeListing[], p: WorkerThreadPosition, pid: number, stepped: boolean): ThreadView {
  const out = outside(p, stepped);
  const at = out ? null : locate(listing, p);
  // Its wait ended by its deadline (a sleep, a timeout) and it has not stepped since: blocked in it, as the one-worker stepper shows it (it may move).
  const status = p.slept ? 'blocked' : p.status === 'parked' ? 'ready' : p.status;
  return {
    lane: p.lane,
    name: p.name,
    ident: identOfSlot(p.slot),
    pid,
    status,
    waiting: status === 'blocked' ? (p.waiting ?? '?') : null,
    waitLock: null,
    line: out ? 0 : (at?.instr.line ?? p.line),
    instr: at?.instr ?? null,
    func: at?.code.name ?? '',
    code: at?.code.key ?? '',
    locals: {},
  };
}

const MAX_RUN_TO = 10_000;

export class WorkerStepHost {
  private s: WorkerStepSession | null = null;
  private req: OpenRequest | null = null;
  private listed: { source: string; listing: CodeListing[] } | null = null;
  /** events.length before the first step and after each (StepState.stepEvents). */
  private stepEvents: number[] = [];
  /**
   * The one-worker stepper run in lockstep (when there is a lib): "any" asks it, so the same seed and
   * schedule pick the same lane even where the two steppers' movable sets differ (a starter woken
   * early on workers). Null once a step it refuses was taken here; then `random` over the workers' lanes.
   */
  private shadow: StepSession | null = null;
  /** StepSession's generator for "any", made afresh at each open as a fresh StepSession makes its own. */
  private random: () => number = rng(0x5eed);
  private readonly codeCache = new Map<string, CodeObject>();

  constructor(private readonly o: WorkerStepHostOptions) {}

  private session(): WorkerStepSession {
    if (!this.s) throw new Error('no step session is open');
    return this.s;
  }

  private state(): StepState {
    const s = this.session();
    const listing = this.listed?.listing ?? [];
    const positions = s.positions();
    const wanting = new Map(positions.flatMap((p) => (p.wants > 0 ? [[identOfSlot(p.slot), p.wants] as const] : [])));
    const watch = workerWatch(s.events, (ident) => s.laneOfIdent(ident), wanting, s.watchObjects());
    const threads = positions.map((p) => ({ ...threadView(listing, p, PID_BASE + s.laneProc(p.lane), s.schedule.includes(laneChar(p.lane))), locals: p.status === 'done' ? {} : s.locals(p.lane) }));
    for (const t of threads) {
      const id = t.status === 'done' ? undefined : watch.waitsOn.get(t.ident);
      if (id === undefined) continue;
      // As the one-worker stepper: a waiter woken for a free lock stays blocked on it until its step takes it.
      t.status = 'blocked';
      t.waitLock = id;
      t.waiting ??= watch.waitWhat.get(t.ident) ?? '?';
    }
    return {
      step: s.steps,
      schedule: s.schedule,
      granularity: s.granularity,
      freeThreaded: s.freeThreaded,
      threads,
      globals: s.globals(),
      locks: watch.locks,
      queues: watch.queues,
      events: watch.events,
      stepEvents: [...this.stepEvents],
      stdout: s.stdout,
      stderr: s.stderr,
      finished: s.finished,
      deadlock: s.deadlock,
      status: s.status,
      time: s.now(),
    };
  }

  private view(problem: StepView['problem'] = null): StepView {
    const s = this.session();
    const state = this.state();
    const spec = this.req?.invariant;
    // As StepHost: a fresh checker over the whole run, so back and seek undo the verdict too.
    const violation = spec ? invariantOf(spec)()(s) : null;
    return { state, movable: s.runnable(), graph: waitsFor(state), problem, violation, listing: this.listed?.listing ?? [] };
  }

  /** Opens a program on fresh workers, replaying `schedule` as far as it is valid. */
  async open(r: OpenRequest): Promise<StepView> {
    this.close();
    this.req = r;
    this.random = rng((r.seed ?? 0) ^ 0x5eed);
    const lib = this.o.lib;
    this.shadow = lib ? StepSession.create(r.source, { lib, path: r.path, granularity: r.granularity, freeThreaded: r.freeThreaded, seed: r.seed }) : null;
    if (this.listed?.source !== r.source) this.listed = { source: r.source, listing: programListing(r.source, r.path ?? '/main.py') };
    const opts = { spawn: this.o.spawn, entry: this.o.entry, granularity: r.granularity, freeThreaded: r.freeThreaded, path: r.path, timeoutMs: this.o.timeoutMs };
    const s = await WorkerStepSession.start(r.source, opts);
    this.s = s;
    this.stepEvents = [s.events.length];
    const schedule = r.schedule ?? '';
    for (let i = 0; i < schedule.length; i++) {
      const ch = schedule[i] as string;
      const lane = parseInt(ch, 36);
      const why = Number.isNaN(lane) ? `'${ch}' names no lane (0-9, a-z)` : await this.tryStep(lane);
      if (why !== null) return this.view({ index: i, lane: ch, reason: why });
    }
    return this.view();
  }

  /** One step; the refusal's reason, or null when it was taken. */
  private async tryStep(lane: number): Promise<string | null> {
    const s = this.session();
    try {
      await s.step(lane);
      this.stepEvents.push(s.events.length);
      this.shadowStep(lane);
      return null;
    } catch (e) {
      if (e instanceof StepRefused || e instanceof WorkerScheduleError) return e.reason;
      // A step that never came to rest: an answer, not a hung panel.
      return e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
    }
  }

  async step(lane: number): Promise<StepView> {
    const index = this.session().steps;
    const why = await this.tryStep(lane);
    return this.view(why === null ? null : { index, lane: String(lane), reason: why });
  }

  async seek(n: number): Promise<StepView> {
    const r = this.req;
    if (!r) throw new Error('no step session is open');
    return this.open({ ...r, schedule: this.session().schedule.slice(0, Math.max(0, n)) });
  }

  back(): Promise<StepView> {
    return this.seek(this.session().steps - 1);
  }

  private shadowStep(lane: number): void {
    if (!this.shadow) return;
    try {
      this.shadow.step(lane);
    } catch (e) {
      if (!(e instanceof StepRefused)) throw e;
      // A step the one-worker stepper refuses (a starter moved early): its choices no longer apply.
      this.shadow = null;
    }
  }

  /** The one-worker stepper's seeded choice (StepSession.pickAny) when it can be asked, else the same rule over the workers' movable lanes. */
  private pickAny(): number {
    const ok = this.session().movableLanes();
    if (this.shadow) {
      const lane = this.shadow.pickAny();
      if (lane >= 0 && ok.includes(lane)) return lane;
      this.shadow = null;
    }
    if (!ok.length) return -1;
    return ok[Math.floor(this.random() * ok.length)] as number;
  }

  /** 'line': the lane until its line changes; 'event': until a program lock, queue or print event (run-to.ts's classes); 'end': until nobody can move. */
  async runTo(target: WorkerRunTo): Promise<StepView> {
    const s = this.session();
    const chosen = (pick: Pick = 'any'): number => (pick === 'any' ? this.pickAny() : s.movableLanes().includes(pick) ? pick : -1);
    if (target.kind === 'line') {
      const line = s.positions().find((p) => p.lane === target.lane)?.line;
      for (let k = 0; k < MAX_RUN_TO; k++) {
        if (!s.movableLanes().includes(target.lane)) break;
        if ((await this.tryStep(target.lane)) !== null) break;
        const p = s.positions().find((x) => x.lane === target.lane);
        if (!p || p.status !== 'parked' || p.line !== line) break;
      }
    } else if (target.kind === 'end') {
      // One choice per step: a second call would advance the generator where run-to.ts's runUntil does not.
      for (let k = 0; k < MAX_RUN_TO; k++) {
        const lane = chosen(target.pick);
        if (lane < 0 || (await this.tryStep(lane)) !== null) break;
      }
    } else if (target.kind === 'any') {
      const lane = this.pickAny();
      if (lane >= 0) await this.tryStep(lane);
    } else {
      await this.toNextEvent(target.pick ?? 'any', new Set(target.classes ?? ['lock', 'queue', 'print']), chosen);
    }
    return this.view();
  }

  /** Steps until an event of `want` (a queue's items changing counts as a queue event), as run-to.ts's toNextEvent. */
  private async toNextEvent(pick: Pick, want: ReadonlySet<EventClass>, chosen: (p: Pick) => number): Promise<void> {
    const s = this.session();
    const queues = (): string => JSON.stringify(workerWatch(s.events, () => null).queues);
    let q = want.has('queue') ? queues() : '';
    let seen = s.events.length;
    for (let k = 0; k < MAX_RUN_TO; k++) {
      const lane = chosen(pick);
      if (lane < 0 || (await this.tryStep(lane)) !== null) return;
      // The program's locks: those a global was bound to (the events' own ids: classOf compares like with like).
      const locks = new Set(s.events.flatMap((e) => (e.kind === 'global-store' && e.lock >= 0 ? [e.lock] : [])));
      for (; seen < s.events.length; seen++) {
        const c = classOf(s.events[seen] as VmEvent, locks);
        if (c && want.has(c)) return;
      }
      if (want.has('queue')) {
        const now = queues();
        if (now !== q) return;
        q = now;
      }
    }
  }

  /**
   * Searches on the one-worker stepper (many quick runs in virtual time), then loads the hit on the
   * real workers and checks their verdict: a disagreement is answered as the view's problem.
   */
  async search(q: SearchRequest, onRun?: (tried: number) => void): Promise<WorkerSearchAnswer> {
    const r = this.req;
    if (!r) throw new Error('no step session is open');
    const lib = this.o.lib;
    if (!lib) return { found: false, tries: 0, violation: null, view: this.view({ index: this.session().steps, lane: '', reason: 'search needs the one-worker stepper (no library given)' }) };
    const res = searchOneWorker(r, q, lib, this.codeCache, onRun);
    if (!res.found) return { found: false, tries: res.tries, violation: null, view: this.view() };
    return confirmedAnswer(res, await this.open({ ...r, schedule: res.schedule }));
  }

  /** Ends the open run's workers. */
  close(): void {
    this.s?.close();
    this.s = null;
  }
}
