import { expect, test } from '@playwright/test';
import { encodeCode } from '../src/url/code-param';
import { PAUSE_LOCALS_PROGRAM, pauseAndExpectLocals } from './fixtures/pause-locals';

// Issue 12, locals in live mode: Pause a live run and the watch shows each thread's locals in its frame.
const program = PAUSE_LOCALS_PROGRAM;

test('live mode: paused, the watch shows each worker’s locals as CPython reprs them; running, it says to pause', async ({ page }) => {
  await page.goto(`/?scenario=custom&lang=en&speed=1&code=${await encodeCode(program)}`);
  const watch = page.getByTestId('live-watch');
  await page.getByTestId('run').click();
  await expect(watch.locator('[data-var=started]')).toHaveAttribute('data-value', 'True');
  // Running, a frame's locals change without events: the watch does not claim them, it says how to see them.
  await pauseAndExpectLocals(page);
});
