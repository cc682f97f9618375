/**
 * In headless Chromium: frame times of the canvas timeline (typed-array
 * columns, culling, merging, batched paths, labels that fit) against the
 * canvas painter before it (previous-canvas.ts) and the old SVG drawing, at
 * the same data — 64 lanes, 100 000 spans — while the view zooms in, pans and
 * zooms out again.
 *
 * Two measures, because a loaded machine adds time the painter does not spend:
 * - work: a frame's script plus the flush it forces (getImageData for the
 *   canvas, a layout read for the SVG), back to back, timed with
 *   performance.now(): the painter's own cost;
 * - rAF interval: the same gesture driven by requestAnimationFrame, one view
 *   per frame, the time between frames as the page would see it (never below
 *   the display's 16.7 ms, and longer whenever the machine is busy).
 * Results land on window.__result for bench/timeline.ts.
 */
import { ThreadState } from '../../src/runtime/events';
import { type TraceModel, emptyTrace } from '../../src/trace/model';
import { makeLayout, plotWidth } from '../../src/ui/timeline/layout';
import { Overview } from '../../src/ui/timeline/overview';
import { CanvasPainter } from '../../src/ui/timeline/painter';
import { paintLanes } from '../../src/ui/timeline/paint';
import type { Painter } from '../../src/ui/timeline/painter';
import { LIGHT, type Scene } from '../../src/ui/timeline/scene';
import { type TimeView, fitView, panBy, zoomAt } from '../../src/ui/timeline/view';
import { drawTimeline } from './legacy-svg';
import { paintLanes as paintLanesBefore } from './previous-canvas';

type PaintLanes = (p: Painter, sc: Scene) => void;
/** The same painter drawing solid batches as one path each (before fillRect per rect), for the side-by-side pass. */
let pathPainter: Painter | null = null;
const paintLanesPath: PaintLanes = (p, sc) => paintLanes(pathPainter ?? p, sc);

const LANES = 64;
const SPANS = 100_000;
const WIDTH = 1280;

function makeTrace(): TraceModel {
  const trace = emptyTrace(Array.from({ length: LANES }, (_, i) => `Thread-${i + 1}`));
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const states = [ThreadState.Running, ThreadState.Sleeping, ThreadState.WaitingLock];
  const per = Math.ceil(SPANS / LANES);
  let made = 0;
  for (const lane of trace.lanes) {
    let t = rnd() * 0.01;
    for (let i = 0; i < per && made < SPANS; i++, made++) {
      const state = states[i % 3] ?? ThreadState.Running;
      // Most spans are short, a few long: sub-pixel at the fitted view, wide when zoomed.
      const d = rnd() < 0.9 ? rnd() * 0.02 : rnd() * 0.5;
      lane.spans.push({ start: t, end: t + d, state, on: state === ThreadState.WaitingLock ? 1 : 0, line: 10 + (i % 20) });
      if (state === ThreadState.Running && i % 9 === 0) lane.holds.push({ start: t, end: t + d, lock: 0 });
      t += d;
    }
    lane.state = ThreadState.Done;
    trace.end = Math.max(trace.end, t);
  }
  trace.events = SPANS;
  return trace;
}

/** The views of one gesture: 40 zoom-in steps around a point, 40 pans, 40 zoom-out steps. */
function gesture(end: number): TimeView[] {
  const out: TimeView[] = [];
  let v = fitView(end);
  for (let i = 0; i < 40; i++) out.push((v = zoomAt(v, 1.15, end * 0.4, end)));
  for (let i = 0; i < 40; i++) out.push((v = panBy(v, (v.t1 - v.t0) * 0.05, end)));
  for (let i = 0; i < 40; i++) out.push((v = zoomAt(v, 1 / 1.15, end * 0.5, end)));
  return out;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

interface CanvasRig {
  draw: (view: TimeView, paint: PaintLanes) => void;
  flush: () => void;
}

function canvasRig(trace: TraceModel): CanvasRig {
  const layout = makeLayout('normal', trace.lanes.map((l) => l.name), 0);
  const canvas = document.getElementById('c') as HTMLCanvasElement;
  canvas.width = WIDTH;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  const painter = new CanvasPainter(ctx);
  pathPainter = new CanvasPainter(ctx, true);
  const overview = new Overview();
  const ov = document.createElement('canvas');
  ov.width = WIDTH;
  ov.height = 22;
  const octx = ov.getContext('2d');
  const W = plotWidth(layout, WIDTH);
  const scene: Scene = { trace, view: fitView(trace.end), layout, width: W, now: trace.end, colors: LIGHT, lineLabel: (n) => `line ${n}`, selected: null, hovered: null, focus: null, flows: [] };
  return {
    draw(view, paint) {
      scene.view = view;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, WIDTH, layout.height);
      ctx.translate(layout.labelW, 0);
      paint(painter, scene);
      if (octx) overview.draw(octx, trace, view, trace.end, WIDTH, 22, LIGHT, 0);
    },
    flush() {
      ctx.getImageData(0, 0, 1, 1);
    },
  };
}

