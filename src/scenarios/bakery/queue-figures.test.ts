import { describe, expect, it } from 'vitest';
import { EventKind, ThreadState, packQueueRef, type RuntimeEvent } from '../../runtime/events';
import { applyEvents, emptyTrace } from '../../trace/model';
import { queueBlockedSeconds, queueFigures } from './queue-figures';

const ev = (worker: number, t: number, kind: RuntimeEvent['kind'], a: number, text = '', b = 0): RuntimeEvent => ({ worker, t, kind, line: 1, a, b, text });

describe('queue figures', () => {
  it('orders ops by the queue serial, not by a racing timestamp', () => {
    const trace = emptyTrace(['p1', 'p2', 'c1']);
    applyEvents(trace, [
      // p2's put was second in the queue but its event carries the earlier time.
      ev(0, 1.0002, EventKind.QueuePut, packQueueRef(0, 0), 'break0'),
      ev(1, 1.0001, EventKind.QueuePut, packQueueRef(0, 1), 'break1'),
      ev(2, 2, EventKind.QueueGet, packQueueRef(0, 0), 'break0'),
      ev(2, 3, EventKind.QueueGet, packQueueRef(0, 1), 'break1'),
    ]);
    expect(queueFigures(trace)).toEqual({ produced: 2, consumed: 2, fifo: true, duplicated: 0, lost: 0, unknown: 0 });
  });

  it('reports a queue that is not FIFO, a lost item and a duplicate', () => {
    const trace = emptyTrace(['p1', 'c1']);
    applyEvents(trace, [
      ev(0, 1, EventKind.QueuePut, packQueueRef(0, 0), 'a'),
      ev(0, 2, EventKind.QueuePut, packQueueRef(0, 1), 'b'),
      ev(0, 3, EventKind.QueuePut, packQueueRef(0, 2), 'c'),
      ev(1, 4, EventKind.QueueGet, packQueueRef(0, 0), 'b'),
      ev(1, 5, EventKind.QueueGet, packQueueRef(0, 1), 'b'),
    ]);
    const f = queueFigures(trace);
    expect(f.fifo).toBe(false);
    expect(f.duplicated).toBe(1);
    expect(f.lost).toBe(2);
  });

  it('sums the time spent blocked on a queue, not sleeping', () => {
    const trace = emptyTrace(['c1']);
    applyEvents(trace, [
      ev(0, 0, EventKind.Start, 1),
      ev(0, 0, EventKind.State, ThreadState.Sleeping),
      ev(0, 0.3, EventKind.State, ThreadState.WaitingQueue, '', 1),
      ev(0, 0.5, EventKind.State, ThreadState.Running),
      ev(0, 0.8, EventKind.State, ThreadState.WaitingQueue, '', 1),
      ev(0, 1.0, EventKind.State, ThreadState.Running),
    ]);
    expect(queueBlockedSeconds(trace, [0])).toBeCloseTo(0.4, 9);
  });
});
