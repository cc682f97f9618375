/**
 * The canvas lane painter as it was before the batched, typed-array one
 * (src/ui/timeline/paint.ts), kept so the bench measures both side by side in
 * one run. Not used by the app.
 *
 * One frame of the timeline's lanes: state spans (pattern + colour, never hue
 * alone), lock-holding bars, labels where they fit, the selected and hovered
 * span, the console's moment, causality arrows and "now". Drawn in the
 * drawing area's coordinates (x 0 = the view's start, CSS px).
 *
 * Scale habits (after Perfetto/speedscope): spans outside the view are never
 * visited (binary search to the first visible one), runs of spans narrower
 * than a pixel merge into one mark per pixel, labels are skipped where they
 * do not fit, and a frame allocates nothing per span.
 */
import { ThreadState } from '../../src/runtime/events';
import type { Lane, Span } from '../../src/trace/model';
import { threadColor } from '../../src/ui/palette';
import { laneTop, textWidth } from '../../src/ui/timeline/layout';
import { type Fill, type Painter, patterned, solid } from '../../src/ui/timeline/painter';
import { type Scene, firstVisible } from '../../src/ui/timeline/scene';
import { toPx } from '../../src/ui/timeline/view';

/** Spans narrower than this merge into one mark per pixel column run. */
const MERGE_PX = 2;
/** Below this width a pattern or outline cannot be seen: a light solid mark instead. */
const DETAIL_PX = 5;

/** Fills by worker and alpha step (0..10), built once: a frame allocates no fill or key string. */
const fillCache: Fill[][] = [];
function laneFill(worker: number, step: number): Fill {
  let row = fillCache[worker];
  if (!row) {
    row = [];
    fillCache[worker] = row;
  }
  let f = row[step];
  if (!f) {
    f = solid(threadColor(worker), step / 10);
    row[step] = f;
  }
  return f;
}

function endOf(s: { end: number }, now: number): number {
  return Number.isNaN(s.end) ? now : s.end;
}

/** Vertical placement of a span inside its lane: running spans are taller. */
function spanBox(state: ThreadState, laneH: number): { dy: number; h: number } {
  const inset = laneH >= 20 ? 3 : 1;
  return state === ThreadState.Running ? { dy: inset, h: laneH - inset * 2 } : { dy: inset + 2, h: Math.max(2, laneH - inset * 2 - 4) };
}

function drawSpan(p: Painter, sc: Scene, lane: Lane, s: Span, x0: number, x1: number, y: number): void {
  const { laneH } = sc.layout;
  const color = threadColor(lane.worker);
  const { dy, h } = spanBox(s.state, laneH);
  const w = Math.max(1, x1 - x0);
  if (w < DETAIL_PX && s.state !== ThreadState.Running) {
    p.rect(x0, y + dy, w, h, laneFill(lane.worker, 4));
    return;
  }
  switch (s.state) {
    case ThreadState.Sleeping:
      p.rect(x0, y + dy, w, h, patterned('hatch', color, sc.colors.panel));
      p.strokeRect(x0, y + dy, w, h, color, 1, false);
      break;
    case ThreadState.WaitingLock:
      p.rect(x0, y + dy, w, h, patterned('dots', color, sc.colors.panel));
      p.strokeRect(x0, y + dy, w, h, color, 1, true);
      break;
    case ThreadState.WaitingQueue:
      p.rect(x0, y + dy, w, h, patterned('bars', color, sc.colors.panel));
      p.strokeRect(x0, y + dy, w, h, color, 1, true);
      break;
    default:
      p.rect(x0, y + dy, w, h, laneFill(lane.worker, 10));
  }
  // A label only where it fits whole, never clipped or overlapping the next span.
  if (s.line > 0 && w > 24) {
    const text = sc.lineLabel(s.line);
    const fontPx = Math.min(sc.layout.fontPx, Math.max(9, h - 2));
    if (h >= 10 && textWidth(text, fontPx) + 8 <= w) {
      const left = Math.max(x0, 0);
      const right = Math.min(x1, sc.width);
      if (textWidth(text, fontPx) + 8 <= right - left) p.text(left + 4, y + laneH / 2, text, sc.colors.ink, sc.colors.panel, fontPx, 'start', false);
    }
  }
}

/** A run of sub-pixel spans as one mark: darker the more of it was running. */
function drawMerged(p: Painter, sc: Scene, worker: number, y: number, x0: number, x1: number, runningShare: number): void {
  const { dy, h } = spanBox(ThreadState.Running, sc.layout.laneH);
  const step = Math.round((0.3 + 0.7 * runningShare) * 10);
  p.rect(x0, y + dy, Math.max(1, x1 - x0), h, laneFill(worker, step));
}

