/** Line numbers of the ProcessPoolExecutor program (section 进程池), after worker() (pools/worker-task.ts). */
export const PROCESS_POOL_LINES = { main: 15, maxWorkers: 16, workers: 17, with: 18, map: 19 } as const;

/** The executor's queues: `calls` is its call queue, `results` its result queue; `exited` lets shutdown join the processes. */
export const CALLS = 'calls';
export const RESULTS = 'results';
export const EXITED = 'exited';
