import { expect, test, type Page } from '@playwright/test';
import { typeProgram, waitForEnd } from './helpers';

const consoleLines = (page: Page) => page.getByTestId('console').locator('> *');

/** Types a line into the console once the program waits for one with this prompt. */
async function answer(page: Page, prompt: string, line: string): Promise<void> {
  const form = page.getByTestId('console-input-form');
  await expect(form).toContainText(prompt);
  const box = page.getByTestId('console-input');
  await box.fill(line);
  const before = await consoleLines(page).count();
  await box.press('Enter');
  // The program echoes the line when it takes it, as a terminal would.
  await expect(consoleLines(page).nth(before)).toHaveText(new RegExp(`${prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

test('input() waits for a line typed at the console while another thread goes on printing', async ({ page }) => {
  await page.goto('/?scenario=custom&lang=en&speed=20');
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
  // The ticker finishes while MainThread waits: the program is not stuck, it waits for us.
  await expect(consoleLines(page).filter({ hasText: 'tick 2' })).toHaveCount(1);
  await expect(page.getByTestId('console-input-form')).toContainText('MainThread');
  await answer(page, 'name?', '小明 Ada');
  expect(await waitForEnd(page)).toBe('finished');
  await expect(consoleLines(page).filter({ hasText: 'name? 小明 Ada' })).toHaveCount(1);
  await expect(consoleLines(page).last()).toContainText('hello 小明 Ada');
  await expect(page.getByTestId('console-input-form')).toHaveCount(0);
});

test('code.interact gives the program a real >>> prompt on its own globals', async ({ page }) => {
  await page.goto('/?scenario=custom&lang=en&speed=max');
  await typeProgram(page, ['import code, queue', 'q = queue.Queue(5)', "code.interact(banner='', local=globals(), exitmsg='bye')", ''].join('\n'));
  await page.getByTestId('run').click();
  await answer(page, '>>>', 'q.put([1, 2])');
  await answer(page, '>>>', 'x = q.get()');
  await answer(page, '>>>', 'x');
  await expect(consoleLines(page).filter({ hasText: /^.*\[1, 2\]$/ })).toHaveCount(1);
  await answer(page, '>>>', 'for i in range(3): q.put(i)');
  await answer(page, '...', '');
  await answer(page, '>>>', 'len(str(q.qsize()))');
  await answer(page, '>>>', '1/0');
  await expect(consoleLines(page).filter({ hasText: 'ZeroDivisionError: division by zero' })).toHaveCount(1);
  await answer(page, '>>>', 'exit()');
  expect(await waitForEnd(page)).toBe('finished');
  const texts = await page.getByTestId('console').locator('.console-text').allTextContents();
  expect(texts).toEqual([
    '>>> q.put([1, 2])', '>>> x = q.get()', '>>> x', '[1, 2]', '>>> for i in range(3): q.put(i)', '... ',
    '>>> len(str(q.qsize()))', '1', '>>> 1/0', 'Traceback (most recent call last):', '  File "<console>", line 1, in <module>',
    'ZeroDivisionError: division by zero', '>>> exit()',
  ]);
});
