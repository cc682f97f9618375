import { type Frame, type Page, expect, test } from '@playwright/test';
import { coursePage, type Server, serve, sidePort } from './fixtures/servers';

const APP = `http://localhost:${process.env.E2E_PORT ?? 4173}/`;
const PORT = sidePort(9);

interface LabEvent {
  event: string;
  status?: string;
  height?: number;
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { labEvents: LabEvent[] }).labEvents);

async function labFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  const frame = page.frames().find((f) => f.url().startsWith(APP));
  if (!frame) throw new Error('no lab frame');
  await frame.waitForSelector('[data-testid=run-status]');
  return frame;
}

let course: Server;
test.beforeAll(async () => {
  // 30 tickets: 30+ printed lines, far more than the console shows at once.
  course = await serve(coursePage(`${APP}?scenario=ticket&embed=1&tickets=30&speed=15&lang=en`, false), PORT);
});
test.afterAll(() => course.stop());

test('the reported height stops growing during a run: the console scrolls inside a fixed height', async ({ page }) => {
  await page.goto(course.url);
  const lab = await labFrame(page);
  await expect.poll(async () => (await events(page)).some((e) => e.event === 'resize')).toBe(true);
  await lab.getByTestId('run').click();
  await expect(lab.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  const startAt = (await events(page)).length;
  await expect(lab.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 40_000 });
  const during = (await events(page)).slice(startAt);
  const lines = await lab.getByTestId('console').locator('li').count();
  expect(lines).toBeGreaterThan(25);
  // Heights posted while lines were printed: not one per line.
  const running = during.filter((e) => e.event === 'resize').map((e) => e.height ?? 0);
  console.log(`resize heights during the run: ${JSON.stringify(running)}`);
  expect(running.length).toBeLessThanOrEqual(3);
  const console_ = lab.getByTestId('console');
  expect(await console_.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
});
