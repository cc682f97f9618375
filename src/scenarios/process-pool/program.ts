/**
 * ProcessPoolExecutor on real workers. `main` (MainProcess) submits every
 * task to the call queue and, leaving `with`, shuts down: once every result
 * is back, one None per process, then joins them. `process_worker` is CPython's `_process_worker`:
 * take a call, run `worker(msg)`, until None. Every py call is awaited, so
 * both runtimes run it (see AsyncThreadTarget).
 */
import { runWorkerTask } from '../pools/worker-task';
import type { AsyncThreadTarget } from '../types';
import { CALLS, EXITED, PROCESS_POOL_LINES as L, RESULTS } from './lines';

const SENTINEL = -1;
import { num } from '../param-values';

export const main: AsyncThreadTarget = async (py, params) => {
  const workers = num(params, 'max_workers', 3);
  const tasks = num(params, 'tasks', 10);
  await py.line(L.main);
  await py.line(L.maxWorkers);
  await py.line(L.workers);
  // With the fork start method the executor forks all max_workers processes at the first submit.
  await py.line(L.with);
  for (let i = 0; i < tasks; i++) await py.put(CALLS, i, L.map);
  // Leaving `with`: shutdown(wait=True). The executor's manager thread sends
  // each process None only once no work is pending, i.e. every result is back.
  for (let i = 0; i < tasks; i++) await py.get(RESULTS, L.with);
  for (let k = 0; k < workers; k++) await py.put(CALLS, SENTINEL, L.with);
  for (let k = 0; k < workers; k++) await py.get(EXITED, L.with);
};

export const process_worker: AsyncThreadTarget = async (py, params) => {
  const seed = num(params, 'seed', 7);
  for (;;) {
    const msg = Number(await py.get(CALLS, L.with));
    if (msg === SENTINEL) {
      await py.put(EXITED, py.pid, L.with);
      return;
    }
    await runWorkerTask(py, msg, seed, () => false);
    await py.put(RESULTS, msg, L.with);
  }
};
