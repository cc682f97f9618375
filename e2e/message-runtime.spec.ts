/**
 * A browser without Document-Isolation-Policy (Firefox, Safari), embedding the
 * lab in a plain course page: no SharedArrayBuffer, so the badge says
 * `data-runtime="message"` and the VM runs the lesson's threads on one worker
 * (the message runtime of the TypeScript mirrors is no longer loaded: every
 * lesson is Python on the VM). Chromium stands in with the feature switched off.
 */
import { type Frame, expect, test } from '@playwright/test';
import { coursePage, type Server, serve, sidePort } from './fixtures/servers';
import { APP, labFrame, withoutIsolation } from './fixtures/no-isolation';

test.use(withoutIsolation);

async function runIn(frame: Frame, expected: string): Promise<void> {
  await frame.getByTestId('run').click();
  await expect(frame.getByTestId('run-status')).toHaveAttribute('data-status', expected, { timeout: 30_000 });
}

test.describe('embedded in a plain course page, without isolation', () => {
  let course: Server;
  test.beforeAll(async () => {
    const src = `${APP}?scenario=ticket&embed=1&speed=100&tickets=6&lang=en`;
    course = await serve(coursePage(src, false), sidePort(7));
  });
  test.afterAll(() => course.stop());

  test('the lab runs without shared memory: the lock holds, no lock races, the lesson deadlocks', async ({ page }) => {
    await page.goto(course.url);
    const lab = await labFrame(page);
    expect(await lab.evaluate(() => window.crossOriginIsolated)).toBe(false);
    await expect(lab.getByTestId('runtime')).toHaveAttribute('data-runtime', 'message');

    // Lock on: every ticket sold exactly once.
    await runIn(lab, 'finished');
    const outcome = lab.getByTestId('outcome');
    await expect(outcome).toHaveAttribute('data-sold', '6');
    await expect(outcome).toHaveAttribute('data-remaining', '0');
    await expect(outcome).toHaveAttribute('data-duplicates', '0');
    await expect(outcome).toHaveAttribute('data-oversold', '0');

    // Lock off: the race shows, as tickets sold twice or oversold.
    await lab.getByTestId('lock-toggle').click();
    await runIn(lab, 'finished');
    const sold = Number(await outcome.getAttribute('data-sold'));
    const bad = Number(await outcome.getAttribute('data-duplicates')) + Number(await outcome.getAttribute('data-oversold'));
    expect(sold).toBeGreaterThan(6);
    expect(bad).toBeGreaterThan(0);
    await expect(lab.getByTestId('verdict')).toContainText('Race');

    // The lesson as written: the deadlock is detected and explained.
    await lab.getByTestId('lock-toggle').click();
    await lab.getByTestId('param-variant').getByText('As in the lesson').click();
    await expect(lab.getByTestId('param-variant-seed')).toBeChecked();
    await runIn(lab, 'deadlock');
    await expect(lab.getByTestId('deadlock')).toContainText('line 21 breaks without release()');
  });
});
