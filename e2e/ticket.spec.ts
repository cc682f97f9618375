import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { outcomeNumber, waitForEnd } from './helpers';

test('the page and its workers are cross-origin isolated', async ({ page }) => {
  await page.goto('/?scenario=ticket');
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('isolation-warning')).toHaveCount(0);
  await expect(page.getByTestId('run')).toBeEnabled();
});

test('lock on: 2 sellers, 20 tickets, every ticket sold exactly once', async ({ page }) => {
  await page.goto('/?scenario=ticket&lock=on&threads=2&tickets=20&speed=200&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'sold')).toBe(20);
  expect(await outcomeNumber(page, 'remaining')).toBe(0);
  expect(await outcomeNumber(page, 'oversold')).toBe(0);
  expect(await outcomeNumber(page, 'duplicates')).toBe(0);
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines.filter({ hasText: '卖出一张' })).toHaveCount(20);
  await expect(lines.filter({ hasText: 'no ticket!' })).toHaveCount(2);
  await expect(page.getByTestId('verdict')).toContainText('No race');
  // The lesson's own Python runs: its main thread has a lane too.
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(3);
  await expect(page.getByTestId('timeline').locator('[data-lane="线程1"]')).toHaveCount(1);
  await expect(page.getByTestId('timeline').locator('[data-lane="MainThread"]')).toHaveCount(1);
});

test('lock off: the outcome reports what the console shows', async ({ page }) => {
  await page.goto('/?scenario=ticket&threads=2&tickets=20&speed=200&lang=en');
  const toggle = page.getByTestId('lock-toggle');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(page).toHaveURL(/lock=off/);
  // The lock's three lines are still there to read, commented out, so they do not run; nothing else moved.
  const code = page.getByTestId('code');
  for (const n of [12, 17, 20]) await expect(code.locator(`[data-line="${n}"]`)).toContainText(/# lock\.(acquire|release)\(\) {2}# lock off/);
  await expect(code.locator('[data-line="15"]')).toHaveText('            ticket-=1');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  const lines = page.getByTestId('console').locator('> *');
  const texts = await lines.allTextContents();
  const sales = texts.filter((t) => t.includes('卖出一张'));
  const sold = await outcomeNumber(page, 'sold');
  const remaining = await outcomeNumber(page, 'remaining');
  const oversold = await outcomeNumber(page, 'oversold');
  const duplicates = await outcomeNumber(page, 'duplicates');
  expect(sold).toBe(sales.length);
  await expect(lines.filter({ hasText: 'no ticket!' })).toHaveCount(2);
  // The count can only go below zero through a sale made when none was left.
  if (remaining < 0) expect(oversold).toBeGreaterThan(0);
  if (oversold === 0 && duplicates === 0) expect(sold).toBe(20);
  if (oversold > 0 || duplicates > 0) {
    await expect(page.getByTestId('verdict')).toContainText('Race');
    await expect(page.getByTestId('timeline').locator('[data-alert]').first()).toBeVisible();
  } else {
    await expect(page.getByTestId('verdict')).toContainText('No race');
  }
});

test('the lesson as written deadlocks, and the fixed program finishes', async ({ page }) => {
  await page.goto('/?scenario=ticket&variant=seed&tickets=4&speed=200&lang=en');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('deadlock');
  const why = page.getByTestId('deadlock');
  await expect(why).toContainText('waits for the lock at line 12');
  await expect(why).toContainText('line 21 breaks without release()');
  await expect(page.getByTestId('console').locator('> *').filter({ hasText: 'no ticket!' })).toHaveCount(1);
  await page.getByTestId('load-fixed').click();
  await expect(page).toHaveURL(/variant=fixed/);
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'sold')).toBe(4);
});

