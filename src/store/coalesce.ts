/**
 * Runs `write` at most once per `intervalMs`, and always once after the last
 * request. Chromium ignores history.replaceState beyond ~200 calls per 10 s,
 * so a burst of clicks that wrote the URL on every click left the address
 * bar stale for good; written at most every interval, the last write always
 * lands. `write` reads the latest state itself when it runs.
 */
export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Coalescer {
  /** Something changed: write now if the last write is old enough, else soon. */
  request(): void;
  /** Write now if a write is pending (before reading the URL, or leaving the page). */
  flush(): void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function coalesce(write: () => void, intervalMs: number, timers: Timers = realTimers): Coalescer {
  let last = -Infinity;
  let pending: unknown = null;
  const run = () => {
    pending = null;
    last = timers.now();
    write();
  };
  return {
    request() {
      if (pending !== null) return;
      const wait = last + intervalMs - timers.now();
      if (wait <= 0) run();
      else pending = timers.setTimeout(run, wait);
    },
    flush() {
      if (pending === null) return;
      timers.clearTimeout(pending);
      run();
    },
  };
}
