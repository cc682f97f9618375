import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

/** Every visible element with text of its own, and its font size, smallest first. */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement | SVGElement>('body *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own || el.closest('.visually-hidden, dialog:not([open]), svg[aria-hidden=true]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16) out.push(`${size}px ${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${(el.textContent ?? '').trim().slice(0, 30)}`);
    }
    return out;
  });
}

const scenariosToCheck = [
  'ticket&tickets=4',
  'sing-dance&iterations=3',
  'bakery&count=3',
  'processes&dance=3&song=3',
  'globals&increments=2',
  'process-queue&count=3',
  'bounded-queue&variant=seed',
  'thread-pool',
  'process-pool&tasks=4',
  'pool&tasks=4',
  'gil&work=io&requests=2',
];

for (const q of scenariosToCheck) {
  test(`projector mode: every text at least 16 px, the outcome on the first screen at 1280×720 (${q.split('&')[0]})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?scenario=${q}&speed=max&lang=en&size=large&autoplay=1`);
    await waitForEnd(page);
    await expect(page.locator('html')).toHaveAttribute('data-size', 'large');
    expect(await smallText(page)).toEqual([]);
    const verdict = await page.getByTestId('outcome').boundingBox();
    expect(verdict).not.toBeNull();
    // Without scrolling: the whole outcome panel is inside the viewport.
    expect((verdict?.y ?? 999) + (verdict?.height ?? 999)).toBeLessThanOrEqual(720);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test('projector mode: a control turns it on and off, and the link says so', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=en');
  const toggle = page.getByTestId('size-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.scenario-intro') as Element).fontSize));
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-size', 'large');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('size'))).toBe('large');
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.scenario-intro') as Element).fontSize));
  expect(after).toBeGreaterThan(before);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-size', 'normal');
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.has('size'))).toBe(false);
});

test('projector mode: a bad size= is named, and the page stays normal', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=en&size=huge');
  await expect(page.getByText(/size=huge/)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-size', 'normal');
});

for (const lang of ['zh', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: projector mode has no violations (${lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/?scenario=ticket&lock=off&tickets=4&speed=200&lang=${lang}&size=large&autoplay=1`);
      await waitForEnd(page);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe: the embed in projector mode has no violations', async ({ page }) => {
  await page.goto('/?scenario=bakery&count=3&embed=1&speed=max&lang=en&size=large&autoplay=1');
  await waitForEnd(page);
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
