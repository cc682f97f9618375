import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

// Scenarios whose queues are start-up pipes, join() or a pool's machinery, not the student's.
// (gil runs its Python on the VM now: no stand-in queues, its joins are named `join Thread-1 (work)`.)
// processes and globals run on the VM: a Process.join() is a join (VmTrace names it for the
// process it waits for), never a lock wait or a queue wait.
for (const q of ['processes&dance=2&song=2', 'globals&increments=2']) {
  test(`a process's join is named a join, not a lock or a queue (${q.split('&')[0]})`, async ({ page }) => {
    await page.goto(`/?scenario=${q}&speed=max&lang=en&autoplay=1`);
    await waitForEnd(page);
    await expect(page.locator('.legend .legend-joining')).toContainText('join: waiting for a thread or process to end');
    // (join-state.spec.ts hovers the join itself.)
  });
}

const internal = [
  { q: 'thread-pool', words: 'waiting inside the pool' },
  { q: 'process-pool&tasks=3', words: 'waiting inside the pool' },
  { q: 'pool&tasks=3', words: 'waiting inside the pool' },
];

for (const { q, words } of internal) {
  test(`internal waits are named as what they are, not "waiting on a queue" (${q.split('&')[0]})`, async ({ page }) => {
    await page.goto(`/?scenario=${q}&speed=max&lang=en&autoplay=1`);
    await waitForEnd(page);
    const legend = page.locator('.legend');
    await expect(legend).toContainText(words);
    await expect(legend).not.toContainText('waiting on a queue');
    await expect(page.getByTestId('timeline-summary')).not.toContainText('waiting on a queue');
  });
}

test('the bakery’s queue is the student’s own: still "waiting on a queue"', async ({ page }) => {
  await page.goto('/?scenario=bakery&count=2&speed=max&lang=en&autoplay=1');
  await waitForEnd(page);
  await expect(page.locator('.legend')).toContainText('waiting on a queue');
});
