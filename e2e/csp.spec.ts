import { type Page, expect, test } from '@playwright/test';
import { type Server, serve, sidePort } from './fixtures/servers';
import { waitForEnd } from './helpers';
import { ALL_SCENARIOS } from './scenario-list';

const DIST = process.env.E2E_DIST ?? 'dist';

/** Records every CSP violation and console error of the page, from its first script on. */
async function watchPolicy(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

test('every response carries the CSP and its companions', async ({ page }) => {
  const res = await page.goto('/?lang=en');
  const h = res?.headers() ?? {};
  expect(h['content-security-policy']).toContain("script-src 'self'");
  expect(h['content-security-policy']).toContain('frame-ancestors *');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // The built page carries the policy too, for hosts that send no headers.
  expect(await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content')).toContain("default-src 'self'");
});

test('every scenario loads and runs under the CSP without a violation', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = await watchPolicy(page);
  for (const s of ALL_SCENARIOS) {
    await page.goto(`/?scenario=${s.id}&${s.query}&lang=en`);
    await page.getByTestId('run').click();
    await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-status', 'idle');
    // The interactive lab runs until reset; the others end by themselves.
    if (s.id !== 'bounded-queue') await waitForEnd(page);
    // Share opens the embed preview: an iframe of ourselves, under the same policy.
    await page.getByTestId('share').click();
    await expect(page.frameLocator('.embed-preview').getByTestId('run-status')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(problems, s.id).toEqual([]);
  }
});

test('GitHub Pages: the <meta> policy and the service worker get along', async ({ page }) => {
  const s: Server = await serve(DIST, sidePort(8), ['--prefix', '/repo/']);
  try {
    const problems = await watchPolicy(page);
    await page.goto(`${s.url}?scenario=ticket&tickets=3&speed=200&lang=en`);
    await expect.poll(() => page.evaluate(() => window.crossOriginIsolated).catch(() => false), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('run').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    expect(problems).toEqual([]);
  } finally {
    s.stop();
  }
});
