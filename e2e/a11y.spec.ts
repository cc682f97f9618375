import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

for (const lang of ['zh', 'en'] as const) {
  test(`axe: the app after a run has no violations (${lang})`, async ({ page }) => {
    await page.goto(`/?scenario=ticket&lock=off&tickets=4&speed=200&lang=${lang}&autoplay=1`);
    await waitForEnd(page);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test(`axe: the embed has no violations (${lang})`, async ({ page }) => {
    await page.goto(`/?scenario=ticket&embed=1&tickets=4&speed=200&lang=${lang}&autoplay=1`);
    await waitForEnd(page);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the run status and outcome are announced politely, and the timeline has a text alternative', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=3&speed=200&lang=en&autoplay=1');
  await waitForEnd(page);
  await expect(page.getByTestId('run-status')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('outcome')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('timeline-summary')).toContainText('线程1');
});
