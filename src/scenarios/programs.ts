/** Every scenario's thread targets, by scenario id: what a worker can run. */
import type { ProgramModule } from './types';
import * as singDance from './sing-dance/program';
import * as processes from './processes/program';
import * as globalsProgram from './globals/program';
import * as boundedQueue from './bounded-queue/program';
import * as bakery from './bakery/program';
import * as processQueue from './process-queue/program';
import * as gil from './gil/program';

export const programs: Record<string, ProgramModule> = {
  'bounded-queue': boundedQueue,
  'sing-dance': singDance,
  processes,
  globals: globalsProgram,
  bakery,
  'process-queue': processQueue,
  gil,
};
