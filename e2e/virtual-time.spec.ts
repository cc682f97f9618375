import { expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

/** Virtual time in the page: what a program prints never depends on how fast it is watched. */

// The lesson runs on the VM, whose clock adds the program's own computing time to its sleeps, as
// CPython's wall clock does (5.0x s): at least the 5 s of sleeps, far below the 10 s of both in turn.
test('sing-dance at 1000x: 5.0 s elapsed, and the threads overlapped', async ({ page }) => {
  await page.goto('/?scenario=sing-dance&speed=1000&lang=en&autoplay=1');
  expect(await waitForEnd(page)).toBe('finished');
  const elapsed = await outcomeNumber(page, 'elapsed');
  expect(elapsed).toBeGreaterThanOrEqual(5);
  expect(elapsed).toBeLessThan(5.5);
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-tone', 'good');
  // The status pill's clock shows the simulated time the run ended at.
  const clock = Number(await page.getByTestId('sim-clock').getAttribute('data-seconds'));
  expect(clock).toBeGreaterThanOrEqual(5);
  expect(clock).toBeLessThan(5.5);
});

test('process-pool at 1000x: no task prints more than its longest possible sleep', async ({ page }) => {
  await page.goto('/?scenario=process-pool&speed=1000&lang=en&autoplay=1');
  expect(await waitForEnd(page)).toBe('finished');
  const lines = await page.getByTestId('console').locator('> *').allTextContents();
  const took = lines.map((l) => /执行完毕花费 ([\d.e-]+) s/.exec(l)?.[1]).filter((v): v is string => v !== undefined).map(Number);
  expect(took).toHaveLength(10);
  for (const t of took) expect(t).toBeLessThanOrEqual(2.05);
});

test('speed=max stays max in the URL and the control', async ({ page }) => {
  await page.goto('/?scenario=sing-dance&speed=max&lang=en');
  await expect(page.locator('output[for="param-speed"]')).toHaveText('max');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(new URL(page.url()).searchParams.get('speed')).toBe('max');
  const elapsed = await outcomeNumber(page, 'elapsed');
  expect(elapsed).toBeGreaterThanOrEqual(5);
  expect(elapsed).toBeLessThan(5.5);
});

// Found the moment it happens, not after a timeout: 3 tickets, each sold under the lock with a 1 s sleep,
// then a seller leaves holding the lock and the other waits forever: at 3 s of sleeps plus the program's
// own computing time, which the VM's clock counts as CPython's wall clock does (more on a loaded machine;
// a wall-clock bound would only measure the load).
test('the lesson as written reaches deadlock at the moment it happens', async ({ page }) => {
  await page.goto('/?scenario=ticket&variant=seed&tickets=3&speed=max&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('deadlock');
  const clock = Number(await page.getByTestId('sim-clock').getAttribute('data-seconds'));
  expect(clock).toBeGreaterThanOrEqual(3);
  expect(clock).toBeLessThan(5);
});

test('a hidden page with no animation frames still ends, and still finds the deadlock', async ({ page }) => {
  // A background tab: hidden, and requestAnimationFrame never fires.
  await page.addInitScript(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { get: () => true });
    window.requestAnimationFrame = () => 0;
  });
  await page.goto('/?scenario=sing-dance&iterations=5&speed=max&lang=en&autoplay=1');
  expect(await waitForEnd(page)).toBe('finished');
  await page.goto('/?scenario=ticket&variant=seed&tickets=3&speed=max&lang=en&autoplay=1');
  expect(await waitForEnd(page)).toBe('deadlock');
});
