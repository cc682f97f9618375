/**
 * One frame of the timeline's lanes: state spans (pattern + colour, never hue
 * alone), lock-holding bars, labels where they fit, the selected and hovered
 * span, the console's moment, causality arrows and "now". Drawn in the
 * drawing area's coordinates (x 0 = the view's start, CSS px).
 *
 * Scale habits (after Perfetto/speedscope): spans are read from typed-array
 * columns (columns.ts), those outside the view are never visited (binary
 * search to the first visible one), runs of spans narrower than a pixel merge
 * into one mark per pixel-column run, labels are skipped where they do not
 * fit and measured once per line number (labels.ts), and all rectangles of
 * one fill are drawn as one path at the end of the frame (batch.ts), so a
 * frame sets each style once and allocates nothing per span.
 */
import { ThreadState } from '../../runtime/events';
import type { Lane } from '../../trace/model';
import { threadColor } from '../palette';
import { FillBatch, StrokeBatch } from './batch';
import { type SpanColumns, columnsOf, firstVisibleIn } from './columns';
import { lineText, lineTextWidth } from './labels';
import { laneTop } from './layout';
import { type Fill, type Painter, type PatternKind, patterned, solid } from './painter';
import { type Scene, firstVisible } from './scene';
import { toPx } from './view';

/** Spans narrower than this merge into one mark per pixel column run. */
const MERGE_PX = 2;
/** Below this width a pattern or outline cannot be seen: a light solid mark instead. */
const DETAIL_PX = 5;

/**
 * Fills by worker and alpha step (0..10), built once per lane colour: a frame
 * allocates no fill or key string. Where the lane background is a hex colour
 * the step is blended into it ahead of time, so every span is an opaque fill
 * (the rasteriser's fast path: no blending per pixel).
 */
let fillBg = '';
const fillCache: Fill[][] = [];
function laneFill(worker: number, step: number): Fill {
  let row = fillCache[worker];
  if (!row) {
    row = [];
    fillCache[worker] = row;
  }
  let f = row[step];
  if (!f) {
    const color = threadColor(worker);
    const mixed = step < 10 ? mixHex(color, fillBg, step / 10) : color;
    f = mixed ? solid(mixed) : solid(color, step / 10);
    row[step] = f;
  }
  return f;
}

function setLaneBg(bg: string): void {
  if (bg === fillBg) return;
  fillBg = bg;
  fillCache.length = 0;
}

function hexRgb(c: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim());
  const h = m?.[1];
  if (!h) return null;
  const full = h.length === 3 ? [...h].map((ch) => ch + ch).join('') : h;
  return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16)];
}

/** `fg` at opacity `a` over `bg`, as an opaque hex colour (null where either is not hex). */
export function mixHex(fg: string, bg: string, a: number): string | null {
  const f = hexRgb(fg);
  const b = hexRgb(bg);
  if (!f || !b) return null;
  const ch = (i: 0 | 1 | 2) => Math.round(f[i] * a + b[i] * (1 - a)).toString(16).padStart(2, '0');
  return `#${ch(0)}${ch(1)}${ch(2)}`;
}

/** Each waiting state's pattern (Legend.tsx draws the same), so a state is never told by hue alone. */
const PATTERN_OF: Partial<Record<ThreadState, PatternKind>> = {
  [ThreadState.Sleeping]: 'hatch',
  [ThreadState.WaitingLock]: 'dots',
  [ThreadState.WaitingQueue]: 'bars',
  [ThreadState.Joining]: 'stripes',
  [ThreadState.WaitingEvent]: 'rings',
};

/** Pattern fills by worker and state over the panel colour, looked up without building a key. */
let patternBg = '';
const patternCache: (Fill | undefined)[][] = [];
function stateFill(worker: number, state: ThreadState, bg: string): Fill {
  if (bg !== patternBg) {
    patternBg = bg;
    patternCache.length = 0;
  }
  let row = patternCache[worker];
  if (!row) {
    row = [];
    patternCache[worker] = row;
  }
  let f = row[state];
  if (!f) {
    const color = threadColor(worker);
    f = patterned(PATTERN_OF[state] ?? 'bars', color, bg);
    row[state] = f;
  }
  return f;
}

