/**
 * The globals program (多进程之间不能共享全局变量): the same `work` run by
 * threads of the main process and by child processes. Threads share the main
 * process's `n`; each child process increments its own copy.
 */
import type { PyThread } from '../../runtime/thread-context';
import { MAIN_PID, joinPipe, startPipe } from '../processes/pipes';
import type { ThreadTarget } from '../types';
import { GLOBALS_LINES, childLock } from './lines';

const L = GLOBALS_LINES;

/** The worker names in `ps + ts` order, as the main program starts and joins them. */
function startOrder(params: Record<string, number | string | boolean>): string[] {
  const w = Number(params.workers);
  const ps = Array.from({ length: w }, (_, i) => `Process-${i + 1}`);
  const ts = Array.from({ length: w }, (_, i) => `Thread-${i + 1} (work)`);
  return [...ps, ...ts];
}

export const main: ThreadTarget = (py, params) => {
  py.line(L.main.ifMain);
  py.line(L.main.ps);
  py.line(L.main.ts);
  const order = startOrder(params);
  for (const name of order) {
    py.line(L.main.startLoop);
    py.put(startPipe(name), Number(params.increments), L.main.start);
  }
  for (const name of order) {
    py.line(L.main.joinLoop);
    py.get(joinPipe(name), L.main.join);
  }
  const n = py.getGlobal('n', L.main.print);
  py.print(`主进程 n=${n}`, L.main.print);
};

/** Python's names for where `work` runs: (current_process().name, current_thread().name). */
function names(py: PyThread): [string, string] {
  // current_process() is decided by the pid: anything but the main pid is a child.
  return py.pid === MAIN_PID ? ['MainProcess', py.name] : [py.name, 'MainThread'];
}

export const work: ThreadTarget = (py, params) => {
  const times = Number(py.get(startPipe(py.name), L.work.def));
  const [proc, thread] = names(py);
  const lock = py.pid === MAIN_PID ? 'lock' : childLock(py.name);
  const pause = Number(params.sleep);
  for (let i = 0; i < times; i++) {
    py.line(L.work.loop);
    py.sleep(pause, L.work.sleep);
    py.acquire(lock, L.work.lock);
    // `n += 1`: read then write this process's own `n`.
    const seen = py.getGlobal('n', L.work.increment);
    py.setGlobal('n', seen + 1, L.work.increment);
    py.mark('n', seen + 1, L.work.increment);
    py.print(`${proc} ${thread} n=${py.getGlobal('n', L.work.print)}`, L.work.print);
    // Leaving the `with` block releases the lock; Python reports that on the `with` line.
    py.release(lock, L.work.lock);
  }
  // The worker is gone: its parent's join() can return.
  py.put(joinPipe(py.name), 0, L.work.def);
};
