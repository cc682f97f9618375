import { type Page, expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

/** The visible time range the timeline reports. */
async function range(page: Page): Promise<[number, number]> {
  const box = page.getByTestId('timeline');
  return [Number(await box.getAttribute('data-t0')), Number(await box.getAttribute('data-t1'))];
}

/** A point on a lane, `f` of the way across the drawing area (right of the names). */
async function onLane(page: Page, lane: string, f: number): Promise<{ x: number; y: number }> {
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const name = await page.getByTestId('timeline').locator(`[data-lane="${lane}"]`).boundingBox();
  const box = await page.getByTestId('timeline').boundingBox();
  if (!name || !box) throw new Error('timeline not laid out');
  const left = name.x + name.width + 8;
  return { x: left + (box.x + box.width - 14 - left) * f, y: name.y + name.height / 2 };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=6&speed=20&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
});

test('the wheel zooms around the pointer, a drag pans, a double-click fits the run again', async ({ page }) => {
  const [a0, b0] = await range(page);
  expect(a0).toBe(0);
  const p = await onLane(page, '线程1', 0.5);
  await page.mouse.move(p.x, p.y);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await range(page))[1] - (await range(page))[0]).toBeLessThan((b0 - a0) * 0.7);
  const [a1, b1] = await range(page);
  // Zoomed around the pointer (the middle): both edges moved inwards.
  expect(a1).toBeGreaterThan(a0);
  expect(b1).toBeLessThan(b0);
  await page.mouse.down();
  await page.mouse.move(p.x - 200, p.y, { steps: 5 });
  await page.mouse.up();
  const [a2, b2] = await range(page);
  expect(a2).toBeGreaterThan(a1);
  // A pan keeps the zoom (to rounding of the range's attributes).
  expect(b2 - a2).toBeCloseTo(b1 - a1, 5);
  await page.getByTestId('timeline').press('ArrowLeft');
  // The view moves on the next frame: a loaded machine may not have drawn it yet.
  await expect.poll(async () => (await range(page))[0]).toBeLessThan(a2);
  await page.mouse.dblclick(p.x, p.y);
  await expect.poll(async () => (await range(page))[0]).toBe(0);
  expect((await range(page))[1]).toBeCloseTo(b0, 6);
});

test('hovering a sleeping span shows its thread, state and line; clicking it selects that line in the code', async ({ page }) => {
  const tip = page.getByTestId('timeline-tooltip');
  await expect(tip).toBeHidden();
  // With the lock, one seller waits for it all along while the other sells every ticket
  // (which one gets it first is up to the real workers): find out which is which.
  let waiter = '';
  let sleeper = '';
  for (const lane of ['线程1', '线程2']) {
    const at = await onLane(page, lane, 0.45);
    await page.mouse.move(at.x, at.y);
    await expect(tip).toContainText(lane);
    if ((await tip.textContent())?.includes('waiting for the lock')) waiter = lane;
    else sleeper = lane;
  }
  expect(waiter).not.toBe('');
  expect(sleeper).not.toBe('');
  const w = await onLane(page, waiter, 0.45);
  await page.mouse.move(w.x, w.y);
  await expect(tip).toContainText('waiting for the lock');
  await expect(tip).toContainText('Locklock');
  await expect(page.getByTestId('code').locator(`[data-line="${await tip.getAttribute('data-line')}"]`)).toContainText('lock.acquire()');
  // Most of the seller's time is time.sleep(1): the middle of its lane is a sleeping span.
  const p = await onLane(page, sleeper, 0.45);
  await page.mouse.move(p.x, p.y);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(sleeper);
  await expect(tip).toContainText('sleeping');
  const line = Number(await tip.getAttribute('data-line'));
  expect(line).toBeGreaterThan(0);
  await expect(tip).toContainText(`Line${line}`);
  await expect(page.getByTestId('code').locator(`[data-line="${line}"]`)).toContainText('time.sleep(1)');
  await page.mouse.click(p.x, p.y);
  await expect(page.getByTestId('code')).toHaveAttribute('data-selected-line', String(line));
  await page.mouse.move(p.x, p.y - 400);
  await expect(tip).toBeHidden();
});

test('clicking a console line shows its moment on the timeline', async ({ page }) => {
  const line = page.getByTestId('console').locator('> li').nth(2);
  const t = Number((await line.locator('.console-time').textContent())?.replace('s', ''));
  await line.click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-follow', 'false');
  const [a, b] = await range(page);
  expect(a).toBeLessThan(t + 0.01);
  expect(b).toBeGreaterThan(t - 0.01);
  await expect(line).toHaveClass(/is-selected/);
});

test('causality arrows: none by default, every put→get and release→acquire with the toggle', async ({ page }) => {
  const box = page.getByTestId('timeline');
  await expect(box).toHaveAttribute('data-arrows', '0');
  await page.getByTestId('timeline-arrows').click();
  await expect(page.getByTestId('timeline-arrows')).toHaveAttribute('aria-pressed', 'true');
  // With the lock, 线程2 waited until 线程1 let the lock go: at least that one arrow.
  await expect.poll(async () => Number(await box.getAttribute('data-arrows'))).toBeGreaterThan(0);
  await page.getByTestId('timeline-arrows').click();
  await expect(box).toHaveAttribute('data-arrows', '0');
});
