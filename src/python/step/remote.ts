// The step engine as a worker offers it to the page: one open session at a
// time, every answer plain data (structured-clone safe), every refusal an
// answer rather than a throw, so a Comlink call never rejects for a rule.

import type { LibLoader } from '../vm/process';
import type { CodeObject } from '../code';
import { StepSession, ScheduleError, StepRefused, type Granularity, type Movable, type StepOptions, type StepState } from './session';
import { toEnd, toNextEvent, toNextLine, type EventClass, type Pick } from './run-to';
import { search, type Strategy } from './search';
import { waitsFor, type WaitGraph } from './waits-for';
import { programListing, type CodeListing } from './listing';
import { all, finalValue, neverBelowZero, neverSoldTwice, noDeadlock, noException, outputNever, type Invariant } from './invariants';

export interface OpenRequest {
  source: string;
  path?: string;
  granularity: Granularity;
  freeThreaded: boolean;
  /** Steps to replay at once (a `schedule=` link). */
  schedule?: string;
  seed?: number;
  /** The lesson's invariant (or a challenge's goal): every view says whether the run so far breaks it. */
  invariant?: InvariantSpec;
}

export interface StepView {
  state: StepState;
  movable: Movable[];
  /** Who waits for whom, and why nobody can move when that is so. */
  graph: WaitGraph;
  /** Why the last request did not do all it asked (an invalid schedule, a refused step), or null. */
  problem: { index: number; lane: string; reason: string } | null;
  /** The program as `dis` prints it (the code panel's bytecode view); the same array object for a program until it changes. */
  listing: CodeListing[];
  /** How the run so far breaks the open request's invariant, or null (also when none was asked). */
  violation: string | null;
}

/** An invariant by name, so the page can ask for one across the worker boundary. */
export type InvariantSpec =
  /** A store that does not lower `name` (default ticket); also one below zero unless `belowZero` is false. */
  | { kind: 'sold-twice'; name?: string; belowZero?: boolean }
  | { kind: 'deadlock' }
  | { kind: 'exception' }
  | { kind: 'final'; name: string; value: string }
  | { kind: 'below-zero'; name: string }
  | { kind: 'output'; pattern: string }
  | { kind: 'all'; of: InvariantSpec[] };

export function invariantOf(spec: InvariantSpec): Invariant {
  switch (spec.kind) {
    case 'sold-twice':
      return neverSoldTwice(spec.name, spec.belowZero ?? true);
    case 'deadlock':
      return noDeadlock();
    case 'exception':
      return noException();
    case 'final':
      return finalValue(spec.name, spec.value);
    case 'below-zero':
      return neverBelowZero(spec.name);
    case 'output':
      return outputNever(spec.pattern);
    case 'all':
      return all(...spec.of.map(invariantOf));
  }
}

export interface SearchRequest {
  invariant: InvariantSpec;
  strategy: Strategy;
  runs: number;
  maxSteps?: number;
  depth?: number;
  seed?: number;
}

export class StepHost {
  private s: StepSession | null = null;
  private req: OpenRequest | null = null;
  private readonly codeCache = new Map<string, CodeObject>();
  private listed: { source: string; listing: CodeListing[] } | null = null;

  constructor(private lib: LibLoader) {}

  private opts(r: OpenRequest): StepOptions {
    return { lib: this.lib, path: r.path, granularity: r.granularity, freeThreaded: r.freeThreaded, seed: r.seed, codeCache: this.codeCache };
  }

  private view(problem: StepView['problem'] = null): StepView {
    const s = this.session();
    const state = s.state();
    const spec = this.req?.invariant;
    // A fresh checker over the whole run: the verdict follows the state, so back and seek undo it too.
    const violation = spec ? invariantOf(spec)()(s) : null;
    return { state, movable: s.runnable(), graph: waitsFor(state), problem, violation, listing: this.listed?.listing ?? [] };
  }

  private session(): StepSession {
    if (!this.s) throw new Error('no step session is open');
    return this.s;
  }

  /** Opens a program, replaying `schedule` as far as it is valid. */
  open(r: OpenRequest): StepView {
    this.req = r;
    if (this.listed?.source !== r.source) this.listed = { source: r.source, listing: programListing(r.source, r.path ?? '/main.py') };
    try {
      this.s = StepSession.replaySync(r.source, r.schedule ?? '', this.opts(r));
      return this.view();
    } catch (e) {
      if (!(e instanceof ScheduleError)) throw e;
      this.s = e.session;
      return this.view({ index: e.index, lane: e.ch, reason: e.reason });
    }
  }

  step(lane: number): StepView {
    try {
      this.session().step(lane);
      return this.view();
    } catch (e) {
      if (!(e instanceof StepRefused)) throw e;
      return this.view({ index: e.index, lane: String(lane), reason: e.reason });
    }
  }

  /** To step n of the current schedule (the slider; n − 1 is back). */
  seek(n: number): StepView {
    const r = this.req;
    if (!r) throw new Error('no step session is open');
    const schedule = this.session().schedule.slice(0, Math.max(0, n));
    return this.open({ ...r, schedule });
  }

  back(): StepView {
    return this.seek(this.session().steps - 1);
  }

  runTo(target: { kind: 'line'; lane: number } | { kind: 'event'; pick: Pick; classes?: EventClass[] } | { kind: 'end'; pick: Pick } | { kind: 'any' }): StepView {
    const s = this.session();
    if (target.kind === 'line') toNextLine(s, target.lane);
    else if (target.kind === 'event') toNextEvent(s, target.pick, target.classes);
    else if (target.kind === 'end') toEnd(s, target.pick);
    else if (s.movableLanes().length) s.step(s.pickAny());
    return this.view();
  }

  /** Searches the open program; on a hit, loads the failing schedule. */
  search(q: SearchRequest, onRun?: (tried: number) => void): { found: boolean; tries: number; violation: string | null; view: StepView } {
    const r = this.req;
    if (!r) throw new Error('no step session is open');
    const res = search(r.source, invariantOf(q.invariant), { ...this.opts(r), strategy: q.strategy, runs: q.runs, maxSteps: q.maxSteps, depth: q.depth, seed: q.seed, onRun });
    // The open session is untouched by the search's runs (each session call makes the VM's globals its own again).
    if (!res.found) return { found: false, tries: res.tries, violation: null, view: this.view() };
    return { found: true, tries: res.tries, violation: res.violation, view: this.open({ ...r, schedule: res.schedule }) };
  }
}
