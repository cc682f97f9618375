/** Every scenario's thread targets, by scenario id: what a worker can run. */
import type { ProgramModule } from './types';
import * as processQueue from './process-queue/program';
import * as processPool from './process-pool/program';
import * as pool from './pool/program';
// Not a lesson: the runtimes' tests run it (workload/scenario.ts).
import * as workload from './workload/program';

export const programs: Record<string, ProgramModule> = {
  'process-queue': processQueue,
  'process-pool': processPool,
  pool,
  workload,
};
