/** Every scenario's thread targets, by scenario id: what a worker can run. */
import type { ProgramModule } from './types';
import * as singDance from './sing-dance/program';
import * as ticket from './ticket/program';

export const programs: Record<string, ProgramModule> = {
  ticket,
  'sing-dance': singDance,
};
