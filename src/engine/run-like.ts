/**
 * What the driver needs from a run, whichever runtime it is on: shared memory
 * (Run, engine/run.ts) or message passing without SharedArrayBuffer
 * (MessageRun, message-runtime/run.ts).
 */
import type { RuntimeEvent } from '../runtime/events';
import type { Waiter } from './deadlock';
import type { QueueView, RunEnd, RunSpec } from './run';
import type { Spawner } from './spawner';

export interface RunLike {
  readonly spec: RunSpec;
  readonly ended: Promise<RunEnd>;
  readonly workerCount: number;
  /** Every event since the last drain, in per-worker order. */
  drain(into?: RuntimeEvent[]): RuntimeEvent[];
  /**
   * Applies the virtual-time rule once: when every thread is blocked, time
   * jumps to the earliest deadline. Returns the waiters when every live
   * thread is blocked for good (a deadlock), else null.
   */
  keepTime(): Waiter[] | null;
  /**
   * Calls `fn` whenever a thread's status may have changed (promptly, and in
   * a hidden tab too: not on animation frames); returns an unsubscribe.
   */
  watch(fn: () => void): () => void;
  queueViews(): QueueView[];
  global(name: string, process?: number): number;
  /** A command for the run's interactive thread; false when it cannot take one. */
  send(command: string): boolean;
  simNow(): number;
  allArrived(): boolean;
  pause(): void;
  resume(): void;
  setSpeed(speed: number): void;
  terminate(): void;
  /**
   * True if a thread has waited for the page to drain its events since the
   * last call (the view is behind the threads, though nothing is lost).
   */
  takeBehind?(): boolean;
}

/** Makes the run a driver drives; the default is the shared-memory Run. */
export type MakeRun = (spec: RunSpec, spawn: Spawner) => RunLike;
