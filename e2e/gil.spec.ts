import { expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

// The lesson's Python runs on the VM: one worker, lanes as Python names its threads and processes.

/** Lanes of the timeline whose name starts with `prefix`. */
const lanes = (page: import('@playwright/test').Page, prefix: string) => page.getByTestId('timeline').locator(`[data-lane^="${prefix}"]`);

for (const mode of [
  { name: 'CPU work with the GIL', query: 'work=cpu&limit=20000&freethreaded=off', speed: 1 },
  { name: 'CPU work, free-threaded', query: 'work=cpu&limit=20000&freethreaded=on', speed: 1 },
  { name: 'IO work', query: 'work=io&requests=4&latency=0.1', speed: 10 },
]) {
  test(`gil, ${mode.name}: finishes with one lane per worker asked and never two GIL holders`, async ({ page }) => {
    await page.goto(`/?scenario=gil&workers=3&${mode.query}&speed=${mode.speed}&lang=en`);
    await page.getByTestId('run').click();
    expect(await waitForEnd(page)).toBe('finished');
    await expect(lanes(page, 'Thread-')).toHaveCount(3);
    await expect(lanes(page, 'Process-')).toHaveCount(3);
    await expect(lanes(page, 'MainThread')).toHaveCount(1);
    const outcome = page.getByTestId('outcome');
    await expect(outcome).toHaveAttribute('data-process-lanes', '3');
    await expect(outcome).toHaveAttribute('data-counts-agree', 'true');
    await expect(outcome).toHaveAttribute('data-gil-overlaps', '0');
    // The VM counts time in work on this browser's cores (virtual cores, src/python/vm/cores.ts), so the
    // figures are the same on every run: GIL threads 1x for CPU work, processes up to the cores.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await expect(outcome).toHaveAttribute('data-cores', String(cores));
    const threads = await outcomeNumber(page, 'speedup-threads');
    const processes = await outcomeNumber(page, 'speedup-processes');
    if (mode.query.includes('work=io')) {
      expect(threads).toBeGreaterThan(1.3);
      expect(processes).toBeGreaterThan(1.3);
    } else if (mode.query.includes('freethreaded=on')) {
      // Timed as 3.13t: no GIL, every thread on a core of its own.
      expect(threads).toBeGreaterThan(Math.min(3, cores) * 0.75);
      expect(processes).toBeGreaterThan(Math.min(3, cores) * 0.75);
    } else {
      expect(threads).toBeGreaterThan(0.8);
      expect(threads).toBeLessThan(1.25);
      expect(processes).toBeGreaterThan(Math.min(3, cores) * 0.75);
    }
  });
}

test('gil with the GIL: its holder shows on the timeline, in turns between threads', async ({ page }) => {
  await page.goto('/?scenario=gil&workers=2&work=cpu&limit=20000&speed=1&lang=zh');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-gil-overlaps', '0');
  // Both threads held the GIL at some point: hold bars on both thread lanes.
  for (const name of ['Thread-1 (work)', 'Thread-2 (work)']) {
    await expect(page.getByTestId('timeline').locator(`[data-lane="${name}"] .hold`).first()).toBeAttached();
  }
  await expect(page.getByTestId('verdict')).toContainText('2');
});
