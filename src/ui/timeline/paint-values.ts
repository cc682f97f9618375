/**
 * Value tracks under the lanes: one watched global per track, its value over
 * time as a step line with the value written at each change where it fits.
 * A store of the value the global already had (a lost update: two threads
 * read the same value and both wrote its successor) is marked in red.
 */
import type { ValuePoint, ValueTrack } from '../../trace/model';
import { threadColor } from '../palette';
import { textWidth, valueTop } from './layout';
import { type Painter, solid } from './painter';
import { type Scene, firstAtOrBefore } from './scene';
import { toPx } from './view';

let xs = new Float64Array(256);
let ys = new Float64Array(256);

function ensure(n: number): void {
  if (xs.length >= n) return;
  const size = Math.max(n, xs.length * 2);
  xs = new Float64Array(size);
  ys = new Float64Array(size);
}

/** A store that repeats the previous value, written by another thread: the update before it was lost (the starting value is no store). */
export function isLostUpdate(points: readonly ValuePoint[], i: number): boolean {
  const p = points[i];
  const prev = points[i - 1];
  return !!p && !!prev && prev.worker >= 0 && p.value === prev.value && p.worker !== prev.worker;
}

function range(points: readonly ValuePoint[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    if (p.value < lo) lo = p.value;
    if (p.value > hi) hi = p.value;
  }
  if (lo === hi) return [lo - 1, hi + 1];
  return [lo, hi];
}

function paintTrack(p: Painter, sc: Scene, track: ValueTrack, j: number): void {
  const { layout, view, width, colors, now } = sc;
  const top = valueTop(layout, j);
  const h = layout.valueH;
  p.rect(0, top, width, h, solid(colors.laneBg, 0.6));
  const pts = track.points;
  if (pts.length === 0) return;
  const [lo, hi] = range(pts);
  const pad = 4;
  const yOf = (v: number) => top + h - pad - ((v - lo) / (hi - lo)) * (h - pad * 2);
  const first = firstAtOrBefore(pts, view.t0);
  ensure((pts.length - first) * 2 + 4);
  let n = 0;
  let lastX = -Infinity;
  let prevY = 0;
  for (let i = first; i < pts.length; i++) {
    const pt = pts[i];
    if (!pt) continue;
    if (pt.t > view.t1) break;
    const x = Math.max(-2, toPx(view, width, pt.t));
    const y = yOf(pt.value);
    if (n > 0) {
      xs[n] = x;
      ys[n] = prevY;
      n++;
    }
    xs[n] = x;
    ys[n] = y;
    n++;
    prevY = y;
    // Values where the step is wide enough to hold them, never overlapping the previous one.
    const next = pts[i + 1];
    const nextX = next ? toPx(view, width, next.t) : toPx(view, width, now);
    const text = String(pt.value);
    const tw = textWidth(text, layout.fontPx - 1);
    const lost = isLostUpdate(pts, i);
    if (x - lastX > tw + 4 && nextX - x > tw + 6 && pt.t >= view.t0) {
      const ty = y - layout.fontPx * 0.6 < top + 2 ? y + layout.fontPx * 0.6 : y - layout.fontPx * 0.6;
      p.text(x + 3, ty, text, lost ? colors.bad : colors.ink, colors.panel, layout.fontPx - 1, 'start', lost);
      lastX = x + tw + 3;
    }
    if (lost && pt.t >= view.t0) p.circle(x, y, 4, colors.bad);
    else if (pt.t >= view.t0 && nextX - x > 6) p.circle(x, y, 2.2, threadColor(pt.worker));
  }
  if (n > 0) {
    const endX = Math.min(width, toPx(view, width, Math.max(now, pts[pts.length - 1]?.t ?? 0)));
    xs[n] = endX;
    ys[n] = prevY;
    n++;
  }
  p.polyline(xs, ys, n, colors.ink, 1.6);
}

export function paintValues(p: Painter, sc: Scene, tracks: readonly ValueTrack[]): void {
  for (let j = 0; j < tracks.length; j++) {
    const t = tracks[j];
    if (t) paintTrack(p, sc, t, j);
  }
}
