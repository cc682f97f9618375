import { expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

// Free-threaded Python (3.13t) on the VM thread scenarios: freethreaded=on|off in the URL and a control.
test('free-threaded, lock off, 8 sellers: a ticket is sold twice and the outcome says why the GIL hid it', async ({ page }) => {
  await page.goto('/?scenario=ticket&lock=off&freethreaded=on&threads=8&tickets=20&speed=max&lang=en');
  const toggle = page.getByTestId('freethreaded-toggle');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('free-threaded (3.13t)', { exact: true })).toBeVisible();
  // Each run draws its own schedule: a lost update is likely, not certain, so a few runs are allowed.
  let twice = 0;
  for (let i = 0; i < 5 && twice === 0; i++) {
    await page.getByTestId('run').click();
    expect(await waitForEnd(page)).toBe('finished');
    await expect(page.getByTestId('outcome')).toHaveAttribute('data-free-threaded', 'on');
    twice = await outcomeNumber(page, 'duplicates');
  }
  expect(twice).toBeGreaterThan(0);
  await expect(page.getByTestId('verdict')).toContainText('sold twice');
  await expect(page.getByTestId('verdict')).toContainText('only at calls and backward jumps');
  await expect(page.getByTestId('timeline').locator('[data-alert]').filter({ hasText: 'sold twice' }).first()).toBeAttached();
});

test('the GIL back on: the same sellers oversell but never sell a ticket twice; the URL follows the control', async ({ page }) => {
  await page.goto('/?scenario=ticket&lock=off&freethreaded=on&threads=8&tickets=20&speed=max&lang=en');
  const toggle = page.getByTestId('freethreaded-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(page).toHaveURL(/freethreaded=off/);
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-free-threaded', 'off');
  expect(await outcomeNumber(page, 'duplicates')).toBe(0);
  expect(await outcomeNumber(page, 'oversold')).toBe(7);
  await expect(page.getByTestId('verdict')).not.toContainText('No GIL');
});

test('a bad freethreaded value is named and falls back to off; "Your program" has the control too', async ({ page }) => {
  await page.goto('/?scenario=ticket&freethreaded=maybe&lang=en');
  await expect(page.getByTestId('url-messages').locator('[data-param=freethreaded]')).toContainText('maybe');
  await expect(page.getByTestId('freethreaded-toggle')).toHaveAttribute('aria-checked', 'false');
  await page.goto('/?scenario=custom&freethreaded=on&lang=zh');
  await expect(page.getByTestId('freethreaded-toggle')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('自由线程 (3.13t)', { exact: true })).toBeVisible();
});
