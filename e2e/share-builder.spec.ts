import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { serve, sidePort } from './fixtures/servers';

// Another origin for the course page (frame-ancestors * does not cover about:blank).
const COURSE_PORT = sidePort(12);

test('the share builder: panels and their order, height, language, start and size update the link, snippet and preview live', async ({ page }) => {
  await page.goto('/?scenario=ticket&lock=off&lang=en');
  await page.getByTestId('share').click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();
  const snippet = page.getByTestId('share-embed');
  const link = page.getByTestId('share-link');
  const preview = page.getByTestId('share-preview');
  const src = async () => new URL((await preview.getAttribute('src')) ?? '');

  // All panels in the app's order: no panels= at all.
  await expect(snippet).toHaveValue(/embed=1/);
  expect((await src()).searchParams.has('panels')).toBe(false);

  // Leave out code, console and extras; put the timeline first and the controls last.
  for (const p of ['code', 'console', 'extras']) await page.getByTestId(`share-panel-${p}`).uncheck();
  await page.getByTestId('share-down-controls').click(); // timeline, controls, …
  await page.getByTestId('share-down-controls').click(); // timeline, console(off), controls …
  await page.getByTestId('share-down-controls').click(); // … outcome, controls
  await expect.poll(async () => (await src()).searchParams.get('panels')).toBe('timeline,outcome,controls');
  await expect(snippet).toHaveValue(/panels=timeline%2Coutcome%2Ccontrols/);
  // The preview shows the panels in that order.
  const lab = page.frameLocator('[data-testid=share-preview]');
  await expect(lab.getByTestId('timeline')).toBeVisible();
  await expect(lab.getByTestId('code')).toHaveCount(0);
  const order = await lab.locator('main.grid > section').evaluateAll((els) => els.map((e) => e.className));
  expect(order.map((c) => /panel-(\w+)/.exec(c)?.[1])).toEqual(['timeline', 'outcome', 'controls']);

  // Height: a number, then fit content with its script.
  await page.getByTestId('share-height').fill('500');
  await expect(snippet).toHaveValue(/height="500"/);
  await expect(preview).toHaveAttribute('height', '500');
  await page.getByTestId('share-height-fit').check();
  await expect(snippet).toHaveValue(/<script>[\s\S]*'resize'[\s\S]*<\/script>/);
  // The preview follows the lab's own resize messages, as the snippet's script would.
  await expect.poll(async () => Number(await preview.getAttribute('height'))).not.toBe(720);

  // Language, start and projector size: in the link and the embed alike.
  await page.getByTestId('share-lang-zh').check();
  await page.getByTestId('share-start-autoplay').check();
  await page.getByTestId('share-size').check();
  for (const u of [new URL(await link.inputValue()), await src()]) {
    expect(u.searchParams.get('lang')).toBe('zh');
    expect(u.searchParams.get('autoplay')).toBe('1');
    expect(u.searchParams.get('size')).toBe('large');
    expect(u.searchParams.get('lock')).toBe('off');
  }
  expect(new URL(await link.inputValue()).searchParams.has('embed')).toBe(false);
  await expect(lab.locator('html')).toHaveAttribute('data-size', 'large');
  await expect(lab.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(lab.getByTestId('run-status')).not.toHaveAttribute('data-status', 'idle');
});

test('the fit-content snippet, pasted in a course page, sizes its iframe to the lab', async ({ page, baseURL }) => {
  await page.goto('/?scenario=sing-dance&lang=en');
  await page.getByTestId('share').click();
  await page.getByTestId('share-height-fit').check();
  const snippet = await page.getByTestId('share-embed').inputValue();
  // A course page on another origin with only the snippet in it.
  const dir = mkdtempSync(join(tmpdir(), 'course-snippet-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body><h1>Week 3</h1>${snippet}</body></html>`);
  const server = await serve(dir, COURSE_PORT);
  test.info().attach('snippet', { body: snippet });
  try {
  const course = await page.context().newPage();
  await course.goto(server.url);
  const frame = course.locator('iframe');
  await expect(frame).toHaveAttribute('src', new RegExp(`^${baseURL ?? ''}`));
  await expect.poll(async () => frame.evaluate((f) => (f as HTMLIFrameElement).style.height), { timeout: 20_000 }).toMatch(/^\d+px$/);
  const h = await frame.evaluate((f) => f.getBoundingClientRect().height);
  expect(h).toBeGreaterThan(300);
  expect(h).not.toBe(720);
  } finally {
    server.stop();
  }
});

for (const lang of ['zh', 'en'] as const) {
  test(`axe: the open share builder has no violations (${lang})`, async ({ page }) => {
    await page.goto(`/?scenario=bakery&lang=${lang}`);
    await page.getByTestId('share').click();
    await expect(page.getByTestId('share-builder')).toBeVisible();
    await expect(page.frameLocator('[data-testid=share-preview]').getByTestId('run-status')).toBeVisible();
    // The modal dialog and its preview: the page behind it is inert (showModal), so not what a reader meets.
    const result = await new AxeBuilder({ page }).include('[data-testid=share-dialog]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
