/**
 * The thread-pool program on real workers. `main` is the main thread: it
 * submits every task to the executor's work queue and starts a pool thread
 * per submit as CPython's `_adjust_thread_count` does, then reads results as
 * `map` (input order) or `as_completed` (completion order) hands them out.
 * `pool_thread` is CPython's `_worker` loop running `down_ts`. Every py call
 * is awaited, so both runtimes run it (see AsyncThreadTarget).
 */
import { PyException } from '../../runtime/errors';
import type { PyApi } from '../../runtime/py-api';
import { threadsStarted } from '../pools/cpython';
import { TASK_END, TASK_START } from '../pools/tasks';
import type { AsyncThreadTarget } from '../types';
import { threadPoolLines } from './lines';
import { DONE, EXITED, IDLE, WORK, startQueue } from './queues';
import { downloadTasks } from './tasks';

/** `None`, the shutdown sentinel, as a queue item. */
const SENTINEL = -1;


function isEmpty(e: unknown): boolean {
  return e instanceof PyException && e.pyType === '_queue.Empty';
}

export const main: AsyncThreadTarget = async (py, params) => {
  const t = downloadTasks(params);
  const L = threadPoolLines(t.mode);
  const spawned = threadsStarted(t.urls.length, t.maxWorkers);
  await py.line(L.call);
  await py.line(L.with);
  let started = 0;
  for (let i = 0; i < t.urls.length; i++) {
    await py.put(WORK, i, L.submit);
    await py.mark('submit', i, L.submit);
    // _adjust_thread_count: an idle thread (a token on the idle semaphore) means no new thread.
    if ((await py.qsize(IDLE, L.submit)) > 0) {
      await py.get(IDLE, L.submit, false);
      continue;
    }
    if (started < t.maxWorkers && started < spawned) {
      await py.put(startQueue(started), 1, L.submit);
      await py.mark('thread-start', started, L.submit);
      started++;
    }
  }
  const finished = new Set<number>();
  for (let k = 0; k < t.urls.length; k++) {
    let id: number;
    if (t.mode === 'map') {
      // map's generator waits on fs[k].result(): later tasks may finish first.
      id = k;
      while (!finished.has(k)) finished.add(Number(await py.get(DONE, L.wait)));
    } else {
      id = Number(await py.get(DONE, L.wait));
    }
    await py.mark('yield', id, L.printDone);
    await py.print(`done ${t.urls[id] ?? ''}`, L.printDone);
  }
  // Leaving `with`: shutdown(wait=True) queues None and joins every thread it started.
  await py.put(WORK, SENTINEL, L.with);
  for (let k = started; k < spawned; k++) await py.put(startQueue(k), SENTINEL, L.with);
  for (let k = 0; k < started; k++) await py.get(EXITED, L.with);
};

function poolIndex(py: PyApi): number {
  const m = /_(\d+)$/.exec(py.name);
  return m ? Number(m[1]) : 0;
}

export const pool_thread: AsyncThreadTarget = async (py, params) => {
  const t = downloadTasks(params);
  const L = threadPoolLines(t.mode);
  const k = poolIndex(py);
  // Not a thread yet: this worker waits until the executor starts it.
  if (Number(await py.get(startQueue(k), L.with)) === SENTINEL) return;
  for (;;) {
    let item: number;
    try {
      item = Number(await py.get(WORK, L.with, false));
    } catch (e) {
      if (!isEmpty(e)) throw e;
      // Found no work: count itself idle, so the next submit reuses it.
      await py.put(IDLE, 1, L.with);
      item = Number(await py.get(WORK, L.with));
    }
    if (item === SENTINEL) {
      // Put None back so the other threads see it too, then end.
      await py.put(WORK, SENTINEL, L.with);
      await py.put(EXITED, k, L.with);
      return;
    }
    await py.mark(TASK_START, item, L.printUrl);
    await py.print(t.urls[item] ?? '', L.printUrl);
    await py.sleep(t.delays[item] ?? 0, L.sleep);
    await py.line(L.ret);
    await py.mark(TASK_END, item, L.ret);
    await py.put(DONE, item, L.ret);
  }
};
