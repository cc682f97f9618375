import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

test('64 sellers at high speed: a click is handled within 100 ms while they run, one lane each, large size legible', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/?scenario=ticket&threads=64&tickets=100&speed=8&size=large&lang=en');
  // Input-to-handler delay of real (trusted) clicks: the event's timeStamp is when the input arrived, so
  // this is how long the page's main thread kept it waiting, not how long Playwright took to send it.
  await page.evaluate(() => {
    const w = window as unknown as { __clickDelays: number[] };
    w.__clickDelays = [];
    // On the document (capture), since React may replace the button while the run re-renders the toolbar.
    document.addEventListener(
      'click',
      (e) => {
        const onZoom = e.target instanceof Element && e.target.closest('[data-testid=timeline-zoom-in]');
        const running = document.querySelector('[data-testid=run-status]')?.getAttribute('data-status') === 'running';
        if (e.isTrusted && onZoom && running) w.__clickDelays.push(performance.now() - e.timeStamp);
      },
      true,
    );
  });
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  // Real mouse input (force: no actionability waits, which a busy page would stretch).
  for (let i = 0; i < 5; i++) {
    if ((await page.getByTestId('run-status').getAttribute('data-status')) !== 'running') break;
    // Lanes keep arriving and move the toolbar: bring it to the middle of the screen, then click where it is.
    const zoom = page.getByTestId('timeline-zoom-in');
    await zoom.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = await zoom.boundingBox({ timeout: 10_000 });
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
  const delays = await page.evaluate(() => (window as unknown as { __clickDelays: number[] }).__clickDelays);
  test.info().annotations.push({ type: 'click input-to-handler delays (ms)', description: delays.map((d) => d.toFixed(1)).join(', ') });
  expect(delays.length).toBeGreaterThanOrEqual(3);
  // The median, so one scheduling hiccup of a loaded machine does not decide it; the bound is 100 ms.
  const median = [...delays].sort((a, b) => a - b)[Math.floor(delays.length / 2)] ?? Infinity;
  expect(median).toBeLessThanOrEqual(100);
  // The click was handled while the run was still going: the view stopped following.
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-follow', 'false');
  expect(await page.getByTestId('run-status').getAttribute('data-status')).toBe('running');
  expect(await waitForEnd(page, 90_000)).toBe('finished');
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(65); // 64 sellers and MainThread (the lesson's own Python has a main thread lane)
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
