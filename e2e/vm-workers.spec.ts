import { expect, test, type Page } from '@playwright/test';
import { outcomeNumber, typeProgram, waitForEnd } from './helpers';

// Worker mode (vm=workers): each Python thread of the program on a Web Worker of its own.
const consoleText = async (page: Page): Promise<string> => (await page.getByTestId('console').locator('.console-text').allTextContents()).join('\n');
const badge = (page: Page) => page.getByTestId('runtime');

test('sing and dance in worker mode prints the lesson’s lines on more than one worker', async ({ page }) => {
  await page.goto('/?scenario=sing-dance&iterations=10&speed=max&lang=en&vm=workers&autoplay=1');
  expect(await waitForEnd(page)).toBe('finished');
  // CPython 3.12 prints `dance` 10 times and `sing` 10 times (/tmp: python3 of the lesson with iterations=10).
  const words = ((await consoleText(page)).match(/sing|dance/g) ?? []).sort();
  expect(words).toEqual([...Array<string>(10).fill('dance'), ...Array<string>(10).fill('sing')]);
  await expect(badge(page)).toHaveAttribute('data-vm', 'workers');
  // MainThread and the two lesson threads: three workers.
  expect(Number(await badge(page).getAttribute('data-workers'))).toBeGreaterThan(1);
  await expect(badge(page)).toContainText('one worker per thread');
});

test('4 × 100 000 counter += 1 under the GIL ends with 400000 in worker mode', async ({ page }) => {
  await page.goto('/?scenario=custom&lang=en&speed=max&vm=workers');
  await typeProgram(
    page,
    'import threading\n\ncounter = 0\n\ndef work():\n    global counter\n    for _ in range(100000):\n        counter += 1\n\nts = [threading.Thread(target=work) for _ in range(4)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(counter)\n',
  );
  await page.getByTestId('run').click();
  expect(await waitForEnd(page, 120_000)).toBe('finished');
  // CPython 3.12 prints 400000: the loop's back edge is the only eval-breaker check inside `counter += 1`.
  expect((await consoleText(page)).trim()).toBe('400000');
  expect(Number(await badge(page).getAttribute('data-workers'))).toBe(5);
});

test('Reset of a paused endless loop in worker mode stops every worker, and the page stays usable', async ({ page }) => {
  await page.goto('/?scenario=custom&lang=en&speed=max&vm=workers');
  await typeProgram(page, "import threading\n\ndef spin():\n    while True:\n        pass\n\nthreading.Thread(target=spin, daemon=True).start()\nprint('spinning')\nspin()\n");
  await page.getByTestId('run').click();
  await expect(page.getByTestId('console').locator('> *').first()).toContainText('spinning');
  await expect(badge(page)).toHaveAttribute('data-workers', '2');
  // Paused, both spinning threads stand at their loop's back edge; Reset ends the paused run too.
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  // Every worker alive now (the python host, both spinning threads' workers, spares) must end with the run.
  const before = page.workers();
  expect(before.length).toBeGreaterThanOrEqual(3);
  const closed = before.map((w) => new Promise<void>((resolve) => w.once('close', () => resolve())));
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await Promise.all(closed);
  await typeProgram(page, "import threading\nt = threading.Thread(target=print, args=('after the loop',))\nt.start()\nt.join()\n");
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  await expect(page.getByTestId('console').locator('> *')).toHaveText([/after the loop/]);
});

