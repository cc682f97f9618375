/**
 * The lesson's `worker(msg)` (sections 进程池 and Pool 进程池), shared by the
 * two process-pool programs: seed per task, print the start with the pid,
 * sleep `random.random()*2`, print the measured time. A pool's call of
 * `worker(i)` is task i.
 */
import { firstArg } from './tasks';

export const WORKER_FN = 'worker';

/** A call of `worker(i)` with an int i is task i. */
export function workerTask(c: { fn: string; args: string }): number | null {
  if (c.fn !== WORKER_FN) return null;
  const a = firstArg(c.args);
  return /^\d+$/.test(a) ? Number(a) : null;
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
