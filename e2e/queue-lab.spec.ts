import { type Page, expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

const PUT_NOWAIT = "TypeError: Queue.put_nowait() missing 1 required positional argument: 'obj'";

/** The main thread's session in the lab, one entry per print. */
function transcript(page: Page) {
  return page.getByTestId('lab-transcript').locator('> li');
}

test('the lesson as written dies at put_nowait() with Python’s TypeError; the fixed program runs', async ({ page }) => {
  await page.goto('/?scenario=bounded-queue&variant=seed&speed=50&lang=en');
  await expect(page.getByTestId('timeline').locator('[data-lane="MainThread"]')).toHaveCount(1);
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('error');
  const consoleLines = page.getByTestId('console').locator('> *');
  await expect(consoleLines).toHaveCount(2);
  await expect(consoleLines.nth(0)).toContainText('<bound method Queue.full of <multiprocessing.queues.Queue object at 0x');
  await expect(consoleLines.nth(1)).toContainText('Traceback (most recent call last):');
  await expect(consoleLines.nth(1)).toContainText(PUT_NOWAIT);
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-error', PUT_NOWAIT);
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-error-line', '9');
  // The line never reached is still explained, with Python's message.
  await expect(page.getByTestId('lab-lesson').locator('[data-line="11"]')).toContainText("TypeError: Queue.get() got an unexpected keyword argument 'time'");

  await page.getByTestId('lab-load-fixed').click();
  await expect(page).toHaveURL(/variant=fixed/);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  await expect(consoleLines).toHaveCount(2);
  await expect(consoleLines.nth(0)).toContainText('False');
  await expect(consoleLines.nth(1)).toContainText('how');
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-error', '');
});

test('the lab: put_nowait six times on an empty Queue(5) raises Full on the sixth, FIFO gets, Empty when empty', async ({ page }) => {
  // No producer or consumer thread: only the student touches the queue.
  await page.goto('/?scenario=bounded-queue&variant=lab&produce=0&consume=0&speed=10&lang=en');
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(1);
  for (let i = 0; i < 6; i++) await page.getByTestId('lab-put-nowait').click();
  await expect(page.getByTestId('lab-tally')).toHaveAttribute('data-full', '1');
  await expect(page.getByTestId('lab-queue')).toHaveAttribute('data-qsize', '5');
  const texts = await transcript(page).allInnerTexts();
  const full = texts.findIndex((t) => t.endsWith('queue.Full'));
  // Six commands echoed before the one traceback: the sixth raised, not an earlier one.
  expect(texts.slice(0, full).filter((t) => t.startsWith('>>> q.put_nowait('))).toHaveLength(6);
  expect(texts[full - 1]).toBe(">>> q.put_nowait('x6')");
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');

  // A blocking put with a timeout waits it out, then raises Full.
  await page.getByTestId('lab-timeout').fill('3');
  await page.getByTestId('lab-put').click();
  await expect(page.getByTestId('lab-tally')).toHaveAttribute('data-full', '2');
  await expect(page.getByTestId('lab-tally')).toContainText(/waited 3\.\d\d s/);

  // Five gets take the five items oldest first; the sixth raises Empty.
  for (let i = 0; i < 6; i++) await page.getByTestId('lab-get-nowait').click();
  await expect(page.getByTestId('lab-tally')).toHaveAttribute('data-empty', '1');
  await expect(page.getByTestId('lab-queue')).toHaveAttribute('data-qsize', '0');
  const after = await transcript(page).allInnerTexts();
  const got = after.filter((t) => /^'x\d'$/.test(t));
  expect(got).toEqual(["'x1'", "'x2'", "'x3'", "'x4'", "'x5'"]);
  expect(after.at(-1)).toMatch(/_queue\.Empty$/);
});

test('the lab: get_nowait on an empty queue raises Empty; the lesson’s wrong get typed at >>> raises TypeError', async ({ page }) => {
  await page.goto('/?scenario=bounded-queue&produce=0&consume=0&speed=10&lang=en');
  await page.getByTestId('lab-get-nowait').click();
  await expect(page.getByTestId('lab-tally')).toHaveAttribute('data-empty', '1');
  await expect(transcript(page).last()).toHaveText(/Traceback \(most recent call last\):\s+File "<console>", line 1, in <module>\s+_queue\.Empty/);
  await page.getByTestId('lab-repl-input').fill('q.get(block=True,time=10)');
  await page.getByTestId('lab-repl-input').press('Enter');
  await expect(transcript(page).last()).toContainText("TypeError: Queue.get() got an unexpected keyword argument 'time'");
  await expect(page.getByTestId('console')).toContainText('>>> q.get(block=True,time=10)');
});
