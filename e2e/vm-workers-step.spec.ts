import { type Page, expect, test } from '@playwright/test';
import { OVERSELL } from '../src/scenarios/ticket/step-links';
import { clickLane } from './helpers';

// Step mode on real workers (issue 12, vm=workers&mode=step): every Python thread on a Web Worker
// of its own, parked before each step. OVERSELL was made on the one-worker stepper (step.test.ts
// proves it oversells there; worker-remote.test.ts that workers give the same ticket).

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-busy', 'false', { timeout: 60_000 });
}

test('ticket lesson on real workers: the oversell link replays to its last step, ticket below zero', async ({ page }) => {
  await page.goto(`/?scenario=ticket&lang=en&vm=workers&${OVERSELL.query}&schedule=${OVERSELL.schedule}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length), { timeout: 60_000 });
  await idle(page);
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
  await expect(page.getByText('A link parameter was wrong')).toHaveCount(0);
  await expect(page.locator('[data-testid=watch] [data-var=ticket]')).toHaveAttribute('data-value', '-1');
  // Back is a fresh run on new workers replayed to the step before: the last store has not happened.
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length - 1), { timeout: 60_000 });
  await idle(page);
  await expect(page.locator('[data-testid=watch] [data-var=ticket]')).toHaveAttribute('data-value', '0');
});

test('on real workers a click on a lane steps that thread, instruction by instruction', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=zh&vm=workers&lock=off&tickets=2&mode=step&granularity=bytecode');
  await idle(page);
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '0');
  const dis = page.getByTestId('code-dis');
  await expect(dis.locator('[data-testid=dis-row][data-current="0"]')).toHaveAttribute('data-opname', 'RESUME');
  await page.getByTestId('step-thread-0').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '1', { timeout: 60_000 });
  await expect(dis.locator('[data-testid=dis-row][data-current="0"]')).toHaveAttribute('data-offset', '2');
  // A lane that does not exist yet is refused with a reason, and nothing moves.
  await page.keyboard.press('5');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '1');

});

test('on real workers a click in a lane of the timeline steps that thread', async ({ page }) => {
  // Nine steps of the oversell link: the main thread has started seller 1, both may move.
  await page.goto(`/?scenario=ticket&lang=en&vm=workers&${OVERSELL.query}&schedule=${OVERSELL.schedule.slice(0, 9)}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '9', { timeout: 60_000 });
  await idle(page);
  await expect(page.getByTestId('timeline').locator('.tl-name[data-lane]')).toHaveCount(2);
  await clickLane(page, 1);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '10', { timeout: 60_000 });
  await idle(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('schedule')).toBe(`${OVERSELL.schedule.slice(0, 9)}1`);
});

test('on real workers the verdict at ticket -1 says the invariant broke, and back undoes it', async ({ page }) => {
  await page.goto(`/?scenario=ticket&lang=en&vm=workers&${OVERSELL.query}&schedule=${OVERSELL.schedule}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length), { timeout: 60_000 });
  await idle(page);
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
  await expect(page.locator('[data-testid=watch] [data-var=ticket]')).toHaveAttribute('data-value', '-1');
  await expect(page.getByTestId('step-verdict')).toHaveAttribute('data-broken', 'true');
  await expect(page.getByTestId('step-verdict')).toContainText('below zero');
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length - 1), { timeout: 60_000 });
  await idle(page);
  await expect(page.getByTestId('step-verdict')).toHaveAttribute('data-broken', 'false');
});

test("on real workers the watch lists the program's lock, not threading's own locks", async ({ page }) => {
  await page.goto(`/?scenario=ticket&lang=en&vm=workers&lock=on&tickets=2&mode=step&granularity=line&schedule=${OVERSELL.schedule.slice(0, 12)}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', /\d+/, { timeout: 60_000 });
  await idle(page);
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
  await expect(page.locator('[data-testid=watch] [data-lock]')).toHaveCount(1);
  await expect(page.locator('[data-testid=watch] [data-lock=lock]')).toHaveCount(1);
});

test('on real workers "to next event" runs to the next print, lock or queue event', async ({ page }) => {
  await page.goto(`/?scenario=ticket&lang=en&vm=workers&${OVERSELL.query}&schedule=${OVERSELL.schedule.slice(0, 9)}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '9', { timeout: 60_000 });
  await idle(page);
  await page.getByTestId('step-next-event').click();
  await idle(page);
  await expect(page.getByTestId('step-problem')).toHaveCount(0);
  await expect.poll(async () => Number(await page.getByTestId('run-status').getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(9);
});

test('two locks on real workers: to the end, the watch names holders and waiters and the wait-for graph has the cycle', async ({ page }) => {
  await page.goto('/?scenario=two-locks&lang=en&vm=workers&mode=step&granularity=line');
  await idle(page);
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
  await page.getByTestId('step-end').click();
  await idle(page);
  await expect(page.getByTestId('waits-for')).toHaveAttribute('data-cycle', 'true', { timeout: 60_000 });
  const a = page.locator('[data-testid=watch] [data-lock=lock_a]');
  await expect(a).toHaveAttribute('data-holder', /\d/);
  await expect(a).toHaveAttribute('data-waiters', /\d/);
  await expect(page.locator('[data-testid=watch] [data-lock]')).toHaveCount(2);
});

test('on real workers the search finds a bad interleaving (on the one-worker stepper), loads it on the workers and the verdict says below zero', async ({ page }) => {
  await page.goto(`/?scenario=ticket&lang=en&vm=workers&${OVERSELL.query}`);
  await idle(page);
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '0');
  await page.getByTestId('step-search').click();
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-found', 'true', { timeout: 90_000 });
  await idle(page);
  const schedule = (await page.getByTestId('step-status').getAttribute('data-schedule')) ?? '';
  expect(schedule.length).toBeGreaterThan(0);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(schedule.length));
  // The workers' own verdict on the loaded schedule, and no disagreement with the one-worker search.
  await expect(page.getByTestId('step-verdict')).toHaveAttribute('data-broken', 'true');
  await expect(page.getByTestId('step-verdict')).toContainText('below zero');
  await expect(page.getByTestId('step-problem')).toHaveCount(0);
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
});

test("the process queue stepped on real workers: a child process's lane prints and puts, the watch shows the item in the multiprocessing.Queue", async ({ page }) => {
  // Twenty steps (made on the one-worker stepper; worker-process-step.test.ts proves both give the same steps): the parent
  // started both children, the producer's sleep is over and it stands before its print.
  const schedule = '00000000000111002221';
  await page.goto(`/?scenario=process-queue&lang=en&vm=workers&count=1&mode=step&granularity=line&schedule=${schedule}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(schedule.length), { timeout: 90_000 });
  await idle(page);
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
  await expect(page.getByTestId('step-problem')).toHaveCount(0);
  const queue = page.locator('[data-testid=watch] [data-queue=q]');
  await expect(queue).toHaveAttribute('data-size', '0');
  // Lane 1 is the producer process's MainThread: one step prints its line (its own pid), the next puts the item.
  await page.getByTestId('step-thread-1').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(schedule.length + 1), { timeout: 60_000 });
  await idle(page);
  await expect(page.getByTestId('console')).toContainText('生产了++++++++++pid 4244  0');
  await page.getByTestId('step-thread-1').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(schedule.length + 2), { timeout: 60_000 });
  await idle(page);
  await expect(queue).toHaveAttribute('data-size', '1');
  await expect(queue).toContainText("'pid 4244 0'");
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
});
