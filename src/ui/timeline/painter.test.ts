import { describe, expect, it } from 'vitest';
import { CanvasPainter, solid } from './painter';

/** Records which drawing calls the painter makes, so the batching choice is visible without a real canvas. */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    globalAlpha: 1,
    fillStyle: '',
    fillRect: (x: number, y: number, w: number, h: number) => calls.push(`fillRect ${x} ${y} ${w} ${h}`),
    beginPath: () => calls.push('beginPath'),
    rect: (x: number, y: number, w: number, h: number) => calls.push(`rect ${x} ${y} ${w} ${h}`),
    fill: () => calls.push('fill'),
  };
  return { calls, ctx: ctx as unknown as CanvasRenderingContext2D };
}

const boxes = new Float32Array([1, 2, 3, 4, 10, 20, 30, 40, 99, 99, 99, 99]);

describe('CanvasPainter.rects', () => {
  it('draws a solid batch as one fillRect per rectangle, only the first n', () => {
    const { calls, ctx } = recorder();
    new CanvasPainter(ctx).rects(boxes, 2, solid('#123456'));
    expect(calls).toEqual(['fillRect 1 2 3 4', 'fillRect 10 20 30 40']);
  });

  it('draws it as one path when asked (the bench compares both)', () => {
    const { calls, ctx } = recorder();
    new CanvasPainter(ctx, true).rects(boxes, 2, solid('#123456'));
    expect(calls).toEqual(['beginPath', 'rect 1 2 3 4', 'rect 10 20 30 40', 'fill']);
  });
});
