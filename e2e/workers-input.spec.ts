import { type Page, expect, test } from '@playwright/test';
import { typeProgram, waitForEnd } from './helpers';

// input() and the lab's >>> with one worker per Python thread (vm=workers): the lines typed in the page reach
// the program's threads through the console's mailbox (src/python/vm/host/stdin.ts), with no fallback to one worker.

const badge = (page: Page) => page.getByTestId('runtime');
const consoleLines = (page: Page) => page.getByTestId('console').locator('> *');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function onWorkers(page: Page, atLeast: number): Promise<void> {
  await expect(badge(page)).toHaveAttribute('data-vm', 'workers');
  await expect(badge(page)).not.toHaveAttribute('data-vm-fallback', /./);
  await expect(badge(page)).toContainText('one worker per thread');
  expect(Number(await badge(page).getAttribute('data-workers'))).toBeGreaterThanOrEqual(atLeast);
}

test('worker mode: input() in the main thread waits for a typed line while a thread on its own worker goes on printing', async ({ page }) => {
  await page.goto('/?scenario=custom&lang=en&speed=20&vm=workers');
  await typeProgram(page, [
    'import threading, time',
    'def ticker():',
    '    for i in range(3):',
    '        time.sleep(0.2)',
    "        print('tick', i)",
    'threading.Thread(target=ticker).start()',
    "name = input('name? ')",
    "print('hello', name)",
    '',
  ].join('\n'));
  await page.getByTestId('run').click();
  // The ticker finishes while MainThread waits in input(): its GIL was released.
  await expect(consoleLines(page).filter({ hasText: 'tick 2' })).toHaveCount(1);
  const form = page.getByTestId('console-input-form');
  await expect(form).toContainText('name?');
  await expect(form).toContainText('MainThread');
  const box = page.getByTestId('console-input');
  await box.fill('小明 Ada');
  await box.press('Enter');
  expect(await waitForEnd(page, 60_000)).toBe('finished');
  await expect(consoleLines(page).filter({ hasText: 'name? 小明 Ada' })).toHaveCount(1);
  await expect(consoleLines(page).last()).toContainText('hello 小明 Ada');
  await expect(form).toHaveCount(0);
  await onWorkers(page, 2);
});

/** The lab's session, one entry per print. */
const transcript = (page: Page) => page.getByTestId('lab-transcript').locator('> li');

/** Types one line at the lab's >>> and waits until the REPL has echoed it. */
async function typeAt(page: Page, line: string): Promise<void> {
  const box = page.getByTestId('lab-repl-input');
  await box.fill(line);
  await box.press('Enter');
  if (line === '') return;
  await expect(transcript(page).filter({ hasText: new RegExp(`^(>>>|\\.\\.\\.) ${escape(line)}$`) }).last()).toBeVisible({ timeout: 30_000 });
}

test('worker mode: the bounded-queue lab’s >>> runs each statement in the program’s main thread against the real q', async ({ page }) => {
  await page.goto('/?scenario=bounded-queue&variant=lab&produce=0&consume=0&speed=10&lang=en&vm=workers');
  await typeAt(page, 'q.put([1, 2])');
  await typeAt(page, 'len(str(q.qsize()))');
  await expect(transcript(page).last()).toHaveText('1');
  await typeAt(page, 'for i in range(3): q.put(i)');
  await expect(page.getByTestId('lab-prompt')).toHaveText('...');
  await typeAt(page, '');
  await expect(page.getByTestId('lab-prompt')).toHaveText('>>>');
  await expect(page.getByTestId('lab-queue')).toHaveAttribute('data-qsize', '4');
  await typeAt(page, 'x = q.get()');
  await typeAt(page, 'x, q.qsize(), q.full()');
  await expect(transcript(page).last()).toHaveText('([1, 2], 3, False)');
  // An exception at >>> is CPython's traceback, and the prompt comes back.
  await typeAt(page, '1/0');
  await expect(transcript(page).last()).toContainText('ZeroDivisionError: division by zero');
  await expect(page.getByTestId('lab-prompt')).toHaveText('>>>');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await onWorkers(page, 1);
});

test('worker mode: the default lab’s producer and consumer run beside the >>> prompt, each thread on a worker of its own', async ({ page }) => {
  await page.goto('/?scenario=bounded-queue&speed=10&lang=en&vm=workers');
  await page.getByTestId('run').click();
  await expect(consoleLines(page).filter({ hasText: 'put item0' })).toHaveCount(1, { timeout: 30_000 });
  await expect(consoleLines(page).filter({ hasText: 'got item0' })).toHaveCount(1, { timeout: 30_000 });
  await typeAt(page, 'q.qsize() <= 5, type(q).__name__');
  await expect(transcript(page).last()).toHaveText("(True, 'Queue')");
  await typeAt(page, 'exit()');
  expect(await waitForEnd(page, 60_000)).toBe('finished');
  await onWorkers(page, 3);
});

test('worker mode: a blocking put at >>> that nothing will end hangs as in CPython; the lab says so', async ({ page }) => {
  await page.goto('/?scenario=bounded-queue&variant=lab&maxsize=1&produce=0&consume=0&speed=10&lang=en&vm=workers');
  await typeAt(page, 'q.put(1)');
  await typeAt(page, 'q.put(2)');
  await expect(page.getByTestId('lab-stuck')).toContainText('never returns', { timeout: 30_000 });
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-stuck', 'Queue.put');
  await onWorkers(page, 1);
});
