/**
 * The GIL lesson's Python run to its end on the VM the way the page runs it
 * (the worker's runVm, events through VmTrace), in this Node process: for
 * gil.test.ts and bench/gil.ts.
 */
// '.js' spelling: tsx (bench/gil.ts) would take an extensionless '….node' for a native addon.
import { libLoader } from '../../python/vm/conformance-runner.node.js';
import type { VmEvent } from '../../python/vm/events';
import { runVm } from '../../workers/python-vm-run';
import { VmTrace, type VmFacts } from '../../trace/vm-trace';
import { applyEvents, emptyTrace, type TraceModel } from '../../trace/model';
import type { RunStatus } from '../../engine/driver';
import { paramDefaults, type Outcome } from '../scenario';
import type { ParamValues } from '../types';
import { gilOutcome, gilScenario } from './scenario';

const lib = libLoader();

export interface GilLessonRun {
  code: string;
  status: RunStatus;
  facts: VmFacts;
  model: TraceModel;
  outcome: Outcome;
  /** Everything printed to stdout, in order. */
  stdout: string;
}

export function runGilCode(code: string, p: ParamValues, cores: number): GilLessonRun {
  const events: VmEvent[] = [];
  const vm = gilScenario.vm;
  const r = runVm({ source: code, path: 'main.py', speed: Infinity, cores, clock: vm?.clock, gil: vm?.showGil, freeThreaded: vm?.freeThreaded?.(p) }, lib, (b) => events.push(...b));
  const vt = new VmTrace('main.py', gilScenario.vm?.watch ?? []);
  const model = emptyTrace([]);
  applyEvents(model, vt.apply(events));
  const exit = r.kind === 'done' ? r.status : -1;
  const status: RunStatus = vt.facts.deadlock !== '' ? 'deadlock' : exit === 0 ? 'finished' : 'error';
  const stdout = vt.facts.printed.map((l) => `${l.text}\n`).join('');
  return { code, status, facts: vt.facts, model, outcome: gilOutcome(vt.facts, status, p), stdout };
}

export function runGilLesson(over: ParamValues, cores: number): GilLessonRun {
  const p = { ...paramDefaults(gilScenario), ...over };
  return runGilCode(gilScenario.source(p, 'en').code, p, cores);
}
