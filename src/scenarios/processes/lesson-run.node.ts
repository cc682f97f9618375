/**
 * A VM lesson's Python run the way the page runs it (the worker's runVm, its
 * events through VmTrace into the run model), for the process lessons' tests.
 */
import { readFileSync } from 'node:fs';
import { libLoader } from '../../python/vm/conformance-runner.node';
import type { VmEvent } from '../../python/vm/events';
import { runVm } from '../../workers/python-vm-run';
import { VmTrace, type VmFacts } from '../../trace/vm-trace';
import { applyEvents, emptyTrace, type TraceModel } from '../../trace/model';
import type { RunStatus } from '../../engine/driver';

const lib = libLoader();

export interface LessonRun {
  facts: VmFacts;
  model: TraceModel;
  status: RunStatus;
  /** stdout lines, in the order the console shows them. */
  lines: string[];
}

export function runLessonCode(code: string, watch: readonly string[] = [], lanes: readonly string[] = []): LessonRun {
  const events: VmEvent[] = [];
  const r = runVm({ source: code, path: 'main.py', speed: Infinity }, lib, (b) => events.push(...b));
  const vt = new VmTrace('main.py', watch);
  const model = emptyTrace(lanes);
  model.lockNames = vt.facts.lockNames;
  model.queueNames = vt.facts.queueNames;
  applyEvents(model, vt.apply(events));
  const exit = r.kind === 'done' ? r.status : -1;
  const status: RunStatus = vt.facts.deadlock !== '' ? 'deadlock' : exit === 0 ? 'finished' : 'error';
  const lines = model.console.filter((c) => c.stream === 'out').map((c) => c.text);
  return { facts: vt.facts, model, status, lines };
}

/** What scripts/gen-procs-expect.py wrote for a lesson: the pattern of its printed phrases, and CPython's cases. */
export interface CpythonExpect<C> {
  phrases: string;
  /** Parts of a phrase the scheduler decides, replaced by "?" (null: none). */
  vary?: string | null;
  cases: (C & { name: string; status: number; phrases: string[] })[];
}

export function readExpect<C>(url: URL): CpythonExpect<C> {
  return JSON.parse(readFileSync(url, 'utf8')) as CpythonExpect<C>;
}

/**
 * The printed phrases (the pattern's matches in the console's text), every pid replaced by
 * its rank among the run's pids, sorted: as scripts/gen-procs-expect.py writes CPython's.
 */
export function phrases(lines: readonly string[], pattern: string, vary?: string | null): string[] {
  const found = (lines.join('\n').match(new RegExp(pattern, 'g')) ?? []).map((l) => (vary ? l.replace(new RegExp(vary, 'g'), '?') : l));
  const re = /(pid\s*=?\s*|主进程ID)(\d+)/g;
  const pids = [...new Set(found.flatMap((l) => [...l.matchAll(re)].map((m) => Number(m[2]))))].sort((a, b) => a - b);
  return found.map((l) => l.replace(re, (_, pre: string, d: string) => `${pre}<pid${pids.indexOf(Number(d))}>`)).sort();
}
