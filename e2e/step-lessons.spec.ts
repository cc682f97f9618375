import { type Page, expect, test } from '@playwright/test';
import { OVERSELL } from '../src/scenarios/ticket/step-links';

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-busy', 'false');
}

test('ticket lesson: a schedule= link that oversells loads and shows it', async ({ page }) => {
  await page.goto(`/?scenario=ticket&lang=en&${OVERSELL.query}&schedule=${OVERSELL.schedule}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length));
  await idle(page);
  await expect(page.getByText('A link parameter was wrong')).toHaveCount(0);
  await expect(page.locator('[data-testid=watch] [data-var=ticket]')).toHaveAttribute('data-value', '-1');
  await expect(page.getByTestId('step-verdict')).toHaveAttribute('data-broken', 'true');
  await expect(page.getByTestId('step-verdict')).toContainText('below zero');
  // One step back the last store has not happened: the verdict follows the state.
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length - 1));
  await expect(page.getByTestId('step-verdict')).toHaveAttribute('data-broken', 'false');
});

test('ticket lesson at bytecode granularity: ticket-=1 opens into its four instructions, each thread marked', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=en&lock=off&tickets=2&mode=step&granularity=bytecode');
  await idle(page);
  const dis = page.getByTestId('code-dis');
  await expect(dis).toBeVisible();
  const line = await dis.locator('tr[data-src-line]', { hasText: 'ticket-=1' }).getAttribute('data-src-line');
  const rows = dis.locator(`[data-testid=dis-row][data-line="${line}"]`);
  await expect(rows).toHaveCount(4);
  const text = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
  expect(text).toEqual([expect.stringMatching(/LOAD_GLOBAL \d+ \(ticket\)$/), expect.stringMatching(/LOAD_CONST \d+ \(1\)$/), expect.stringMatching(/BINARY_OP 23 \(-=\)$/), expect.stringMatching(/STORE_GLOBAL \d+ \(ticket\)$/)]);
  // The main thread sits at the module's first instruction; a step moves its mark.
  await expect(dis.locator('[data-testid=dis-row][data-current="0"]')).toHaveAttribute('data-opname', 'RESUME');
  await page.getByTestId('step-thread-0').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '1');
  await expect(dis.locator('[data-testid=dis-row][data-current="0"]')).toHaveAttribute('data-offset', '2');
  // Back to line granularity: the editor again.
  await page.getByTestId('granularity').selectOption('line');
  await expect(dis).toHaveCount(0);
  await expect(page.locator('.cm-editor')).toBeVisible();
});

test('the step lessons are in the picker and open in step mode, in both languages', async ({ page }) => {
  await page.goto('/?scenario=two-locks&lang=zh');
  await expect(page.getByTestId('mode-step')).toHaveAttribute('aria-pressed', 'true');
  await idle(page);
  await expect(page.getByTestId('scenario-select')).toHaveValue('two-locks');
  await expect(page.getByTestId('scenario-intro')).toContainText('lock_a');
  for (const id of ['rlock', 'condition', 'counter', 'bank']) await expect(page.locator(`[data-testid=scenario-select] option[value=${id}]`)).toHaveCount(1);
  await page.goto('/?scenario=rlock&lang=en&mode=live');
  await expect(page.getByTestId('mode-live')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('step-status')).toHaveCount(0);
});

test('Run in step mode lets the threads go by themselves: back to live mode, and the run is not thrown away', async ({ page }) => {
  // Pressed at once, before the (lazy) step panel has loaded: the race a quick student hits.
  await page.goto('/?scenario=rlock&speed=max&lang=en');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('mode-live')).toHaveAttribute('aria-pressed', 'true');
  // Re-entering a Lock waits on itself forever: CPython hangs there; the lab names it.
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'deadlock', { timeout: 30_000 });
  await expect(page.getByTestId('step-status')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('live');
  // The panel, once loaded, leaves the student's choice alone.
  await page.waitForTimeout(500);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'deadlock');
});

test('a step lesson opened and left alone is in step mode, and Run there still runs live', async ({ page }) => {
  await page.goto('/?scenario=counter&speed=max&lang=en');
  await expect(page.getByTestId('mode-step')).toHaveAttribute('aria-pressed', 'true');
  await idle(page);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  await expect(page.getByTestId('mode-live')).toHaveAttribute('aria-pressed', 'true');
});

test('the run key (k) in step mode runs live too: Run leaves step mode whoever asks, and the stepped timeline goes', async ({ page }) => {
  await page.goto('/?scenario=counter&speed=max&lang=en');
  await expect(page.getByTestId('mode-step')).toHaveAttribute('aria-pressed', 'true');
  await idle(page);
  await page.getByTestId('step-any').click();
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-step', '1');
  await page.locator('body').press('k');
  await expect(page.getByTestId('mode-live')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  await expect(page.getByTestId('step-status')).toHaveCount(0);
});

// Found by the engine's search (PCT, seed 1): main starts both, each takes its first lock, then each waits for the other's.
const FOREVER = '0000000001002002112';

test('a challenge solved by a schedule: recognised, its link shown, kept in local storage', async ({ page }) => {
  await page.goto(`/?scenario=two-locks&lang=en&challenge=two-locks-forever&schedule=${FOREVER}`);
  const ch = page.getByTestId('challenge');
  await expect(ch).toHaveAttribute('data-ruled', 'true');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(FOREVER.length));
  await expect(ch).toHaveAttribute('data-solved', 'true');
  await expect(page.getByTestId('waits-for')).toHaveAttribute('data-cycle', 'true');
  await expect(page.getByTestId('challenge-link')).toHaveAttribute('href', new RegExp(`challenge=two-locks-forever.*schedule=${FOREVER}`));
  await expect(page.locator('[data-testid=challenge-list] [data-challenge=two-locks-forever]')).toHaveAttribute('data-solved', 'true');
  // A new visit: the list still knows; one step back is not solved.
  await page.goto('/?scenario=two-locks&lang=en');
  await expect(page.locator('[data-testid=challenge-list] [data-challenge=two-locks-forever]')).toHaveAttribute('data-solved', 'true');
  await expect(page.locator('[data-testid=challenge-list] [data-challenge=ticket-twice]')).toHaveAttribute('data-solved', 'false');
  await page.goto(`/?scenario=two-locks&lang=en&challenge=two-locks-forever&schedule=${FOREVER.slice(0, -1)}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(FOREVER.length - 1));
  await expect(page.getByTestId('challenge')).toHaveAttribute('data-solved', 'false');
});

