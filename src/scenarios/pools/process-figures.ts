/**
 * What a process pool did, read from the VM: the pool's calls of `worker(i)`
 * (which process ran task i, from when to when), the pool's processes and
 * how they ended, and when the main thread printed a given line.
 */
import type { VmFacts } from '../../trace/vm-trace';
import { callRuns, maxConcurrent, type TaskRun } from './tasks';
import { workerTask } from './worker-task';

export interface ProcessPoolRuns {
  runs: TaskRun[];
  done: number;
  most: number;
  /** Pool processes killed (exit status -15: terminate(), or the exit hook of a pool never closed). */
  terminated: number;
}

export function processPoolRuns(f: VmFacts): ProcessPoolRuns | null {
  const runs = callRuns(f, workerTask);
  if (runs.length === 0) return null;
  return {
    runs,
    done: runs.filter((r) => Number.isFinite(r.end)).length,
    most: maxConcurrent(runs, f.end),
    terminated: f.processes.filter((p) => p.status === -15).length,
  };
}

/** When the main thread first printed `text` (NaN if it never did). */
export function printedAt(f: VmFacts, text: string): number {
  const main = f.threads[0]?.lane ?? 0;
  return f.printed.find((l) => l.lane === main && l.text === text)?.t ?? NaN;
}

export const STEP_ASIDE = {
  zh: '程序里已经没有进程池执行的 worker(i) 任务，进程池分析不再适用，下面是通用结果。',
  en: 'The program no longer runs worker(i) tasks on a pool, so the pool analysis steps aside: the generic outcome follows.',
} as const;
