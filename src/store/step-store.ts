/**
 * Step mode's state in the page (issue 12): the open step session's latest
 * view as the worker answered it, and the URL's mode/granularity/schedule.
 * Kept apart from lab-store, which it only reads (the program, the scenario:
 * is it a step lesson) and never runs; a live run leaves step mode through the
 * lab's `setBeforeRun`. Every action is an async worker call.
 */
import type * as Comlink from 'comlink';
import { create } from 'zustand';
import type { InvariantSpec, StepView, SearchRequest } from '../python/step/remote';
import type { Granularity } from '../python/step/session';
import type { PythonStepWorkerApi } from '../workers/python-step.worker';
import type { PythonWorkersStepApi } from '../workers/python-wstep.worker';
import { stepOnWorkers } from './step-on-workers';
import { coalesce } from './coalesce';
import type { ScenarioDef } from '../scenarios/scenario';
import { setBeforeRun, useLab, wantedVmMode } from './lab-store';

export type StepMode = 'live' | 'step';

export interface StepStore {
  mode: StepMode;
  /** The link's own `mode=` (null when it has none: a step lesson then opens in step mode). */
  urlMode: StepMode | null;
  /** The open challenge's id (`challenge=`), or null. */
  challenge: string | null;
  granularity: Granularity;
  freeThreaded: boolean;
  /** The schedule the URL asked for, replayed at the first open. */
  initialSchedule: string;
  /** What the open program's verdict checks (the scenario's invariant, or a challenge's goal). */
  invariant: InvariantSpec | null;
  view: StepView | null;
  /** Globals whose repr changed with the last answer (marked in the watch panel). */
  changed: Set<string>;
  busy: boolean;
  /** A lane the student asked to step (a timeline click) that may not move now, and the engine's reason. */
  refused: { lane: number; name: string; reason: string } | null;
  search: { running: boolean; tried: number; found: boolean | null; violation: string | null } | null;
  /** The open program steps with every Python thread on a worker of its own (`vm=workers`). */
  onWorkers: boolean;
  setMode(m: StepMode): void;
  /** Opens a challenge with its own rules (granularity, GIL), or leaves it (null). */
  setChallenge(id: string | null, rules?: { granularity: Granularity; freeThreaded: boolean }): void;
  setGranularity(g: Granularity): void;
  setFreeThreaded(on: boolean): void;
  /** Opens a program; `invariant` (kept for later reopens) is what its verdict checks. */
  open(code: string, schedule?: string, invariant?: InvariantSpec | null): Promise<void>;
  step(lane: number): Promise<void>;
  /** Steps `lane` if the engine lets it move now; else notes why not in `refused` (as a disabled button's title says). */
  tryStep(lane: number): Promise<void>;
  back(): Promise<void>;
  seek(n: number): Promise<void>;
  runTo(target: Parameters<PythonStepWorkerApi['runTo']>[0]): Promise<void>;
  find(q: SearchRequest): Promise<void>;
}

/** A step lesson opens in step mode, so its live link must say mode=live. Read from the lab's scenario, the one source. */
export function isStepLesson(scenario: ScenarioDef): boolean {
  return scenario.vm?.stepFirst === true;
}

function readUrl(): { mode: StepMode; urlMode: StepMode | null; challenge: string | null; granularity: Granularity; freeThreaded: boolean; schedule: string } {
  const q = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search);
  const m = q.get('mode');
  // Known before the (lazy) step panel arrives: a Run pressed on a step lesson's first screen must
  // meet step mode already, not be reset by it a moment later.
  const stepFirst = isStepLesson(useLab.getState().scenario);
  return {
    mode: m === 'step' || (m !== 'live' && stepFirst) ? 'step' : 'live',
    urlMode: m === 'step' || m === 'live' ? m : null,
    challenge: q.get('challenge')?.trim() || null,
    granularity: q.get('granularity') === 'bytecode' ? 'bytecode' : 'line',
    freeThreaded: /^(1|on|true|yes)$/i.test(q.get('freethreaded') ?? ''),
    schedule: (q.get('schedule') ?? '').trim(),
  };
}

/** The calls the panel makes; both steppers answer them (the workers' runTo takes the kinds it offers). */
type StepApi = Comlink.Remote<PythonStepWorkerApi> | Comlink.Remote<PythonWorkersStepApi>;

/** Whether this program steps on real workers: the lab's vm mode is workers, the page has shared memory, and worker mode can run it. */
export function stepsOnWorkers(source: string): boolean {
  const shared = typeof window !== 'undefined' && typeof SharedArrayBuffer !== 'undefined' && window.crossOriginIsolated;
  return stepOnWorkers(wantedVmMode(), shared, source);
}

function spawnStepWorker(C: typeof Comlink, onWorkers: boolean): StepApi {
  if (onWorkers) return C.wrap<PythonWorkersStepApi>(new Worker(new URL('../workers/python-wstep.worker.ts', import.meta.url), { type: 'module', name: 'python-step workers' }));
  return C.wrap<PythonStepWorkerApi>(new Worker(new URL('../workers/python-step.worker.ts', import.meta.url), { type: 'module', name: 'python-step' }));
}

// Comlink comes with the first step call, not with the page: live mode never needs it.
const workers = new Map<boolean, Promise<StepApi>>();
/** The stepper the last open chose (a step, back, seek go to the worker that holds the session). */
let current = false;
function api(onWorkers: boolean = current): Promise<StepApi> {
  let worker = workers.get(onWorkers);
  if (!worker) {
    const made = import('comlink').then((C) => spawnStepWorker(C, onWorkers));
    // A chunk that failed to arrive is asked for again at the next call.
    made.catch(() => {
      if (workers.get(onWorkers) === made) workers.delete(onWorkers);
    });
    worker = made;
    workers.set(onWorkers, made);
  }
  return worker;
}

