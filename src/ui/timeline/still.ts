/**
 * The timeline as a picture (SVG or PNG): names, lanes, value tracks, race
 * marks and the axis, all through a Painter in panel coordinates, from the
 * scene the screen last drew, so the picture is the view the student sees.
 */
import * as d3 from 'd3';
import type { ValueTrack } from '../../trace/model';
import { threadColor } from '../palette';
import { laneTop, valueTop } from './layout';
import type { AlertMark } from './overlays';
import { paintLanes } from './paint';
import { paintValues } from './paint-values';
import { CanvasPainter, type Painter, solid } from './painter';
import type { Scene } from './scene';
import { SvgPainter } from './svg-painter';
import { toPx } from './view';

/** A painter that draws everything `dx` px to the right: the drawing area inside the panel. */
class Shifted implements Painter {
  constructor(
    private readonly p: Painter,
    private readonly dx: number,
  ) {}
  rect(x: number, y: number, w: number, h: number, f: Parameters<Painter['rect']>[4]): void {
    this.p.rect(x + this.dx, y, w, h, f);
  }
  strokeRect(x: number, y: number, w: number, h: number, c: string, lw: number, d: boolean): void {
    this.p.strokeRect(x + this.dx, y, w, h, c, lw, d);
  }
  rects(b: Float32Array, count: number, f: Parameters<Painter['rect']>[4]): void {
    for (let i = 0; i < count * 4; i += 4) this.rect(b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0, b[i + 3] ?? 0, f);
  }
  strokeRects(b: Float32Array, count: number, c: string, lw: number, d: boolean): void {
    for (let i = 0; i < count * 4; i += 4) this.strokeRect(b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0, b[i + 3] ?? 0, c, lw, d);
  }
  line(x0: number, y0: number, x1: number, y1: number, c: string, w: number, d: boolean): void {
    this.p.line(x0 + this.dx, y0, x1 + this.dx, y1, c, w, d);
  }
  polyline(xs: Float64Array, ys: Float64Array, count: number, c: string, w: number): void {
    const moved = new Float64Array(count);
    for (let i = 0; i < count; i++) moved[i] = (xs[i] ?? 0) + this.dx;
    this.p.polyline(moved, ys, count, c, w);
  }
  arrow(x0: number, y0: number, x1: number, y1: number, c: string): void {
    this.p.arrow(x0 + this.dx, y0, x1 + this.dx, y1, c);
  }
  circle(x: number, y: number, r: number, c: string): void {
    this.p.circle(x + this.dx, y, r, c);
  }
  text(x: number, y: number, t: string, c: string, h: string, f: number, a: 'start' | 'end' | 'middle', b: boolean): void {
    this.p.text(x + this.dx, y, t, c, h, f, a, b);
  }
}

function paintFrame(p: Painter, sc: Scene, tracks: readonly ValueTrack[], alerts: readonly AlertMark[], plot: () => void): void {
  const { layout, colors, view, width } = sc;
  for (const lane of sc.trace.lanes) p.text(layout.labelW - 8, laneTop(layout, lane.worker) + layout.laneH / 2, lane.name, threadColor(lane.worker), colors.panel, layout.fontPx, 'end', true);
  tracks.forEach((t, j) => p.text(layout.labelW - 8, valueTop(layout, j) + layout.valueH / 2, t.name, colors.inkSoft, colors.panel, layout.fontPx - 1, 'end', true));
  plot();
  const inner = new Shifted(p, layout.labelW);
  for (const a of alerts) {
    if (a.t < view.t0 || a.t > view.t1) continue;
    const x = toPx(view, width, a.t);
    inner.rect(x - 2, laneTop(layout, a.worker) - 4, 4, layout.laneH + 8, solid(colors.bad, 0.9));
  }
  const axisY = layout.height - layout.axisH + 4;
  inner.line(0, axisY, width, axisY, colors.line, 1, false);
  const x = d3.scaleLinear().domain([view.t0, view.t1]).range([0, width]);
  const fmt = d3.format('~g');
  for (const tick of x.ticks(Math.max(2, Math.floor(width / (layout.size === 'large' ? 130 : 90))))) {
    inner.line(x(tick), axisY, x(tick), axisY + 6, colors.line, 1, false);
    inner.text(x(tick), axisY + 14, `${fmt(tick)}s`, colors.inkSoft, colors.panel, layout.size === 'large' ? 16 : 11, 'middle', false);
  }
}

export function timelineSvg(sc: Scene, tracks: readonly ValueTrack[], alerts: readonly AlertMark[], boxW: number): string {
  const svg = new SvgPainter();
  paintFrame(svg, sc, tracks, alerts, () => {
    svg.beginGroup(sc.layout.labelW, sc.width, sc.layout.height);
    paintLanes(svg, sc);
    paintValues(svg, sc, tracks);
    svg.endGroup();
  });
  return svg.toString(boxW, sc.layout.height, sc.colors.panel);
}

/** The same picture on a canvas at `scale` device pixels per CSS px, as PNG bytes. */
export function timelinePng(sc: Scene, tracks: readonly ValueTrack[], alerts: readonly AlertMark[], boxW: number, scale: number): Promise<Blob | null> {
  const c = document.createElement('canvas');
  c.width = Math.round(boxW * scale);
  c.height = Math.round(sc.layout.height * scale);
  const ctx = c.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.scale(scale, scale);
  ctx.fillStyle = sc.colors.panel;
  ctx.fillRect(0, 0, boxW, sc.layout.height);
  const p = new CanvasPainter(ctx);
  paintFrame(p, sc, tracks, alerts, () => {
    ctx.save();
    ctx.translate(sc.layout.labelW, 0);
    ctx.beginPath();
    ctx.rect(-3, 0, sc.width + 6, sc.layout.height);
    ctx.clip();
    paintLanes(p, sc);
    paintValues(p, sc, tracks);
    ctx.restore();
  });
  return new Promise((resolve) => c.toBlob(resolve, 'image/png'));
}
