import { expect, test } from '@playwright/test';

test('URL values are read strictly and every bad one is named', async ({ page }) => {
  await page.goto('/?scenario=ticket&autoplay=TRUE&speed=0x10&lang=english&max_workers=4&embed=sure&tickets=5');
  const msgs = page.getByTestId('url-messages');
  await expect(msgs.locator('[data-param=speed]')).toContainText('0x10');
  await expect(msgs.locator('[data-param=lang]')).toContainText('english');
  await expect(msgs.locator('[data-param=max_workers]')).toContainText('max_workers=4');
  await expect(msgs.locator('[data-param=embed]')).toContainText('sure');
  // autoplay=TRUE is autoplay=1: the run started without a click.
  await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-status', 'idle');
});

test('autoplay=off does not start, and a bad autoplay is named', async ({ page }) => {
  await page.goto('/?scenario=ticket&autoplay=off&lang=en');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('url-messages')).toHaveCount(0);
  await page.goto('/?scenario=ticket&autoplay=please&lang=en');
  await expect(page.getByTestId('url-messages').locator('[data-param=autoplay]')).toContainText('autoplay=please');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
});
