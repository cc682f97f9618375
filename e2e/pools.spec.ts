import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

async function outcomeText(page: Page, key: string): Promise<string> {
  return (await page.getByTestId('outcome').getAttribute(`data-${key}`)) ?? '';
}

async function laneNames(page: Page): Promise<string[]> {
  return page.getByTestId('timeline').locator('[data-lane]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lane') ?? ''));
}

// Slow enough that load on a small machine cannot reorder tasks 0.4 s (simulated) apart.
test('thread pool: 3 URLs, max_workers=20 → 3 threads; map returns in input order', async ({ page }) => {
  await page.goto('/?scenario=thread-pool&seed=15&speed=4&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await laneNames(page)).toEqual(['MainThread', 'ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1', 'ThreadPoolExecutor-0_2']);
  expect(await outcomeNumber(page, 'threads-started')).toBe(3);
  // seed 15: 1.94 s, 0.22 s, 1.52 s, so they finish 1, 2, 0; map still yields 0, 1, 2.
  expect(await outcomeText(page, 'completion-order')).toBe('1,2,0');
  expect(await outcomeText(page, 'results-order')).toBe('0,1,2');
  await expect(page.getByTestId('timeline').locator('[data-task]')).toHaveCount(3);
  const done = page.getByTestId('console').locator('> *').filter({ hasText: 'done https://' });
  await expect(done).toHaveCount(3);
  await expect(done.first()).toContainText('done https://www.baidu.com');
});

test('thread pool: as_completed returns in finishing order; 5 URLs on max_workers=2 use 2 threads', async ({ page }) => {
  await page.goto('/?scenario=thread-pool&mode=as_completed&seed=15&speed=10&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeText(page, 'results-order')).toBe(await outcomeText(page, 'completion-order'));
  await expect(page.getByTestId('code')).toContainText('as_completed(futures)');

  await page.goto('/?scenario=thread-pool&urls=5&max_workers=2&speed=20&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await laneNames(page)).toEqual(['MainThread', 'ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1']);
  expect(await outcomeNumber(page, 'threads-started')).toBe(2);
  expect(await outcomeNumber(page, 'max-concurrent')).toBeLessThanOrEqual(2);
  expect(await outcomeText(page, 'results-order')).toBe('0,1,2,3,4');
  await expect(page.getByTestId('timeline').locator('[data-task]')).toHaveCount(5);
});

test('process pool: 10 tasks on 3 processes, never more than 3 at once, the lesson’s prints', async ({ page }) => {
  await page.goto('/?scenario=process-pool&seed=7&speed=20&lang=zh');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  // The lesson's Python on the VM: its main thread, the pool's processes, the executor's manager thread.
  expect(await laneNames(page)).toEqual(['MainThread', 'ForkProcess-1', 'ForkProcess-2', 'ForkProcess-3', 'Thread-1']);
  expect(await outcomeNumber(page, 'tasks-done')).toBe(10);
  const most = await outcomeNumber(page, 'max-concurrent');
  expect(most).toBeGreaterThanOrEqual(1);
  expect(most).toBeLessThanOrEqual(3);
  await expect(page.getByTestId('timeline').locator('[data-task]')).toHaveCount(10);
  // The task panel: every task ran, none still queued.
  await expect(page.getByTestId('pool-tasks').locator('[data-pool-task]')).toHaveCount(10);
  await expect(page.getByTestId('pool-tasks')).toHaveAttribute('data-queued', '0');
  const lines = page.getByTestId('console').locator('.console-text');
  await expect(lines.filter({ hasText: /^\d+ 开始执行，进程ID \d+$/ })).toHaveCount(10);
  await expect(lines.filter({ hasText: /^\d+ 执行完毕花费 \d+\.\d+(e-\d+)? s$/ })).toHaveCount(10);
});

test('Pool: apply_async prints start before any task ends; map after all; join without close raises', async ({ page }) => {
  await page.goto('/?scenario=pool&seed=7&speed=5&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  // The lesson's Python on the VM: its main thread, the pool's processes, the pool's result handler thread.
  expect(await laneNames(page)).toEqual(['MainThread', 'ForkPoolWorker-1', 'ForkPoolWorker-2', 'ForkPoolWorker-3', 'Thread-3 (_handle_results)']);
  expect(await outcomeNumber(page, 'tasks-done')).toBe(10);
  expect(await outcomeNumber(page, 'max-concurrent')).toBeLessThanOrEqual(3);
  expect(await outcomeText(page, 'start-before-end')).toBe('yes');
  expect(await outcomeText(page, 'stop-printed')).toBe('yes');
  await expect(page.getByTestId('timeline').locator('[data-task]')).toHaveCount(10);

  await page.getByTestId('param-mode').getByText('pool.map').click();
  await expect(page).toHaveURL(/mode=map/);
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'tasks-done')).toBe(10);
  expect(await outcomeText(page, 'start-before-end')).toBe('no');

  await page.goto('/?scenario=pool&mode=no-close&speed=20&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('error');
  await expect(page.getByTestId('console')).toContainText('ValueError: Pool is still running');
  await expect(page.getByTestId('console')).toContainText('------======start=====-----');
  await expect(page.getByTestId('console')).not.toContainText('-------======stop=====-----');
  expect(await outcomeText(page, 'error')).toBe('ValueError: Pool is still running');
  expect(await outcomeText(page, 'stop-printed')).toBe('no');
});

test('a bad pool parameter is named and replaced by the default', async ({ page }) => {
  await page.goto('/?scenario=thread-pool&max_workers=40&lang=en');
  await expect(page.getByTestId('url-messages').locator('[data-param=max_workers]')).toContainText('max_workers=40');
  await expect(page.getByTestId('param-max_workers')).toHaveValue('20');
});

for (const id of ['thread-pool', 'process-pool', 'pool'] as const) {
  test(`axe: ${id} after a run has no violations`, async ({ page }) => {
    await page.goto(`/?scenario=${id}&speed=50&lang=zh&autoplay=1`);
    await waitForEnd(page);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('thread pool as in the lesson: multi_threaded_download is never called, so nothing runs', async ({ page }) => {
  await page.goto('/?scenario=thread-pool&variant=seed&speed=max&lang=en');
  await expect(page.getByTestId('code')).toContainText('executor.map(down_ts, url_list)');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'threads-started')).toBe(0);
  await expect(page.getByTestId('outcome')).toContainText('never calls it');
});
