// What a World is asked to do (WorldOptions) and the errors that unwind its runs.

import type { LibLoader } from './process';
import type { CodeObject } from '../code';
import type { RunGate } from './run-control';
import type { HeapBuffer } from '../heap';
import type { VmEventSink } from './events';
import type { InputSource } from './input';
import type { WorkerCtx } from './worker-mode';

export interface WorldOptions {
  /** Simulated seconds per real second while every thread waits; Infinity jumps at once. */
  speed: number;
  stdin: string;
  lib: LibLoader;
  write(fd: number, text: string): void;
  argv?: string[];
  timeLimitMs?: number;
  /** Byte size of the process heap (default 256 MiB); past it, allocation raises MemoryError. */
  heapBytes?: number;
  /** Receives what the program does (events.ts); absent, the hooks cost one null check. */
  events?: VmEventSink;
  /** Called every few dozen eval-breaker checks: a watcher flushes what it buffered. */
  poll?(): void;
  /** Pause, step and a live speed from the page (run-control.ts); absent, a run goes to its end at `speed`. */
  control?: RunGate;
  /** Compiled library modules by path and source, kept by a host that runs many programs (the page's worker). */
  codeCache?: Map<string, CodeObject>;
  /** An already booted heap to run on (another worker of the process made it), instead of a new one. */
  heap?: HeapBuffer;
  /** Lines typed while the program runs, after `stdin` is used up (the page's console). */
  input?: InputSource;
  /** Called before the run waits on real time for input: a watcher sends what it buffered (the prompt). */
  flush?(): void;
  /** Worker mode: this worker runs one Python thread on the run's ThreadRuntime (worker-mode.ts). */
  worker?: WorkerCtx;
  /** No GIL, as CPython 3.13t (free-threads.ts): threads interleave between any two instructions. */
  freeThreaded?: boolean;
  /** Seeds the free-threaded schedule (default: a random one per run). */
  seed?: number;
  /** Virtual cores the processes' GIL holders share (cores.ts); default DEFAULT_CORES. */
  cores?: number;
  /** What moves simulated time while a thread runs: real time (default) or the work done (cores.ts's WorkClock). */
  clock?: 'real' | 'work';
  /** Tell the watcher who holds each process's GIL ('gil' events, gil-watch.ts). */
  gilEvents?: boolean;
  /**
   * Threads alive at once, every process's counted (default: worker mode's run table, DEFAULT_LIMITS.threads):
   * one more and `start()` raises CPython's `RuntimeError: can't start new thread` in the starter.
   */
  maxThreads?: number;
}

/** Thrown when a run exceeds WorldOptions.timeLimitMs. */
export class TimeLimit extends Error {}
/** Unwinds nested runs once a deadlock has been reported. */
export class Deadlock extends Error {}
/** Unwinds a thread's nested run once its process ended while another thread had the turn (switchNested). */
export class ThreadEnded extends Error {}
