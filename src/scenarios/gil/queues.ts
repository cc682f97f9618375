/** The queues that stand for `w.start()` and `w.join()` of each phase (program and scenario agree on names). */
export type Phase = 'threads' | 'processes';
export const startQueue = (ph: Phase): string => `start_${ph}`;
export const doneQueue = (ph: Phase): string => `done_${ph}`;
