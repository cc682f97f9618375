import { create } from 'zustand';
import type { RunDriver, RunReport, RunStatus } from '../engine/driver';
import type { Spawner } from '../engine/spawner';
import { type Lang, browserLang } from '../i18n/lang';
import { findScenario, scenarios } from '../scenarios/registry';
import type { DeadlockStory, Outcome, ScenarioDef } from '../scenarios/scenario';
import type { QueueView } from '../engine/run';
import { paramDefaults } from '../scenarios/scenario';
import type { ParamValue, ParamValues } from '../scenarios/types';
import { type TraceModel, applyLog, emptyTrace } from '../trace/model';
import { EventLog } from '../trace/event-log';
import { type RunRecord, recordEvents } from '../trace/record';
import type { RuntimeEvent } from '../runtime/events';
import { type UrlMessage, parseUrl } from '../url';
import { clampSpeed } from '../speed';
import type { Size } from '../flags';
import { syncUrl } from './url-sync';
import { CODE_PARAM } from '../url/code-param';
import { readCodeParam } from '../url/code-url';
import { frameTicker } from './ticker';
import type { VmHost } from '../engine/python-vm-host';
import type { VmFacts } from '../trace/vm-trace';
import type { VmEnd, VmRunner } from './vm-run';
import { setLiveWatch } from './watch-store';
import { isFreeThreaded } from '../scenarios/free-threaded';
import type { WorkersHostHooks } from '../engine/workers-vm-host';
import { lazyVmHost } from '../engine/lazy-vm-host';
import { type VmChoice, type VmMode, chooseVmMode, parseVmMode } from '../engine/vm-mode';

/** A program that did not compile: CPython's SyntaxError, where it points. */
export interface SyntaxProblem {
  msg: string;
  lineno: number;
  offset: number;
  /** What `python3 main.py` prints for it. */
  text: string;
}

export type DeadlockView = DeadlockStory;

export interface LabState {
  lang: Lang;
  scenario: ScenarioDef;
  params: ParamValues;
  speed: number;
  status: RunStatus;
  report: RunReport | null;
  trace: TraceModel;
  traceVersion: number;
  outcome: Outcome | null;
  deadlock: DeadlockView[];
  messages: UrlMessage[];
  isolated: boolean;
  /**
   * What the page offers the threads: shared memory + Atomics where it is
   * cross-origin isolated, else ('message') none: the VM then runs every
   * thread on one worker, its waits jumping at once.
   */
  runtime: 'shared' | 'message';
  liveWorkers: number;
  /** The run's queues as they are now (empty for scenarios without queues). */
  queues: QueueView[];
  /** The view fell behind the threads a moment ago (they waited for it; nothing was lost). */
  behind: boolean;
  /** `large` is projector mode: text at least 16 px, timeline lanes at least 32 px. */
  size: Size;
  /** The program a VM scenario runs ("Your program": the student's text). */
  code: string;
  /** What the VM reported about the current run (VM scenarios only). */
  vmFacts: VmFacts | null;
  /** The current program's SyntaxError, found when Run compiled it. */
  syntax: SyntaxProblem | null;
  /** Real milliseconds from Run to the first Python line of the last VM run. */
  firstLineMs: number | null;
  /** Where the last VM run ran (`vm=` asked, what it got and why), and how many Web Workers it started. */
  vmRun: (VmChoice & { wanted: VmMode; workers: number }) | null;
  /** The address's `code=` is still decoding: Run waits for it, or it would run (and then lose) the lesson's text. */
  codeLoading: boolean;
  /** `code=` did not decode: its parameter's name, for the message ('' when it did or there was none). */
  badCodeParam: string;

  run(): void;
  togglePause(): void;
  /** While paused: let the threads do their next thing, then pause again. */
  step(): void;
  reset(): void;
  setParam(key: string, value: ParamValue): void;
  setSpeed(speed: number): void;
  setLang(lang: Lang): void;
  setSize(size: Size): void;
  setScenario(id: string): void;
  loadFixed(): void;
  /**
   * One line of Python for the run's interactive thread (a scenario with a
   * REPL). Starts the run first if none is going. False if it could not be
   * handed over (no mailbox, or the mailbox is full).
   */
  sendCommand(command: string): boolean;
  /** A line typed at the console for the Python program's input(); false if it could not go. */
  typeLine(line: string): boolean;
  dismissMessages(): void;
  /** Replaces the program of a VM scenario (stops a run of the old text). */
  setCode(code: string): void;
  /** Shows a saved run again without workers: same trace, console and outcome. False if its scenario is unknown. */
  loadRecord(record: RunRecord): boolean;
}

