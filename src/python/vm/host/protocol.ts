// What a thread's worker gets at start and what it tells the host.

import type { VmEvent } from '../events';
import type { StdinSpec } from './stdin';

/** A VmEvent with its place in the run's one order (H_EVENT_SEQ). */
export interface StampedEvent {
  seq: number;
  e: VmEvent;
}

/** workerData of a thread's worker (structured-cloned; the memory is shared, not copied). */
export interface WorkerInit<P = unknown> {
  /** URL (href) of the worker entry module. */
  entry: string;
  memory: SharedArrayBuffer;
  slot: number;
  proc: number;
  /** The starter's clock hold is this thread's to release (a started thread; a child process's main). Default: not a main. */
  held?: boolean;
  /** What the thread runs, as the VM provides it (process heap buffer, function, args). */
  payload: P;
  /** The run's standard input (stdin.ts), for the main process's threads; absent, reads end at once (a child process: os.devnull). */
  stdin?: StdinSpec;
}

export type ToHost =
  /** Output, numbered in the run's global order (the GIL's order of writes). */
  /** `proc`: the writer's process (its partial line waits in the host, process-lines.ts); `flush`: pass on what is left of its lines (fd 0: every stream of the process). */
  | { kind: 'write'; seq: number; fd: number; text: string; proc?: number; flush?: boolean }
  /** What the thread's World reported since the last batch (event-sink.ts). */
  | { kind: 'events'; batch: StampedEvent[] }
  /** Start a worker for a slot this thread allocated (`threading.Thread.start`). */
  | { kind: 'start'; init: WorkerInit }
  /** The thread finished; `procEnded` when that ended its process (its daemons die now). */
  | { kind: 'exit'; slot: number; status: number; procEnded: boolean; writes: number }
  /** Process `proc` was killed (terminate()/kill()): the table marked its threads done; stop their workers. */
  | { kind: 'kill'; proc: number }
  /** This thread's block left every thread blocked for good. */
  | { kind: 'deadlock'; line: string; writes: number };
