import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

// Issue 12: the live watch on lessons without a step panel, as a fold after the lesson's own views.
// Expected values are what CPython 3.12 prints for the same program (see each test).

test('gil: the watch fold is open on a desktop and shows the lesson’s LIMIT and N as CPython prints them', async ({ page }) => {
  await page.goto('/?scenario=gil&work=cpu&limit=10000&workers=2&speed=max&lang=en');
  const fold = page.getByTestId('fold-watch');
  await expect(fold).toHaveAttribute('open', '');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  // CPython 3.12 on the lesson's program: `print(repr(LIMIT), repr(N))` prints `10000 2`.
  const watch = fold.getByTestId('live-watch');
  await expect(watch.locator('[data-var=LIMIT]')).toHaveAttribute('data-value', '10000');
  await expect(watch.locator('[data-var=N]')).toHaveAttribute('data-value', '2');
});

test('globals: the watch shows the main process’s n, only the threads’ increments (as CPython prints)', async ({ page }) => {
  await page.goto('/?scenario=globals&workers=2&increments=5&sleep=0.01&speed=max&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  // CPython 3.12 on the lesson's program with these parameters prints `主进程 n=10`.
  await expect(page.getByTestId('fold-watch').locator('[data-var=n]')).toHaveAttribute('data-value', '10');
});

test('on a phone the watch is a shut fold; opening it shows the watch', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?scenario=sing-dance&threads=2&iterations=3&sleep=0.01&speed=max&lang=zh');
  const fold = page.getByTestId('fold-watch');
  await expect(fold).not.toHaveAttribute('open', '');
  await expect(fold.getByTestId('live-watch')).toBeHidden();
  await fold.locator('summary').click();
  await expect(fold.getByTestId('live-watch')).toBeVisible();
  await expect(fold.locator('summary')).toHaveText('变量观察（实时）');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  // The lesson binds t1 and t2 (a Thread's repr runs Python code, so the watch names only its type).
  await expect(fold.locator('[data-var=t1]')).toBeVisible();
  await expect(fold.locator('[data-var=t2]')).toBeVisible();
});
