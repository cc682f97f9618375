import { type Browser, chromium, expect, test } from '@playwright/test';

// Chromium ignores history.replaceState beyond ~200 calls in 10 s (IPC flood
// protection), which Playwright turns off by default. This spec runs with it
// on, as every student's browser does.
let browser: Browser;
test.beforeAll(async () => {
  const base = test.info().project.use.launchOptions ?? {};
  browser = await chromium.launch({ ...base, ignoreDefaultArgs: ['--disable-ipc-flooding-protection'] });
});
test.afterAll(async () => {
  await browser.close();
});

test('after a burst of 1001 clicks the address bar and the Share link say what the page shows', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage({ baseURL });
  await page.goto('/?scenario=ticket&lang=en');
  const toggle = page.getByTestId('lock-toggle');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await page.evaluate(async () => {
    const button = document.querySelector<HTMLElement>('[data-testid=lock-toggle]');
    for (let i = 0; i < 1001; i++) {
      button?.click();
      // Let React render between clicks (a message, not a timer: timers are clamped to 4 ms).
      await new Promise<void>((r) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r();
        ch.port2.postMessage(null);
      });
    }
  });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => new URL(page.url()).searchParams.get('lock'), { timeout: 5000 }).toBe('off');
  await page.getByTestId('share').click();
  await expect(page.getByTestId('share-link')).toHaveValue(/[?&]lock=off(&|$)/);
  await page.close();
});