// The VM's single-worker mode runs every seller in one Python worker (one worker per thread is the next host).
test('the sellers run in one Python worker, and reset ends the run', async ({ page }) => {
  await page.goto('/?scenario=ticket&threads=3&tickets=30&speed=1&lang=en');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(4);
  await expect.poll(() => page.workers().length).toBe(1);
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines.first()).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await expect(lines).toHaveCount(0);
  // The program's worker is gone; the one left is the spare, warm for the next Run, running nothing.
  await expect.poll(() => page.workers().length).toBe(1);
  await page.waitForTimeout(1500);
  await expect(lines).toHaveCount(0);
});

test('pause stops the threads and resume continues', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=20&speed=4&lang=en');
  await page.getByTestId('run').click();
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines.first()).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  const n = await lines.count();
  await page.waitForTimeout(1500);
  expect(await lines.count()).toBe(n);
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await expect.poll(() => lines.count()).toBeGreaterThan(n);
});

test('a bad URL parameter shows a message naming it, and the page still works', async ({ page }) => {
  await page.goto('/?scenario=nope&threads=abc&speed=-1&lang=en');
  const msgs = page.getByTestId('url-messages');
  await expect(msgs).toBeVisible();
  await expect(msgs.locator('[data-param=threads]')).toContainText('threads=abc');
  await expect(msgs.locator('[data-param=speed]')).toContainText('speed=-1');
  await expect(msgs.locator('[data-param=scenario]')).toContainText('nope');
  await expect(page.getByTestId('param-threads')).toHaveValue('2');
  await expect(page.getByTestId('run')).toBeEnabled();
});

test('switching language changes the UI text and the URL', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=zh');
  await expect(page.getByTestId('run')).toContainText('运行');
  await expect(page.getByTestId('code')).toContainText('# 创建锁');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('run')).toContainText('Run');
  await expect(page.getByTestId('code')).toContainText('# create the lock');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('autoplay runs a preset at once', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=5&speed=200&autoplay=1');
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'sold')).toBe(5);
});

test('step: while paused, the threads do their next thing and pause again', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=10&speed=2&lang=en');
  await expect(page.getByTestId('step')).toBeDisabled();
  await page.getByTestId('run').click();
  const lines = page.getByTestId('console').locator('> *');
  await expect(lines.first()).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  const before = await page.getByTestId('timeline-summary').textContent();
  const printed = await lines.count();
  // Step until something visible changes: a print or a thread's state.
  for (let i = 0; i < 20; i++) {
    await page.getByTestId('step').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
    if ((await lines.count()) > printed || (await page.getByTestId('timeline-summary').textContent()) !== before) break;
  }
  expect((await lines.count()) > printed || (await page.getByTestId('timeline-summary').textContent()) !== before).toBe(true);
  await page.waitForTimeout(800);
  const after = await lines.count();
  await page.waitForTimeout(800);
  expect(await lines.count()).toBe(after);
});

test('a finished run exports as Chrome trace JSON for Perfetto', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=3&speed=200&lang=en');
  await expect(page.getByTestId('export-trace')).toBeDisabled();
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-trace').click()]);
  expect(download.suggestedFilename()).toBe('concurrency-lab-ticket.json');
  const path = await download.path();
  const json = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8')) as { traceEvents: { name: string; ph: string; args?: { name?: string } }[] };
  const threads = json.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
  expect(threads).toEqual(['MainThread', '线程1', '线程2']);
  expect(json.traceEvents.filter((e) => e.ph === 'b' && e.name === 'holds lock').length).toBeGreaterThanOrEqual(3);
});

/** The tutorial's program, verbatim (e2e/fixtures), with a ticket count. */
function seedProgram(tickets: number): string {
  return readFileSync(new URL('./fixtures/seed_ticket.py', import.meta.url), 'utf8').replace('ticket=20', `ticket=${tickets}`);
}

