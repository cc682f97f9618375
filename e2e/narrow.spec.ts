import { expect, test } from '@playwright/test';
import { ALL_SCENARIOS } from './scenario-list';

// A phone held upright: nothing may need sideways scrolling.
test.use({ viewport: { width: 320, height: 640 } });

for (const lang of ['zh', 'en'] as const) {
  test(`at 320 px nothing overflows horizontally, in any scenario (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    // Every scenario in the app, and the embed (its own bar) once.
    for (const s of [...ALL_SCENARIOS, { id: 'ticket', query: 'embed=1' }]) {
      await page.goto(`/?scenario=${s.id}&${s.query}&lang=${lang}`);
      await expect(page.getByTestId('run-status')).toBeVisible();
      const wide = await page.evaluate(() => {
        const all: HTMLElement[] = Array.prototype.slice.call(document.querySelectorAll('body *'));
        // Inside a scroll box (the code panel) wide lines are the box's to scroll, not the page's.
        const clipped = (el: HTMLElement): boolean => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
          return false;
        };
        const over = all
          .filter((el) => el.getBoundingClientRect().right > 320.5 && !clipped(el))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
        return { scrollWidth: document.documentElement.scrollWidth, over: over.slice(0, 5) };
      });
      expect(wide, s.id).toEqual({ scrollWidth: 320, over: [] });
      if (s.id === 'ticket' || s.id === 'gil') await page.screenshot({ path: `test-results/shots/narrow-${s.id}-${lang}.png`, fullPage: true });
    }
  });
}
