/**
 * What the thread pool did, read from the VM (the Python is the lesson's, no
 * marks in it): the threads Python started (`ThreadPoolExecutor-0_k`), the
 * pool's calls of `down_ts` (which thread ran which URL, from when to when),
 * and the order the main thread printed `done <url>` in.
 */
import type { VmFacts } from '../../trace/vm-trace';
import { callRuns, completionOrder, firstArg, maxConcurrent } from '../pools/tasks';
import { URLS } from './tasks';

export const TASK_FN = 'down_ts';
const POOL_THREAD = /^ThreadPoolExecutor-\d+_\d+$/;

/** A call of `down_ts(url)` is task i, the URL's place in the lesson's list. */
export function urlTask(c: { fn: string; args: string }): number | null {
  if (c.fn !== TASK_FN) return null;
  const i = (URLS as readonly string[]).indexOf(firstArg(c.args).slice(1, -1));
  return i < 0 ? null : i;
}

export interface ThreadPoolFigures {
  threadsStarted: number;
  /** Pool threads that ran at least one task. */
  threadsUsed: number;
  /** Task ids in the order the main thread printed `done <url>`. */
  resultsOrder: number[];
  completion: number[];
  tasksDone: number;
  maxConcurrent: number;
}

/** null when the program ran no `down_ts(url)` task and printed no result (the analysis steps aside). */
export function threadPoolFigures(f: VmFacts): ThreadPoolFigures | null {
  const runs = callRuns(f, urlTask);
  const main = f.threads[0]?.lane ?? 0;
  const resultsOrder = f.printed
    .filter((l) => l.lane === main && l.text.startsWith('done '))
    .map((l) => (URLS as readonly string[]).indexOf(l.text.slice(5)))
    .filter((i) => i >= 0);
  if (runs.length === 0 && resultsOrder.length === 0) return null;
  return {
    threadsStarted: f.threads.filter((t) => POOL_THREAD.test(t.name)).length,
    threadsUsed: new Set(runs.map((r) => r.worker)).size,
    resultsOrder,
    completion: completionOrder(runs),
    tasksDone: runs.filter((r) => Number.isFinite(r.end)).length,
    maxConcurrent: maxConcurrent(runs, f.end),
  };
}

/** `_ThreadPool_max_workers` as the program bound it, else null. */
export function maxWorkersOf(f: VmFacts): number | null {
  const g = f.globals.find((x) => x.name === '_ThreadPool_max_workers');
  const n = g ? Number(g.value) : NaN;
  return Number.isInteger(n) ? n : null;
}
