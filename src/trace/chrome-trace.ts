/**
 * A run as Chrome trace-event JSON, which Perfetto (ui.perfetto.dev) and
 * chrome://tracing open: one track per thread, grouped by simulated process,
 * state spans as complete events, lock holds as async slices (they overlap the
 * state spans), prints and marks as instants, causality arrows as flow
 * events (s → f) and watched globals as counters. Times in µs of simulated time.
 */
import { ThreadState } from '../runtime/events';
import { causalFlows } from './causality';
import type { TraceModel } from './model';

export interface TraceEvent {
  name: string;
  ph: 'X' | 'M' | 'i' | 'b' | 'e' | 's' | 'f' | 'C';
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  cat?: string;
  id?: number;
  s?: 't';
  /** Flow end binds to the slice it falls in ("enclosing"), as Perfetto draws it. */
  bp?: 'e';
  args?: Record<string, string | number>;
}

const FLOW_NAMES = { lock: 'release → acquire', queue: 'put → get', start: 'start() → first step', join: 'end → join' } as const;

export interface ChromeTrace {
  traceEvents: TraceEvent[];
  displayTimeUnit: 'ms';
  otherData: Record<string, string>;
}

const STATE_NAMES: Record<number, string> = {
  [ThreadState.Running]: 'running',
  [ThreadState.Sleeping]: 'sleeping',
  [ThreadState.WaitingLock]: 'waiting for a lock',
  [ThreadState.WaitingQueue]: 'waiting on a queue',
  [ThreadState.Joining]: 'joining',
  [ThreadState.WaitingEvent]: 'waiting on an event or condition',
};

/** The span's arg naming what it waited on: its slot in lockNames (a lock, a joined thread or process, `Event.wait`). */
const ON_ARG: Record<number, string> = {
  [ThreadState.WaitingLock]: 'lock',
  [ThreadState.Joining]: 'waits for',
  [ThreadState.WaitingEvent]: 'waits in',
};

const us = (seconds: number) => Math.round(seconds * 1e6);

export function toChromeTrace(trace: TraceModel, meta: { scenario: string; lockNames: readonly string[] }): ChromeTrace {
  const events: TraceEvent[] = [];
  const pids = new Set<number>();
  let asyncId = 1;
  for (const lane of trace.lanes) {
    const pid = lane.pid || 1;
    const tid = lane.worker + 1;
    if (!pids.has(pid)) {
      pids.add(pid);
      events.push({ name: 'process_name', ph: 'M', ts: 0, pid, tid: 0, args: { name: `pid ${pid}` } });
    }
    events.push({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name: lane.name } });
    for (const span of lane.spans) {
      const end = Number.isNaN(span.end) ? trace.end : span.end;
      const arg = ON_ARG[span.state];
      const on = arg !== undefined && span.on > 0 ? meta.lockNames[span.on - 1] : undefined;
      events.push({
        name: STATE_NAMES[span.state] ?? 'running',
        cat: 'state',
        ph: 'X',
        ts: us(span.start),
        dur: Math.max(0, us(end) - us(span.start)),
        pid,
        tid,
        ...(arg !== undefined && on !== undefined ? { args: { [arg]: on } } : {}),
      });
    }
    for (const hold of lane.holds) {
      const id = asyncId++;
      const name = `holds ${meta.lockNames[hold.lock] ?? `lock ${hold.lock}`}`;
      const end = Number.isNaN(hold.end) ? trace.end : hold.end;
      events.push({ name, cat: 'lock', ph: 'b', id, ts: us(hold.start), pid, tid });
      events.push({ name, cat: 'lock', ph: 'e', id, ts: us(end), pid, tid });
    }
  }
  for (const line of trace.console) {
    const lane = trace.lanes[line.worker];
    if (!lane) continue;
    events.push({ name: line.text, cat: line.stream === 'err' ? 'stderr' : 'print', ph: 'i', s: 't', ts: us(line.t), pid: lane.pid || 1, tid: lane.worker + 1, args: { line: line.line } });
  }
  for (const mark of trace.marks) {
    const lane = trace.lanes[mark.worker];
    if (!lane) continue;
    events.push({ name: `${mark.label} ${mark.value}`, cat: 'mark', ph: 'i', s: 't', ts: us(mark.t), pid: lane.pid || 1, tid: lane.worker + 1 });
  }
  let flowId = 1;
  for (const f of causalFlows(trace)) {
    const from = trace.lanes[f.fromWorker];
    const to = trace.lanes[f.toWorker];
    if (!from || !to) continue;
    const id = flowId++;
    const name = FLOW_NAMES[f.kind];
    events.push({ name, cat: 'flow', ph: 's', id, ts: us(f.fromT), pid: from.pid || 1, tid: from.worker + 1 });
    events.push({ name, cat: 'flow', ph: 'f', bp: 'e', id, ts: us(f.toT), pid: to.pid || 1, tid: to.worker + 1 });
  }
  for (const track of trace.values) {
    for (const p of track.points) {
      // The value the run started with (worker -1) belongs to the main thread's process.
      const lane = trace.lanes[p.worker] ?? (p.worker < 0 ? trace.lanes[0] : undefined);
      if (!lane) continue;
      events.push({ name: track.name, cat: 'global', ph: 'C', ts: us(p.t), pid: lane.pid || 1, tid: 0, args: { value: p.value } });
    }
  }
  return { traceEvents: events, displayTimeUnit: 'ms', otherData: { scenario: meta.scenario, clock: 'simulated seconds' } };
}
