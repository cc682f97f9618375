import { describe, expect, it } from 'vitest';
import { EventKind, ThreadState, packQueueRef } from '../runtime/events';
import { causalFlows } from './causality';
import { applyEvents, emptyTrace } from './model';
import { ev } from './test-events';

describe('causal flows', () => {
  it('links a release to the acquire it unblocked, and not an acquire nobody waited for', () => {
    const m = emptyTrace(['a', 'b']);
    applyEvents(m, [
      ev(0, 0, EventKind.Start),
      ev(0, 0.1, EventKind.Acquired, { a: 0 }),
      ev(0, 1.0, EventKind.Released, { a: 0 }),
      ev(0, 1.1, EventKind.Acquired, { a: 0 }),
      ev(0, 1.2, EventKind.Released, { a: 0 }),
      ev(1, 0, EventKind.Start),
      ev(1, 0.2, EventKind.State, { a: ThreadState.WaitingLock, b: 1 }),
      ev(1, 1.2, EventKind.State, { a: ThreadState.Running }),
      ev(1, 1.2, EventKind.Acquired, { a: 0 }),
      ev(1, 1.5, EventKind.Released, { a: 0 }),
    ]);
    expect(causalFlows(m)).toEqual([{ kind: 'lock', fromWorker: 0, fromT: 1.2, toWorker: 1, toT: 1.2, on: 0 }]);
  });

  it('links the k-th put to the k-th get, and a main thread to what it started and joined', () => {
    const m = emptyTrace(['MainThread', 'p', 'c']);
    applyEvents(m, [
      ev(0, 0, EventKind.Start),
      ev(0, 0.05, EventKind.State, { a: ThreadState.WaitingLock, b: 2 }),
      ev(0, 2, EventKind.State, { a: ThreadState.Running }),
      ev(1, 0.01, EventKind.Start),
      ev(1, 0.5, EventKind.QueuePut, { a: packQueueRef(0, 0), text: 'x' }),
      ev(1, 2, EventKind.Done),
      ev(2, 0.02, EventKind.Start),
      ev(2, 0.9, EventKind.QueueGet, { a: packQueueRef(0, 0), text: 'x' }),
    ]);
    const flows = causalFlows(m);
    expect(flows).toContainEqual({ kind: 'queue', fromWorker: 1, fromT: 0.5, toWorker: 2, toT: 0.9, on: 0 });
    expect(flows).toContainEqual({ kind: 'start', fromWorker: 0, fromT: 0.01, toWorker: 1, toT: 0.01, on: -1 });
    expect(flows).toContainEqual({ kind: 'join', fromWorker: 1, fromT: 2, toWorker: 0, toT: 2, on: -1 });
    expect(flows.filter((f) => f.kind === 'join')).toHaveLength(1);
  });
});
