/**
 * What the timeline draws with: a few primitives that a Canvas 2D context
 * (on screen, PNG) and an SVG string builder (the SVG export) both provide,
 * so the export is the screen, not a second drawing.
 */
/** hatch: sleeping, dots: a lock, bars: a queue, stripes: a join, rings: an event or condition. */
export type PatternKind = 'hatch' | 'dots' | 'bars' | 'stripes' | 'rings';

export type Fill = { kind: 'solid'; color: string; alpha: number } | { kind: 'pattern'; pattern: PatternKind; color: string; bg: string };

export interface Painter {
  rect(x: number, y: number, w: number, h: number, fill: Fill): void;
  strokeRect(x: number, y: number, w: number, h: number, color: string, width: number, dashed: boolean): void;
  /** Many rectangles of one fill; `xywh` holds x, y, w, h of each of the first `n`. */
  rects(xywh: Float32Array, n: number, fill: Fill): void;
  /** Many outlines of one colour and dash, laid out as in `rects`. */
  strokeRects(xywh: Float32Array, n: number, color: string, width: number, dashed: boolean): void;
  line(x0: number, y0: number, x1: number, y1: number, color: string, width: number, dashed: boolean): void;
  /** A polyline through `xs`/`ys` (first `n` points). */
  polyline(xs: Float64Array, ys: Float64Array, n: number, color: string, width: number): void;
  /** A curve from one point to another with an arrowhead at the end. */
  arrow(x0: number, y0: number, x1: number, y1: number, color: string): void;
  circle(x: number, y: number, r: number, color: string): void;
  /** Text with a halo in `halo`, so it reads on whatever it sits over. */
  text(x: number, y: number, text: string, color: string, halo: string, fontPx: number, align: 'start' | 'end' | 'middle', bold: boolean): void;
}

const solidCache = new Map<string, Fill>();
/** Fills are shared objects, so drawing a frame allocates none. */
export function solid(color: string, alpha = 1): Fill {
  const key = `${color}|${alpha}`;
  let f = solidCache.get(key);
  if (!f) {
    f = { kind: 'solid', color, alpha };
    solidCache.set(key, f);
  }
  return f;
}

const patternCache = new Map<string, Fill>();
export function patterned(pattern: PatternKind, color: string, bg: string): Fill {
  const key = `${pattern}|${color}|${bg}`;
  let f = patternCache.get(key);
  if (!f) {
    f = { kind: 'pattern', pattern, color, bg };
    patternCache.set(key, f);
  }
  return f;
}

function patternTile(kind: PatternKind, color: string, bg: string): HTMLCanvasElement | OffscreenCanvas | null {
  const size = 6;
  const tile = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(size, size) : document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const g = tile.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!g) return null;
  g.fillStyle = bg;
  g.fillRect(0, 0, size, size);
  g.strokeStyle = color;
  g.fillStyle = color;
  if (kind === 'hatch') {
    g.lineWidth = 1.6;
    g.beginPath();
    // Diagonals that join across tiles.
    g.moveTo(-1, 1);
    g.lineTo(1, -1);
    g.moveTo(0, size);
    g.lineTo(size, 0);
    g.moveTo(size - 1, size + 1);
    g.lineTo(size + 1, size - 1);
    g.stroke();
  } else if (kind === 'dots') {
    g.beginPath();
    g.arc(3, 3, 1.3, 0, Math.PI * 2);
    g.fill();
  } else if (kind === 'stripes') {
    g.fillRect(0, 2, size, 1.4);
  } else if (kind === 'rings') {
    g.lineWidth = 1;
    g.beginPath();
    g.arc(3, 3, 1.8, 0, Math.PI * 2);
    g.stroke();
  } else {
    g.fillRect(1, 0, 1.4, size);
  }
  return tile;
}

