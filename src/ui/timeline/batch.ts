/**
 * Rectangles collected during a frame and drawn at its end, one path per
 * fill (and per stroke colour): the canvas sets each style once a frame
 * instead of once a span. Buffers are kept between frames, so a frame
 * allocates nothing once they have grown to the trace's size.
 */
import type { Fill, Painter } from './painter';

class RectList {
  xywh = new Float32Array(256);
  n = 0;
  add(x: number, y: number, w: number, h: number): void {
    const i = this.n * 4;
    if (i + 4 > this.xywh.length) {
      const next = new Float32Array(this.xywh.length * 2);
      next.set(this.xywh);
      this.xywh = next;
    }
    const b = this.xywh;
    b[i] = x;
    b[i + 1] = y;
    b[i + 2] = w;
    b[i + 3] = h;
    this.n++;
  }
}

/** Filled rectangles grouped by fill, drawn in the order each fill was first used. */
export class FillBatch {
  private readonly byFill = new Map<Fill, RectList>();
  private readonly order: Fill[] = [];

  add(fill: Fill, x: number, y: number, w: number, h: number): void {
    let list = this.byFill.get(fill);
    if (!list) {
      list = new RectList();
      this.byFill.set(fill, list);
    }
    if (list.n === 0) this.order.push(fill);
    list.add(x, y, w, h);
  }

  flush(p: Painter): void {
    for (const fill of this.order) {
      const list = this.byFill.get(fill);
      if (!list || list.n === 0) continue;
      p.rects(list.xywh, list.n, fill);
      list.n = 0;
    }
    this.order.length = 0;
  }
}

/** Outlined rectangles grouped by colour and dash. */
export class StrokeBatch {
  private readonly solid = new Map<string, RectList>();
  private readonly dashed = new Map<string, RectList>();

  add(color: string, dashed: boolean, x: number, y: number, w: number, h: number): void {
    const m = dashed ? this.dashed : this.solid;
    let list = m.get(color);
    if (!list) {
      list = new RectList();
      m.set(color, list);
    }
    list.add(x, y, w, h);
  }

  flush(p: Painter, width: number): void {
    for (const [color, list] of this.solid) {
      if (list.n > 0) p.strokeRects(list.xywh, list.n, color, width, false);
      list.n = 0;
    }
    for (const [color, list] of this.dashed) {
      if (list.n > 0) p.strokeRects(list.xywh, list.n, color, width, true);
      list.n = 0;
    }
  }
}
