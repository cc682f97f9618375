import { describe, expect, it } from 'vitest';
import { EventKind, ThreadState } from '../runtime/events';
import { applyEvents, emptyTrace, shownValues } from './model';
import { ev } from './test-events';


describe('trace model', () => {
  it('turns state changes into closed spans and ends a lane on Done', () => {
    const m = emptyTrace(['线程1']);
    applyEvents(m, [
      ev(0, 0, EventKind.Start, { a: 101 }),
      ev(0, 0.1, EventKind.State, { a: ThreadState.Sleeping }),
      ev(0, 1.1, EventKind.State, { a: ThreadState.Running }),
      ev(0, 1.2, EventKind.Done),
    ]);
    const lane = m.lanes[0];
    expect(lane?.pid).toBe(101);
    expect(lane?.spans.map((s) => [s.state, s.start, s.end])).toEqual([
      [ThreadState.Running, 0, 0.1],
      [ThreadState.Sleeping, 0.1, 1.1],
      [ThreadState.Running, 1.1, 1.2],
    ]);
    expect(lane?.state).toBe(ThreadState.Done);
  });

  it('orders console lines by time across workers and closes holds on release by anyone', () => {
    const m = emptyTrace(['a', 'b']);
    applyEvents(m, [ev(1, 2, EventKind.Print, { text: 'late' }), ev(1, 0.5, EventKind.Acquired, { a: 0 })]);
    applyEvents(m, [ev(0, 1, EventKind.Print, { text: 'early' }), ev(0, 1.5, EventKind.Released, { a: 0 })]);
    expect(m.console.map((c) => c.text)).toEqual(['early', 'late']);
    expect(m.lanes[1]?.holds).toEqual([{ start: 0.5, end: 1.5, lock: 0 }]);
  });
});

describe('value tracks', () => {
  it('start at the global value the run started with, which is no lost update', async () => {
    const { isLostUpdate } = await import('../ui/timeline/paint-values');
    const m = emptyTrace(['线程1', '线程2'], { ticket: 10 });
    applyEvents(m, [ev(0, 0.5, EventKind.GlobalWrite, { a: 10, text: 'ticket' }), ev(1, 0.6, EventKind.GlobalWrite, { a: 9, text: 'ticket' })]);
    const pts = m.values[0]?.points ?? [];
    expect(pts.map((p) => [p.t, p.worker, p.value])).toEqual([
      [0, -1, 10],
      [0.5, 0, 10],
      [0.6, 1, 9],
    ]);
    expect(isLostUpdate(pts, 1)).toBe(false);
  });

  it('are drawn once the value changed or two threads stored the same value; a constant is not', () => {
    const m = emptyTrace(['MainThread', 'Thread-1', 'Thread-2']);
    const w = (lane: number, t: number, text: string, a: number) => ev(lane, t, EventKind.GlobalWrite, { a, text });
    applyEvents(m, [
      w(0, 0, 'LIMIT', 30000),
      w(0, 0, 'ticket', 2),
      w(0, 0, 'same', 1),
      w(0, 0, 'raced', 5),
      w(0, 0.1, 'same', 1),
      w(1, 0.2, 'ticket', 1),
      w(1, 0.3, 'raced', 5),
    ]);
    // LIMIT: stored once; same: MainThread stored 1 twice; raced: another thread wrote the value it read (lost update).
    expect(shownValues(m).map((v) => v.name)).toEqual(['ticket', 'raced']);
  });
});
