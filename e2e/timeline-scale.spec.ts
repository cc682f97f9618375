import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

test('64 sellers at high speed: the page stays responsive while they run, one lane each, large size legible', async ({ page }) => {
  await page.goto('/?scenario=ticket&threads=64&tickets=100&speed=20&size=large&lang=en');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  // How long a click waits for its handler while the run goes on (the machine is noisy, so this is reported, not asserted).
  const waited = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const button = document.querySelector<HTMLButtonElement>('[data-testid=timeline-zoom-in]');
        if (!button) throw new Error('no zoom button');
        const sent = performance.now();
        button.addEventListener('click', () => resolve(performance.now() - sent), { once: true });
        button.click();
      }),
  );
  test.info().annotations.push({ type: 'click handled after (ms)', description: waited.toFixed(1) });
  // The click was handled while the run was still going: the view stopped following.
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-follow', 'false');
  expect(await page.getByTestId('run-status').getAttribute('data-status')).toBe('running');
  expect(await waitForEnd(page, 90_000)).toBe('finished');
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(64);
  // Projector size: lanes at least 32 px, names at least 16 px.
  const lane = page.getByTestId('timeline').locator('[data-lane="线程64"]');
  const h = (await lane.boundingBox())?.height ?? 0;
  expect(h).toBeGreaterThanOrEqual(32);
  const font = await lane.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(font).toBeGreaterThanOrEqual(16);
  const axisFont = await page.locator('.tl-axis text').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(axisFont).toBeGreaterThanOrEqual(16);
  const legendFont = await page.locator('.legend-item').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(legendFont).toBeGreaterThanOrEqual(16);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  if (cores < 64) await expect(page.getByTestId('cores-note')).toContainText(String(cores));
});
