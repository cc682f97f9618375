/**
 * The globals program (多进程之间不能共享全局变量): the same `work` run by
 * threads of the main process and by child processes. Threads share the main
 * process's `n`; each child process increments its own copy. Every call is
 * awaited, so it runs on both runtimes (see AsyncThreadTarget).
 */
import type { PyApi } from '../../runtime/py-api';
import { MAIN_PID, joinPipe, startPipe } from '../processes/pipes';
import type { AsyncThreadTarget } from '../types';
import { GLOBALS_LINES, childLock } from './lines';

const L = GLOBALS_LINES;

/** The worker names in `ps + ts` order, as the main program starts and joins them. */
function startOrder(params: Record<string, number | string | boolean>): string[] {
  const w = Number(params.workers);
  const ps = Array.from({ length: w }, (_, i) => `Process-${i + 1}`);
  const ts = Array.from({ length: w }, (_, i) => `Thread-${i + 1} (work)`);
  return [...ps, ...ts];
}

export const main: AsyncThreadTarget = async (py, params) => {
  await py.line(L.main.ifMain);
  await py.line(L.main.ps);
  await py.line(L.main.ts);
  const order = startOrder(params);
  for (const name of order) {
    await py.line(L.main.startLoop);
    await py.put(startPipe(name), Number(params.increments), L.main.start);
  }
  for (const name of order) {
    await py.line(L.main.joinLoop);
    await py.get(joinPipe(name), L.main.join);
  }
  const n = await py.getGlobal('n', L.main.print);
  await py.print(`主进程 n=${n}`, L.main.print);
};

/** Python's names for where `work` runs: (current_process().name, current_thread().name). */
function names(py: PyApi): [string, string] {
  // current_process() is decided by the pid: anything but the main pid is a child.
  return py.pid === MAIN_PID ? ['MainProcess', py.name] : [py.name, 'MainThread'];
}

export const work: AsyncThreadTarget = async (py, params) => {
  const times = Number(await py.get(startPipe(py.name), L.work.def));
  const [proc, thread] = names(py);
  const lock = py.pid === MAIN_PID ? 'lock' : childLock(py.name);
  const pause = Number(params.sleep);
  for (let i = 0; i < times; i++) {
    await py.line(L.work.loop);
    await py.sleep(pause, L.work.sleep);
    await py.acquire(lock, L.work.lock);
    // `n += 1`: read then write this process's own `n`.
    const seen = await py.getGlobal('n', L.work.increment);
    await py.setGlobal('n', seen + 1, L.work.increment);
    await py.mark('n', seen + 1, L.work.increment);
    const shown = await py.getGlobal('n', L.work.print);
    await py.print(`${proc} ${thread} n=${shown}`, L.work.print);
    // Leaving the `with` block releases the lock; Python reports that on the `with` line.
    await py.release(lock, L.work.lock);
  }
  // The worker is gone: its parent's join() can return.
  await py.put(joinPipe(py.name), 0, L.work.def);
};
