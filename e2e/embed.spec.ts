import { type Frame, type Page, expect, test } from '@playwright/test';
import { coursePage, type Server, serve, sidePort } from './fixtures/servers';

const APP = `http://localhost:${process.env.E2E_PORT ?? 4173}/`;

interface LabEvent {
  event: string;
  status?: string;
  ok?: boolean;
  id?: number | string;
  error?: string;
  outcome?: Record<string, string>;
  height?: number;
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { labEvents: LabEvent[] }).labEvents);
const send = (page: Page, m: unknown) => page.evaluate((msg) => (window as unknown as { send: (x: unknown) => void }).send(msg), m);

async function labFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  const frame = page.frames().find((f) => f.url().startsWith(APP));
  if (!frame) throw new Error('no lab frame');
  await frame.waitForSelector('[data-testid=run-status]');
  return frame;
}

test.describe('embedded in a course page on another origin', () => {
  let plain: Server;
  let isolated: Server;
  test.beforeAll(async () => {
    const src = `${APP}?scenario=ticket&embed=1&speed=200&tickets=6&lang=en`;
    plain = await serve(coursePage(src, false), sidePort(1));
    isolated = await serve(coursePage(src, true), sidePort(2), ['--isolate']);
  });
  test.afterAll(() => {
    plain.stop();
    isolated.stop();
  });

  test('a plain page: the app isolates itself (Document-Isolation-Policy) and runs on shared memory', async ({ page }) => {
    await page.goto(plain.url);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
    const lab = await labFrame(page);
    expect(await lab.evaluate(() => window.crossOriginIsolated)).toBe(true);
    await expect(lab.getByTestId('runtime')).toHaveAttribute('data-runtime', 'shared');
    await lab.getByTestId('run').click();
    await expect(lab.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    await expect(lab.getByTestId('outcome')).toHaveAttribute('data-sold', '6');
  });

  test('an isolated page with allow="cross-origin-isolated": shared runtime', async ({ page }) => {
    await page.goto(isolated.url);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    const lab = await labFrame(page);
    expect(await lab.evaluate(() => window.crossOriginIsolated)).toBe(true);
    await expect(lab.getByTestId('runtime')).toHaveAttribute('data-runtime', 'shared');
  });

  test('postMessage commands drive a run and events come back; bad messages change nothing', async ({ page }) => {
    await page.goto(plain.url);
    const lab = await labFrame(page);
    await expect.poll(async () => (await events(page)).some((e) => e.event === 'ready')).toBe(true);
    await expect.poll(async () => (await events(page)).some((e) => e.event === 'resize' && (e.height ?? 0) > 100)).toBe(true);

    // Malformed: unknown command, bad language, bad parameter value, unknown parameter, not ours at all.
    await send(page, { type: 'concurrency-lab', command: 'explode', id: 1 });
    await send(page, { type: 'concurrency-lab', command: 'setLang', lang: 'fr', id: 2 });
    await send(page, { type: 'concurrency-lab', command: 'setParams', params: { threads: 'abc' }, id: 3 });
    await send(page, { type: 'concurrency-lab', command: 'setParams', params: { nope: 1 }, id: 4 });
    await send(page, 'run');
    await send(page, { command: 'run' });
    await expect.poll(async () => (await events(page)).filter((e) => e.event === 'result' && e.ok === false).length).toBe(4);
    const errors = (await events(page)).filter((e) => e.event === 'result' && e.ok === false).map((e) => e.id);
    expect(errors).toEqual([1, 2, 3, 4]);
    await expect(lab.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
    await expect(lab.getByTestId('param-threads')).toHaveValue('2');
    await expect(lab.getByTestId('run')).toContainText('Run');

    // Well-formed: set parameters and language, then run.
    await send(page, { type: 'concurrency-lab', command: 'setParams', params: { threads: 3, lock: 'off', tickets: 5 }, id: 10 });
    await send(page, { type: 'concurrency-lab', command: 'setLang', lang: 'zh', id: 11 });
    await expect(lab.getByTestId('param-threads')).toHaveValue('3');
    await expect(lab.getByTestId('lock-toggle')).toHaveAttribute('aria-checked', 'false');
    await expect(lab.getByTestId('run')).toContainText('运行');
    await send(page, { type: 'concurrency-lab', command: 'run', id: 12 });
    await expect
      .poll(async () => (await events(page)).find((e) => e.event === 'status' && e.status === 'finished')?.outcome?.sold ?? null, { timeout: 30_000 })
      .not.toBeNull();
    const done = (await events(page)).find((e) => e.event === 'status' && e.status === 'finished');
    expect(Number(done?.outcome?.sold)).toBeGreaterThanOrEqual(5);
    expect((await events(page)).filter((e) => e.event === 'result' && e.ok === true).map((e) => e.id)).toEqual([10, 11, 12]);
  });
});

test('embed mode shows only the panels asked for, and a link to the full app', async ({ page }) => {
  await page.goto('/?scenario=ticket&embed=1&panels=timeline,outcome&lang=en');
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.getByTestId('outcome')).toBeVisible();
  await expect(page.getByTestId('code')).toHaveCount(0);
  await expect(page.getByTestId('console')).toHaveCount(0);
  await expect(page.getByTestId('scenario-select')).toHaveCount(0);
  const open = page.getByTestId('open-full');
  await expect(open).toHaveAttribute('href', /scenario=ticket/);
  await expect(open).not.toHaveAttribute('href', /embed=1/);
});

test('the share dialog offers a link, an iframe snippet and a live preview', async ({ page }) => {
  await page.goto('/?scenario=ticket&lock=off&lang=en');
  await page.getByTestId('share').click();
  await expect(page.getByTestId('share-dialog')).toBeVisible();
  await expect(page.getByTestId('share-link')).toHaveValue(/lock=off/);
  await expect(page.getByTestId('share-embed')).toHaveValue(/<iframe src=".*embed=1".*allow="cross-origin-isolated; fullscreen"/);
  await expect(page.frameLocator('.embed-preview').getByTestId('timeline')).toBeVisible();
});

test('keyboard: space runs and pauses, r resets, l toggles the lock, ? opens help', async ({ page }) => {
  await page.goto('/?scenario=ticket&speed=1&lang=en');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('l');
  await expect(page.getByTestId('lock-toggle')).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  await page.keyboard.press('r');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-dialog')).toBeHidden();
});

test('keyboard: space pauses a running lesson, r resets it', async ({ page }) => {
  await page.goto('/?scenario=sing-dance&speed=1&lang=en');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  await page.keyboard.press('r');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
});

test('bad embed parameters are named, and the embed still works', async ({ page }) => {
  await page.goto('/?scenario=ticket&embed=1&panels=timeline,bogus&origin=notaurl&lang=xx');
  const msgs = page.getByTestId('url-messages');
  await expect(msgs.locator('[data-param=panels]')).toContainText('bogus');
  await expect(msgs.locator('[data-param=origin][data-kind=notOrigin]')).toContainText('notaurl');
  await expect(msgs.locator('[data-param=lang]')).toContainText('lang=xx');
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.getByTestId('code')).toHaveCount(0);
});
