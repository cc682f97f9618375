/**
 * The SVG export's painter: the same calls as the canvas, written as SVG
 * elements, so the file shows exactly what the screen shows.
 */
import type { Fill, Painter } from './painter';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 100) / 100).toString();

export class SvgPainter implements Painter {
  private readonly parts: string[] = [];
  private readonly defs = new Map<string, string>();

  private fillAttr(f: Fill): string {
    if (f.kind === 'solid') return `fill="${esc(f.color)}"${f.alpha < 1 ? ` fill-opacity="${f.alpha}"` : ''}`;
    const key = `${f.pattern}|${f.color}|${f.bg}`;
    let id = this.defs.get(key);
    if (!id) {
      id = `p${this.defs.size}`;
      this.defs.set(key, id);
      const c = esc(f.color);
      const body =
        f.pattern === 'hatch'
          ? `<line x1="0" y1="0" x2="0" y2="6" stroke="${c}" stroke-width="1.6"/>`
          : f.pattern === 'dots'
            ? `<circle cx="3" cy="3" r="1.3" fill="${c}"/>`
            : f.pattern === 'stripes'
              ? `<rect x="0" y="2" width="6" height="1.4" fill="${c}"/>`
              : f.pattern === 'rings'
                ? `<circle cx="3" cy="3" r="1.8" fill="none" stroke="${c}" stroke-width="1"/>`
                : `<rect x="1" y="0" width="1.4" height="6" fill="${c}"/>`;
      const rot = f.pattern === 'hatch' ? ' patternTransform="rotate(45)"' : '';
      this.parts.unshift(`<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6"${rot}><rect width="6" height="6" fill="${esc(f.bg)}"/>${body}</pattern>`);
    }
    return `fill="url(#${id})"`;
  }

  rect(x: number, y: number, w: number, h: number, fill: Fill): void {
    this.parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" ${this.fillAttr(fill)}/>`);
  }

  strokeRect(x: number, y: number, w: number, h: number, color: string, width: number, dashed: boolean): void {
    this.parts.push(`<rect x="${n(x + width / 2)}" y="${n(y + width / 2)}" width="${n(Math.max(0, w - width))}" height="${n(Math.max(0, h - width))}" fill="none" stroke="${esc(color)}" stroke-width="${width}"${dashed ? ' stroke-dasharray="2 2"' : ''}/>`);
  }

  rects(b: Float32Array, count: number, fill: Fill): void {
    for (let i = 0; i < count * 4; i += 4) this.rect(b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0, b[i + 3] ?? 0, fill);
  }

  strokeRects(b: Float32Array, count: number, color: string, width: number, dashed: boolean): void {
    for (let i = 0; i < count * 4; i += 4) this.strokeRect(b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0, b[i + 3] ?? 0, color, width, dashed);
  }

  line(x0: number, y0: number, x1: number, y1: number, color: string, width: number, dashed: boolean): void {
    this.parts.push(`<line x1="${n(x0)}" y1="${n(y0)}" x2="${n(x1)}" y2="${n(y1)}" stroke="${esc(color)}" stroke-width="${width}"${dashed ? ' stroke-dasharray="3 3"' : ''}/>`);
  }

  polyline(xs: Float64Array, ys: Float64Array, count: number, color: string, width: number): void {
    if (count < 2) return;
    const pts: string[] = [];
    for (let i = 0; i < count; i++) pts.push(`${n(xs[i] ?? 0)},${n(ys[i] ?? 0)}`);
    this.parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${esc(color)}" stroke-width="${width}"/>`);
  }

  arrow(x0: number, y0: number, x1: number, y1: number, color: string): void {
    const mx = (x0 + x1) / 2;
    const dir = x1 >= mx ? 1 : -1;
    const c = esc(color);
    this.parts.push(`<path d="M${n(x0)},${n(y0)} C${n(mx)},${n(y0)} ${n(mx)},${n(y1)} ${n(x1)},${n(y1)}" fill="none" stroke="${c}" stroke-width="1.5"/>`);
    this.parts.push(`<path d="M${n(x1)},${n(y1)} L${n(x1 - 6 * dir)},${n(y1 - 3.5)} L${n(x1 - 6 * dir)},${n(y1 + 3.5)} Z" fill="${c}"/>`);
  }

  circle(x: number, y: number, r: number, color: string): void {
    this.parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${esc(color)}"/>`);
  }

  text(x: number, y: number, text: string, color: string, halo: string, fontPx: number, align: 'start' | 'end' | 'middle', bold: boolean): void {
    this.parts.push(
      `<text x="${n(x)}" y="${n(y)}" dy="0.35em" font-size="${fontPx}"${bold ? ' font-weight="700"' : ''} text-anchor="${align}" fill="${esc(color)}" stroke="${esc(halo)}" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${esc(text)}</text>`,
    );
  }

  /** Opens a group shifted right by `dx` and clipped to `w`×`h` (the drawing area). */
  beginGroup(dx: number, w: number, h: number): void {
    const id = `clip${this.parts.length}`;
    this.parts.push(`<clipPath id="${id}"><rect x="-3" y="0" width="${n(w + 6)}" height="${n(h)}"/></clipPath><g transform="translate(${n(dx)},0)" clip-path="url(#${id})">`);
  }

  endGroup(): void {
    this.parts.push('</g>');
  }

  toString(width: number, height: number, background: string): string {
    const font = 'system-ui, -apple-system, &quot;Segoe UI&quot;, &quot;Noto Sans CJK SC&quot;, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, sans-serif';
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${font}"><rect width="100%" height="100%" fill="${esc(background)}"/>${this.parts.join('')}</svg>`;
  }
}
