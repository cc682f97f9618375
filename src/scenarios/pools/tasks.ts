/**
 * Pool tasks as the workers reported them: a `task-start` mark and a
 * `task-end` mark (value = task id) on the worker that ran the task. Pure,
 * shared by the outcomes and the tests.
 */
import type { Mark, TraceModel } from '../../trace/model';
import { maxOverlap } from '../../trace/overlap';

export const TASK_START = 'task-start';
export const TASK_END = 'task-end';

export interface TaskRun {
  task: number;
  worker: number;
  start: number;
  /** NaN when the task never finished (its process was terminated). */
  end: number;
}

function byTime(a: Mark, b: Mark): number {
  return a.t - b.t;
}

/** Every task a worker started, in start order. */
export function taskRuns(trace: TraceModel): TaskRun[] {
  const runs: TaskRun[] = [];
  const open = new Map<string, TaskRun>();
  for (const m of [...trace.marks].sort(byTime)) {
    const key = `${m.worker}:${m.value}`;
    if (m.label === TASK_START) {
      const run = { task: m.value, worker: m.worker, start: m.t, end: NaN };
      runs.push(run);
      open.set(key, run);
    } else if (m.label === TASK_END) {
      const run = open.get(key);
      if (run) run.end = m.t;
      open.delete(key);
    }
  }
  return runs;
}

/** Task ids in the order they finished. */
export function completionOrder(runs: readonly TaskRun[]): number[] {
  return runs
    .filter((r) => Number.isFinite(r.end))
    .sort((a, b) => a.end - b.end)
    .map((r) => r.task);
}

/**
 * Most tasks running at once. An end and a start at the same instant do not
 * overlap (the process finished one task, then took the next).
 */
export function maxConcurrent(runs: readonly TaskRun[], until: number): number {
  return maxOverlap(runs.map((r) => [r.start, Number.isFinite(r.end) ? r.end : until] as const));
}

/** Marks of one label on one worker, in the order it made them (one worker's ring keeps order). */
export function marksOf(trace: TraceModel, label: string, worker?: number): Mark[] {
  return trace.marks.filter((m) => m.label === label && (worker === undefined || m.worker === worker));
}
