/**
 * multiprocessing.Pool on real workers. `main` (MainProcess) hands tasks to
 * the pool with apply_async (which does not wait) or map (which does), prints
 * start, closes and joins. Without close(), join() raises as CPython's does:
 * `if self._state == RUN: raise ValueError("Pool is still running")`; the
 * uncaught exception ends the interpreter, whose atexit hook terminates the
 * pool's processes. `pool_worker` is the pool's worker loop running `worker(msg)`.
 * Every py call is awaited, so both runtimes run it (see AsyncThreadTarget).
 */
import { PyException } from '../../runtime/errors';
import type { PyApi } from '../../runtime/py-api';
import { runWorkerTask } from '../pools/worker-task';
import type { AsyncThreadTarget } from '../types';
import { EXITED, INQUEUE, KILL, OUTQUEUE, POOL_LINES as L, START_TEXT, STOP_TEXT } from './lines';

const SENTINEL = -1;
import { num } from '../param-values';

export const main: AsyncThreadTarget = async (py, params) => {
  const processes = num(params, 'processes', 3);
  const tasks = num(params, 'tasks', 10);
  const mode = String(params.mode);
  await py.line(L.main);
  await py.line(L.pool);
  if (mode === 'map') {
    for (let i = 0; i < tasks; i++) await py.put(INQUEUE, i, L.map);
    // map blocks until every result is back.
    for (let i = 0; i < tasks; i++) await py.get(OUTQUEUE, L.map);
  } else {
    for (let i = 0; i < tasks; i++) {
      await py.line(L.forLoop);
      await py.put(INQUEUE, i, L.applyAsync);
    }
  }
  await py.print(START_TEXT, L.start);
  if (mode === 'no-close') {
    await py.line(L.join);
    // The exception leaves the program; at exit the pool's processes are terminated.
    await py.put(KILL, 1, L.join);
    for (let k = 0; k < processes; k++) await py.put(INQUEUE, SENTINEL, L.join);
    throw new PyException('ValueError', 'Pool is still running', L.join);
  }
  // close() only marks the pool closed. join() waits while the pool's handler
  // threads collect every result, send each process None, and the processes exit.
  await py.line(L.close);
  if (mode !== 'map') for (let i = 0; i < tasks; i++) await py.get(OUTQUEUE, L.join);
  for (let k = 0; k < processes; k++) await py.put(INQUEUE, SENTINEL, L.join);
  for (let k = 0; k < processes; k++) await py.get(EXITED, L.join);
  await py.print(STOP_TEXT, L.stop);
};

async function killed(py: PyApi): Promise<boolean> {
  return (await py.qsize(KILL, L.pool)) > 0;
}

export const pool_worker: AsyncThreadTarget = async (py, params) => {
  const seed = num(params, 'seed', 7);
  for (;;) {
    const msg = Number(await py.get(INQUEUE, L.pool));
    if (await killed(py)) {
      await py.mark('terminated', msg, L.pool);
      return;
    }
    if (msg === SENTINEL) {
      await py.put(EXITED, py.pid, L.pool);
      return;
    }
    if (!(await runWorkerTask(py, msg, seed, () => killed(py)))) {
      await py.mark('terminated', msg, L.pool);
      return;
    }
    await py.put(OUTQUEUE, msg, L.pool);
  }
};
