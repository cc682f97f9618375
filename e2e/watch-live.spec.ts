import { type Page, expect, test } from '@playwright/test';
import { ticketSource } from '../src/scenarios/ticket/source';
import { encodeCode } from '../src/url/code-param';
import { OVERSELL } from '../src/scenarios/ticket/step-links';
import { clickLane, outcomeNumber, waitForEnd } from './helpers';

// Issue 12's page pieces: the watch panel in live mode, the timeline in step mode, a lane click steps it.

const raceProgram = ticketSource({ tickets: 2, sellers: 2, fixed: true, lock: true, lang: 'en' })
  .split('\n')
  .filter((l) => !/lock\.(acquire|release)\(\)/.test(l))
  .join('\n');

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-busy', 'false');
}

test('live mode: the ticket lesson’s watch shows ticket reaching the value the outcome reports', async ({ page }) => {
  await page.goto('/?scenario=ticket&lock=off&threads=2&tickets=20&speed=200&lang=en');
  const watch = page.getByTestId('live-watch');
  await expect(watch).toBeVisible();
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  const remaining = await outcomeNumber(page, 'remaining');
  await expect(watch.locator('[data-var=ticket]')).toHaveAttribute('data-value', String(remaining));
  await expect(watch.getByTestId('watch-locals-note')).toContainText('step mode');
  await expect(page.locator('.legend-holding')).toHaveText('holds the lock');
});

test('live mode: the lesson as written deadlocks; the watch names the lock’s holder and its waiter', async ({ page }) => {
  await page.goto('/?scenario=ticket&variant=seed&threads=2&tickets=3&speed=200&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('deadlock');
  const lock = page.getByTestId('live-watch').locator('[data-lock=lock]');
  await expect(lock).toHaveAttribute('data-holder', /^\d+$/);
  await expect(lock).toHaveAttribute('data-waiters', /^\d+$/);
  const holder = await lock.getAttribute('data-holder');
  expect(await lock.getAttribute('data-waiters')).not.toBe(holder);
  await expect(page.getByTestId('live-watch').locator('[data-var=ticket]')).toHaveAttribute('data-value', '0');
});

test('step mode: the timeline grows lanes as steps are taken; clicking a lane steps that thread', async ({ page }) => {
  await page.goto(`/?scenario=custom&lang=en&mode=step&granularity=line&code=${await encodeCode(raceProgram)}`);
  await idle(page);
  await expect(page.getByTestId('timeline-axis-unit')).toContainText('steps');
  // The bar of steps is drawn as a hold: the legend says what a hold means here.
  await expect(page.locator('.legend-holding')).toContainText('steps taken');
  const lanes = page.getByTestId('timeline').locator('.tl-name[data-lane]');
  await expect(lanes).toHaveCount(1);
  // Steps until both sellers have started: each new thread becomes a lane.
  let steps = 0;
  while (steps < 60 && (await page.locator('[data-testid^=step-thread-]').count()) < 3) {
    await page.getByTestId('step-any').click();
    steps++;
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(steps));
    await idle(page);
  }
  await expect(lanes).toHaveCount(3);
  const bars = page.getByTestId('timeline-summary').locator('tbody tr');
  const barsAfter = await bars.count();
  expect(barsAfter).toBeGreaterThan(1);

  // A lane that may move: click its row in the timeline.
  const buttons = page.locator('[data-testid^=step-thread-]:not([disabled])');
  const id = (await buttons.first().getAttribute('data-testid')) ?? '';
  const lane = Number(id.replace('step-thread-', ''));
  await clickLane(page, lane);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(steps + 1));
  await idle(page);
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-schedule', new RegExp(`${lane}$`));

  // Step until some lane is refused (the GIL, or a blocked thread), then click that lane: nothing moves, the reason shows.
  const refused = page.locator('[data-testid^=step-thread-][disabled]');
  for (let i = 0; i < 30 && (await refused.count()) === 0; i++) {
    await page.getByTestId('step-any').click();
    await idle(page);
  }
  expect(await refused.count()).toBeGreaterThan(0);
  const rid = Number(((await refused.first().getAttribute('data-testid')) ?? '').replace('step-thread-', ''));
  const before = (await page.getByTestId('run-status').getAttribute('data-step')) ?? '';
  await clickLane(page, rid);
  await expect(page.getByTestId('step-refused')).toHaveAttribute('data-lane', String(rid));
  await expect(page.getByTestId('step-refused')).toContainText('cannot move now');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', before);

  // The slider back to step 2: the timeline shrinks with it.
  await page.getByTestId('step-slider').fill('2');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '2');
  await idle(page);
  await expect.poll(() => bars.count()).toBeLessThan(barsAfter);
});

test('step mode: a schedule= link draws its whole interleaving, and the console counts steps, not seconds', async ({ page }) => {
  await page.goto(`/?scenario=ticket&lang=en&${OVERSELL.query}&schedule=${OVERSELL.schedule}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length));
  await idle(page);
  await expect(page.getByTestId('timeline').locator('.tl-name[data-lane]')).toHaveCount(3);
  const times = page.getByTestId('console').locator('.console-time');
  await expect(times.first()).toHaveText(/^#\d+$/);
  const last = Number(((await times.last().textContent()) ?? '').slice(1));
  expect(last).toBeLessThanOrEqual(OVERSELL.schedule.length);
  await expect(page.getByTestId('timeline-summary').locator('tbody tr').first()).toBeAttached();
  // Back to live: the stepped timeline and its prints are gone until the next run.
  await page.getByTestId('mode-live').click();
  await expect(page.getByTestId('timeline-axis-unit')).toContainText('simulated time');
  await expect(page.getByTestId('timeline-summary').locator('tbody tr')).toHaveCount(0);
  await expect(times).toHaveCount(0);
});
