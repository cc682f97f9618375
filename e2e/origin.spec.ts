import { type Frame, type Page, expect, test } from '@playwright/test';
import { coursePage, type Server, serve, sidePort } from './fixtures/servers';

const APP = `http://localhost:${process.env.E2E_PORT ?? 4173}/`;
// Ports of their own, so this spec can run beside embed.spec.ts.
const LOCKED_PORT = sidePort(10);
const LISTED_PORT = sidePort(11);

interface LabEvent {
  event: string;
  ok?: boolean;
  id?: number | string;
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

test.describe('origin= fails closed', () => {
  let locked: Server;
  let listed: Server;
  test.beforeAll(async () => {
    const base = `${APP}?scenario=ticket&embed=1&speed=200&tickets=6&lang=en`;
    locked = await serve(coursePage(`${base}&origin=course.example.edu`, false), LOCKED_PORT);
    listed = await serve(coursePage(`${base}&origin=${encodeURIComponent(`http://127.0.0.1:${LISTED_PORT}`)}`, false), LISTED_PORT);
  });
  test.afterAll(() => {
    locked.stop();
    listed.stop();
  });

  test('no valid origin: commands from no one, and a message saying what an origin looks like', async ({ page }) => {
    await page.goto(locked.url);
    const lab = await labFrame(page);
    const msgs = lab.getByTestId('url-messages');
    await expect(msgs.locator('[data-kind=notOrigin]')).toContainText('origin=course.example.edu');
    await expect(msgs.locator('[data-kind=notOrigin]')).toContainText('https://course.example.edu');
    await expect(msgs.locator('[data-kind=originLocked]')).toContainText('no page');
    await send(page, { type: 'concurrency-lab', command: 'run', id: 1 });
    await send(page, { type: 'concurrency-lab', command: 'getState', id: 2 });
    // Nothing can be awaited for "never": give the lab ample time to (not) answer.
    await page.waitForTimeout(1500);
    expect(await events(page)).toEqual([]);
    await expect(lab.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  });

  test('a listed origin is obeyed', async ({ page }) => {
    await page.goto(listed.url);
    const lab = await labFrame(page);
    await expect(lab.getByTestId('url-messages')).toHaveCount(0);
    await send(page, { type: 'concurrency-lab', command: 'run', id: 7 });
    await expect.poll(async () => (await events(page)).some((e) => e.event === 'result' && e.ok === true && e.id === 7)).toBe(true);
    await expect(lab.getByTestId('run-status')).not.toHaveAttribute('data-status', 'idle');
  });
});
