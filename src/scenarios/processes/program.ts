/**
 * The tutorial's process program (多进程): the main process prints its pid and
 * starts two processes, `dance(20)` and `song(50)`, each printing its own pid.
 * Each runs in its own worker with its own globals region and pid. Every call
 * is awaited, so it runs on both runtimes (see AsyncThreadTarget).
 */
import type { PyApi } from '../../runtime/py-api';
import type { AsyncThreadTarget } from '../types';
import { PRINT_UNITS, PROCESSES_LINES as L } from './lines';
import { startPipe } from './pipes';

/** `print(...)` plus the simulated cost of printing (see PRINT_COST), spent running. */
async function printAndWork(py: PyApi, text: string, line: number): Promise<void> {
  await py.print(text, line);
  // Real CPU work, so virtual time counts it at the real rate on both runtimes
  // (a loop polling time.time() would count only its calls on the message runtime).
  await py.compute(PRINT_UNITS, line);
}

export const main: AsyncThreadTarget = async (py, params) => {
  await py.line(L.main.ifMain);
  await printAndWork(py, `主进程ID${py.pid}`, L.main.print);
  await py.line(L.main.p1);
  await py.line(L.main.p2);
  await py.put(startPipe('Process-1'), Number(params.dance), L.main.start1);
  await py.put(startPipe('Process-2'), Number(params.song), L.main.start2);
  // Here Python's main process reaches the end of the script and, at exit,
  // multiprocessing joins its non-daemon children. We end the main lane at
  // its last line instead: the children's own lanes show how long they live.
};

/** The child reads its args from the pipe `start()` wrote: it cannot run before it. */
async function args(py: PyApi, line: number): Promise<number> {
  return Number(await py.get(startPipe(py.name), line));
}

export const dance: AsyncThreadTarget = async (py) => {
  const n = await args(py, L.dance.def);
  for (let i = 0; i < n; i++) {
    await py.line(L.dance.loop);
    await printAndWork(py, `dancing  pid=${py.pid}`, L.dance.print);
  }
};

export const song: AsyncThreadTarget = async (py) => {
  const m = await args(py, L.song.def);
  for (let i = 0; i < m; i++) {
    await py.line(L.song.loop);
    await printAndWork(py, `song  pid=${py.pid}`, L.song.print);
  }
};
