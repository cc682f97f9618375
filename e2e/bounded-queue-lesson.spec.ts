import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

test('bounded-queue as in the lesson: the failing line is marked in the code, and the lab-only controls are disabled', async ({ page }) => {
  await page.goto('/?scenario=bounded-queue&variant=seed&lang=en');
  // maxsize and the helper threads belong to the lab, not to the lesson's program.
  for (const key of ['maxsize', 'produce', 'consume']) await expect(page.getByTestId(`param-${key}`)).toBeDisabled();
  await expect(page.getByTestId('param-variant-lab')).toBeEnabled();
  await page.getByTestId('run').click();
  await waitForEnd(page);
  const line = await page.getByTestId('outcome').getAttribute('data-error-line');
  expect(Number(line)).toBeGreaterThan(0);
  const failed = page.getByTestId('code').locator('[data-failed=true]');
  await expect(failed).toHaveCount(1);
  await expect(failed).toHaveAttribute('data-line', line ?? '');
  await expect(failed.getByTestId('failed-line')).toContainText('Error');
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);

  // The lab: its controls work again, and no line is marked.
  await page.getByTestId('param-variant').getByText('Interactive lab').click();
  for (const key of ['maxsize', 'produce', 'consume']) await expect(page.getByTestId(`param-${key}`)).toBeEnabled();
  await expect(page.getByTestId('code').locator('[data-failed=true]')).toHaveCount(0);
});

test('controls that change nothing are disabled elsewhere too: gil CPU work has no request settings', async ({ page }) => {
  await page.goto('/?scenario=gil&work=cpu&lang=en');
  await expect(page.getByTestId('param-latency')).toBeDisabled();
  await expect(page.getByTestId('param-limit')).toBeEnabled();
  await page.getByTestId('param-work').getByText('IO: wait on requests').click();
  await expect(page.getByTestId('param-limit')).toBeDisabled();
  await expect(page.getByTestId('param-latency')).toBeEnabled();
});
