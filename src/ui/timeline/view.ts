/**
 * The timeline's visible time range, in simulated seconds, and the student's
 * moves on it (zoom around a point, pan, fit, follow). Pure: the component
 * keeps one `TimeView` and replaces it on each move.
 *
 * Coordinate spaces: "time" is simulated seconds; "px" is CSS pixels across
 * the lanes' drawing area, 0 at its left edge (after the lane labels).
 */
export interface TimeView {
  t0: number;
  t1: number;
  /** While true the view shows the whole run and grows with it (live). */
  follow: boolean;
}

/** The narrowest view: a microsecond across the lanes is below every event's resolution. */
export const MIN_SPAN = 1e-6;

/** The whole run, with a little room after its end so the newest span is not on the edge. */
export function fitView(end: number): TimeView {
  return { t0: 0, t1: end > 0 ? end * 1.02 : 0.5, follow: true };
}

/** How far the view may go: from 0 to a little after the run's end, never wider than the fitted run. */
export function clampView(t0: number, t1: number, end: number): [number, number] {
  const full = fitView(end).t1;
  let w = Math.min(Math.max(t1 - t0, MIN_SPAN), full);
  if (!Number.isFinite(w)) w = full;
  let a = t0;
  if (a < 0) a = 0;
  if (a + w > full) a = full - w;
  return [a, a + w];
}

/** Zoom by `factor` (> 1 zooms in) keeping time `at` under the same pixel. */
export function zoomAt(v: TimeView, factor: number, at: number, end: number): TimeView {
  const k = Math.max(1e-3, factor);
  const t0 = at - (at - v.t0) / k;
  const t1 = at + (v.t1 - at) / k;
  const [a, b] = clampView(t0, t1, end);
  return { t0: a, t1: b, follow: false };
}

/** Move the view by `dt` seconds (positive: later). */
export function panBy(v: TimeView, dt: number, end: number): TimeView {
  const [a, b] = clampView(v.t0 + dt, v.t1 + dt, end);
  return { t0: a, t1: b, follow: false };
}

/** A view of the same width as `v` centred on `t` (a console line's moment). */
export function centreOn(v: TimeView, t: number, end: number): TimeView {
  const w = v.t1 - v.t0;
  const [a, b] = clampView(t - w / 2, t + w / 2, end);
  return { t0: a, t1: b, follow: false };
}

/** The view the timeline shows this frame: while following, the whole run so far. */
export function liveView(v: TimeView, end: number): TimeView {
  return v.follow ? fitView(end) : v;
}

/** Time → px across a drawing area `width` px wide. */
export function toPx(v: TimeView, width: number, t: number): number {
  return ((t - v.t0) / (v.t1 - v.t0)) * width;
}

/** px → time, the inverse of `toPx`. */
export function toTime(v: TimeView, width: number, px: number): number {
  return v.t0 + (px / Math.max(1, width)) * (v.t1 - v.t0);
}
