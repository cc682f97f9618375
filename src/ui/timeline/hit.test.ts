import { describe, expect, it } from 'vitest';
import { EventKind, ThreadState } from '../../runtime/events';
import { applyEvents, emptyTrace } from '../../trace/model';
import { ev } from '../../trace/test-events';
import { hitTest } from './hit';
import { laneTop, makeLayout } from './layout';
import { fitView, toPx } from './view';

describe('timeline hit test', () => {
  const m = emptyTrace(['a', 'b']);
  applyEvents(m, [
    ev(0, 0, EventKind.Start),
    ev(0, 0.1, EventKind.Acquired, { a: 0 }),
    ev(0, 1, EventKind.State, { a: ThreadState.Sleeping, line: 14 }),
    ev(0, 2, EventKind.State, { a: ThreadState.Running }),
    ev(0, 3, EventKind.Released, { a: 0 }),
    ev(0, 4, EventKind.Done),
    ev(1, 0, EventKind.Start),
    ev(1, 4, EventKind.Done),
  ]);
  const layout = makeLayout('normal', ['a', 'b'], 0);
  const view = fitView(4);
  const W = 800;

  it('finds the span under the pointer in the right lane', () => {
    const y = laneTop(layout, 0) + layout.laneH / 2;
    expect(hitTest(m, layout, view, W, 4, toPx(view, W, 1.5), y)).toEqual({ kind: 'span', worker: 0, index: 1 });
    expect(m.lanes[0]?.spans[1]?.line).toBe(14);
    const y1 = laneTop(layout, 1) + layout.laneH / 2;
    expect(hitTest(m, layout, view, W, 4, toPx(view, W, 1.5), y1)).toEqual({ kind: 'span', worker: 1, index: 0 });
  });

  it('finds the lock bar on the lane top, and nothing between lanes or past the end', () => {
    expect(hitTest(m, layout, view, W, 4, toPx(view, W, 2), laneTop(layout, 0) + 1)).toEqual({ kind: 'hold', worker: 0, index: 0 });
    expect(hitTest(m, layout, view, W, 4, toPx(view, W, 4.05) + 10, laneTop(layout, 0) + 10)).toBeNull();
    expect(hitTest(m, layout, view, W, 4, 100, laneTop(layout, 1) - layout.gap / 2)).toBeNull();
  });
});
