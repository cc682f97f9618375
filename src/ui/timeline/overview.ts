/**
 * The overview strip above the lanes: the whole run squeezed into its width
 * (how many threads were running, per pixel), with a frame around the part
 * the lanes show. The density is rebuilt a few times a second at most; each
 * frame draws it as two paths and the frame.
 */
import { ThreadState } from '../../runtime/events';
import type { TraceModel } from '../../trace/model';
import type { Colors } from './scene';
import { type TimeView, fitView } from './view';

export class Overview {
  /** Per pixel: lane-seconds running, and lane-seconds alive in any state. */
  private density = new Float32Array(0);
  private alive = new Float32Array(0);
  private builtAt = -Infinity;
  private builtEvents = -1;
  private fullT1 = 0.5;

  /** Seconds covered by the strip's width. */
  get extent(): number {
    return this.fullT1;
  }

  private rebuild(trace: TraceModel, now: number, width: number): void {
    const w = Math.max(1, Math.floor(width));
    if (this.density.length !== w) {
      this.density = new Float32Array(w);
      this.alive = new Float32Array(w);
    } else {
      this.density.fill(0);
      this.alive.fill(0);
    }
    this.fullT1 = fitView(Math.max(now, trace.end)).t1;
    const perPx = this.fullT1 / w;
    for (const lane of trace.lanes) {
      for (const s of lane.spans) {
        const running = s.state === ThreadState.Running;
        const into = running ? this.density : this.alive;
        const end = Number.isNaN(s.end) ? now : s.end;
        const a = Math.max(0, Math.floor(s.start / perPx));
        const b = Math.min(w - 1, Math.floor(end / perPx));
        for (let x = a; x <= b; x++) {
          // The share of this pixel's time the span covers.
          const lo = Math.max(s.start, x * perPx);
          const hi = Math.min(end, (x + 1) * perPx);
          if (hi > lo) into[x] = (into[x] ?? 0) + (hi - lo) / perPx;
        }
      }
    }
  }

  draw(ctx: CanvasRenderingContext2D, trace: TraceModel, view: TimeView, now: number, width: number, height: number, colors: Colors, wallMs: number): void {
    const stale = trace.events !== this.builtEvents && wallMs - this.builtAt > 250;
    if (stale || this.density.length !== Math.max(1, Math.floor(width))) {
      this.rebuild(trace, now, width);
      this.builtAt = wallMs;
      this.builtEvents = trace.events;
    }
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = colors.laneBg;
    ctx.fillRect(0, 0, width, height);
    const lanes = Math.max(1, trace.lanes.length);
    // Threads alive (any state) in a light tone, running ones over it in a dark one.
    // One path per tone: the style is set twice a frame, not twice a pixel.
    const bar = (values: Float32Array, base: Float32Array | null, style: string, alpha: number) => {
      ctx.fillStyle = style;
      ctx.globalAlpha = alpha;
      ctx.beginPath();
      for (let x = 0; x < values.length; x++) {
        const d = (values[x] ?? 0) + (base ? (base[x] ?? 0) : 0);
        if (d <= 0) continue;
        const h = Math.max(1, Math.min(1, d / lanes) * (height - 4));
        ctx.rect(x, height - 2 - h, 1, h);
      }
      ctx.fill();
      ctx.globalAlpha = 1;
    };
    bar(this.alive, this.density, colors.inkSoft, 0.35);
    bar(this.density, null, colors.ink, 0.9);
    const k = width / this.fullT1;
    const a = Math.max(0, view.t0 * k);
    const b = Math.min(width, Math.max(a + 3, view.t1 * k));
    ctx.fillStyle = colors.panel;
    ctx.globalAlpha = 0.55;
    ctx.fillRect(0, 0, a, height);
    ctx.fillRect(b, 0, width - b, height);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colors.ink;
    ctx.lineWidth = 2;
    ctx.strokeRect(a + 1, 1, Math.max(1, b - a - 2), height - 2);
  }
}
