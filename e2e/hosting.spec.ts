import { expect, test } from '@playwright/test';
import { type Server, serve, sidePort } from './fixtures/servers';

const DIST = process.env.E2E_DIST ?? 'dist';

test.describe('the built folder on static hosts', () => {
  const servers: Server[] = [];
  test.afterAll(() => servers.forEach((s) => s.stop()));

  test('a host that reads _headers (Netlify, Cloudflare Pages), under a sub-path', async ({ page }) => {
    const s = await serve(DIST, sidePort(3), ['--headers', '--prefix', '/course/lab/']);
    servers.push(s);
    await page.goto(`${s.url}?scenario=ticket&tickets=3&speed=200&autoplay=1`);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    await expect(page.getByTestId('outcome')).toHaveAttribute('data-sold', '3');
  });

  test('a host that reads _headers: the Perfetto relay is exempt from isolation and delivers the trace', async ({ page, context }) => {
    const s = await serve(DIST, sidePort(4), ['--headers', '--prefix', '/course/lab/']);
    servers.push(s);
    const relay = await page.request.get(`${s.url}perfetto-relay.html`);
    expect(relay.headers()['cross-origin-opener-policy']).toBe('unsafe-none');
    expect(relay.headers()['cross-origin-embedder-policy']).toBe('unsafe-none');
    const app = await page.request.get(s.url);
    expect(app.headers()['cross-origin-opener-policy']).toBe('same-origin');
    // A stand-in for ui.perfetto.dev that answers the handshake and shows what it received.
    await context.route('http://127.0.0.1:4998/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>stand-in</title><p id="got">nothing</p><script>
          addEventListener('message', (e) => {
            if (e.data === 'PING') { e.source.postMessage('PONG', e.origin); return; }
            const p = e.data && e.data.perfetto;
            if (p) document.getElementById('got').textContent = 'events ' + JSON.parse(new TextDecoder().decode(p.buffer)).traceEvents.length;
          });
        </script>`,
      }),
    );
    await page.goto(`${s.url}?scenario=ticket&tickets=3&speed=200&autoplay=1&lang=en&perfetto=${encodeURIComponent('http://127.0.0.1:4998/')}`);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    if ((await page.getByTestId('timeline-exports').getAttribute('open')) === null) await page.getByTestId('timeline-exports-open').click();
    const standIn = context.waitForEvent('page', (p) => p.url().startsWith('http://127.0.0.1:4998'));
    await page.getByTestId('open-perfetto').click();
    await expect((await standIn).locator('#got')).toContainText('events ');
  });

  test('a host with no headers (GitHub Pages, python -m http.server): the service worker isolates the page', async ({ page }) => {
    const s = await serve(DIST, sidePort(5), ['--prefix', '/repo/']);
    servers.push(s);
    await page.goto(`${s.url}?scenario=ticket&tickets=3&speed=200`);
    // One reload by the service worker, then isolated.
    await expect.poll(() => page.evaluate(() => window.crossOriginIsolated).catch(() => false), { timeout: 15_000 }).toBe(true);
    await expect(page.getByTestId('runtime')).toHaveAttribute('data-runtime', 'shared');
    await page.getByTestId('run').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    await expect(page.getByTestId('outcome')).toHaveAttribute('data-sold', '3');
  });

  test('no headers and no service worker: the lessons run on the VM without shared memory', async ({ browser }) => {
    const s = await serve(DIST, sidePort(6));
    servers.push(s);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${s.url}?scenario=ticket&tickets=4&speed=100&lang=en`);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
    await expect(page.getByTestId('runtime')).toHaveAttribute('data-runtime', 'message');
    await expect(page.getByTestId('runtime-note')).toBeVisible();
    await page.getByTestId('run').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    await expect(page.getByTestId('outcome')).toHaveAttribute('data-sold', '4');
    await expect(page.getByTestId('outcome')).toHaveAttribute('data-oversold', '0');
    // The lesson's Python worker has ended; at most the spare kept warm for the next Run is left.
    await expect.poll(() => page.workers().length).toBeLessThanOrEqual(1);
    // Every lesson is the VM's: the message runtime's chunk and worker are never fetched.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched.filter((n) => /message-(runtime|thread)/.test(n))).toEqual([]);

    await page.goto(`${s.url}?scenario=bakery&count=5&speed=50&lang=en`);
    await expect(page.getByTestId('runtime')).toHaveAttribute('data-runtime', 'message');
    await expect(page.getByTestId('isolation-warning')).toHaveCount(0);
    await page.getByTestId('run').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    await expect(page.getByTestId('outcome')).toHaveAttribute('data-consumed', '5');
    await expect(page.getByTestId('outcome')).toHaveAttribute('data-fifo', 'true');
    await context.close();
  });
});
