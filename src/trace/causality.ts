/**
 * Who let whom go on: the causal links a student can follow across lanes.
 * A release to the acquire it unblocked, a put to the get it satisfied,
 * `start()` to the thread's first step, a thread's end to the `join` it
 * released (any thread's join that names it, else the main thread's
 * wait). Derived from the folded trace, so a loaded run record draws the
 * same arrows as the live run.
 */
import { ThreadState } from '../runtime/events';
import type { Lane, Span, TraceModel } from './model';

export type FlowKind = 'lock' | 'queue' | 'start' | 'join';

export interface Flow {
  kind: FlowKind;
  fromWorker: number;
  fromT: number;
  toWorker: number;
  toT: number;
  /** Lock or queue index for `lock`/`queue`, else -1. */
  on: number;
}

/** Events of different workers at "the same" moment differ by clock rounding only. */
const EPS = 1e-6;

function isMain(lane: Lane): boolean {
  return lane.name === 'MainThread' || lane.name === 'MainProcess';
}

function spanEnd(s: Span, end: number): number {
  return Number.isNaN(s.end) ? end : s.end;
}

/** Whether `lane` was waiting on lock `lock` until about `t` (latest spans first: that is where it is). */
function waitedForLock(lane: Lane, lock: number, t: number): boolean {
  for (let i = lane.spans.length - 1; i >= 0; i--) {
    const s = lane.spans[i];
    if (!s || s.start > t + EPS) continue;
    if (s.state === ThreadState.WaitingLock && s.on === lock + 1 && Math.abs(s.end - t) < 1e-3) return true;
    if (s.end < t - 1e-3) return false;
  }
  return false;
}

export function causalFlows(trace: TraceModel): Flow[] {
  const flows: Flow[] = [];
  // Release → acquire: consecutive holds of one lock, where the next holder had waited for it.
  const byLock = new Map<number, { worker: number; start: number; end: number }[]>();
  for (const lane of trace.lanes) {
    for (const h of lane.holds) {
      const list = byLock.get(h.lock) ?? [];
      list.push({ worker: lane.worker, start: h.start, end: h.end });
      byLock.set(h.lock, list);
    }
  }
  for (const [lock, holds] of byLock) {
    holds.sort((a, b) => a.start - b.start);
    for (let i = 1; i < holds.length; i++) {
      const prev = holds[i - 1];
      const next = holds[i];
      if (!prev || !next || Number.isNaN(prev.end) || prev.worker === next.worker) continue;
      const lane = trace.lanes[next.worker];
      if (lane && waitedForLock(lane, lock, next.start)) flows.push({ kind: 'lock', fromWorker: prev.worker, fromT: prev.end, toWorker: next.worker, toT: next.start, on: lock });
    }
  }
  // Put → get: a FIFO queue hands the k-th item put to the k-th get.
  const puts = new Map<string, { worker: number; t: number }>();
  for (const op of trace.queueOps) if (op.op === 'put') puts.set(`${op.queue}:${op.serial}`, { worker: op.worker, t: op.t });
  for (const op of trace.queueOps) {
    if (op.op !== 'get') continue;
    const put = puts.get(`${op.queue}:${op.serial}`);
    if (put && put.worker !== op.worker) flows.push({ kind: 'queue', fromWorker: put.worker, fromT: put.t, toWorker: op.worker, toT: op.t, on: op.queue });
  }
  // start() → first step, and end → join, where a main thread started them.
  const main = trace.lanes.find(isMain);
  const named = joinsByName(trace);
  if (main) {
    for (const lane of trace.lanes) {
      if (lane === main || isMain(lane)) continue;
      const first = lane.spans[0];
      if (first) flows.push({ kind: 'start', fromWorker: main.worker, fromT: first.start, toWorker: lane.worker, toT: first.start, on: -1 });
      // A join that names this lane draws its arrow below, whoever joined.
      if (named.has(lane.name)) continue;
      const last = lane.spans[lane.spans.length - 1];
      if (!last || lane.state !== ThreadState.Done || Number.isNaN(last.end)) continue;
      const done = last.end;
      // The main thread waited through the thread's end and went on right after it.
      const waited = main.spans.find((s) => s.state !== ThreadState.Running && s.start <= done + EPS && Math.abs(spanEnd(s, trace.end) - done) < 1e-3);
      if (waited) flows.push({ kind: 'join', fromWorker: lane.worker, fromT: done, toWorker: main.worker, toT: spanEnd(waited, trace.end), on: -1 });
    }
  }
  // A Joining span names the lane it waits for (VmTrace): that lane's end → the end of the join.
  for (const lane of trace.lanes) {
    const last = lane.spans[lane.spans.length - 1];
    if (!last || lane.state !== ThreadState.Done || Number.isNaN(last.end)) continue;
    const done = last.end;
    for (const j of named.get(lane.name) ?? []) {
      // It names the lane, so no closeness in time is needed: a join that spans the end ended by it (one that timed out ended before).
      if (j.worker === lane.worker || Number.isNaN(j.span.end) || j.span.start > done + EPS || j.span.end < done - EPS) continue;
      flows.push({ kind: 'join', fromWorker: lane.worker, fromT: done, toWorker: j.worker, toT: j.span.end, on: -1 });
    }
  }
  return flows;
}

/** Every Joining span, by the name of the lane it waits for (its slot's name in lockNames). */
function joinsByName(trace: TraceModel): Map<string, { worker: number; span: Span }[]> {
  const out = new Map<string, { worker: number; span: Span }[]>();
  for (const lane of trace.lanes) {
    for (const s of lane.spans) {
      if (s.state !== ThreadState.Joining || s.on <= 0) continue;
      const name = trace.lockNames?.[s.on - 1];
      if (name === undefined) continue;
      const list = out.get(name) ?? [];
      list.push({ worker: lane.worker, span: s });
      out.set(name, list);
    }
  }
  return out;
}

/** The flows that begin or end on `worker` within [t0, t1]: a hovered span's arrows. */
export function flowsTouching(flows: readonly Flow[], worker: number, t0: number, t1: number): Flow[] {
  return flows.filter((f) => (f.fromWorker === worker && f.fromT >= t0 - EPS && f.fromT <= t1 + EPS) || (f.toWorker === worker && f.toT >= t0 - EPS && f.toT <= t1 + EPS));
}
