/** Runs one simulated thread inside a worker of the message runtime. */
import { programs } from '../scenarios/programs';
import type { AsyncThreadTarget } from '../scenarios/types';
import { type ThreadExit, runTarget } from '../workers/run-target';
import type { MessageThreadInit } from './protocol';
import { MessagePyThread, type WorkerLink } from './thread';

export async function runMessageThread(init: MessageThreadInit, link: WorkerLink): Promise<ThreadExit> {
  const py = new MessagePyThread(init, link);
  // Only targets that await every call (AsyncThreadTarget) can run here. One
  // still written for shared memory only stops at its second call with a
  // clear error (MessagePyThread refuses a call while one is outstanding).
  const target = programs[init.scenario]?.[init.target] as AsyncThreadTarget | undefined;
  const exit = await runTarget(py, target, init);
  link.exit(exit);
  return exit;
}
