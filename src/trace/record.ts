/**
 * A run record: everything needed to show a run again without running it —
 * the scenario, its parameters, the speed, the program as shown, every event
 * the workers sent, and how the run ended. Loading one folds the same events
 * into the same trace, so timeline, console and outcome come out the same.
 * A Python lesson's outcome is computed from what the VM reported (VmFacts),
 * so its record carries those facts and the program that ran.
 */
import type { RunReport, RunStatus } from '../engine/driver';
import type { EventKind, RuntimeEvent } from '../runtime/events';
import type { ParamValues } from '../scenarios/types';
import type { VmFacts } from './vm-trace';
import { BadFact, readVmFacts } from './vm-facts-check';

export const RECORD_FORMAT = 'concurrency-lab/run-record';

/** One event as a compact tuple: worker, t, kind, line, a, b, text. */
export type EventTuple = [number, number, number, number, number, number, string];

export interface RunRecord {
  format: typeof RECORD_FORMAT;
  version: 1;
  scenario: string;
  params: ParamValues;
  speed: number;
  source: string;
  report: RunReport;
  events: EventTuple[];
  /** A VM scenario's run: the program that ran and the VM's facts its outcome is computed from. */
  vm?: VmRecord;
}

export interface VmRecord {
  code: string;
  facts: VmFacts;
}

export function makeRecord(r: Omit<RunRecord, 'format' | 'version' | 'events'>, events: readonly RuntimeEvent[]): RunRecord {
  return { format: RECORD_FORMAT, version: 1, ...r, events: events.map((e) => [e.worker, e.t, e.kind, e.line, e.a, e.b, e.text]) };
}

export function recordEvents(r: RunRecord): RuntimeEvent[] {
  return r.events.map(([worker, t, kind, line, a, b, text]) => ({ worker, t, kind: kind as EventKind, line, a, b, text }));
}

const STATUSES: readonly RunStatus[] = ['finished', 'deadlock', 'error'];
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isTuple(v: unknown): v is EventTuple {
  return Array.isArray(v) && v.length === 7 && v.slice(0, 6).every((x) => typeof x === 'number') && typeof v[6] === 'string';
}

function numbers(v: unknown): Record<string, number> | null {
  if (!isObj(v)) return null;
  const out: Record<string, number> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!isNum(x)) return null;
    out[k] = x;
  }
  return out;
}

/** A record from parsed JSON, or null when it is not one (a file is outside input: check every field). */
export function parseRecord(json: unknown): RunRecord | null {
  const r = readRecord(json);
  return typeof r === 'string' ? null : r;
}

/** A record from parsed JSON, or what is wrong with it (the field, where one can be named). */
export function readRecord(json: unknown): RunRecord | string {
  if (!isObj(json) || json.format !== RECORD_FORMAT || json.version !== 1) return 'format';
  const r = readBase(json);
  if (r === null) return 'report/events';
  if (json.vm === undefined) return r;
  try {
    const vm = isObj(json.vm) && typeof json.vm.code === 'string' ? { code: json.vm.code, facts: readVmFacts(json.vm.facts, 'vm.facts') } : null;
    return vm ? { ...r, vm } : 'vm';
  } catch (e) {
    if (e instanceof BadFact) return e.path;
    throw e;
  }
}

function readBase(json: Record<string, unknown>): RunRecord | null {
  const { scenario, params, speed, source, report, events } = json;
  if (typeof scenario !== 'string' || !isNum(speed) || typeof source !== 'string' || !isObj(params) || !isObj(report) || !Array.isArray(events)) return null;
  const p: ParamValues = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') return null;
    p[k] = v;
  }
  const status = report.status;
  const globals = numbers(report.globals);
  const byProcess = Array.isArray(report.globalsByProcess) ? report.globalsByProcess.map(numbers) : null;
  if (typeof status !== 'string' || !STATUSES.includes(status as RunStatus) || !globals || !byProcess || byProcess.some((g) => g === null) || !isNum(report.simEnd)) return null;
  if (!events.every(isTuple)) return null;
  const rep: RunReport = { status: status as RunStatus, globals, globalsByProcess: byProcess as Record<string, number>[], simEnd: report.simEnd };
  if (typeof report.message === 'string') rep.message = report.message;
  if (Array.isArray(report.waiters)) {
    const ok = report.waiters.every((w) => isObj(w) && isNum(w.worker) && isNum(w.holder) && isNum(w.lock) && (w.kind === 'lock' || w.kind === 'queue'));
    if (!ok) return null;
    rep.waiters = report.waiters as RunReport['waiters'];
  }
  return { format: RECORD_FORMAT, version: 1, scenario, params: p, speed, source, report: rep, events };
}
