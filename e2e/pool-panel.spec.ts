import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

test('pool task panel: before a run no task is called queued beside an empty queue', async ({ page }) => {
  await page.goto('/?scenario=process-pool&lang=en');
  const panel = page.getByTestId('pool-tasks');
  await expect(panel.locator('[data-pool-task]')).toHaveCount(10);
  await expect(panel).toContainText('(not run yet)');
  await expect(panel.locator('[data-pool-task]', { hasText: 'queued' })).toHaveCount(0);
});

test('thread-pool: the final None chip is explained as the shutdown sentinel', async ({ page }) => {
  await page.goto('/?scenario=thread-pool&speed=max&lang=en&autoplay=1');
  await waitForEnd(page);
  const panel = page.getByTestId('pool-tasks');
  const chip = panel.locator('.is-sentinel');
  // CPython's shutdown() puts one None, each exiting worker passes it on: one is left at the end.
  await expect(chip).toHaveCount(1);
  await expect(page.getByTestId('pool-sentinel-note')).toContainText('shutdown sentinel');
  await expect(chip).toHaveAttribute('aria-describedby', 'pt-sentinel-note');
  // Every task ran: none is left called queued.
  await expect(panel.locator('[data-pool-task]', { hasText: 'queued' })).toHaveCount(0);
});
