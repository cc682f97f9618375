import { expect, test, type Page } from '@playwright/test';
import { encodeCode } from '../src/url/code-param';
import { PAUSE_LOCALS_PROGRAM, pauseAndExpectLocals } from './fixtures/pause-locals';
import { typeProgram, waitForEnd } from './helpers';

// Pause, step and resume of live runs in worker mode (vm=workers): every Python thread on a Web Worker of its own
// stands at its next safe point, the shared clock stands still, and the run goes on exactly after (src/python/vm/host/pause.ts).
const lines = (page: Page) => page.getByTestId('console').locator('> *');
const status = (page: Page) => page.getByTestId('run-status');
const badge = (page: Page) => page.getByTestId('runtime');

/** Paused: nothing more is printed and the timeline's clock stands while we look. */
async function standsStill(page: Page): Promise<void> {
  const n = await lines(page).count();
  const summary = await page.getByTestId('timeline-summary').textContent();
  await page.waitForTimeout(1200);
  expect(await lines(page).count()).toBe(n);
  expect(await page.getByTestId('timeline-summary').textContent()).toBe(summary);
  await expect(status(page)).toHaveAttribute('data-status', 'paused');
}

/** Steps until something visible changes (a print or a thread's state); every step ends paused again. */
async function stepUntilChange(page: Page): Promise<void> {
  const printed = await lines(page).count();
  const before = await page.getByTestId('timeline-summary').textContent();
  const changed = async (): Promise<boolean> => (await lines(page).count()) > printed || (await page.getByTestId('timeline-summary').textContent()) !== before;
  for (let i = 0; i < 20 && !(await changed()); i++) {
    await page.getByTestId('step').click();
    await expect(status(page)).toHaveAttribute('data-status', 'paused');
  }
  expect(await changed()).toBe(true);
}

/** Pause stands still, a step moves and pauses again, and the resumed run finishes. */
async function pauseStepResume(page: Page): Promise<void> {
  await page.getByTestId('pause').click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused');
  await standsStill(page);
  await stepUntilChange(page);
  await standsStill(page);
  await page.getByTestId('pause').click();
  expect(await waitForEnd(page, 90_000)).toBe('finished');
}

test('the ticket lesson on workers: pause stands still, step moves and pauses again, resume sells every ticket once', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=10&speed=2&lang=en&vm=workers');
  await page.getByTestId('run').click();
  await expect(lines(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(badge(page)).toHaveAttribute('data-vm', 'workers');
  await expect(page.getByTestId('pause')).toBeEnabled();
  await pauseStepResume(page);
  // CPython: 10 sales, each leaving one fewer (9 … 0), then each of the two sellers' 'no ticket!'.
  const text = await page.getByTestId('console').locator('.console-text').allTextContents();
  const left = text.map((t) => /剩(\d+) 张/.exec(t)?.[1]).filter((x): x is string => x !== undefined).map(Number);
  expect(left).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  expect(text.filter((t) => t.includes('no ticket!'))).toHaveLength(2);
});

// A child process and the main process print and sleep side by side: a pause stands both processes' workers.
const processProgram = [
  'import multiprocessing',
  'import sys',
  'import time',
  'def work(name):',
  '    for i in range(5):',
  "        sys.stdout.write(f'{name} {i}\\n')  # one write: CPython's print writes the newline apart, and two processes can tear it",
  '        time.sleep(0.5)',
  "if __name__ == '__main__':",
  "    p = multiprocessing.Process(target=work, args=('child',))",
  '    p.start()',
  "    work('main')",
  '    p.join()',
  "    print('joined', p.exitcode)",
  '',
].join('\n');

test('a Process program on workers: pause stands both processes, step moves, resume ends as CPython prints', async ({ page }) => {
  await page.goto('/?scenario=custom&lang=en&speed=1&vm=workers');
  await typeProgram(page, processProgram);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('console')).toContainText('child 0', { timeout: 30_000 });
  await expect(badge(page)).toHaveAttribute('data-vm', 'workers');
  await pauseStepResume(page);
  // CPython 3.12 prints these 11 lines (python3 -u; the two processes' order is the scheduler's, so compared sorted).
  const text = (await page.getByTestId('console').locator('.console-text').allTextContents()).map((t) => t.trim()).sort();
  const expected = [...[0, 1, 2, 3, 4].flatMap((i) => [`child ${i}`, `main ${i}`]), 'joined 0'].sort();
  expect(text).toEqual(expected);
});

// The watch-locals lesson (e2e/watch-locals.spec.ts) on workers: each thread's locals as CPython reprs them.
const localsProgram = PAUSE_LOCALS_PROGRAM;

test('live mode on workers: paused, the watch shows each worker’s locals as CPython reprs them', async ({ page }) => {
  await page.goto(`/?scenario=custom&lang=en&speed=1&vm=workers&code=${await encodeCode(localsProgram)}`);
  const watch = page.getByTestId('live-watch');
  await page.getByTestId('run').click();
  await expect(watch.locator('[data-var=started]')).toHaveAttribute('data-value', 'True', { timeout: 30_000 });
  await expect(badge(page)).toHaveAttribute('data-vm', 'workers');
  await pauseAndExpectLocals(page);
});
