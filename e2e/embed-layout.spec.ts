import { expect, test } from '@playwright/test';

test('panels= order is the order shown', async ({ page }) => {
  await page.goto('/?scenario=ticket&embed=1&panels=timeline,outcome,controls&lang=en');
  const order = await page.locator('main.grid > section.panel').evaluateAll((els) =>
    els.map((e) => ({ cls: e.className.split(' ').find((c: string) => c.startsWith('panel-')) ?? '', top: Math.round(e.getBoundingClientRect().top) })),
  );
  expect(order.map((o) => o.cls)).toEqual(['panel-timeline', 'panel-outcome', 'panel-controls']);
  // Shown, not just in the DOM: each one below the one before.
  for (let i = 1; i < order.length; i++) expect(order[i]?.top ?? 0).toBeGreaterThan(order[i - 1]?.top ?? 0);
});

for (const lang of ['zh', 'en'] as const) {
  test(`an embed without the controls panel still has Run and Reset (${lang})`, async ({ page }) => {
    await page.goto(`/?scenario=ticket&embed=1&panels=code,timeline&tickets=4&speed=100&lang=${lang}`);
    await expect(page.getByTestId('run-bar')).toBeVisible();
    await expect(page.getByTestId('param-threads')).toHaveCount(0);
    await page.screenshot({ path: `test-results/shots/run-bar-${lang}.png` });
    await page.getByTestId('run').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  });
}

test('the full app has no run bar: the controls panel has the buttons', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=en');
  await expect(page.getByTestId('run-bar')).toHaveCount(0);
  await expect(page.getByTestId('run')).toHaveCount(1);
});
