/** Every scenario's thread targets, by scenario id: what a worker can run. */
import type { ProgramModule } from './types';
// Not a lesson: the runtimes' tests run it (workload/scenario.ts).
import * as workload from './workload/program';

export const programs: Record<string, ProgramModule> = {
  workload,
};
