// What a blocked thread waits for. A native that would block throws Suspend;
// the scheduler polls the wait and resumes the thread with its result.

import type { PyVal } from './objects';
import type { Frame } from './frame';
import type { PyException } from './objects';

export interface Wait {
  /** For the deadlock report: e.g. `lock.acquire()` or `join Thread-1 (worker)`. */
  what: string;
  /** Virtual-clock seconds when the wait times out, or null for never. */
  deadline: number | null;
  /** The result when the thread may go on now, or undefined to keep waiting. */
  poll(): PyVal | undefined;
  /** True when poll() would succeed, asked without taking anything (the step engine lets the student choose who wakes). */
  ready?(): boolean;
  /** The result at the deadline. */
  timeout: PyVal;
  /** Waiting for stdin (not a deadlock while input may still come). */
  input?: boolean;
  /** A wait for a `_thread.lock` (its id and label), for the event stream. */
  lock?: { id: number; label: string | null };
  /** time.sleep(): a wait on the clock only. */
  sleep?: boolean;
}

export class Suspend {
  constructor(public wait: Wait) {}
}

export class Thread {
  frames: Frame[] = [];
  excInfo: PyException | null = null;
  state: 'ready' | 'blocked' | 'done' = 'ready';
  wait: Wait | null = null;
  /** Nested native→Python runs in progress (blocking inside one cannot give up the JS stack). */
  nested = 0;
  result: PyVal = null;
  /** A native callable to run as the thread's body (no frame to push). */
  pendingNative: (() => PyVal) | null = null;
  /** Released when the thread finishes (join waits on it). */
  doneLock: { release(): void } | null = null;
  started = false;
  /** Blocked inside a nested run: only the JS frame waiting for it may resume it. */
  inNested = false;
  error: PyException | null = null;
  /** Set by World.runCall: the caller takes the outcome instead of the usual thread ending. */
  report: ((result: PyVal, error: PyException | null) => void) | null = null;
  constructor(public ident: number, public name: string, public daemon = false) {}
}