/** Vertical placement of a span inside its lane: running spans are taller. */
export function spanBox(state: ThreadState, laneH: number): { dy: number; h: number } {
  const inset = laneH >= 20 ? 3 : 1;
  return state === ThreadState.Running ? { dy: inset, h: laneH - inset * 2 } : { dy: inset + 2, h: Math.max(2, laneH - inset * 2 - 4) };
}

/** The frame's batches and label list, reused every frame. */
const fills = new FillBatch();
const outlines = new StrokeBatch();
const holdFills = new FillBatch();
let labelX = new Float32Array(256);
let labelY = new Float32Array(256);
let labelLine = new Int32Array(256);
let labelPx = new Uint8Array(256);
let labels = 0;

function addLabel(x: number, y: number, line: number, fontPx: number): void {
  if (labels >= labelX.length) {
    const grow = <T extends Float32Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    labelX = grow(labelX, (n) => new Float32Array(n));
    labelY = grow(labelY, (n) => new Float32Array(n));
    labelLine = grow(labelLine, (n) => new Int32Array(n));
    labelPx = grow(labelPx, (n) => new Uint8Array(n));
  }
  labelX[labels] = x;
  labelY[labels] = y;
  labelLine[labels] = line;
  labelPx[labels] = fontPx;
  labels++;
}

// Per-lane geometry, set once per lane so the span loop reads numbers, not objects.
let runDy = 0;
let runH = 0;
let waitDy = 0;
let waitH = 0;

function drawSpan(sc: Scene, worker: number, state: ThreadState, line: number, x0: number, x1: number, y: number): void {
  const running = state === ThreadState.Running;
  const dy = running ? runDy : waitDy;
  const h = running ? runH : waitH;
  const w = Math.max(1, x1 - x0);
  if (w < DETAIL_PX && !running) {
    fills.add(laneFill(worker, 4), x0, y + dy, w, h);
    return;
  }
  if (running || PATTERN_OF[state] === undefined) {
    fills.add(laneFill(worker, 10), x0, y + dy, w, h);
  } else {
    fills.add(stateFill(worker, state, sc.colors.panel), x0, y + dy, w, h);
    outlines.add(threadColor(worker), state !== ThreadState.Sleeping, x0, y + dy, w, h);
  }
  // A label only where it fits whole, never clipped or overlapping the next span.
  if (line > 0 && w > 24 && h >= 10) {
    const fontPx = Math.min(sc.layout.fontPx, Math.max(9, h - 2));
    const left = Math.max(x0, 0);
    const right = Math.min(x1, sc.width);
    if (lineTextWidth(sc.lineLabel, line, fontPx) + 8 <= Math.min(w, right - left)) addLabel(left + 4, y + sc.layout.laneH / 2, line, fontPx);
  }
}

function drawLaneSpans(sc: Scene, worker: number, c: SpanColumns, y: number): void {
  const { view, width, now } = sc;
  if (c.n === 0) return;
  const t0 = view.t0;
  const t1 = view.t1;
  const k = width / (t1 - t0);
  const { start, end, state, line } = c;
  // The current run of merged sub-pixel spans: [mStart, mEnd) px, and how much of it ran.
  let mStart = -1;
  let mEnd = -1;
  let mRun = 0;
  let mAll = 0;
  for (let i = firstVisibleIn(c, t0); i < c.n; i++) {
    const s = start[i] ?? 0;
    if (s > t1) break;
    let e = end[i] ?? 0;
    if (Number.isNaN(e)) e = now;
    if (e < t0) continue;
    const fx0 = Math.max(-2, (s - t0) * k);
    const fx1 = Math.min(width + 2, (e - t0) * k);
    const st = (state[i] ?? 0) as ThreadState;
    if (fx1 - fx0 < MERGE_PX) {
      const col = Math.floor(fx0);
      if (mStart >= 0 && col <= mEnd + 1) {
        mEnd = Math.max(mEnd, Math.ceil(fx1), col + 1);
      } else {
        if (mStart >= 0) fills.add(laneFill(worker, mergedStep(mRun, mAll)), mStart, y + runDy, Math.max(1, mEnd - mStart), runH);
        mStart = col;
        mEnd = Math.max(Math.ceil(fx1), col + 1);
        mRun = 0;
        mAll = 0;
      }
      mAll += fx1 - fx0;
      if (st === ThreadState.Running) mRun += fx1 - fx0;
      continue;
    }
    if (mStart >= 0) fills.add(laneFill(worker, mergedStep(mRun, mAll)), mStart, y + runDy, Math.max(1, mEnd - mStart), runH);
    mStart = -1;
    // Whole pixels: crisp edges, and the rasteriser fills them without antialiasing work.
    drawSpan(sc, worker, st, line[i] ?? 0, Math.round(fx0), Math.round(fx1), y);
  }
  if (mStart >= 0) fills.add(laneFill(worker, mergedStep(mRun, mAll)), mStart, y + runDy, Math.max(1, mEnd - mStart), runH);
}