let driver: RunDriver | null = null;
/** First in every run(), whoever asked: step mode leaves there (step-store.ts). */
let beforeRun = (): void => {};
export function setBeforeRun(f: () => void): void {
  beforeRun = f;
}
/** The running Python program of a VM scenario (instead of `driver`). */
let vmRunner: VmRunner | null = null;
/** Set by a test; otherwise the engine's single worker host. */
let vmHostOverride: VmHost | null = null;

type RunEngine = typeof import('./run-engine');
let engine: RunEngine | null = null;
let engineLoading: Promise<RunEngine> | null = null;
/** The run machinery, in its own chunk: asked for as the store starts, so it is here by the first click. */
function loadEngine(): Promise<RunEngine> {
  engineLoading ??= import('./run-engine').then((m) => (engine = m));
  return engineLoading;
}
void loadEngine();

/** Worker mode's host, loaded only when a run asks for it (the page's first JavaScript stays small). */
function workersVmHost(fallback: VmHost, hooks: WorkersHostHooks = {}): VmHost {
  return lazyVmHost(() => import('../engine/workers-vm-host').then((m) => m.workersVmHost(fallback, hooks)));
}

/**
 * The host a run without `vm=` gets. A build can choose it (`VITE_DEFAULT_VM=workers npx vite build`) so the
 * whole e2e suite can be run on worker mode before worker mode becomes every page's default.
 */
const DEFAULT_VM: VmMode = parseVmMode(import.meta.env.VITE_DEFAULT_VM ?? null);

export function wantedVmMode(): VmMode {
  return typeof location === 'undefined' ? DEFAULT_VM : parseVmMode(new URLSearchParams(location.search).get('vm'), DEFAULT_VM);
}

function prewarmVm(): void {
  void loadEngine().then((e) => {
    const one = vmHostOverride ?? e.singleWorkerHost;
    if (wantedVmMode() === 'workers' && pageIsolated) workersVmHost(one).prewarm?.();
    else one.prewarm?.();
  });
}

/** Lets a test swap where Python programs run. */
export function setVmHost(h: VmHost): void {
  vmHostOverride = h;
}
/**
 * Every event of the current run, in arrival order: what a run record saves.
 * Kept in columns (EventLog), not as an object per event, so a long run's
 * memory grows by ~30 bytes an event; objects are built only when a record
 * is saved.
 */
let recorded = new EventLog();

/** The current run's events as they arrived (for the run record), as objects. */
export function recordedEvents(): readonly RuntimeEvent[] {
  return recorded.toEvents();
}

/** The same events in their compact columnar form. */
export function recordedLog(): EventLog {
  return recorded;
}
let behindTimer: ReturnType<typeof setTimeout> | undefined;
/** Identifies the current run, so late reports of a replaced run are ignored. */
let runToken: object = {};
let spawnerOverride: Spawner | null = null;

/** Lets a test or a later runtime swap how threads become workers. */
export function setSpawner(s: Spawner): void {
  spawnerOverride = s;
}

/** Simulated seconds of the current run now (for the live timeline), or the trace's end. */
export function currentSimTime(): number {
  const s = useLab.getState();
  if (driver && !driver.isOver) return Math.max(driver.run.simNow(), s.trace.end);
  if (vmRunner && !vmRunner.isOver) return Math.max(vmRunner.simNow(), s.trace.end);
  // After the run, time ends with its last event (not when the end was noticed).
  return s.trace.end;
}




function stopDriver(): void {
  runToken = {};
  driver?.dispose();
  driver = null;
  vmRunner?.dispose();
  vmRunner = null;
}

// The UI's link buttons import flushUrl from here.
export { flushUrl } from './url-sync';
export { canRun, isEdited, vmLesson } from './lab-helpers';
import { canRun, deadlockStories, followCode, isEdited, namesOf, queuesKey, startValues, vmLesson } from './lab-helpers';

const pageIsolated = typeof globalThis.crossOriginIsolated === 'boolean' ? globalThis.crossOriginIsolated : false;





const initial = (() => {
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const url = parseUrl(search, scenarios);
  const lang = url.lang ?? browserLang(typeof navigator === 'undefined' ? [] : navigator.languages);
  // A bad lang= falls back to the browser's language: say which.
  for (const m of url.messages) if (m.param === 'lang' && m.kind === 'notOption') m.fallback = lang;
  return { url, lang, search, hasCode: new URLSearchParams(search).has(CODE_PARAM) };
})();

