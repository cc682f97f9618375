/**
 * The Python-shaped API a program calls, as both runtimes provide it. The
 * shared-memory runtime (PyThread) answers at once, blocking its worker with
 * Atomics.wait; the message runtime (MessagePyThread) cannot block a worker
 * without SharedArrayBuffer, so it answers with a promise from the main
 * thread's broker. A program awaits every call and runs on either.
 */
import type { PyException } from './errors';
import type { QueueItem } from './queue';

export type MaybePromise<T> = T | Promise<T>;

export interface PyApi {
  /** `threading.current_thread().name` */
  readonly name: string;
  /** `os.getpid()` of the simulated process. */
  readonly pid: number;
  /** Simulated seconds since the run began. */
  now(): MaybePromise<number>;
  /** The thread is about to run `line` (also a pause checkpoint). */
  line(line: number): MaybePromise<void>;
  sleep(seconds: number, line: number): MaybePromise<void>;
  print(text: string, line: number): MaybePromise<void>;
  acquire(lockName: string, line: number, blocking?: boolean, timeout?: number): MaybePromise<boolean>;
  release(lockName: string, line: number): MaybePromise<void>;
  getGlobal(name: string, line: number): MaybePromise<number>;
  setGlobal(name: string, value: number, line: number): MaybePromise<void>;
  put(queueName: string, item: QueueItem, line: number, block?: boolean, timeout?: number | null): MaybePromise<void>;
  get(queueName: string, line: number, block?: boolean, timeout?: number | null): MaybePromise<QueueItem>;
  qsize(queueName: string, line: number): MaybePromise<number>;
  empty(queueName: string, line: number): MaybePromise<boolean>;
  full(queueName: string, line: number): MaybePromise<boolean>;
  taskDone(queueName: string, line: number): MaybePromise<void>;
  join(queueName: string, line: number): MaybePromise<void>;
  /** Like `input()`: the next command the student sends from the page. */
  readCommand(line: number): MaybePromise<string>;
  /** `units` pieces of real CPU work, under the process's GIL when the run has one. */
  compute(units: number, line: number, unit?: (i: number) => void): MaybePromise<void>;
  /** A scenario fact the outcome panel counts. */
  mark(label: string, value: number, line: number): MaybePromise<void>;
}

/** What a runner needs besides the API: begin, end, end with an exception. */
export interface ThreadHost extends PyApi {
  start(): MaybePromise<void>;
  finish(): MaybePromise<void>;
  fail(error: PyException): MaybePromise<void>;
}
