/**
 * The lesson's `worker(msg)` (sections 进程池 and Pool 进程池), shared by the
 * two process-pool programs: seed per task, print the start with the pid,
 * sleep `random.random()*2`, print the measured time exactly as
 * `print(msg,'执行完毕花费 {} s'.format(time.time()-t_start))` does.
 */
import type { MaybePromise, PyApi } from '../../runtime/py-api';
import { pyFloat } from './py-format';
import { PyRandom } from './py-random';
import { TASK_END, TASK_START } from './tasks';

export interface WorkerLines {
  seed: number;
  tStart: number;
  printStart: number;
  sleep: number;
  printEnd: number;
}

/** `def worker(msg):` starts at line 8 in both programs (imports, SEED, blank lines above it). */
export const WORKER_LINES: WorkerLines = { seed: 9, tStart: 10, printStart: 11, sleep: 12, printEnd: 13 };

/** How long task `msg` sleeps: what `random.seed(SEED+msg); random.random()*2` gives in CPython. */
export function taskSeconds(seed: number, msg: number): number {
  return new PyRandom(seed + msg).random() * 2;
}

/**
 * Runs task `msg`. Resolves to false if the process was terminated during the
 * sleep (`killed()` is asked when it wakes): a killed process prints nothing
 * more. Every py call is awaited, so it runs on both runtimes.
 */
export async function runWorkerTask(py: PyApi, msg: number, seed: number, killed: () => MaybePromise<boolean>): Promise<boolean> {
  const L = WORKER_LINES;
  await py.line(L.seed);
  const seconds = taskSeconds(seed, msg);
  await py.line(L.tStart);
  const tStart = await py.now();
  await py.mark(TASK_START, msg, L.printStart);
  await py.print(`${msg} 开始执行，进程ID ${py.pid}`, L.printStart);
  await py.sleep(seconds, L.sleep);
  if (await killed()) return false;
  // print(msg, '...') puts one space between its arguments.
  const elapsed = (await py.now()) - tStart;
  await py.print(`${msg} 执行完毕花费 ${pyFloat(elapsed)} s`, L.printEnd);
  await py.mark(TASK_END, msg, L.printEnd);
  return true;
}

/** The top of both programs, lines 1–13; `poolImport` is line 4. */
export function workerSource(poolImport: string, seed: number, seedComment: string, perTaskComment: string): string[] {
  return [
    'import random',
    'import time',
    'import os',
    poolImport,
    '',
    `SEED=${seed}  ${seedComment}`,
    '',
    'def worker(msg):',
    `    random.seed(SEED+msg)  ${perTaskComment}`,
    '    t_start=time.time()',
    "    print(f'{msg} 开始执行，进程ID {os.getpid()}')",
    '    time.sleep(random.random()*2)',
    "    print(msg,'执行完毕花费 {} s'.format(time.time()-t_start))",
  ];
}

export const SEED_COMMENTS = {
  zh: { seed: (s: number) => `# seed=${s}：每次运行的耗时都一样`, perTask: '# 每个任务各自播种：不管哪个进程执行，耗时都相同' },
  en: { seed: (s: number) => `# seed=${s}: the same times on every run`, perTask: '# seeded per task: the same time whichever process runs it' },
} as const;
