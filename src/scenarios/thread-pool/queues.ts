/**
 * The executor's queues: `work` is `_work_queue`, `idle` stands for
 * `_idle_semaphore` (one item per release), `done` carries finished task ids
 * (the futures), `exited` lets shutdown join the threads, and `start-k` is
 * the moment the executor starts pool thread k.
 */
export const WORK = 'work';
export const DONE = 'done';
export const IDLE = 'idle';
export const EXITED = 'exited';
export const startQueue = (k: number): string => `start-${k}`;
