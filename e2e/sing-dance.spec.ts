import { expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

test('sing and dance: two threads overlap, one lane each (and MainThread), every print shown', async ({ page }) => {
  await page.goto('/?scenario=sing-dance&iterations=10&speed=4&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  const lanes = page.getByTestId('timeline').locator('[data-lane]');
  // The lesson's Python runs on the VM: its main thread is a lane too.
  await expect(lanes).toHaveCount(3);
  await expect(page.getByTestId('timeline').locator('[data-lane="MainThread"]')).toHaveCount(1);
  await expect(page.getByTestId('timeline').locator('[data-lane="Thread-1 (dance)"]')).toHaveCount(1);
  await expect(page.getByTestId('timeline').locator('[data-lane="Thread-2 (sing)"]')).toHaveCount(1);
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines).toHaveCount(20);
  await expect(lines.filter({ hasText: 'dance' })).toHaveCount(10);
  const elapsed = await outcomeNumber(page, 'elapsed');
  const serial = await outcomeNumber(page, 'serial');
  expect(serial).toBeCloseTo(2, 5);
  expect(elapsed).toBeGreaterThanOrEqual(1);
  expect(elapsed).toBeLessThan(serial * 0.75);
});

test('the scenario picker switches scenario and the URL follows', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=en');
  await page.getByTestId('scenario-select').selectOption('sing-dance');
  await expect(page).toHaveURL(/scenario=sing-dance/);
  await expect(page.getByTestId('code')).toContainText("print('sing')");
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(3);
});

test('a bad number parameter is named and replaced by the default', async ({ page }) => {
  await page.goto('/?scenario=sing-dance&sleep=fast&lang=en');
  await expect(page.getByTestId('url-messages').locator('[data-param=sleep]')).toContainText('sleep=fast');
  await expect(page.getByTestId('param-sleep')).toHaveValue('0.1');
});
