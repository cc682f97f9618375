import { expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

/** Lanes of the timeline whose name starts with `prefix`. */
const lanes = (page: import('@playwright/test').Page, prefix: string) => page.getByTestId('timeline').locator(`[data-lane^="${prefix}"]`);

for (const mode of [
  { name: 'CPU work with the GIL', query: 'work=cpu&limit=200000&freethreaded=off', speed: 1 },
  { name: 'CPU work, free-threaded', query: 'work=cpu&limit=200000&freethreaded=on', speed: 1 },
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
    // Speedups are measured, never asserted: only that they are numbers.
    expect(await outcomeNumber(page, 'speedup-threads')).toBeGreaterThan(0);
    expect(await outcomeNumber(page, 'speedup-processes')).toBeGreaterThan(0);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await expect(outcome).toHaveAttribute('data-cores', String(cores));
  });
}

test('gil with the GIL: its holder shows on the timeline, in turns between threads', async ({ page }) => {
  await page.goto('/?scenario=gil&workers=2&work=cpu&limit=400000&speed=1&lang=zh');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-gil-overlaps', '0');
  // Both threads held the GIL at some point: hold bars on both thread lanes.
  for (const name of ['Thread-1 (work)', 'Thread-2 (work)']) {
    await expect(page.getByTestId('timeline').locator(`[data-lane="${name}"] .hold`).first()).toBeAttached();
  }
  await expect(page.getByTestId('verdict')).toContainText('2');
});
