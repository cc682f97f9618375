import { expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

// The GIL lesson in worker mode (vm=workers): no fallback to one worker any more. Its work clock
// (src/python/vm/host/work-clock.ts) gives the one-worker VM's figures, and 'gil' events the GIL view.
const badge = (page: import('@playwright/test').Page) => page.getByTestId('runtime');

test('gil on workers: the worker-mode badge, every phase finds the same primes, threads ≈ 1×, processes up to the cores, one GIL holder at a time', async ({ page }) => {
  await page.goto('/?scenario=gil&workers=2&work=cpu&limit=10000&freethreaded=off&speed=max&lang=en&vm=workers');
  await expect(badge(page)).toHaveAttribute('data-vm', 'workers');
  await expect(badge(page)).not.toHaveAttribute('data-vm-fallback', /./);
  await page.getByTestId('run').click();
  expect(await waitForEnd(page, 180_000)).toBe('finished');
  await expect(badge(page)).toHaveAttribute('data-vm', 'workers');
  await expect(badge(page)).not.toHaveAttribute('data-vm-fallback', /./);
  await expect(badge(page)).toContainText('one worker per thread');
  // MainThread, 2 threads and 2 processes' main threads: a worker each.
  expect(Number(await badge(page).getAttribute('data-workers'))).toBeGreaterThanOrEqual(5);
  const outcome = page.getByTestId('outcome');
  // CPython 3.12 finds 1229 primes below 10 000 in every phase (gil.test.ts checks the phrases).
  await expect(outcome).toHaveAttribute('data-result', '1229');
  await expect(outcome).toHaveAttribute('data-counts-agree', 'true');
  await expect(outcome).toHaveAttribute('data-process-lanes', '2');
  await expect(outcome).toHaveAttribute('data-gil-overlaps', '0');
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const threads = await outcomeNumber(page, 'speedup-threads');
  const processes = await outcomeNumber(page, 'speedup-processes');
  expect(threads).toBeGreaterThan(0.85);
  expect(threads).toBeLessThan(1.15);
  expect(processes).toBeGreaterThan(Math.min(2, cores) * 0.8);
  expect(processes).toBeLessThan(Math.min(2, cores) * 1.2);
  expect(await outcomeNumber(page, 'gil-holds')).toBeGreaterThan(10);
  // Both threads held the main process's GIL: hold bars on both thread lanes.
  for (const name of ['Thread-1 (work)', 'Thread-2 (work)']) {
    await expect(page.getByTestId('timeline').locator(`[data-lane="${name}"] .hold`).first()).toBeAttached();
  }
  await expect(page.getByTestId('verdict')).toContainText('GIL');
});
