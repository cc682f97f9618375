/**
 * Who saw which value of `n`, and what each process's `n` is: pure, from the
 * workers' `n` marks (and the final globals once the run has ended). Shared by
 * the outcome and the globals view.
 */
import type { TraceModel } from '../../trace/model';

export interface PlannedWorker {
  name: string;
  /** Globals region: 0 is the main process. */
  process: number;
  pid: number;
  kind: 'main' | 'thread' | 'process';
}

export interface WorkerSeen extends PlannedWorker {
  worker: number;
  /** Each value of `n` this worker wrote, in order. */
  seen: number[];
}

export interface ProcessValue {
  process: number;
  name: string;
  pid: number;
  /** `n` in this process: the final value once known, else the latest written (or the start value). */
  value: number;
  final: boolean;
}

export function workersSeen(plan: readonly PlannedWorker[], trace: TraceModel): WorkerSeen[] {
  const out: WorkerSeen[] = plan.map((w, worker) => ({ ...w, worker, seen: [] }));
  for (const m of trace.marks) if (m.label === 'n') out[m.worker]?.seen.push(m.value);
  return out;
}

/**
 * `n` per process. Before the end it is the last value any of its workers
 * wrote (under the lock that is the largest), or `start`.
 */
export function processValues(
  plan: readonly PlannedWorker[],
  trace: TraceModel,
  start: number,
  byProcess: readonly Record<string, number>[] | null,
): ProcessValue[] {
  const seen = workersSeen(plan, trace);
  const out: ProcessValue[] = [];
  for (const w of plan) {
    if (out.some((p) => p.process === w.process)) continue;
    const finalValue = byProcess?.[w.process]?.n;
    const written = seen.filter((s) => s.process === w.process).flatMap((s) => s.seen);
    out.push({
      process: w.process,
      name: w.process === 0 ? 'MainProcess' : w.name,
      pid: w.pid,
      value: finalValue ?? (written.length > 0 ? Math.max(...written) : start),
      final: finalValue !== undefined,
    });
  }
  return out;
}
