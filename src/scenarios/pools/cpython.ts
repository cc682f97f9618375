/**
 * How CPython's pools decide how many workers to start and what to call them.
 * The scenarios spawn exactly these workers, before the run (a worker cannot
 * be created mid-run), and the program then starts them as Python would.
 */

/**
 * `ThreadPoolExecutor._adjust_thread_count`, called after every `submit`:
 * if an idle thread is available (the idle semaphore can be taken without
 * waiting) no thread is started; else a new one is, while fewer than
 * `max_workers` exist. `idleAt(i)` says whether a thread was idle at submit i;
 * `map` submits every task before any result is read, and a task that sleeps
 * has not finished by then, so by default nobody is idle.
 */
export function threadsStarted(submits: number, maxWorkers: number, idleAt: (i: number) => boolean = () => false): number {
  let threads = 0;
  for (let i = 0; i < submits; i++) {
    if (idleAt(i)) continue;
    if (threads < maxWorkers) threads++;
  }
  return threads;
}

/** `thread_name_prefix` defaults to `ThreadPoolExecutor-<n>`, the n-th executor made; threads add `_<index>`. */
export function poolThreadName(executor: number, index: number): string {
  return `ThreadPoolExecutor-${executor}_${index}`;
}

/**
 * Process names on Linux with Python 3.11–3.13 (start method `fork`):
 * ProcessPoolExecutor makes `ForkProcess-N`; multiprocessing.Pool renames
 * `ForkProcess-N` to `ForkPoolWorker-N`. N counts every process the parent
 * has made, from 1. (Windows and macOS spawn: `SpawnProcess-N`, `SpawnPoolWorker-N`.)
 */
export function forkProcessName(n: number): string {
  return `ForkProcess-${n}`;
}

export function poolWorkerName(n: number): string {
  return forkProcessName(n).replace('Process', 'PoolWorker');
}

/** Made-up pids: the parent's, then its children's, one after another as fork hands them out. */
export const MAIN_PID = 4242;
