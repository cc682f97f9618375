import { describe, expect, it } from 'vitest';
import { type Timers, coalesce } from './coalesce';

/** A hand-driven clock. */
function fakeTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let queue: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = next++;
      queue.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout(h) {
      queue = queue.filter((t) => t.id !== h);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        queue.sort((a, b) => a.at - b.at);
        const t = queue[0];
        if (!t || t.at > end) break;
        queue.shift();
        now = t.at;
        t.fn();
      }
      now = end;
    },
  };
}

describe('coalesce', () => {
  it('writes the first change at once', () => {
    const timers = fakeTimers();
    let writes = 0;
    coalesce(() => writes++, 250, timers).request();
    expect(writes).toBe(1);
  });

  it('writes a burst of 1000 changes a few times a second, and once after the last', () => {
    const timers = fakeTimers();
    let value = 0;
    const written: number[] = [];
    const c = coalesce(() => written.push(value), 250, timers);
    for (let i = 1; i <= 1000; i++) {
      value = i;
      c.request();
      timers.advance(2); // a click every 2 ms: 2 s in all
    }
    timers.advance(1000);
    expect(written.length).toBeLessThanOrEqual(2000 / 250 + 2);
    expect(written.at(-1)).toBe(1000);
  });

  it('flush writes a pending change now, and nothing when none is pending', () => {
    const timers = fakeTimers();
    let writes = 0;
    const c = coalesce(() => writes++, 250, timers);
    c.request();
    c.request();
    expect(writes).toBe(1);
    c.flush();
    expect(writes).toBe(2);
    c.flush();
    timers.advance(1000);
    expect(writes).toBe(2);
  });
});
