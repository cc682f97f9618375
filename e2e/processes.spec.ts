import { expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

test('processes: three lanes (the main process’s MainThread, one per child), every print, each process its own distinct pid, the tree shows them', async ({ page }) => {
  await page.goto('/?scenario=processes&speed=50&lang=en');
  await expect(page.getByTestId('process-tree')).toBeVisible();
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('[data-lane]')).toHaveCount(3);
  for (const name of ['MainThread', 'Process-1', 'Process-2']) await expect(timeline.locator(`[data-lane="${name}"]`)).toHaveCount(1);

  const outcome = page.getByTestId('outcome');
  const pids = ((await outcome.getAttribute('data-pids')) ?? '').split(',');
  expect(pids).toHaveLength(3);
  expect(new Set(pids).size).toBe(3);
  expect(await outcomeNumber(page, 'prints')).toBe(71);
  await expect(outcome).toHaveAttribute('data-consistent', 'true');

  const lines = page.getByTestId('console').locator('> *');
  await expect(lines).toHaveCount(71);
  await expect(lines.first()).toContainText(`主进程ID${pids[0]}`);
  await expect(lines.filter({ hasText: `dancing  pid=${pids[1]}` })).toHaveCount(20);
  await expect(lines.filter({ hasText: `song  pid=${pids[2]}` })).toHaveCount(50);

  const tree = page.getByTestId('process-tree');
  await expect(tree.locator(`[data-process="MainProcess"][data-pid="${pids[0]}"]`)).toBeVisible();
  await expect(tree.locator(`[data-process="Process-1"][data-pid="${pids[1]}"]`)).toBeVisible();
  await expect(tree.locator(`[data-process="Process-2"][data-pid="${pids[2]}"]`)).toBeVisible();
});

test('globals: threads share n, each process keeps its own, main keeps only the threads’ increments', async ({ page }) => {
  await page.goto('/?scenario=globals&workers=2&increments=5&sleep=0.1&speed=20&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('[data-lane]')).toHaveCount(5);
  for (const name of ['MainThread', 'Thread-1 (work)', 'Thread-2 (work)', 'Process-1', 'Process-2']) {
    await expect(timeline.locator(`[data-lane="${name}"]`)).toHaveCount(1);
  }
  expect(await outcomeNumber(page, 'thread-total')).toBe(10);
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-process-totals', '5,5');
  expect(await outcomeNumber(page, 'main-total')).toBe(10);

  const view = page.getByTestId('globals-view');
  await expect(view).toBeVisible();
  await expect(view.locator('[data-process-name="MainProcess"]')).toHaveAttribute('data-n', '10');
  await expect(view.locator('[data-process-name="Process-1"]')).toHaveAttribute('data-n', '5');
  await expect(view.locator('[data-process-name="Process-2"]')).toHaveAttribute('data-n', '5');
  await expect(view.locator('[data-worker="Process-1"]')).toHaveAttribute('data-seen', '1,2,3,4,5');
  await expect(page.getByTestId('console').locator('> *').last()).toContainText('主进程 n=10');
});
