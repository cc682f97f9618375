import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { ticketSource } from '../src/scenarios/ticket/source';
import { encodeCode } from '../src/url/code-param';
import { OVERSELL } from '../src/scenarios/ticket/step-links';

// The lesson's ticket program with the lock taken out (as the oversell challenge does).
const raceProgram = ticketSource({ tickets: 2, sellers: 2, fixed: true, lock: true, lang: 'en' })
  .split('\n')
  .filter((l) => !/lock\.(acquire|release)\(\)/.test(l))
  .join('\n');
const twoLocks = readFileSync(new URL('../src/scenarios/two-locks/no-sleep.py', import.meta.url), 'utf8');

async function stepUrl(program: string, extra = ''): Promise<string> {
  return `/?scenario=custom&lang=en&mode=step&granularity=line&code=${await encodeCode(program)}${extra}`;
}

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-busy', 'false');
}

test('the search finds an oversell of the lock-off ticket program, and its schedule= link reproduces it', async ({ page }) => {
  await page.goto(await stepUrl(raceProgram));
  await idle(page);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '0');
  await page.getByTestId('step-search').click();
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-found', 'true', { timeout: 45_000 });
  await idle(page);
  const schedule = (await page.getByTestId('step-status').getAttribute('data-schedule')) ?? '';
  expect(schedule.length).toBeGreaterThan(0);
  const found = Number(await page.locator('[data-testid=watch] [data-var=ticket]').getAttribute('data-value'));
  expect(found).toBeLessThan(0);
  // The URL follows the student (throttled), so the address bar is the link.
  await expect(page).toHaveURL(new RegExp(`schedule=${schedule}(&|$)`));

  await page.goto(await stepUrl(raceProgram, `&schedule=${schedule}`));
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(schedule.length));
  await expect(page.getByText('A link parameter was wrong')).toHaveCount(0);
  await expect(page.locator('[data-testid=watch] [data-var=ticket]')).toHaveAttribute('data-value', String(found));
});

test('stepping back and forth returns the same watch values; a refused step names its reason', async ({ page }) => {
  await page.goto(await stepUrl(raceProgram));
  await idle(page);
  for (let i = 0; i < 6; i++) {
    await page.getByTestId('step-any').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(i + 1));
  }
  await idle(page);
  const schedule = (await page.getByTestId('step-status').getAttribute('data-schedule')) ?? '';
  const watch = await page.getByTestId('watch').innerHTML();
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '5');
  await idle(page);
  // Key presses step a lane too.
  await page.keyboard.press(schedule.slice(-1));
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '6');
  await idle(page);
  const again = await page.getByTestId('watch').innerHTML();
  // The "just changed" marks may differ (they compare with the previous answer); the values may not.
  const values = (html: string) => [...html.matchAll(/data-value="([^"]*)"/g)].map((m) => m[1]);
  expect(values(again)).toEqual(values(watch));

  const bad = await stepUrl(raceProgram, '&schedule=0z');
  await page.goto(bad);
  await expect(page.getByTestId('step-problem')).toHaveAttribute('data-index', '1');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '1');
});

test('two locks in opposite order: the search finds the deadlock, and the wait-for graph has a cycle', async ({ page }) => {
  await page.goto(await stepUrl(twoLocks));
  await idle(page);
  await expect(page.getByTestId('waits-for')).toHaveAttribute('data-cycle', 'false');
  await page.getByTestId('step-search').click();
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-found', 'true', { timeout: 45_000 });
  await expect(page.getByTestId('waits-for')).toHaveAttribute('data-cycle', 'true');
  await expect(page.getByTestId('waits-for')).toContainText('waits for');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByTestId('waits-for')).toContainText('在等');
});

for (const lang of ['zh', 'en'] as const) {
  test(`axe: step mode with a refused step, at bytecode granularity (${lang})`, async ({ page }) => {
    await page.goto((await stepUrl(raceProgram, '&schedule=0z')).replace('lang=en', `lang=${lang}`).replace('granularity=line', 'granularity=bytecode'));
    await expect(page.getByTestId('step-problem')).toBeVisible();
    await expect(page.getByTestId('step-dis')).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test("the watch lists the program's locks only, never threading's own as lock #1, #2", async ({ page }) => {
  // Both sellers started: each Thread has its _started and _tstate_lock, none of them the program's.
  await page.goto(`/?scenario=ticket&lang=en&${OVERSELL.query}&schedule=${OVERSELL.schedule}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length));
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-busy', 'false');
  await expect(page.locator('[data-testid=watch] [data-var=ticket]')).toHaveAttribute('data-value', '-1');
  // The lesson makes its `lock` even when it does not use it (lock=off): that one, alone.
  await expect(page.locator('[data-testid=watch] [data-lock]')).toHaveCount(1);
  await expect(page.locator('[data-testid=watch] [data-lock=lock]')).toHaveAttribute('data-holder', '');
  // With the lock on, a seller holds it.
  await page.goto(`/?scenario=ticket&lang=en&lock=on&tickets=2&mode=step&granularity=line&schedule=${OVERSELL.schedule.slice(0, 12)}`);
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-busy', 'false');
  await expect(page.locator('[data-testid=watch] [data-lock]')).toHaveCount(1);
  await expect(page.locator('[data-testid=watch] [data-lock=lock]')).toHaveCount(1);
});
