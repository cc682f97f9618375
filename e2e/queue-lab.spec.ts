import AxeBuilder from '@axe-core/playwright';
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

/** Types one line at the lab's >>> and waits until the REPL has echoed it. */
async function typeAt(page: Page, line: string): Promise<void> {
  const box = page.getByTestId('lab-repl-input');
  await box.fill(line);
  await box.press('Enter');
  // An empty line ends a block: its echo is a bare '... '.
  if (line === '') return;
  await expect(transcript(page).filter({ hasText: new RegExp(`^(>>>|\\.\\.\\.) ${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).last()).toBeVisible();
}

test('the lab’s >>> is a real REPL, every statement run against the real q, blocks with ..., values echoed as repr', async ({ page }) => {
  await page.goto('/?scenario=bounded-queue&variant=lab&produce=0&consume=0&speed=10&lang=en');
  await typeAt(page, 'q.put([1, 2])');
  await typeAt(page, 'len(str(q.qsize()))');
  await expect(transcript(page).last()).toHaveText('1');
  await typeAt(page, 'for i in range(3): q.put(i)');
  // Inside a block the prompt is CPython's continuation prompt.
  await expect(page.getByTestId('lab-prompt')).toHaveText('...');
  await typeAt(page, '');
  await expect(page.getByTestId('lab-prompt')).toHaveText('>>>');
  await expect(page.getByTestId('lab-queue')).toHaveAttribute('data-qsize', '4');
  await expect(page.getByTestId('lab-queue').locator('.qlab-slot.is-full').first()).toHaveText('[1, 2]');
  await typeAt(page, 'x = q.get()');
  await typeAt(page, 'x, q.qsize(), q.full()');
  await expect(transcript(page).last()).toHaveText('([1, 2], 3, False)');
  await typeAt(page, 'print(q.full)');
  await expect(transcript(page).last()).toHaveText(/^<bound method Queue\.full of <multiprocessing\.queues\.Queue object at 0x[0-9a-f]+>>$/);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
});

test('the lab: a blocking put on a full queue with nobody to take from it hangs as in CPython; the lab says so and offers Reset', async ({ page }) => {
  await page.goto('/?scenario=bounded-queue&variant=lab&maxsize=1&produce=0&consume=0&speed=10&lang=en');
  await typeAt(page, 'q.put(1)');
  await typeAt(page, 'q.put(2)');
  await expect(page.getByTestId('lab-stuck')).toContainText('never returns');
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-stuck', 'Queue.put');
  const axe = await new AxeBuilder({ page }).include('.qlab').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByTestId('lab-reset').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('lab-stuck')).toHaveCount(0);
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
  // CPython's traceback: the console frame, the library frames of multiprocessing/queues.py, then _queue.Empty.
  await expect(transcript(page).last()).toHaveText(/^Traceback \(most recent call last\):\n {2}File "<console>", line 1, in <module>\n[\s\S]*queues\.py", line \d+, in get\n[\s\S]*\n_queue\.Empty$/);
  await page.getByTestId('lab-repl-input').fill('q.get(block=True,time=10)');
  await page.getByTestId('lab-repl-input').press('Enter');
  await expect(transcript(page).last()).toContainText("TypeError: Queue.get() got an unexpected keyword argument 'time'");
  await expect(page.getByTestId('console')).toContainText('>>> q.get(block=True,time=10)');
  // code.interact caught both and the prompt goes on: no line of the program failed.
  await expect(page.getByTestId('code').locator('[data-failed=true]')).toHaveCount(0);
});

test('the default lab: the producer and consumer threads run beside the >>> prompt, and q is the queue they share', async ({ page }) => {
  await page.goto('/?scenario=bounded-queue&speed=10&lang=en');
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(3);
  await page.getByTestId('run').click();
  const consoleLines = page.getByTestId('console').locator('> *');
  await expect(consoleLines.filter({ hasText: 'put item0' })).toHaveCount(1);
  await expect(consoleLines.filter({ hasText: 'got item0' })).toHaveCount(1);
  await typeAt(page, 'q.qsize() <= 5, type(q).__name__');
  await expect(transcript(page).last()).toHaveText("(True, 'Queue')");
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
});
