import { expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

test('the page and its workers are cross-origin isolated', async ({ page }) => {
  await page.goto('/?scenario=ticket');
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('isolation-warning')).toHaveCount(0);
  await expect(page.getByTestId('run')).toBeEnabled();
});

test('lock on: 2 sellers, 20 tickets, every ticket sold exactly once', async ({ page }) => {
  await page.goto('/?scenario=ticket&lock=on&threads=2&tickets=20&speed=200&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'sold')).toBe(20);
  expect(await outcomeNumber(page, 'remaining')).toBe(0);
  expect(await outcomeNumber(page, 'oversold')).toBe(0);
  expect(await outcomeNumber(page, 'duplicates')).toBe(0);
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines.filter({ hasText: '卖出一张' })).toHaveCount(20);
  await expect(lines.filter({ hasText: 'no ticket!' })).toHaveCount(2);
  await expect(page.getByTestId('verdict')).toContainText('No race');
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(2);
  await expect(page.getByTestId('timeline').locator('[data-lane="线程1"]')).toHaveCount(1);
});

test('lock off: the outcome reports what the console shows', async ({ page }) => {
  await page.goto('/?scenario=ticket&threads=2&tickets=20&speed=200&lang=en');
  const toggle = page.getByTestId('lock-toggle');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(page).toHaveURL(/lock=off/);
  await expect(page.locator('.code-line.is-struck')).toHaveCount(3);
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  const lines = page.getByTestId('console').locator('> *');
  const texts = await lines.allTextContents();
  const sales = texts.filter((t) => t.includes('卖出一张'));
  const sold = await outcomeNumber(page, 'sold');
  const remaining = await outcomeNumber(page, 'remaining');
  const oversold = await outcomeNumber(page, 'oversold');
  const duplicates = await outcomeNumber(page, 'duplicates');
  expect(sold).toBe(sales.length);
  await expect(lines.filter({ hasText: 'no ticket!' })).toHaveCount(2);
  // The count can only go below zero through a sale made when none was left.
  if (remaining < 0) expect(oversold).toBeGreaterThan(0);
  if (oversold === 0 && duplicates === 0) expect(sold).toBe(20);
  if (oversold > 0 || duplicates > 0) {
    await expect(page.getByTestId('verdict')).toContainText('Race');
    await expect(page.getByTestId('timeline').locator('[data-alert]').first()).toBeVisible();
  } else {
    await expect(page.getByTestId('verdict')).toContainText('No race');
  }
});

test('the lesson as written deadlocks, and the fixed program finishes', async ({ page }) => {
  await page.goto('/?scenario=ticket&variant=seed&tickets=4&speed=200&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('deadlock');
  const why = page.getByTestId('deadlock');
  await expect(why).toContainText('waits for the lock at line 12');
  await expect(why).toContainText('line 21 breaks without release()');
  await expect(page.getByTestId('console').locator('> *').filter({ hasText: 'no ticket!' })).toHaveCount(1);
  await page.getByTestId('load-fixed').click();
  await expect(page).toHaveURL(/variant=fixed/);
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'sold')).toBe(4);
});

test('each seller is its own Web Worker, and reset ends them', async ({ page }) => {
  await page.goto('/?scenario=ticket&threads=3&tickets=30&speed=1&lang=en');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await expect.poll(() => page.workers().length).toBe(3);
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(3);
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await expect.poll(() => page.workers().length).toBe(0);
});

test('pause stops the threads and resume continues', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=20&speed=4&lang=en');
  await page.getByTestId('run').click();
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines.first()).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  const n = await lines.count();
  await page.waitForTimeout(1500);
  expect(await lines.count()).toBe(n);
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await expect.poll(() => lines.count()).toBeGreaterThan(n);
});

test('a bad URL parameter shows a message naming it, and the page still works', async ({ page }) => {
  await page.goto('/?scenario=nope&threads=abc&speed=-1&lang=en');
  const msgs = page.getByTestId('url-messages');
  await expect(msgs).toBeVisible();
  await expect(msgs.locator('[data-param=threads]')).toContainText('threads=abc');
  await expect(msgs.locator('[data-param=speed]')).toContainText('speed=-1');
  await expect(msgs.locator('[data-param=scenario]')).toContainText('nope');
  await expect(page.getByTestId('param-threads')).toHaveValue('2');
  await expect(page.getByTestId('run')).toBeEnabled();
});

test('switching language changes the UI text and the URL', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=zh');
  await expect(page.getByTestId('run')).toContainText('运行');
  await expect(page.getByTestId('code')).toContainText('# 创建锁');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('run')).toContainText('Run');
  await expect(page.getByTestId('code')).toContainText('# create the lock');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('autoplay runs a preset at once', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=5&speed=200&autoplay=1');
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'sold')).toBe(5);
});

test('step: while paused, the threads do their next thing and pause again', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=10&speed=2&lang=en');
  await expect(page.getByTestId('step')).toBeDisabled();
  await page.getByTestId('run').click();
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines.first()).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  const before = await page.getByTestId('timeline-summary').textContent();
  const printed = await lines.count();
  // Step until something visible changes: a print or a thread's state.
  for (let i = 0; i < 20; i++) {
    await page.getByTestId('step').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
    if ((await lines.count()) > printed || (await page.getByTestId('timeline-summary').textContent()) !== before) break;
  }
  expect((await lines.count()) > printed || (await page.getByTestId('timeline-summary').textContent()) !== before).toBe(true);
  await page.waitForTimeout(800);
  const after = await lines.count();
  await page.waitForTimeout(800);
  expect(await lines.count()).toBe(after);
});

test('a finished run exports as Chrome trace JSON for Perfetto', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=3&speed=200&lang=en');
  await expect(page.getByTestId('export-trace')).toBeDisabled();
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-trace').click()]);
  expect(download.suggestedFilename()).toBe('concurrency-lab-ticket.json');
  const path = await download.path();
  const json = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8')) as { traceEvents: { name: string; ph: string; args?: { name?: string } }[] };
  const threads = json.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
  expect(threads).toEqual(['线程1', '线程2']);
  expect(json.traceEvents.filter((e) => e.ph === 'b' && e.name === 'holds lock').length).toBeGreaterThanOrEqual(3);
});
