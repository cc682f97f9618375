import { readFile } from 'node:fs/promises';
import { type Page, expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

interface TraceEvent {
  name: string;
  ph: string;
  cat?: string;
  tid: number;
  args?: Record<string, string | number>;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return readFile(path, 'utf8');
}

async function openExports(page: Page): Promise<void> {
  const menu = page.getByTestId('timeline-exports');
  if ((await menu.getAttribute('open')) === null) await page.getByTestId('timeline-exports-open').click();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=5&speed=20&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
});

test('the exported trace is valid JSON: one thread name per lane, prints matching the outcome, flow events', async ({ page }) => {
  const text = await downloaded(page, () => page.getByTestId('export-trace').click());
  const trace = JSON.parse(text) as { traceEvents: TraceEvent[] };
  const names = trace.traceEvents.filter((e) => e.name === 'thread_name').map((e) => e.args?.name);
  const lanes = await page.getByTestId('timeline').locator('[data-lane]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lane')));
  expect(names).toEqual(lanes);
  const sold = await outcomeNumber(page, 'sold');
  expect(trace.traceEvents.filter((e) => e.cat === 'print' && String(e.name).includes('卖出一张'))).toHaveLength(sold);
  expect(trace.traceEvents.filter((e) => e.ph === 'X').length).toBeGreaterThan(0);
  // 线程2 waited for the lock until 线程1 let it go: a flow from the release to its acquire.
  const flows = trace.traceEvents.filter((e) => e.cat === 'flow');
  expect(flows.some((e) => e.ph === 's')).toBe(true);
  expect(flows.filter((e) => e.ph === 's').length).toBe(flows.filter((e) => e.ph === 'f').length);
  // The ticket counter starts at the value the run started with (5 tickets), then one store per sale.
  const counters = trace.traceEvents.filter((e) => e.ph === 'C' && e.name === 'ticket');
  expect(counters.length).toBe(sold + 1);
  expect(counters[0]?.args?.value).toBe(5);
});

// The ticket lesson runs on the VM: its record carries the VM's facts, from which the outcome is computed again.
test('a run record reloads and replays to the same timeline and outcome without running the workers', async ({ page }) => {
  const before = {
    sold: await outcomeNumber(page, 'sold'),
    console: await page.getByTestId('console').locator('> li').allTextContents(),
    summary: await page.getByTestId('timeline-summary').textContent(),
  };
  await openExports(page);
  const record = await downloaded(page, () => page.getByTestId('export-record').click());
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('console').locator('> li')).toHaveCount(0);
  // Load in a fresh page, with the lock switched off, so nothing could carry over.
  await page.goto('/?scenario=sing-dance&lang=en');
  await openExports(page);
  await page.getByTestId('load-record').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(record) });
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');
  expect(await outcomeNumber(page, 'sold')).toBe(before.sold);
  expect(await page.getByTestId('console').locator('> li').allTextContents()).toEqual(before.console);
  expect(await page.getByTestId('timeline-summary').textContent()).toBe(before.summary);
  // The real Python's MainThread and the two sellers.
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(3);
  await expect(page.getByTestId('code').locator('.cm-content')).toContainText('ticket=5');
  await page.getByTestId('load-record').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
  await expect(page.getByTestId('record-bad')).toBeVisible();
  // A Python lesson's record with a broken fact names the field, and the page stays as it was.
  const broken = JSON.parse(record) as { vm: { facts: { threads: { name: unknown }[] } } };
  const first = broken.vm.facts.threads[0];
  if (first) first.name = 7;
  await page.getByTestId('load-record').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByTestId('record-bad')).toHaveAttribute('data-problem', 'vm.facts.threads[0].name');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');
  expect(await outcomeNumber(page, 'sold')).toBe(before.sold);
});

test('the timeline exports as SVG and PNG as it is on screen', async ({ page }) => {
  await openExports(page);
  const svg = await downloaded(page, () => page.getByTestId('export-svg').click());
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('线程1');
  expect(svg).toContain('线程2');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const png = await readFile(await dl.path());
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  const text = await downloaded(page, () => page.getByTestId('export-console').click());
  expect(text.split('\n').filter((l) => l.includes('卖出一张'))).toHaveLength(await outcomeNumber(page, 'sold'));
});

test('"open in Perfetto" delivers the trace to a stand-in page through the relay', async ({ page, context }) => {
  // The stand-in answers Perfetto's handshake and shows what it received.
  await context.route('http://127.0.0.1:4999/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>stand-in</title><p id="got">nothing</p><script>
        addEventListener('message', (e) => {
          if (e.data === 'PING') { e.source.postMessage('PONG', e.origin); return; }
          const p = e.data && e.data.perfetto;
          if (p) document.getElementById('got').textContent = new TextDecoder().decode(p.buffer).length + ' ' + p.title + ' ' + JSON.parse(new TextDecoder().decode(p.buffer)).traceEvents.length;
        });
      </script>`,
    }),
  );
  await page.goto(`${page.url()}&perfetto=${encodeURIComponent('http://127.0.0.1:4999/')}`);
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  await openExports(page);
  const standIn = context.waitForEvent('page', (p) => p.url().startsWith('http://127.0.0.1:4999'));
  await page.getByTestId('open-perfetto').click();
  const stand = await standIn;
  await expect(stand.locator('#got')).toContainText('Concurrency Lab');
  const events = Number((await stand.locator('#got').textContent())?.split(' ').pop());
  expect(events).toBeGreaterThan(10);
});
