/**
 * A lesson's Python on the VM the way the page runs it (the worker's runVm,
 * events through VmTrace with the lesson's watch and tasks), for the pool
 * lessons' tests: the run model, the facts, the outcome and stdout's lines.
 */
import { libLoader } from '../../python/vm/conformance-runner.node';
import type { VmEvent } from '../../python/vm/events';
import { runVm } from '../../workers/python-vm-run';
import { VmTrace, type VmFacts } from '../../trace/vm-trace';
import { applyEvents, emptyTrace, type TraceModel } from '../../trace/model';
import type { RunStatus } from '../../engine/driver';
import { paramDefaults, type Outcome, type ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';

const lib = libLoader();

export interface VmLessonRun {
  facts: VmFacts;
  model: TraceModel;
  status: RunStatus;
  outcome: Outcome;
  /** stdout, line by line, in the order printed. */
  lines: string[];
  code: string;
}

export function runCodeOn(def: ScenarioDef, code: string, p: ParamValues = paramDefaults(def)): VmLessonRun {
  const events: VmEvent[] = [];
  const r = runVm({ source: code, path: 'main.py', speed: Infinity }, lib, (b) => events.push(...b));
  const vt = new VmTrace('main.py', def.vm?.watch ?? [], def.vm?.task ?? null);
  const model = emptyTrace([]);
  applyEvents(model, vt.apply(events));
  const exit = r.kind === 'done' ? r.status : -1;
  const status: RunStatus = vt.facts.deadlock !== '' ? 'deadlock' : exit === 0 ? 'finished' : 'error';
  if (!def.vm) throw new Error(`${def.id} does not run on the VM`);
  const outcome = def.vm.outcome(vt.facts, status, p, model);
  return { facts: vt.facts, model, status, outcome, lines: vt.facts.printed.map((l) => l.text), code };
}

export function runLessonOn(def: ScenarioDef, over: ParamValues, lang: 'zh' | 'en' = 'en'): VmLessonRun {
  const p = { ...paramDefaults(def), ...over };
  return runCodeOn(def, def.source(p, lang).code, p);
}