/** A run of sub-pixel spans is darker the more of it was running. */
function mergedStep(run: number, all: number): number {
  return Math.round((0.3 + 0.7 * (all > 0 ? run / all : 1)) * 10);
}

function drawHolds(sc: Scene, lane: Lane, y: number, fill: Fill): void {
  const { view, width, now } = sc;
  const holds = lane.holds;
  if (holds.length === 0) return;
  const barH = sc.layout.gap >= 10 ? 5 : 3;
  let lastPx = -Infinity;
  for (let i = firstVisible(holds, view.t0); i < holds.length; i++) {
    const h = holds[i];
    if (!h) continue;
    if (h.start > view.t1) break;
    const e = Number.isNaN(h.end) ? now : h.end;
    if (e < view.t0) continue;
    const x0 = Math.max(-2, toPx(view, width, h.start));
    const x1 = Math.min(width + 2, toPx(view, width, e));
    // Holds under a pixel share that pixel's one bar.
    if (x1 < lastPx + 1) continue;
    const from = Math.max(x0, lastPx);
    holdFills.add(fill, from, y - barH + 1, Math.max(2, x1 - from), barH);
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
  const x1 = toPx(sc.view, sc.width, Number.isNaN(s.end) ? sc.now : s.end);
  if (x1 < -4 || x0 > sc.width + 4) return;
  const y = laneTop(sc.layout, ref.worker);
  const a = Math.max(-3, x0 - 2);
  const b = Math.min(sc.width + 3, Math.max(x1, x0 + 1) + 2);
  p.strokeRect(a, y - 1, b - a, sc.layout.laneH + 2, sc.colors.ink, width, false);
}

export function paintLanes(p: Painter, sc: Scene): void {
  const { layout, width, colors, view, now } = sc;
  const bg = solid(colors.laneBg);
  const holdFill = solid(colors.hold);
  ({ dy: runDy, h: runH } = spanBox(ThreadState.Running, layout.laneH));
  ({ dy: waitDy, h: waitH } = spanBox(ThreadState.Sleeping, layout.laneH));
  labels = 0;
  setLaneBg(colors.laneBg);
  for (const lane of sc.trace.lanes) fills.add(bg, 0, laneTop(layout, lane.worker), width, layout.laneH);
  for (const lane of sc.trace.lanes) {
    const y = laneTop(layout, lane.worker);
    drawLaneSpans(sc, lane.worker, columnsOf(lane.spans), y);
    drawHolds(sc, lane, y, holdFill);
  }
  fills.flush(p);
  outlines.flush(p, 1);
  holdFills.flush(p);
  for (let i = 0; i < labels; i++) p.text(labelX[i] ?? 0, labelY[i] ?? 0, lineText(sc.lineLabel, labelLine[i] ?? 0), colors.ink, colors.panel, labelPx[i] ?? 11, 'start', false);
  for (const lane of sc.trace.lanes) {
    const last = lane.spans[lane.spans.length - 1];
    if (lane.state === ThreadState.Done && last && !Number.isNaN(last.end) && last.end >= view.t0 && last.end <= view.t1) {
      const x = toPx(view, width, last.end);
      p.text(x + 3, laneTop(layout, lane.worker) + layout.laneH / 2, lane.error ? '✖' : '✓', lane.error ? colors.bad : colors.good, colors.panel, layout.fontPx, 'start', true);
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
