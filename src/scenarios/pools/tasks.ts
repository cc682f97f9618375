/**
 * Pool tasks as the VM saw them run: the pool's calls of the script's task
 * function (`VmFacts.calls`), which the run model also carries as a
 * `task-start` and a `task-end` mark (value = task id) on the lane that ran
 * it (VmTrace, from the scenario's `vm.task`). Pure, shared by the outcomes,
 * the task view and the tests.
 */
import type { Mark, TraceModel } from '../../trace/model';
import { maxOverlap } from '../../trace/overlap';
import type { TaskOf, VmFacts } from '../../trace/vm-trace';

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

/** The first argument in a call's repr'd arguments, itself a repr: `('a', 1)` → `'a'`, `(3,)` → `3`. */
export function firstArg(args: string): string {
  return /^\(('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^,)]*)/.exec(args)?.[1] ?? '';
}

/** The tasks among the calls, in start order: who ran each, from when to when (NaN: never returned). */
export function callRuns(facts: VmFacts, taskOf: TaskOf): TaskRun[] {
  const runs: TaskRun[] = [];
  for (const c of facts.calls) {
    const task = taskOf(c);
    if (task !== null) runs.push({ task, worker: c.lane, start: c.start, end: c.end });
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

/**
 * What waits in the pool's work queue (the run's first queue) now, oldest first: the k-th item
 * put that is not `None` is the k-th task submitted (pools take tasks in the order submitted), and
 * `None` (null here) is a stop signal. Items leave in put order (a FIFO: the gets' count says how many).
 */
export function queuedTasks(trace: TraceModel): (number | null)[] {
  const ops = trace.queueOps.filter((o) => o.queue === 0);
  const gets = ops.filter((o) => o.op === 'get').length;
  const puts = ops.filter((o) => o.op === 'put').sort((a, b) => a.serial - b.serial);
  let task = 0;
  const labelled = puts.map((o) => (o.item === 'None' ? null : task++));
  return labelled.slice(gets);
}
