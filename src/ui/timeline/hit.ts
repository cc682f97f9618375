/**
 * What is under the pointer: a span, a lock bar or a value-track step. Uses
 * the same binary search as the drawing, so hovering 100 000 spans costs a
 * few comparisons. `px` is in the drawing area (0 = the view's start).
 */
import { shownValues, type TraceModel } from '../../trace/model';
import { type Layout, laneTop, valueTop } from './layout';
import { firstAtOrBefore, firstVisible } from './scene';
import { type TimeView, toPx, toTime } from './view';

export type Hit =
  | { kind: 'span'; worker: number; index: number }
  | { kind: 'hold'; worker: number; index: number }
  | { kind: 'value'; track: number; index: number };

/** How near (px) a narrow mark counts as under the pointer. */
const SLOP = 3;

function endOf(s: { end: number }, now: number): number {
  return Number.isNaN(s.end) ? now : s.end;
}

function nearest<T extends { start: number; end: number }>(items: readonly T[], view: TimeView, width: number, px: number, now: number): number {
  if (items.length === 0) return -1;
  const t = toTime(view, width, px);
  const i = firstVisible(items, t);
  let best = -1;
  let bestD = SLOP + 0.001;
  for (let k = Math.max(0, i - 1); k <= Math.min(items.length - 1, i + 1); k++) {
    const s = items[k];
    if (!s) continue;
    const a = toPx(view, width, s.start);
    const b = toPx(view, width, endOf(s, now));
    const d = px < a ? a - px : px > b ? px - b : 0;
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

export function hitTest(trace: TraceModel, layout: Layout, view: TimeView, width: number, now: number, px: number, y: number): Hit | null {
  if (px < -SLOP || px > width + SLOP) return null;
  const row = layout.laneH + layout.gap;
  const lanesBottom = layout.top + layout.lanes * row;
  if (y < lanesBottom) {
    const worker = Math.floor((y - layout.top + layout.gap / 2) / row);
    const lane = trace.lanes[worker];
    if (!lane) return null;
    const top = laneTop(layout, worker);
    // The lock bar sits on the lane's top edge.
    if (y < top + 4 && lane.holds.length > 0) {
      const h = nearest(lane.holds, view, width, px, now);
      if (h >= 0) return { kind: 'hold', worker, index: h };
    }
    if (y < top - 2 || y > top + layout.laneH + 2) return null;
    const s = nearest(lane.spans, view, width, px, now);
    return s >= 0 ? { kind: 'span', worker, index: s } : null;
  }
  const track = Math.floor((y - lanesBottom) / (layout.valueH + layout.gap));
  const values = shownValues(trace)[track];
  if (!values || track >= layout.values || y > valueTop(layout, track) + layout.valueH) return null;
  if (values.points.length === 0) return null;
  const t = toTime(view, width, px);
  const i = firstAtOrBefore(values.points, t);
  if ((values.points[i]?.t ?? Infinity) > t + (SLOP * (view.t1 - view.t0)) / width) return null;
  return { kind: 'value', track, index: i };
}
