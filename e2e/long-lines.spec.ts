import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

for (const width of [320, 1280]) {
  test(`long code lines wrap inside the code panel, and stat cards keep a figure with its unit (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?scenario=thread-pool&speed=max&lang=en&autoplay=1');
    await waitForEnd(page);
    const code = page.getByTestId('code');
    // Nothing to scroll sideways, and every line's text inside the panel.
    expect(await code.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const outside = await code.evaluate((pre) => {
      const box = pre.getBoundingClientRect();
      return Array.from(pre.querySelectorAll('.code-text')).filter((t) => t.getBoundingClientRect().right > box.right + 1).length;
    });
    expect(outside).toBe(0);
    // At 320 px the long comment of line 5 wraps: more than one line box, not cut off.
    if (width === 320) expect(await code.locator('[data-line="5"] .code-text').evaluate((el) => el.getBoundingClientRect().height > 30)).toBe(true);

    // "1.96 s" on one line in each stat card.
    const split = await page.getByTestId('outcome').locator('.figure dd').evaluateAll((dds) =>
      dds.filter((dd) => /\d\s?s$/.test(dd.textContent ?? '')).filter((dd) => {
        const r = document.createRange();
        r.selectNodeContents(dd);
        const tops = new Set(Array.from(r.getClientRects()).map((x) => Math.round(x.top)));
        return tops.size > 1;
      }).length,
    );
    expect(split).toBe(0);
  });
}