test('the processes lesson in worker mode: each child prints its own pid, no two alike, on workers of its own', async ({ page }) => {
  await page.goto('/?scenario=processes&dance=3&song=4&lang=en&speed=max&vm=workers');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page, 120_000)).toBe('finished');
  await expect(badge(page)).toHaveAttribute('data-vm', 'workers');
  await expect(badge(page)).not.toHaveAttribute('data-vm-fallback', /./);
  await expect(badge(page)).toContainText('one worker per thread');
  // The main process and two children: a worker each.
  expect(Number(await badge(page).getAttribute('data-workers'))).toBeGreaterThanOrEqual(3);
  const text = await consoleText(page);
  // CPython 3.12 prints the main pid once, `dancing  pid=P1` 3 times and `song  pid=P2` 4 times, three distinct pids.
  const main = [...text.matchAll(/主进程ID(\d+)/g)].map((m) => m[1]);
  const dance = [...text.matchAll(/dancing {2}pid=(\d+)/g)].map((m) => m[1]);
  const song = [...text.matchAll(/song {2}pid=(\d+)/g)].map((m) => m[1]);
  expect([main.length, dance.length, song.length]).toEqual([1, 3, 4]);
  expect(new Set(dance).size).toBe(1);
  expect(new Set(song).size).toBe(1);
  expect(new Set([...main, ...dance, ...song]).size).toBe(3);
});

test('the mp-queue lesson in worker mode: every item from the producer process reaches the consumer process, in order', async ({ page }) => {
  await page.goto('/?scenario=process-queue&count=4&lang=en&speed=max&vm=workers');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page, 120_000)).toBe('finished');
  await expect(badge(page)).toHaveAttribute('data-vm', 'workers');
  const text = await consoleText(page);
  // CPython 3.12: the producer (one pid) puts `pid P i` for i = 0..3 and the consumer gets them in that order.
  const made = [...text.matchAll(/pid (\d+) {2}(\d)/g)].map((m) => `${m[1]} ${m[2]}`);
  const got = [...text.matchAll(/消费了-+ pid (\d+) (\d)/g)].map((m) => `${m[1]} ${m[2]}`);
  expect(made).toHaveLength(4);
  expect(got).toEqual(made);
});

test('a process pool program falls back to one worker, and the badge says why', async ({ page }) => {
  await page.goto('/?scenario=process-pool&lang=en&speed=max&vm=workers');
  await expect(badge(page)).toHaveAttribute('data-vm', 'one');
  await expect(badge(page)).toHaveAttribute('data-vm-fallback', 'processes');
  await expect(badge(page)).toHaveAttribute('title', /multiprocessing/);
  await expect(badge(page)).toContainText('one worker');
});

test('worker mode: a syntax error is CPython’s, and a lock taken twice ends as a deadlock', async ({ page }) => {
  await page.goto('/?scenario=custom&lang=en&speed=max&vm=workers');
  await typeProgram(page, "print('before')\nx = (1,\n");
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('error');
  await expect(page.getByTestId('run-syntax-error')).toContainText("SyntaxError: '(' was never closed");
  // CPython hangs here for ever; the VM sees every thread blocked for good and says so.
  await typeProgram(page, "import threading\nlock = threading.Lock()\nlock.acquire()\nprint('once')\nlock.acquire()\nprint('never')\n");
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('deadlock');
  await expect(page.getByTestId('console').locator('.console-text').first()).toHaveText('once');
  await expect(page.getByTestId('console')).not.toContainText('never');
});

test('the ticket sellers with the lock off, each on its own worker: the outcome and the lanes come from the workers’ events', async ({ page }) => {
  await page.goto('/?scenario=ticket&lock=off&threads=3&tickets=20&speed=max&lang=en&vm=workers');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page, 120_000)).toBe('finished');
  const texts = await page.getByTestId('console').locator('> *').allTextContents();
  const sold = await outcomeNumber(page, 'sold');
  expect(sold).toBe(texts.filter((t) => t.includes('卖出一张')).length);
  // CPython 3.12 with the GIL: `ticket-=1` is never split, so no ticket is sold twice; the sellers oversell by at most threads − 1.
  expect(await outcomeNumber(page, 'duplicates')).toBe(0);
  expect(await outcomeNumber(page, 'oversold')).toBeLessThanOrEqual(2);
  expect(await outcomeNumber(page, 'remaining')).toBe(20 - sold);
  // MainThread and three sellers: a lane and a worker each.
  await expect(page.getByTestId('timeline').locator('[data-lane]')).toHaveCount(4);
  await expect(page.getByTestId('timeline').locator('[data-lane="线程1"]')).toHaveCount(1);
  expect(Number(await badge(page).getAttribute('data-workers'))).toBe(4);
});