/** Back-to-back frames, each timed from its first draw call to the end of the flush it forces. */
function workFrames(rig: CanvasRig, views: readonly TimeView[], paint: PaintLanes): number[] {
  const times: number[] = [];
  for (const view of views) {
    const t0 = performance.now();
    rig.draw(view, paint);
    rig.flush();
    times.push(performance.now() - t0);
  }
  return times;
}

/** One view per animation frame: the script time inside each callback and the interval between callbacks. */
function rafFrames(rig: CanvasRig, views: readonly TimeView[], paint: PaintLanes): Promise<{ work: number[]; interval: number[] }> {
  return new Promise((resolve) => {
    const work: number[] = [];
    const interval: number[] = [];
    let i = 0;
    let last = -1;
    const step = (ts: number) => {
      if (last >= 0) interval.push(ts - last);
      last = ts;
      const view = views[i++];
      if (!view) {
        resolve({ work, interval });
        return;
      }
      const t0 = performance.now();
      rig.draw(view, paint);
      work.push(performance.now() - t0);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

function svgFrames(trace: TraceModel, frames: number): number[] {
  const svg = document.getElementById('s') as unknown as SVGSVGElement;
  const times: number[] = [];
  // The old drawing had no zoom: every frame redrew the whole run, which is what it cost.
  for (let i = 0; i < frames; i++) {
    const t0 = performance.now();
    drawTimeline(svg, { trace, now: trace.end * (1 + i * 1e-4), width: WIDTH, alerts: [] });
    svg.getBoundingClientRect();
    times.push(performance.now() - t0);
  }
  return times;
}

const stats = (xs: number[]) => ({ frames: xs.length, p50: pct(xs, 50), p95: pct(xs, 95) });

const trace = makeTrace();
const rig = canvasRig(trace);
const views = gesture(trace.end);
// Warm-up (JIT, pattern tiles, label caches), then the two painters interleaved gesture by gesture so drift hits both.
workFrames(rig, views, paintLanes);
workFrames(rig, views, paintLanesBefore);
const before: number[] = [];
const after: number[] = [];
for (let round = 0; round < 2; round++) {
  before.push(...workFrames(rig, views, paintLanesBefore));
  after.push(...workFrames(rig, views, paintLanes));
}
const rafBefore = await rafFrames(rig, views, paintLanesBefore);
const rafAfter = await rafFrames(rig, views, paintLanes);
const svg = svgFrames(trace, 6);

/**
 * For bench/timeline.ts's CPU-time pass: the gesture again, one frame per
 * timer task, so the trace's thread time (tdur) of each TimerFire is the
 * painter's own CPU time, whatever else the machine runs.
 */
function timelineBenchFrame(this: void, i: number, paint: PaintLanes, done: () => void): void {
  const view = views[i];
  if (!view) {
    done();
    return;
  }
  rig.draw(view, paint);
  rig.flush();
  setTimeout(timelineBenchFrame, 2, i + 1, paint, done);
}
(window as unknown as { __cpuPass: (which: 'now' | 'before' | 'path') => Promise<void> }).__cpuPass = (which) =>
  new Promise((resolve) => setTimeout(timelineBenchFrame, 2, 0, which === 'now' ? paintLanes : which === 'path' ? paintLanesPath : paintLanesBefore, resolve));
(window as unknown as { __result: unknown }).__result = {
  lanes: LANES,
  spans: trace.lanes.reduce((n, l) => n + l.spans.length, 0),
  canvas: stats(after),
  before: stats(before),
  raf: { work: stats(rafAfter.work), interval: stats(rafAfter.interval) },
  rafBefore: { work: stats(rafBefore.work), interval: stats(rafBefore.interval) },
  svg: stats(svg),
};
