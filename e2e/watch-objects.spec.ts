// The watch panel shows every lock, RLock, Condition and queue as it is (issue 12):
// an RLock's holder and count in the rlock lesson, a consumer inside cond.wait() in
// the condition lesson, a lock held through an attribute (self.lock) in the bank
// lesson's locked variant, a Thread global in CPython's repr; in both languages; and
// the panel passes axe. The reprs and counts themselves are checked against CPython
// 3.12 in src/python/step/watch-repr.test.ts; here: that the page shows them.
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';

const watch = '[data-testid=watch]';

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-busy', 'false', { timeout: 60_000 });
}

/** Steps the first lane of `prefer` that may move (by its button) until `done` holds; at most `max` steps. */
async function stepUntil(page: Page, prefer: number[], done: () => Promise<boolean>, max = 80): Promise<void> {
  for (let k = 0; k < max; k++) {
    await idle(page);
    if (await done()) return;
    let moved = false;
    for (const lane of prefer) {
      const b = page.getByTestId(`step-thread-${lane}`);
      if ((await b.count()) > 0 && (await b.isEnabled())) {
        await b.click();
        moved = true;
        break;
      }
    }
    if (!moved) throw new Error('no lane of ' + prefer.join(',') + ' may move');
  }
  throw new Error(`not there after ${max} steps`);
}

/** The attribute of the first match, or null while nothing matches (getAttribute would wait). */
async function attr(page: Page, sel: string, name: string): Promise<string | null> {
  const l = page.locator(sel);
  return (await l.count()) > 0 ? l.first().getAttribute(name) : null;
}

for (const lang of ['en', 'zh'] as const) {
  test(`rlock lesson: the RLock's holder and count, a Thread global as CPython prints it (${lang})`, async ({ page }) => {
    await page.goto(`/?scenario=rlock&variant=rlock&lang=${lang}`);
    await idle(page);
    const rlock = `${watch} [data-lock=lock]`;
    await stepUntil(page, [1, 0], async () => (await attr(page, rlock, 'data-count')) === '2');
    await expect(page.locator(rlock)).toHaveAttribute('data-kind', 'RLock');
    await expect(page.locator(rlock)).toHaveAttribute('data-holder', '1');
    await expect(page.locator(rlock)).toHaveAttribute('data-repr', /^<locked _thread\.RLock object owner=\d+ count=2 at 0x[0-9a-f…]+>$/);
    await expect(page.locator(rlock)).toContainText(lang === 'en' ? 'holder one ×2' : '持有者 one ×2');
    await expect(page.locator(`${watch} [data-var=t1]`)).toHaveAttribute('data-value', /^<Thread\(one, started \d+\)>$/);
    await expect(page.locator(`${watch} [data-var=t2]`)).toHaveAttribute('data-value', /^<Thread\(two, (initial|started \d+)\)>$/);
    const axe = await new AxeBuilder({ page }).include(watch).analyze();
    expect(axe.violations).toEqual([]);
  });

  test(`condition lesson: a consumer inside cond.wait(), the Condition free (${lang})`, async ({ page }) => {
    await page.goto(`/?scenario=condition&lang=${lang}`);
    await idle(page);
    const cond = `${watch} [data-lock=cond]`;
    await stepUntil(page, [1, 2, 0], async () => ((await attr(page, cond, 'data-in-wait')) ?? '') !== '');
    await expect(page.locator(cond)).toHaveAttribute('data-kind', 'Condition');
    await expect(page.locator(cond)).toContainText(lang === 'en' ? 'waiting in wait() c1' : '在 wait() 里等 c1');
    await expect(page.locator(cond)).toHaveAttribute('data-repr', /^<Condition\(<unlocked _thread\.RLock object owner=0 count=0 at 0x[0-9a-f…]+>, 1\)>$/);
    const axe = await new AxeBuilder({ page }).include(watch).analyze();
    expect(axe.violations).toEqual([]);
  });

  test(`bank lesson with a lock per account: account.lock held by the thread inside withdraw (${lang})`, async ({ page }) => {
    await page.goto(`/?scenario=bank&variant=locked&lang=${lang}`);
    await idle(page);
    const lock = `${watch} [data-lock="account.lock"]`;
    await stepUntil(page, [1, 0], async () => (await attr(page, lock, 'data-holder')) === '1');
    await expect(page.locator(lock)).toHaveAttribute('data-kind', 'Lock');
    await expect(page.locator(lock)).toContainText(lang === 'en' ? 'holder alice' : '持有者 alice');
    await expect(page.locator(`${watch} [data-var=account]`)).toHaveAttribute('data-value', /^<__main__\.Account object at 0x[0-9a-f]+>$/);
  });
}

test('on real workers (vm=workers): the RLock\'s holder and count and the bank\'s account.lock, from the parked threads\' snapshots', async ({ page }) => {
  await page.goto('/?scenario=rlock&variant=rlock&lang=en&vm=workers');
  await idle(page);
  await expect(page.getByTestId('runtime')).toHaveAttribute('data-vm-step', 'workers');
  const rlock = `${watch} [data-lock=lock]`;
  await stepUntil(page, [1, 0], async () => (await attr(page, rlock, 'data-count')) === '2');
  await expect(page.locator(rlock)).toHaveAttribute('data-kind', 'RLock');
  await expect(page.locator(rlock)).toContainText('holder one ×2');
  await page.goto('/?scenario=bank&variant=locked&lang=en&vm=workers');
  await idle(page);
  const lock = `${watch} [data-lock="account.lock"]`;
  await stepUntil(page, [1, 0], async () => (await attr(page, lock, 'data-holder')) === '1');
  await expect(page.locator(lock)).toContainText('holder alice');
});

test('the bakery with a bounded queue in live mode: the queue shows its fill against maxsize', async ({ page }) => {
  await page.goto('/?scenario=bakery&lang=en&maxsize=2&count=4&produce=0.1&consume=1&speed=max');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 60_000 });
  const q = page.locator('[data-testid=live-watch] [data-queue=q]');
  await expect(q).toHaveAttribute('data-maxsize', '2');
  await expect(q).toContainText(/\d\/2 \(maxsize 2\)/);
});
