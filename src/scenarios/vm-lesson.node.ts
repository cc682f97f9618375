/**
 * A VM lesson's Python run to its end in this Node process the way the page
 * runs it (store/lab-store.ts's runVm: the worker's runVm with the lesson's
 * clock, GIL drawing and free-threading, events through VmTrace with its watch
 * and tasks into a run model seeded with its lanes), for the lessons' tests
 * and bench/gil.ts: the run model, the facts, the status, the outcome, stdout.
 */
// '.js' spelling: tsx (bench/gil.ts) would take an extensionless '….node' for a native addon.
import { libLoader } from '../python/vm/conformance-runner.node.js';
import type { VmEvent } from '../python/vm/events';
import { runVm, type VmRunResult } from '../workers/python-vm-run';
import { VmTrace, type VmFacts } from '../trace/vm-trace';
import { applyEvents, emptyTrace, type TraceModel } from '../trace/model';
import type { RunStatus } from '../engine/driver';
import { SharedMailbox } from '../runtime/mailbox';
import { isFreeThreaded } from './free-threaded';
import { paramDefaults, type Outcome, type ScenarioDef } from './scenario';
import type { ParamValues } from './types';

const lib = libLoader();

export interface VmLessonOptions {
  /** The lesson's settings the outcome reads (default: its defaults). */
  params?: ParamValues;
  /** Virtual cores the run's processes share (the page: the browser's hardwareConcurrency; default cores.ts's 4). */
  cores?: number;
  /** The free-threaded schedule's seed; absent, each run draws its own. */
  seed?: number;
  /** Lines typed at the console before the run starts, for input() to read in order. */
  typed?: readonly string[];
}

export interface VmLessonRun {
  code: string;
  params: ParamValues;
  result: VmRunResult;
  /** The exit status, -1 when the program did not run (syntax, unsupported). */
  exit: number;
  events: VmEvent[];
  facts: VmFacts;
  model: TraceModel;
  status: RunStatus;
  outcome: Outcome;
  /** stdout, line by line, in the order printed. */
  lines: string[];
  /** Everything written to fd 1 and fd 2, as written. */
  stdout: string;
  stderr: string;
}

function typedInput(typed: readonly string[]): SharedArrayBuffer {
  const buffer = SharedMailbox.create({ slots: 64, slotBytes: 1024 });
  const box = new SharedMailbox(buffer);
  for (const l of typed) if (!box.send(l)) throw new Error(`the console's mailbox refused ${JSON.stringify(l)}`);
  return buffer;
}

/** Runs `code` (the lesson's text, or an edit of it) as lesson `def` with `opts.params`. */
export function runVmCode(def: ScenarioDef, code: string, opts: VmLessonOptions = {}): VmLessonRun {
  const vm = def.vm;
  if (!vm) throw new Error(`${def.id} does not run on the VM`);
  const params = opts.params ?? paramDefaults(def);
  const events: VmEvent[] = [];
  const req = {
    source: code,
    path: 'main.py',
    speed: Infinity,
    freeThreaded: isFreeThreaded(params) || vm.freeThreaded?.(params) === true,
    seed: opts.seed,
    cores: opts.cores,
    clock: vm.clock,
    gil: vm.showGil,
    input: opts.typed ? typedInput(opts.typed) : undefined,
  };
  const result = runVm(req, lib, (b) => events.push(...b));
  const vt = new VmTrace('main.py', vm.watch ?? [], vm.task ?? null);
  const model = emptyTrace(def.runSpec(params).threads.map((t) => t.name));
  const evs = vt.apply(events);
  model.lockNames = vt.facts.lockNames;
  model.queueNames = vt.facts.queueNames;
  applyEvents(model, evs);
  const exit = result.kind === 'done' ? result.status : -1;
  const status: RunStatus = vt.facts.deadlock !== '' ? 'deadlock' : exit === 0 ? 'finished' : 'error';
  const writes = events.filter((e): e is Extract<VmEvent, { kind: 'write' }> => e.kind === 'write');
  const text = (fd: number): string => writes.filter((w) => w.fd === fd).map((w) => w.text).join('');
  return {
    code,
    params,
    result,
    exit,
    events,
    facts: vt.facts,
    model,
    status,
    outcome: vm.outcome(vt.facts, status, params, model),
    lines: vt.facts.printed.map((l) => l.text),
    stdout: text(1),
    stderr: text(2),
  };
}

/** Runs lesson `def` as the page shows it with `over` set (the rest at their defaults), its text in `lang`. */
export function runVmLesson(def: ScenarioDef, over: ParamValues = {}, lang: 'zh' | 'en' = 'en', opts: Omit<VmLessonOptions, 'params'> = {}): VmLessonRun {
  const params = { ...paramDefaults(def), ...over };
  return runVmCode(def, def.source(params, lang).code, { ...opts, params });
}
