/** Line numbers of the multiprocessing.Pool program (section Pool 进程池), after worker() (pools/worker-task.ts). */
export const POOL_LINES = { main: 15, pool: 16, forLoop: 17, applyAsync: 20, map: 21, start: 22, close: 23, join: 24, stop: 25 } as const;

/**
 * The pool's queues: `inqueue` carries tasks to the processes, `outqueue`
 * results back, `exited` lets join() wait for the processes, and `kill` is
 * the interpreter's exit terminating the pool (multiprocessing's atexit hook).
 */
export const INQUEUE = 'inqueue';
export const OUTQUEUE = 'outqueue';
export const EXITED = 'exited';
export const KILL = 'kill';

export const START_TEXT = '------======start=====-----';
export const STOP_TEXT = '-------======stop=====-----';
