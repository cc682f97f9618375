/**
 * "Your program" in a page without SharedArrayBuffer (a plain course page
 * embedding the lab, Chromium with Document-Isolation-Policy off): the VM's
 * worker still runs the program, its waits jump at once instead of pacing.
 */
import { expect, test } from '@playwright/test';
import { coursePage, type Server, serve } from './fixtures/servers';
import { APP, labFrame, withoutIsolation } from './fixtures/no-isolation';

test.use(withoutIsolation);

test.describe('Your program, embedded without isolation', () => {
  let course: Server;
  test.beforeAll(async () => {
    // Beside the app's own port, so engineers testing side by side do not collide.
    course = await serve(coursePage(`${APP}?scenario=custom&embed=1&speed=4&lang=en`, false), Number(process.env.E2E_PORT ?? 4173) + 100);
  });
  test.afterAll(() => course.stop());

  test('the starter program runs to its end with its output and lanes', async ({ page }) => {
    await page.goto(course.url);
    const lab = await labFrame(page);
    expect(await lab.evaluate(() => window.crossOriginIsolated)).toBe(false);
    await lab.getByTestId('run').click();
    await expect(lab.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    await expect(lab.getByTestId('console').locator('> *').filter({ hasText: 'sold one, left' })).toHaveCount(6);
    await expect(lab.getByTestId('outcome')).toHaveAttribute('data-exit-status', '0');
    await expect(lab.getByTestId('timeline').locator('[data-lane]')).toHaveCount(3);
  });

  test('pause and step are off without SharedArrayBuffer, and say why', async ({ page }) => {
    await page.goto(course.url);
    const lab = await labFrame(page);
    await lab.getByTestId('run').click();
    await expect(lab.getByTestId('pause')).toBeDisabled();
    await expect(lab.getByTestId('pause')).toHaveAttribute('title', /need SharedArrayBuffer/);
  });
});