// The same throttle as lab-store's URL writes (Chromium drops bursts of replaceState).
const urlWriter = coalesce(() => {
  if (typeof window === 'undefined') return;
  const s = useStep.getState();
  const q = new URLSearchParams(window.location.search);
  if (s.mode === 'step') {
    q.set('mode', 'step');
    q.set('granularity', s.granularity);
    if (s.freeThreaded) q.set('freethreaded', 'on');
    else q.delete('freethreaded');
    const sched = s.view?.state.schedule ?? '';
    if (sched) q.set('schedule', sched);
    else q.delete('schedule');
  } else {
    for (const k of ['mode', 'granularity', 'schedule', 'freethreaded']) q.delete(k);
    // A step lesson opens in step mode: its live link says so.
    if (isStepLesson(useLab.getState().scenario)) q.set('mode', 'live');
  }
  if (s.challenge) q.set('challenge', s.challenge);
  else q.delete('challenge');
  window.history.replaceState(null, '', `${window.location.pathname}?${q.toString()}${window.location.hash}`);
}, 250);

function changedGlobals(before: StepView | null, after: StepView): Set<string> {
  const out = new Set<string>();
  if (!before) return out;
  for (const [k, v] of Object.entries(after.state.globals)) if (before.state.globals[k] !== v) out.add(k);
  return out;
}

const initial = readUrl();

export const useStep = create<StepStore>((set, get) => {
  // One call at a time: a click during a call waits its turn, so the view always follows the order of clicks.
  let chain: Promise<void> = Promise.resolve();
  const queue = (job: () => Promise<StepView>, own = true) => {
    // The student's own move: a later reopen (an edit) starts from what they did, not from the link.
    if (own) set({ initialSchedule: '' });
    chain = chain.then(async () => {
      set({ busy: true });
      try {
        const before = get().view;
        const view = await job();
        set({ view, changed: changedGlobals(before, view), refused: null });
        urlWriter.request();
      } catch (e) {
        // A worker failure must not stall every later call behind a rejected chain.
        console.error('step worker:', e);
      } finally {
        set({ busy: false });
      }
    });
    return chain;
  };
  return {
    mode: initial.mode,
    urlMode: initial.urlMode,
    challenge: initial.challenge,
    granularity: initial.granularity,
    freeThreaded: initial.freeThreaded,
    initialSchedule: initial.schedule,
    invariant: null,
    view: null,
    changed: new Set(),
    busy: false,
    refused: null,
    search: null,
    onWorkers: false,
    setMode(mode) {
      // The panel reopens the program on entering step mode, keeping the steps taken so far.
      // A mode chosen before the step panel has loaded decides as a link's would (urlMode).
      set({ mode, urlMode: mode, initialSchedule: get().view?.state.schedule ?? get().initialSchedule });
      urlWriter.request();
    },
    setChallenge(challenge, rules) {
      // The panel reopens when the program (the challenge's) arrives; a link's schedule is kept until the student moves.
      set({ challenge, ...(rules ? { mode: 'step' as const, granularity: rules.granularity, freeThreaded: rules.freeThreaded } : {}) });
      urlWriter.request();
    },
    // The panel reopens the program when these change. A schedule means something only under its own rules: a new one starts from step 0.
    setGranularity(granularity) {
      set({ granularity, initialSchedule: '' });
    },
    setFreeThreaded(freeThreaded) {
      set({ freeThreaded, initialSchedule: '' });
    },
    open(code, schedule, invariant) {
      if (invariant !== undefined) set({ invariant });
      const { granularity, freeThreaded } = get();
      const inv = get().invariant ?? undefined;
      set({ search: null });
      const onWorkers = stepsOnWorkers(code);
      set({ onWorkers });
      return queue(async () => {
        current = onWorkers;
        return (await api(onWorkers)).open({ source: code, granularity, freeThreaded, schedule: schedule ?? '', seed: 1, invariant: inv });
      }, false);
    },
    step: (lane) => queue(async () => (await api()).step(lane)),
    tryStep(lane) {
      const m = get().view?.movable.find((x) => x.lane === lane);
      if (m?.ok) return get().step(lane);
      const th = get().view?.state.threads.find((x) => x.lane === lane);
      set({ refused: { lane, name: m?.name ?? th?.name ?? String(lane), reason: m?.reason ?? (th ? `${th.name} has finished` : 'no such thread') } });
      return Promise.resolve();
    },
    back: () => queue(async () => (await api()).back()),
    seek: (n) => queue(async () => (await api()).seek(n)),
    runTo: (target) => queue(async () => (await api()).runTo(target)),
    find(q) {
      set({ search: { running: true, tried: 0, found: null, violation: null } });
      const onTried = (tried: number): void => {
        const cur = get().search;
        if (cur?.running) set({ search: { ...cur, tried: Math.max(cur.tried, tried) } });
      };
      return queue(async () => {
        const [remote, { proxy }] = await Promise.all([api(), import('comlink')]);
        const res = await remote.search(q, proxy(onTried));
        set({ search: { running: false, tried: res.tries, found: res.found, violation: res.violation } });
        return res.view;
      });
    },
  };
});

// Run lets the threads go by themselves, whoever asks (the button, a key, autoplay, the fixed version):
// it leaves step mode first, so the run's timeline is not the stepped one.
setBeforeRun(() => {
  if (useStep.getState().mode === 'step') useStep.getState().setMode('live');
});
