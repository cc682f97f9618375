import { describe, expect, it } from 'vitest';
import { SlowMotion, napBySpinning, napOnSharedMemory } from './slow-motion';

describe('slow motion', () => {
  it.each([
    ['Atomics.wait', napOnSharedMemory],
    ['spinning', napBySpinning],
  ] as const)('at 0.25x, 10 ms of work is stretched to about 40 ms (%s)', (_, nap) => {
    const slow = new SlowMotion(() => 0.25, nap);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) slow.after(1);
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(29); // 30 ms of naps owed, less what the last chunk carries
    expect(took).toBeLessThan(200);
  });

  it('at 1x and faster it never waits', () => {
    let napped = 0;
    const slow = new SlowMotion(() => 1, () => napped++);
    for (let i = 0; i < 100; i++) slow.after(5);
    expect(napped).toBe(0);
  });
});
