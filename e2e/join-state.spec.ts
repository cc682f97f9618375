import { type Page, expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

// Issue 11: MainThread's join (here Python's shutdown joining the lesson's two threads) was drawn
// and named "waiting for the lock", a lock the program does not have. In both VM modes it is a join.

/** A point on a lane, `f` of the way across the drawing area (right of the names). */
async function onLane(page: Page, lane: string, f: number): Promise<{ x: number; y: number }> {
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const name = await page.getByTestId('timeline').locator(`[data-lane="${lane}"]`).boundingBox();
  const box = await page.getByTestId('timeline').boundingBox();
  if (!name || !box) throw new Error('timeline not laid out');
  const left = name.x + name.width + 8;
  return { x: left + (box.x + box.width - 14 - left) * f, y: name.y + name.height / 2 };
}

for (const mode of ['', '&vm=workers']) {
  test(`sing and dance: MainThread's join says join, not lock (${mode === '' ? 'one worker' : 'vm=workers'})`, async ({ page }) => {
    await page.goto(`/?scenario=sing-dance&iterations=10&speed=max&lang=en${mode}&autoplay=1`);
    expect(await waitForEnd(page)).toBe('finished');
    const legend = page.locator('.legend');
    await expect(legend.locator('.legend-joining')).toContainText('join: waiting for a thread or process to end');
    const tip = page.getByTestId('timeline-tooltip');
    // The threads sleep for most of the run, MainThread joins them all along: the middle of its lane is the join.
    const at = await onLane(page, 'MainThread', 0.6);
    await page.mouse.move(at.x, at.y);
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('MainThread');
    await expect(tip).toContainText('join: waiting for a thread or process to end');
    await expect(tip).toContainText(/Waits forThread-\d \((sing|dance)\)/);
    await expect(tip).not.toContainText('lock');
  });
}

test('sing and dance in Chinese: the join is 等待线程或进程结束, not 等待锁', async ({ page }) => {
  await page.goto('/?scenario=sing-dance&iterations=10&speed=max&lang=zh&autoplay=1');
  expect(await waitForEnd(page)).toBe('finished');
  await expect(page.locator('.legend .legend-joining')).toContainText('等待线程或进程结束');
  const tip = page.getByTestId('timeline-tooltip');
  const at = await onLane(page, 'MainThread', 0.6);
  await page.mouse.move(at.x, at.y);
  await expect(tip).toContainText('等待线程或进程结束');
  await expect(tip).not.toContainText('等待锁');
});