/** The on-screen painter: a Canvas 2D context in CSS px (the caller scales for the device). */
export class CanvasPainter implements Painter {
  private readonly patterns = new Map<string, CanvasPattern | null>();
  /** Setting ctx.font parses the string every time: only when it changes. */
  private font = '';
  /** `solidAsPath` draws solid batches as one path, as before, so the bench can measure both in one run. */
  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly solidAsPath = false,
  ) {}

  private style(fill: Fill): string | CanvasPattern {
    if (fill.kind === 'solid') return fill.color;
    const key = `${fill.pattern}|${fill.color}|${fill.bg}`;
    let p = this.patterns.get(key);
    if (p === undefined) {
      const tile = patternTile(fill.pattern, fill.color, fill.bg);
      p = tile ? this.ctx.createPattern(tile, 'repeat') : null;
      this.patterns.set(key, p);
    }
    return p ?? fill.bg;
  }

  private plainPx = 0;
  private plainFont = '';
  private boldPx = 0;
  private boldFont = '';

  private makeFont(px: number, bold: boolean): string {
    const f = `${bold ? '700 ' : ''}${px}px system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
    if (bold) {
      this.boldPx = px;
      this.boldFont = f;
    } else {
      this.plainPx = px;
      this.plainFont = f;
    }
    return f;
  }

  rect(x: number, y: number, w: number, h: number, fill: Fill): void {
    const c = this.ctx;
    c.globalAlpha = fill.kind === 'solid' ? fill.alpha : 1;
    c.fillStyle = this.style(fill);
    c.fillRect(x, y, w, h);
    c.globalAlpha = 1;
  }

  /** One path for all of them: the style is parsed once, and the canvas records one draw. */
  rects(b: Float32Array, n: number, fill: Fill): void {
    if (n <= 0) return;
    const c = this.ctx;
    c.globalAlpha = fill.kind === 'solid' ? fill.alpha : 1;
    c.fillStyle = this.style(fill);
    if (fill.kind === 'solid' && !this.solidAsPath) {
      // One fillRect each, not one path: the software rasteriser blits whole-pixel rects directly, while a
      // many-rect path goes through its antialiased scan converter (most of the frame under --disable-gpu).
      for (let i = 0; i < n * 4; i += 4) c.fillRect(b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0, b[i + 3] ?? 0);
    } else {
      c.beginPath();
      for (let i = 0; i < n * 4; i += 4) c.rect(b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0, b[i + 3] ?? 0);
      c.fill();
    }
    c.globalAlpha = 1;
  }

  strokeRects(b: Float32Array, n: number, color: string, width: number, dashed: boolean): void {
    if (n <= 0) return;
    const c = this.ctx;
    c.strokeStyle = color;
    c.lineWidth = width;
    if (dashed) c.setLineDash(DASH);
    c.beginPath();
    const half = width / 2;
    for (let i = 0; i < n * 4; i += 4) c.rect((b[i] ?? 0) + half, (b[i + 1] ?? 0) + half, Math.max(0, (b[i + 2] ?? 0) - width), Math.max(0, (b[i + 3] ?? 0) - width));
    c.stroke();
    if (dashed) c.setLineDash(NO_DASH);
  }

  strokeRect(x: number, y: number, w: number, h: number, color: string, width: number, dashed: boolean): void {
    const c = this.ctx;
    c.strokeStyle = color;
    c.lineWidth = width;
    if (dashed) c.setLineDash(DASH);
    c.strokeRect(x + width / 2, y + width / 2, Math.max(0, w - width), Math.max(0, h - width));
    if (dashed) c.setLineDash(NO_DASH);
  }

  line(x0: number, y0: number, x1: number, y1: number, color: string, width: number, dashed: boolean): void {
    const c = this.ctx;
    c.strokeStyle = color;
    c.lineWidth = width;
    if (dashed) c.setLineDash(DASH3);
    c.beginPath();
    c.moveTo(x0, y0);
    c.lineTo(x1, y1);
    c.stroke();
    if (dashed) c.setLineDash(NO_DASH);
  }

  polyline(xs: Float64Array, ys: Float64Array, n: number, color: string, width: number): void {
    if (n < 2) return;
    const c = this.ctx;
    c.strokeStyle = color;
    c.lineWidth = width;
    c.beginPath();
    c.moveTo(xs[0] ?? 0, ys[0] ?? 0);
    for (let i = 1; i < n; i++) c.lineTo(xs[i] ?? 0, ys[i] ?? 0);
    c.stroke();
  }

  arrow(x0: number, y0: number, x1: number, y1: number, color: string): void {
    const c = this.ctx;
    c.strokeStyle = color;
    c.fillStyle = color;
    c.lineWidth = 1.5;
    const mx = (x0 + x1) / 2;
    c.beginPath();
    c.moveTo(x0, y0);
    c.bezierCurveTo(mx, y0, mx, y1, x1, y1);
    c.stroke();
    const dir = x1 >= mx ? 1 : -1;
    c.beginPath();
    c.moveTo(x1, y1);
    c.lineTo(x1 - 6 * dir, y1 - 3.5);
    c.lineTo(x1 - 6 * dir, y1 + 3.5);
    c.closePath();
    c.fill();
  }

  circle(x: number, y: number, r: number, color: string): void {
    const c = this.ctx;
    c.fillStyle = color;
    c.beginPath();
    c.arc(x, y, r, 0, Math.PI * 2);
    c.fill();
  }

  text(x: number, y: number, text: string, color: string, halo: string, fontPx: number, align: 'start' | 'end' | 'middle', bold: boolean): void {
    const c = this.ctx;
    const font = bold ? (fontPx === this.boldPx ? this.boldFont : this.makeFont(fontPx, true)) : fontPx === this.plainPx ? this.plainFont : this.makeFont(fontPx, false);
    if (font !== this.font) {
      c.font = font;
      this.font = font;
    }
    c.textAlign = align === 'middle' ? 'center' : align === 'end' ? 'right' : 'left';
    c.textBaseline = 'middle';
    c.lineWidth = 3;
    c.strokeStyle = halo;
    c.lineJoin = 'round';
    c.strokeText(text, x, y);
    c.fillStyle = color;
    c.fillText(text, x, y);
  }
}

const DASH = [2, 2];
const DASH3 = [3, 3];
const NO_DASH: number[] = [];