/** Replaces the editor's text as a paste would (typing would auto-indent every new line). */
async function pasteProgram(page: Page, code: string): Promise<void> {
  await page.getByTestId('code').locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

test('the code panel is the editor: a slider writes its number, the edited text runs, Back to the lesson restores', async ({ page }) => {
  await page.goto('/?scenario=ticket&variant=seed&tickets=4&speed=max&lang=zh');
  const code = page.getByTestId('code');
  await expect(page.locator('[data-testid=code][data-editor=codemirror]')).toBeVisible();
  // The lesson as written is the tutorial's text with the controls' numbers in it.
  await expect(code.locator('[data-line="5"]')).toHaveText('ticket=4');
  await page.getByTestId('param-tickets').fill('6');
  await expect(code.locator('[data-line="5"]')).toHaveText('ticket=6');
  await page.getByTestId('param-threads').fill('3');
  await expect(code).toContainText("t3=threading.Thread(target=sell_ticket,name='线程3')");
  await page.getByTestId('param-threads').fill('2');

  // The student's fix: release before leaving. It runs, and it finishes.
  const fixed = seedProgram(6).replace(/^( +)print\('no ticket!'\)/m, "$1lock.release()\n$1print('no ticket!')");
  await pasteProgram(page, fixed);
  await expect(page.getByTestId('code-edited')).toBeVisible();
  await expect(page).toHaveURL(/[?&]code=/);
  // Only the control the edited text can take stays on.
  await expect(page.getByTestId('lock-toggle')).toBeDisabled();
  await page.getByTestId('param-tickets').fill('5');
  await expect(code.locator('[data-line="5"]')).toHaveText('ticket=5');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'sold')).toBe(5);
  await expect(page.getByTestId('console').locator('> *').filter({ hasText: 'no ticket!' })).toHaveCount(2);

  // The link carries the edited program.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(code.locator('[data-line="21"]')).toContainText("print('no ticket!')");
  await expect(code.locator('[data-line="20"]')).toContainText('lock.release()');

  // Without a global ticket the ticket analysis steps aside and says so; the generic outcome shows.
  await pasteProgram(page, fixed.replaceAll('ticket=', 'seat=').replaceAll('ticket>', 'seat>').replaceAll('ticket-=', 'seat-=').replace('global ticket', 'global seat').replace('name,ticket', 'name,seat'));
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-analysis', 'generic');
  await expect(page.getByTestId('verdict')).toContainText('卖票分析不再适用');
  await expect(page.getByTestId('vm-outcome')).toBeVisible();

  // The lesson with the settings as they are now (the slider moved to 5 while the text was edited).
  await page.getByTestId('back-to-lesson').click();
  await expect(code.locator('[data-line="5"]')).toHaveText('ticket=5');
  await expect(page.getByTestId('code-edited')).toHaveCount(0);
  await expect(page.getByTestId('lock-toggle')).toBeEnabled();
  await expect(page).not.toHaveURL(/[?&]code=/);
});

test('moving time.sleep(1) out of the critical section changes the outcome', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=6&speed=max&lang=zh');
  const fixed = seedProgram(6).replace(/^( +)print\('no ticket!'\)/m, "$1lock.release()\n$1print('no ticket!')");
  await pasteProgram(page, fixed);
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  // Each sale sleeps holding the lock: the other seller waits about a second per ticket.
  const inside = Number(await page.getByTestId('outcome').getAttribute('data-blocked-seconds'));
  expect(inside).toBeGreaterThan(3);
  // Sleep before taking the lock: the sellers sleep side by side and hardly wait; the check and the sale stay under the lock, so still no race.
  const moved = fixed.replace('            time.sleep(1)\n', '').replace('        lock.acquire()', '        time.sleep(1)\n        lock.acquire()');
  expect(moved).not.toBe(fixed);
  await pasteProgram(page, moved);
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  expect(await outcomeNumber(page, 'sold')).toBe(6);
  expect(await outcomeNumber(page, 'oversold')).toBe(0);
  expect(await outcomeNumber(page, 'blocked-seconds')).toBeLessThan(1);
});
