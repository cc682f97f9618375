/** Every scenario's thread targets, by scenario id: what a worker can run. */
import type { ProgramModule } from './types';
import * as singDance from './sing-dance/program';
import * as boundedQueue from './bounded-queue/program';
import * as bakery from './bakery/program';
import * as threadPool from './thread-pool/program';
import * as processPool from './process-pool/program';
import * as pool from './pool/program';
import * as gil from './gil/program';

export const programs: Record<string, ProgramModule> = {
  'bounded-queue': boundedQueue,
  'sing-dance': singDance,
  bakery,
  'thread-pool': threadPool,
  'process-pool': processPool,
  pool,
  gil,
};
