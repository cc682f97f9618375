/**
 * The bounded-queue lesson in a page without SharedArrayBuffer (a course page
 * framing the lab, Document-Isolation-Policy off): the lesson's Python still
 * runs on the VM with CPython's error; the lab's >>> cannot read typed lines
 * there (input() needs shared memory), and says so instead of pretending.
 */
import { expect, test } from '@playwright/test';
import { coursePage, type Server, serve } from './fixtures/servers';
import { APP, labFrame, withoutIsolation } from './fixtures/no-isolation';

test.use(withoutIsolation);

test.describe('bounded-queue without isolation', () => {
  let course: Server;
  test.beforeAll(async () => {
    // Beside the app's own port (not the +100 of custom-program-no-sab), so the two specs do not collide.
    course = await serve(coursePage(`${APP}?scenario=bounded-queue&variant=seed&speed=50&lang=en`, false), Number(process.env.E2E_PORT ?? 4173) + 150);
  });
  test.afterAll(() => course.stop());

  test('the lesson as written raises CPython’s TypeError at line 9; the lab says >>> needs shared memory', async ({ page }) => {
    await page.goto(course.url);
    const lab = await labFrame(page);
    expect(await lab.evaluate(() => window.crossOriginIsolated)).toBe(false);
    await lab.getByTestId('run').click();
    await expect(lab.getByTestId('run-status')).toHaveAttribute('data-status', 'error', { timeout: 30_000 });
    await expect(lab.getByTestId('outcome')).toHaveAttribute('data-error', "TypeError: Queue.put_nowait() missing 1 required positional argument: 'obj'");
    await expect(lab.getByTestId('outcome')).toHaveAttribute('data-error-line', '9');
    await lab.getByTestId('lab-open').click();
    await expect(lab.getByTestId('lab-put')).toBeDisabled();
    await expect(lab.locator('.qlab-note').filter({ hasText: 'SharedArrayBuffer' })).toBeVisible();
  });
});