let runWhenCodeArrives = false;


export const useLab = create<LabState>()((set, get) => {
  const finalOutcome = (report: RunReport): void => {
    const s = get();
    const outcome = s.scenario.outcome(s.trace, s.params, report.globals, report.globalsByProcess);
    const spec = s.scenario.runSpec(s.params);
    const deadlock: DeadlockStory[] =
      report.waiters?.map((w) => ({
        waiter: s.trace.lanes[w.worker]?.name ?? '?',
        holder: w.kind === 'lock' ? (s.trace.lanes[w.holder]?.name ?? '?') : '',
        waitLine: s.trace.lanes[w.worker]?.line ?? 0,
        kind: w.kind,
        on: (w.kind === 'lock' ? spec.lockNames[w.lock] : spec.queues?.[w.lock]?.name) ?? '?',
      })) ?? [];
    set({ outcome, deadlock, report, status: report.status, liveWorkers: 0 });
  };

  const idle = (scenario: ScenarioDef, params: ParamValues): Partial<LabState> => {
    recorded = new EventLog();
    setLiveWatch(null);
    return {
      vmFacts: null,
      syntax: null,
      status: 'idle',
      report: null,
      outcome: null,
      deadlock: [],
      trace: emptyTrace(namesOf(scenario, params)),
      traceVersion: get().traceVersion + 1,
      liveWorkers: 0,
      queues: [],
      behind: false,
    };
  };

  /** Runs the VM scenario's program in a worker; its events fill the trace as they come. */
  const runVm = (e: RunEngine): void => {
    const s = get();
    const vm = s.scenario.vm;
    if (!vm) return;
    const trace = emptyTrace(namesOf(s.scenario, s.params));
    const log = new EventLog();
    recorded = log;
    setLiveWatch(null);
    const wanted = wantedVmMode();
    const choice = chooseVmMode(wanted, { source: s.code, shared: pageIsolated });
    set({ trace, traceVersion: s.traceVersion + 1, outcome: null, deadlock: [], report: null, vmFacts: null, syntax: null, firstLineMs: null, status: 'running', liveWorkers: 1, vmRun: { ...choice, wanted, workers: 1 } });
    const one = vmHostOverride ?? e.singleWorkerHost;
    const host =
      choice.mode === 'workers'
        ? workersVmHost(one, {
            onWorkers: (n) => {
              const cur = get().vmRun;
              if (vmRunner === runner && cur) set({ liveWorkers: n, vmRun: { ...cur, workers: n } });
            },
            onFallback: () => {
              if (vmRunner === runner) set({ liveWorkers: 1, vmRun: { wanted, mode: 'one', fallback: 'start', workers: 1 } });
            },
          })
        : one;
    const runner = new e.VmRunner(
      s.code,
      s.speed,
      host,
      vm.watch ?? [],
      {
        onEvents: (evs, facts) => {
          if (vmRunner !== runner) return;
          const st = get();
          const from = log.length;
          log.push(evs);
          st.trace.lockNames = facts.lockNames;
          st.trace.queueNames = facts.queueNames;
          applyLog(st.trace, log, from);
          set({ traceVersion: st.traceVersion + 1, vmFacts: facts });
        },
        onFirstLine: (ms) => {
          if (vmRunner === runner) set({ firstLineMs: ms });
        },
        onPaused: () => {
          if (vmRunner === runner) set({ status: 'paused' });
        },
        onWatch: (w) => {
          if (vmRunner === runner) setLiveWatch(w);
        },
        onEnd: (end) => {
          if (vmRunner !== runner) return;
          vmEnded(end);
        },
      },
      frameTicker,
      { task: vm.task ?? null, freeThreaded: isFreeThreaded(s.params) || vm.freeThreaded?.(s.params) === true, clock: vm.clock, showGil: vm.showGil },
    );
    vmRunner = runner;
  };

  const vmEnded = (end: VmEnd): void => {
    const s = get();
    const simEnd = end.kind === 'done' ? end.facts.end : 0;
    const base = { globals: {}, globalsByProcess: [], simEnd };
    if (end.kind === 'syntax' || end.kind === 'unsupported' || end.kind === 'failed') {
      const message = end.kind === 'failed' ? end.message : end.text.trimEnd();
      const syntax = end.kind === 'syntax' ? { msg: end.msg, lineno: end.lineno, offset: end.offset, text: end.text } : null;
      set({ status: 'error', report: { status: 'error', message, ...base }, syntax, outcome: null, liveWorkers: 0 });
      return;
    }
    const f = end.facts;
    const status: RunStatus = f.deadlock !== '' ? 'deadlock' : end.status === 0 ? 'finished' : 'error';
    const deadlock = deadlockStories(f);
    const last = f.exceptions.at(-1);
    const message = status === 'error' ? (last?.summary ?? `exit status ${end.status}`) : undefined;
    const outcome = s.scenario.vm?.outcome(f, status, s.params, s.trace) ?? null;
    set({ status, report: { status, message, ...base }, outcome, deadlock, vmFacts: f, traceVersion: s.traceVersion + 1, liveWorkers: 0 });
  };

  return {
    lang: initial.lang,
    scenario: initial.url.scenario,
    params: initial.url.params,
    speed: initial.url.speed,
    status: 'idle',
    report: null,
    trace: emptyTrace(namesOf(initial.url.scenario, initial.url.params)),
    traceVersion: 0,
    outcome: null,
    deadlock: [],
    messages: initial.url.messages,
    isolated: pageIsolated,
    runtime: pageIsolated ? 'shared' : 'message',
    liveWorkers: 0,
    queues: [],
    behind: false,
    size: initial.url.size,
    code: vmLesson(initial.url.scenario, initial.url.params, initial.lang),
    vmFacts: null,
    syntax: null,
    vmRun: null,
    firstLineMs: null,
    codeLoading: initial.hasCode,
    badCodeParam: '',

    run() {
      if (get().codeLoading) {
        // A click, autoplay or an embedding page's run before the linked program is here: run it once it is.
        runWhenCodeArrives = true;
        return;
      }
      beforeRun();
      stopDriver();
      if (!engine) {
        // Still arriving (a click within the first moments): run as soon as it is here.
        void loadEngine().then(() => get().run());
        return;
      }
      const s = get();
      if (s.scenario.vm) {
        runVm(engine);
        return;
      }
      // A scenario without a VM program (none is registered) runs on the shared-memory runtime only.
      if (!canRun(s)) return;
      const spec = { ...s.scenario.runSpec(s.params), speed: s.speed };
      const trace = emptyTrace(spec.threads.map((t) => t.name), startValues(spec));
      const log = new EventLog();
      recorded = log;
      set({ trace, traceVersion: s.traceVersion + 1, outcome: null, deadlock: [], report: null, liveWorkers: spec.threads.length });
      const mine = {};
      runToken = mine;
      driver = new engine.RunDriver(
        spec,
        spawnerOverride ?? engine.browserSpawner,
        {
          onEvents: (evs) => {
            if (runToken !== mine) return;
            const st = get();
            const from = log.length;
            log.push(evs);
            applyLog(st.trace, log, from);
            set({ traceVersion: st.traceVersion + 1 });
          },
          onBehind: () => {
            if (runToken !== mine) return;
            set({ behind: true });
            clearTimeout(behindTimer);
            behindTimer = setTimeout(() => set({ behind: false }), 1500);
          },
          onQueues: (queues) => {
            if (runToken !== mine) return;
            if (queuesKey(queues) !== queuesKey(get().queues)) set({ queues });
          },
          onStatus: (report) => {
            if (runToken !== mine) return;
            if (report.status === 'running' || report.status === 'paused') set({ status: report.status });
            else finalOutcome(report);
          },
        },
        frameTicker,
      );
    },

    togglePause() {
      const s = get().status;
      if (vmRunner) {
        // The status turns paused when the worker says it stands still (onPaused), not before.
        if (s === 'running') vmRunner.pause();
        else if (s === 'paused') {
          vmRunner.resume();
          set({ status: 'running' });
        }
        return;
      }
      if (s === 'running') driver?.pause();
      else if (s === 'paused') driver?.resume();
    },

    step() {
      if (get().status !== 'paused') return;
      if (vmRunner) {
        vmRunner.step();
        set({ status: 'running' });
        return;
      }
      driver?.step();
    },

    reset() {
      stopDriver();
      const s = get();
      set(idle(s.scenario, s.params));
    },

    setParam(key, value) {
      stopDriver();
      const s = get();
      const params = { ...s.params, [key]: value };
      set({ params, ...idle(s.scenario, params), ...(s.scenario.vm ? { code: followCode(s, params, s.lang, key, value) } : {}) });
      syncUrl({ ...get() });
    },

    setSpeed(speed) {
      const clamped = clampSpeed(speed);
      driver?.setSpeed(clamped);
      vmRunner?.setSpeed(clamped);
      set({ speed: clamped });
      syncUrl(get());
    },

    setLang(lang) {
      const s = get();
      // An unedited lesson follows the language (its comments); the student's own text stays theirs.
      set({ lang, ...(s.scenario.vm && !isEdited(s) ? { code: vmLesson(s.scenario, s.params, lang) } : {}) });
      syncUrl(get());
    },

    setSize(size) {
      set({ size });
      syncUrl(get());
    },

    setScenario(id) {
      const scenario = findScenario(id);
      if (!scenario) return;
      stopDriver();
      const params = paramDefaults(scenario);
      if (scenario.vm) prewarmVm();
      set({ scenario, params, speed: scenario.defaultSpeed, ...idle(scenario, params), code: vmLesson(scenario, params, get().lang) });
      syncUrl(get());
    },

    loadFixed() {
      const s = get();
      if (!s.scenario.fixedParams) return;
      stopDriver();
      const params = s.scenario.fixedParams(s.params);
      // The fixed program is the lesson's fixed text, whatever was typed before.
      set({ params, ...idle(s.scenario, params), ...(s.scenario.vm ? { code: vmLesson(s.scenario, params, s.lang) } : {}) });
      syncUrl(get());
      get().run();
    },

    typeLine(line) {
      return vmRunner?.type(line) ?? false;
    },

    sendCommand(command) {
      if (!driver || driver.isOver) get().run();
      return driver?.run.send(command) ?? false;
    },

    dismissMessages() {
      set({ messages: [] });
    },

    setCode(code) {
      if (code === get().code) return;
      stopDriver();
      const s = get();
      set({ code, ...idle(s.scenario, s.params) });
    },

    loadRecord(record) {
      const scenario = findScenario(record.scenario);
      // A Python lesson's outcome is computed from the VM's facts: a record without them cannot show it.
      if (!scenario || (scenario.vm !== undefined && record.vm === undefined)) return false;
      stopDriver();
      const params = { ...paramDefaults(scenario), ...record.params };
      const events = recordEvents(record);
      const vm = scenario.vm && record.vm ? record.vm : null;
      // As the live run built it: a VM run's lanes start from the names alone, its locks named by the VM.
      const trace = vm ? emptyTrace(namesOf(scenario, params)) : emptyTrace(namesOf(scenario, params), startValues(scenario.runSpec(params)));
      if (vm) {
        trace.lockNames = vm.facts.lockNames;
        trace.queueNames = vm.facts.queueNames;
      }
      const log = new EventLog();
      log.push(events);
      applyLog(trace, log);
      recorded = log;
      set({ scenario, params, speed: clampSpeed(record.speed), trace, traceVersion: get().traceVersion + 1, queues: [], behind: false, liveWorkers: 0 });
      if (vm) {
        const status = record.report.status;
        // Nothing ran (the program did not compile): no outcome, as on the live page.
        const outcome = vm.facts.threads.length > 0 ? (scenario.vm?.outcome(vm.facts, status, params, trace) ?? null) : null;
        set({ code: vm.code, vmFacts: vm.facts, syntax: null, report: record.report, status, outcome, deadlock: deadlockStories(vm.facts) });
      } else finalOutcome(record.report);
      syncUrl(get());
      return true;
    },
  };
});

/**
 * The linked program (`code=`), read as the page opens and not when the editor's chunk arrives:
 * until it is here Run waits, so neither a quick click nor autoplay runs the lesson in its place.
 */
async function loadLinkedCode(): Promise<void> {
  const got = await readCodeParam(initial.search);
  const s = useLab.getState();
  // A program for the scenario the page opened with: one chosen since keeps its own text.
  const same = s.scenario === initial.url.scenario && s.scenario.vm !== undefined;
  if (got !== null && got.ok && same) s.setCode(got.code);
  useLab.setState({ codeLoading: false, badCodeParam: got !== null && !got.ok ? got.param : '' });
  if (runWhenCodeArrives) {
    runWhenCodeArrives = false;
    useLab.getState().run();
  }
}

if (typeof window !== 'undefined') {
  if (initial.hasCode) void loadLinkedCode();
  window.addEventListener('pagehide', stopDriver);
  // After first paint: the worker's chunk is not part of the page's first JavaScript.
  if (useLab.getState().scenario.vm) setTimeout(prewarmVm, 0);
}

export function isOver(status: RunStatus): boolean {
  return status === 'finished' || status === 'deadlock' || status === 'error';
}
