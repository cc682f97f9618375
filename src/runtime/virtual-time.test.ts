import { describe, expect, it } from 'vitest';
import { SPEED_INSTANT, jumpPace, jumpTarget, realAt, repace, runRate, runningPace, simAt } from './virtual-time';

describe('virtual time', () => {
  it('runs at the real rate while threads execute, whatever the speed', () => {
    for (const speed of [1, 10, 1000, SPEED_INSTANT]) {
      const p = runningPace(2, 1000, speed);
      expect(simAt(p, 1500)).toBeCloseTo(2.5, 12);
    }
    expect(runRate(0.25)).toBe(0.25); // slow motion slows the running parts too
  });

  it('plays a jump at the watching speed and ends it exactly at the deadline', () => {
    const p = jumpPace(1, 0, 3, 100); // 2 simulated seconds at 100x: 20 real ms
    expect(simAt(p, 10)).toBeCloseTo(2, 12);
    expect(realAt(p, 3)).toBeCloseTo(20, 9);
    expect(simAt(p, 20)).toBeCloseTo(3, 12);
    expect(simAt(p, 30)).toBeCloseTo(3.01, 12); // after the knee: the real rate again
    expect(jumpTarget(p, simAt(p, 10))).toBe(3);
    expect(jumpTarget(p, simAt(p, 25))).toBeNull();
  });

  it('jumps at once at max speed', () => {
    const p = jumpPace(1, 0, 7.5, SPEED_INSTANT);
    expect(simAt(p, 0)).toBe(7.5);
    expect(realAt(p, 7.5)).toBe(0);
  });

  it('never goes backwards, and a speed change mid-jump keeps the target', () => {
    const p = jumpPace(0, 0, 10, 2);
    const mid = simAt(p, 1000); // 2 s in
    const q = repace(p, mid, 1000, 10);
    expect(simAt(q, 1000)).toBeCloseTo(mid, 12);
    expect(jumpTarget(q, mid)).toBe(10);
    expect(realAt(q, 10)).toBeCloseTo(1800, 9); // 8 s left at 10x
    let last = -Infinity;
    for (let t = 0; t < 3000; t += 7) {
      const s = simAt(t < 1000 ? p : q, t);
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
  });
});
