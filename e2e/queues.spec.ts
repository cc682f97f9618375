import { type Page, expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

/** Runs and checks the queue lesson's figures: everything made was bought, first in first out. */
async function runToFifoEnd(page: Page, n: number): Promise<void> {
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'produced')).toBe(n);
  expect(await outcomeNumber(page, 'consumed')).toBe(n);
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-fifo', 'true');
}

test('bakery: 10 breads made, 10 bought, FIFO; lanes MainThread, p1 and c1; the queue view is shown', async ({ page }) => {
  await page.goto('/?scenario=bakery&speed=20&lang=en');
  const view = page.getByTestId('queue-view');
  await expect(view).toBeVisible();
  await expect(view).toContainText('queue.Queue()');
  await runToFifoEnd(page, 10);
  const timeline = page.getByTestId('timeline');
  // The lesson's Python runs on the VM: its main thread is a lane too.
  await expect(timeline.locator('[data-lane]')).toHaveCount(3);
  await expect(timeline.locator('[data-lane="MainThread"]')).toHaveCount(1);
  await expect(timeline.locator('[data-lane="p1"]')).toHaveCount(1);
  await expect(timeline.locator('[data-lane="c1"]')).toHaveCount(1);
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines.filter({ hasText: '生产了面包  ' })).toHaveCount(10);
  await expect(lines.filter({ hasText: '买到了面包 break' })).toHaveCount(10);
  // Every bread went through the queue the view draws, and it is empty at the end.
  await expect(page.getByTestId('queue-counts')).toHaveAttribute('data-puts', '10');
  await expect(page.getByTestId('queue-counts')).toHaveAttribute('data-gets', '10');
  await expect(view).toHaveAttribute('data-size', '0');
});

test('bakery: a bounded queue shows its slots and blocks a fast producer', async ({ page }) => {
  // The consumer is slow enough that each of the producer's waits in put() lasts long beside the page's polling.
  await page.goto('/?scenario=bakery&maxsize=2&produce=0.05&consume=2&count=4&speed=1&lang=zh');
  const view = page.getByTestId('queue-view');
  await expect(view.locator('.qv-slot')).toHaveCount(2);
  await page.getByTestId('run').click();
  // The producer fills both slots, then waits in put().
  await expect(view.locator('[data-waiter="p1"][data-call="put"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(view).toHaveAttribute('data-size', '2');
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'produced')).toBe(4);
  expect(await outcomeNumber(page, 'consumed')).toBe(4);
  expect(await outcomeNumber(page, 'producer-blocked')).toBeGreaterThan(0);
});

test('process queue: 10 items cross from Process-1 to Process-2 as copies', async ({ page }) => {
  await page.goto('/?scenario=process-queue&speed=20&lang=en');
  await expect(page.getByTestId('queue-view')).toBeVisible();
  await runToFifoEnd(page, 10);
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('[data-lane="Process-1"]')).toHaveCount(1);
  await expect(timeline.locator('[data-lane="Process-2"]')).toHaveCount(1);
  const pp = await outcomeNumber(page, 'producer-pid');
  const cp = await outcomeNumber(page, 'consumer-pid');
  expect(pp).not.toBe(cp);
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines.filter({ hasText: `生产了++++++++++pid ${pp}  9` })).toHaveCount(1);
  await expect(lines.filter({ hasText: `消费了---------- pid ${pp} 9` })).toHaveCount(1);
  const copies = page.getByTestId('queue-copies');
  await expect(copies).toHaveAttribute('data-copies', '10');
  await expect(copies).toContainText('Same value, different object');
});

test('bad queue parameters are named and replaced by the default', async ({ page }) => {
  await page.goto('/?scenario=bakery&maxsize=99&consumers=x&lang=en');
  const messages = page.getByTestId('url-messages');
  await expect(messages.locator('[data-param=maxsize]')).toContainText('maxsize=99');
  await expect(messages.locator('[data-param=consumers]')).toContainText('consumers=x');
  await expect(page.getByTestId('param-maxsize')).toHaveValue('0');
  await page.goto('/?scenario=process-queue&count=0&lang=en');
  await expect(page.getByTestId('url-messages').locator('[data-param=count]')).toContainText('count=0');
});
