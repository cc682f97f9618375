/**
 * The tutorial's process program (多进程): the main process prints its pid and
 * starts two processes, `dance(20)` and `song(50)`, each printing its own pid.
 * Each runs in its own worker with its own globals region and pid.
 */
import type { PyThread } from '../../runtime/thread-context';
import type { ThreadTarget } from '../types';
import { PRINT_COST, PROCESSES_LINES as L } from './lines';
import { startPipe } from './pipes';

/** `print(...)` plus the simulated cost of printing (see PRINT_COST), spent running. */
function printAndWork(py: PyThread, text: string, line: number): void {
  py.print(text, line);
  const until = py.now() + PRINT_COST;
  while (py.now() < until) py.line(line);
}

export const main: ThreadTarget = (py, params) => {
  py.line(L.main.ifMain);
  printAndWork(py, `主进程ID${py.pid}`, L.main.print);
  py.line(L.main.p1);
  py.line(L.main.p2);
  py.put(startPipe('Process-1'), Number(params.dance), L.main.start1);
  py.put(startPipe('Process-2'), Number(params.song), L.main.start2);
  // Here Python's main process reaches the end of the script and, at exit,
  // multiprocessing joins its non-daemon children. We end the main lane at
  // its last line instead: the children's own lanes show how long they live.
};

/** The child reads its args from the pipe `start()` wrote: it cannot run before it. */
function args(py: PyThread, line: number): number {
  return Number(py.get(startPipe(py.name), line));
}

export const dance: ThreadTarget = (py) => {
  const n = args(py, L.dance.def);
  for (let i = 0; i < n; i++) {
    py.line(L.dance.loop);
    printAndWork(py, `dancing  pid=${py.pid}`, L.dance.print);
  }
};

export const song: ThreadTarget = (py) => {
  const m = args(py, L.song.def);
  for (let i = 0; i < m; i++) {
    py.line(L.song.loop);
    printAndWork(py, `song  pid=${py.pid}`, L.song.print);
  }
};
