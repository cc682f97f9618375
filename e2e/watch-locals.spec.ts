import { expect, test } from '@playwright/test';
import { encodeCode } from '../src/url/code-param';
import { PAUSE_LOCALS_PROGRAM } from './fixtures/pause-locals';

// Issue 12, locals in live mode: Pause a live run and the watch shows each thread's locals in its frame.
const program = PAUSE_LOCALS_PROGRAM;

test('live mode: paused, the watch shows each worker’s locals as CPython reprs them; running, it says to pause', async ({ page }) => {
  await page.goto(`/?scenario=custom&lang=en&speed=1&code=${await encodeCode(program)}`);
  const watch = page.getByTestId('live-watch');
  await page.getByTestId('run').click();
  await expect(watch.locator('[data-var=started]')).toHaveAttribute('data-value', 'True');
  // Running, a frame's locals change without events: the watch does not claim them, it says how to see them.
  await expect(watch.getByTestId('watch-locals-note')).toContainText('pause the run');
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('pause')).toHaveAttribute('aria-pressed', 'true');
  const frames = watch.locator('[data-thread-locals]');
  await expect(frames).toHaveCount(2);
  // CPython 3.12: repr(k), repr(sq), repr(word), repr(items) in work(2) and work(3).
  const expected = [
    { k: '2', sq: '4', word: "'w2'", items: '[2, 4, None]' },
    { k: '3', sq: '9', word: "'w3'", items: '[3, 9, None]' },
  ];
  for (const [i, locals] of expected.entries()) {
    for (const [name, value] of Object.entries(locals)) {
      await expect(frames.nth(i).locator(`[data-local=${name}]`)).toHaveAttribute('data-value', value);
    }
  }
  await expect(watch.getByTestId('watch-locals-note')).toHaveCount(0);
});