function drawLaneSpans(p: Painter, sc: Scene, lane: Lane, y: number): void {
  const { view, width, now } = sc;
  const spans = lane.spans;
  if (spans.length === 0) return;
  let mStart = -1;
  let mEnd = -1;
  let mRun = 0;
  let mAll = 0;
  const flush = () => {
    if (mStart >= 0) drawMerged(p, sc, lane.worker, y, mStart, mEnd, mAll > 0 ? mRun / mAll : 1);
    mStart = -1;
  };
  for (let i = firstVisible(spans, view.t0); i < spans.length; i++) {
    const s = spans[i];
    if (!s) continue;
    if (s.start > view.t1) break;
    const e = endOf(s, now);
    if (e < view.t0) continue;
    const x0 = Math.max(-2, toPx(view, width, s.start));
    const x1 = Math.min(width + 2, toPx(view, width, e));
    if (x1 - x0 < MERGE_PX) {
      const col = Math.floor(x0);
      if (mStart >= 0 && col <= mEnd + 1) {
        mEnd = Math.max(mEnd, x1, col + 1);
      } else {
        flush();
        mStart = col;
        mEnd = Math.max(x1, col + 1);
        mRun = 0;
        mAll = 0;
      }
      mAll += x1 - x0;
      if (s.state === ThreadState.Running) mRun += x1 - x0;
      continue;
    }
    flush();
    drawSpan(p, sc, lane, s, x0, x1, y);
  }
  flush();
}

function drawHolds(p: Painter, sc: Scene, lane: Lane, y: number): void {
  const { view, width, now } = sc;
  const holds = lane.holds;
  if (holds.length === 0) return;
  const barH = sc.layout.gap >= 10 ? 5 : 3;
  const fill = solid(sc.colors.hold);
  let lastPx = -Infinity;
  for (let i = firstVisible(holds, view.t0); i < holds.length; i++) {
    const h = holds[i];
    if (!h) continue;
    if (h.start > view.t1) break;
    const e = endOf(h, now);
    if (e < view.t0) continue;
    const x0 = Math.max(-2, toPx(view, width, h.start));
    const x1 = Math.min(width + 2, toPx(view, width, e));
    // Holds under a pixel share that pixel's one bar.
    if (x1 < lastPx + 1) continue;
    const from = Math.max(x0, lastPx);
    p.rect(from, y - barH + 1, Math.max(2, x1 - from), barH, fill);
    lastPx = Math.max(x1, from + 2);
  }
}

function laneMid(sc: Scene, worker: number): number {
  return laneTop(sc.layout, worker) + sc.layout.laneH / 2;
}

function drawSelection(p: Painter, sc: Scene, ref: { worker: number; index: number } | null, width: number): void {
  if (!ref) return;
  const lane = sc.trace.lanes[ref.worker];
  const s = lane?.spans[ref.index];
  if (!lane || !s) return;
  const x0 = toPx(sc.view, sc.width, s.start);
  const x1 = toPx(sc.view, sc.width, endOf(s, sc.now));
  if (x1 < -4 || x0 > sc.width + 4) return;
  const y = laneTop(sc.layout, ref.worker);
  const a = Math.max(-3, x0 - 2);
  const b = Math.min(sc.width + 3, Math.max(x1, x0 + 1) + 2);
  p.strokeRect(a, y - 1, b - a, sc.layout.laneH + 2, sc.colors.ink, width, false);
}

export function paintLanes(p: Painter, sc: Scene): void {
  const { layout, width, colors, view, now } = sc;
  const bg = solid(colors.laneBg);
  for (const lane of sc.trace.lanes) {
    const y = laneTop(layout, lane.worker);
    p.rect(0, y, width, layout.laneH, bg);
    drawLaneSpans(p, sc, lane, y);
    drawHolds(p, sc, lane, y);
    const last = lane.spans[lane.spans.length - 1];
    if (lane.state === ThreadState.Done && last && !Number.isNaN(last.end) && last.end >= view.t0 && last.end <= view.t1) {
      const x = toPx(view, width, last.end);
      p.text(x + 3, y + layout.laneH / 2, lane.error ? '✖' : '✓', lane.error ? colors.bad : colors.good, colors.panel, layout.fontPx, 'start', true);
    }
  }
  drawSelection(p, sc, sc.hovered, 1);
  drawSelection(p, sc, sc.selected, 2.5);
  for (const f of sc.flows) {
    if ((f.fromT < view.t0 && f.toT < view.t0) || (f.fromT > view.t1 && f.toT > view.t1)) continue;
    p.arrow(toPx(view, width, f.fromT), laneMid(sc, f.fromWorker), toPx(view, width, f.toT), laneMid(sc, f.toWorker), colors.ink);
  }
  if (sc.focus && sc.focus.t >= view.t0 && sc.focus.t <= view.t1) {
    const x = toPx(view, width, sc.focus.t);
    const y = laneTop(layout, sc.focus.worker);
    p.line(x, y - 4, x, y + layout.laneH + 4, colors.ink, 2, false);
    p.circle(x, y - 4, 3.5, colors.ink);
  }
  const total = layout.top + layout.lanes * (layout.laneH + layout.gap) + layout.values * (layout.valueH + layout.gap);
  if (sc.trace.events > 0 && now >= view.t0 && now <= view.t1) {
    const x = toPx(view, width, now);
    p.line(x, layout.top - 8, x, total, colors.inkSoft, 1, true);
  }
}