test('bad challenge progress in local storage is ignored, never a crash', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('concurrency-lab:challenges:v1', '{"two-locks-forever": 5, "x": "00", oops'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?scenario=two-locks&lang=en');
  await idle(page);
  await expect(page.locator('[data-testid=challenge-list] li[data-solved=true]')).toHaveCount(0);
  // Opening a challenge from the list switches lesson, program and rules.
  await page.getByTestId('challenge-open-ticket-twice').click();
  await expect(page.getByTestId('challenge')).toHaveAttribute('data-ruled', 'true');
  await expect(page.getByTestId('granularity')).toHaveValue('bytecode');
  await expect(page.getByTestId('free-threaded')).toBeChecked();
  await expect(page).toHaveURL(/scenario=ticket/);
  expect(errors).toEqual([]);
});

test('the engine’s reasons in Chinese: a refused step, the disabled buttons, why nobody can move', async ({ page }) => {
  await page.goto(`/?scenario=ticket&lang=zh&${OVERSELL.query}&schedule=0z`);
  await expect(page.getByTestId('step-problem')).toContainText('没有这个线程');
  // Said once: which step, which thread, why (the reason used to repeat the step and thread).
  expect((await page.getByTestId('step-problem').innerText()).split('不能走').length).toBe(2);
  await page.goto(`/?scenario=two-locks&lang=zh&variant=no-sleep&schedule=${FOREVER.slice(0, -1)}`);
  await idle(page);
  const disabled = page.locator('[data-testid^=step-thread-][disabled]');
  await expect(disabled.first()).toHaveAttribute('title', /阻塞在|GIL/);
  // The English reason stays the contract.
  await expect(disabled.first()).toHaveAttribute('data-reason', /blocked on|the GIL/);
  await page.goto(`/?scenario=two-locks&lang=zh&variant=no-sleep&schedule=${FOREVER}`);
  await expect(page.getByTestId('waits-for')).toHaveAttribute('data-cycle', 'true');
  await expect(page.locator('.step-explain')).toContainText('有环');
  await expect(page.locator('.step-explain')).not.toContainText('waits for');
  await expect(page.getByTestId('step-verdict')).toContainText('死锁');
});
