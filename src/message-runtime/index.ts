/**
 * The message runtime for pages without SharedArrayBuffer (not cross-origin
 * isolated). A driver on it, in the browser:
 *
 *   new RunDriver(spec, spawner, hooks, ticker, messageRun())
 *
 * `spawner` is ignored: the message runtime starts its own workers.
 */
import type { MakeRun } from '../engine/run-like';
import { browserMessageSpawner } from './browser-spawner';
import { MessageRun } from './run';
import type { MessageSpawner } from './spawner';

/** Makes each run a MessageRun whose threads `spawn` starts (browser workers by default). */
export function messageRun(spawn: MessageSpawner = browserMessageSpawner): MakeRun {
  return (spec) => new MessageRun(spec, spawn);
}

export { MessageRun } from './run';
export type { MessageSpawner } from './spawner';
