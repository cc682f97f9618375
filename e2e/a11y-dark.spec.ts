// The dark theme follows the system: it must pass axe (contrast above all) as the light one does.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

test.use({ colorScheme: 'dark' });
for (const q of ['scenario=ticket&lock=off&tickets=4&speed=200', 'scenario=bakery&count=4&speed=20', 'scenario=globals&increments=2&speed=20', 'scenario=thread-pool&speed=20', 'scenario=bounded-queue&variant=seed&speed=50', 'scenario=gil&workers=2&work=io&requests=4&speed=10', 'scenario=ticket&embed=1&tickets=3&speed=200']) {
  test(`axe in the dark theme: ${q}`, async ({ page }) => {
    await page.goto(`/?${q}&lang=en&autoplay=1`);
    await waitForEnd(page);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
