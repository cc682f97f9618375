/** Every scenario's thread targets, by scenario id: what a worker can run. */
import type { ProgramModule } from './types';
import * as processQueue from './process-queue/program';

export const programs: Record<string, ProgramModule> = {
  'process-queue': processQueue,
};
