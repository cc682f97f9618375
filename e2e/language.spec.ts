import { expect, test } from '@playwright/test';

test('English: the Chinese in the program is explained once, as the program’s own strings', async ({ page }) => {
  await page.goto('/?scenario=bakery&lang=en');
  await expect(page.getByTestId('program-strings-note')).toHaveCount(1);
  await expect(page.getByTestId('program-strings-note')).toContainText("the program's own strings");
  await page.getByTestId('lang-zh').click();
  await expect(page.getByTestId('program-strings-note')).toHaveCount(0);
});

test('labels are in one language per UI language', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=zh&tickets=3&speed=max&autoplay=1');
  await expect(page.getByTestId('export-trace')).toHaveText('导出追踪文件');
  await expect(page.locator('.legend')).not.toContainText('sleep');
  await page.goto('/?scenario=globals&lang=zh');
  await expect(page.locator('label[for=param-increments]')).toContainText('每个加几次');
  await expect(page.locator('label[for=param-sleep]')).toContainText('每次睡眠');
  await page.goto('/?scenario=thread-pool&lang=zh');
  await expect(page.locator('label[for=param-seed]')).not.toContainText('seed');
});
