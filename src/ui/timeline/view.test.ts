import { describe, expect, it } from 'vitest';
import { centreOn, fitView, panBy, toPx, toTime, zoomAt } from './view';

describe('timeline view', () => {
  it('zooms around the pointer: the time under it stays under it', () => {
    const v = fitView(10);
    const at = toTime(v, 1000, 250);
    const z = zoomAt(v, 4, at, 10);
    expect(z.t1 - z.t0).toBeCloseTo((v.t1 - v.t0) / 4, 9);
    expect(toPx(z, 1000, at)).toBeCloseTo(250, 6);
    expect(z.follow).toBe(false);
  });

  it('pans within the run and never past its ends', () => {
    const z = zoomAt(fitView(10), 10, 5, 10);
    const w = z.t1 - z.t0;
    const right = panBy(z, 100, 10);
    expect(right.t1).toBeCloseTo(fitView(10).t1, 9);
    expect(right.t1 - right.t0).toBeCloseTo(w, 9);
    const left = panBy(z, -100, 10);
    expect(left.t0).toBe(0);
  });

  it('never zooms out wider than the whole run, and centres on a moment', () => {
    const out = zoomAt(fitView(10), 0.01, 3, 10);
    expect([out.t0, out.t1]).toEqual([0, fitView(10).t1]);
    const z = zoomAt(fitView(10), 10, 5, 10);
    const c = centreOn(z, 2, 10);
    expect((c.t0 + c.t1) / 2).toBeCloseTo(2, 9);
  });
});
