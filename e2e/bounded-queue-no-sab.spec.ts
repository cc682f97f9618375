/**
 * The bounded-queue lesson in a page without SharedArrayBuffer (a course page
 * framing the lab, Document-Isolation-Policy off): the lesson's Python still
 * runs on the VM with CPython's error; the lab's >>> cannot read typed lines
 * there (input() needs shared memory), and says so instead of pretending.
 */
import { existsSync } from 'node:fs';
import { type Frame, type Page, expect, test } from '@playwright/test';
import { coursePage, type Server, serve } from './fixtures/servers';

const APP = `http://localhost:${process.env.E2E_PORT ?? 4173}/`;

test.use({
  launchOptions: {
    ...(process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium') ? { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-features=DocumentIsolationPolicy'],
  },
});

async function labFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  const frame = page.frames().find((f) => f.url().startsWith(APP));
  if (!frame) throw new Error('no lab frame');
  await frame.waitForSelector('[data-testid=run-status]');
  return frame;
}

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
