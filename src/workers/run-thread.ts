/**
 * Runs one simulated Python thread to its end inside a worker. Shared by the
 * browser worker (Comlink) and the Node worker used by unit tests.
 */
import { PyThread, type ThreadInit } from '../runtime/thread-context';
import { programs } from '../scenarios/programs';
import { type ThreadExit, runTarget } from './run-target';

export type { ThreadExit } from './run-target';

/**
 * Async so that targets awaiting every call (AsyncThreadTarget) run here too:
 * PyThread's calls return plain values and still block this worker with
 * Atomics.wait, so an await costs a microtask, never a yield to other work.
 */
export function runThread(init: ThreadInit): Promise<ThreadExit> {
  return runTarget(new PyThread(init), programs[init.scenario]?.[init.target], init);
}
