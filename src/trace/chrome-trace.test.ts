import { describe, expect, it } from 'vitest';
import { EventKind, ThreadState } from '../runtime/events';
import { toChromeTrace } from './chrome-trace';
import { applyEvents, emptyTrace } from './model';
import { ev } from './test-events';


describe('Chrome trace export', () => {
  it('names threads, nests state spans, and adds lock holds and prints', () => {
    const m = emptyTrace(['线程1', '线程2']);
    applyEvents(m, [
      ev(0, 0, EventKind.Start, { a: 4242 }),
      ev(0, 0.1, EventKind.Acquired, { a: 0 }),
      ev(0, 0.1, EventKind.State, { a: ThreadState.Sleeping }),
      ev(0, 1.1, EventKind.State, { a: ThreadState.Running }),
      ev(0, 1.2, EventKind.Released, { a: 0 }),
      ev(0, 1.3, EventKind.Print, { text: '线程1卖出一张，剩19 张', line: 18 }),
      ev(0, 1.4, EventKind.Done),
      ev(1, 0, EventKind.Start, { a: 4242 }),
      ev(1, 0.1, EventKind.State, { a: ThreadState.WaitingLock, b: 1 }),
    ]);
    const t = toChromeTrace(m, { scenario: 'ticket', lockNames: ['lock'] });
    const names = t.traceEvents.filter((e) => e.name === 'thread_name').map((e) => e.args?.name);
    expect(names).toEqual(['线程1', '线程2']);
    const spans = t.traceEvents.filter((e) => e.ph === 'X' && e.tid === 1);
    expect(spans.map((s) => [s.name, s.ts, s.dur])).toEqual([
      ['running', 0, 100_000],
      ['sleeping', 100_000, 1_000_000],
      ['running', 1_100_000, 300_000],
    ]);
    const hold = t.traceEvents.filter((e) => e.cat === 'lock');
    expect(hold.map((e) => [e.ph, e.name, e.ts])).toEqual([
      ['b', 'holds lock', 100_000],
      ['e', 'holds lock', 1_200_000],
    ]);
    expect(t.traceEvents.find((e) => e.ph === 'i' && e.cat === 'print')?.name).toBe('线程1卖出一张，剩19 张');
    // The waiting span of a thread still waiting runs to the end of the trace.
    const waiting = t.traceEvents.find((e) => e.tid === 2 && e.name === 'waiting for a lock');
    expect(waiting?.dur).toBe(1_300_000);
  });

  it('adds flow events for the causality arrows and counter events for the watched globals', () => {
    const m = emptyTrace(['a', 'b']);
    applyEvents(m, [
      ev(0, 0, EventKind.Start, { a: 7 }),
      ev(0, 0.1, EventKind.Acquired, { a: 0 }),
      ev(0, 0.5, EventKind.GlobalWrite, { a: 19, text: 'ticket' }),
      ev(0, 1, EventKind.Released, { a: 0 }),
      ev(1, 0, EventKind.Start, { a: 7 }),
      ev(1, 0.2, EventKind.State, { a: ThreadState.WaitingLock, b: 1 }),
      ev(1, 1, EventKind.State, { a: ThreadState.Running }),
      ev(1, 1, EventKind.Acquired, { a: 0 }),
      ev(1, 1.5, EventKind.GlobalWrite, { a: 18, text: 'ticket' }),
    ]);
    const t = toChromeTrace(m, { scenario: 'ticket', lockNames: ['lock'] });
    const flow = t.traceEvents.filter((e) => e.cat === 'flow');
    expect(flow.map((e) => [e.ph, e.tid, e.ts, e.id])).toEqual([
      ['s', 1, 1_000_000, 1],
      ['f', 2, 1_000_000, 1],
    ]);
    const counters = t.traceEvents.filter((e) => e.ph === 'C');
    expect(counters.map((e) => [e.name, e.ts, e.args?.value])).toEqual([
      ['ticket', 500_000, 19],
      ['ticket', 1_500_000, 18],
    ]);
    // Valid JSON, as a file would hold it.
    expect(JSON.parse(JSON.stringify(t)).traceEvents.length).toBe(t.traceEvents.length);
  });

  it('names a join and an event wait as such, with what they waited for', () => {
    const m = emptyTrace(['MainThread', 'Thread-1 (sing)']);
    applyEvents(m, [
      ev(0, 0, EventKind.Start, { a: 1 }),
      ev(0, 0.1, EventKind.State, { a: ThreadState.WaitingEvent, b: 1 }),
      ev(0, 0.2, EventKind.State, { a: ThreadState.Running }),
      ev(0, 0.3, EventKind.State, { a: ThreadState.Joining, b: 2 }),
      ev(1, 0, EventKind.Start, { a: 1 }),
      ev(1, 1, EventKind.Done),
      ev(0, 1, EventKind.State, { a: ThreadState.Running }),
    ]);
    const t = toChromeTrace(m, { scenario: 'sing-dance', lockNames: ['Event.wait', 'Thread-1 (sing)'] });
    const spans = t.traceEvents.filter((e) => e.ph === 'X' && e.tid === 1);
    expect(spans.map((s) => [s.name, s.args ?? null])).toEqual([
      ['running', null],
      ['waiting on an event or condition', { 'waits in': 'Event.wait' }],
      ['running', null],
      ['joining', { 'waits for': 'Thread-1 (sing)' }],
      ['running', null],
    ]);
    expect(t.traceEvents.some((e) => e.name.includes('lock'))).toBe(false);
  });
});
