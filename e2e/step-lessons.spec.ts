import { type Page, expect, test } from '@playwright/test';
import { OVERSELL } from '../src/scenarios/ticket/step-links';

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('step-status')).toHaveAttribute('data-busy', 'false');
}

test('ticket lesson: a schedule= link that oversells loads and shows it', async ({ page }) => {
  await page.goto(`/?scenario=ticket&lang=en&${OVERSELL.query}&schedule=${OVERSELL.schedule}`);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length));
  await idle(page);
  await expect(page.getByText('A link parameter was wrong')).toHaveCount(0);
  await expect(page.locator('[data-testid=watch] [data-var=ticket]')).toHaveAttribute('data-value', '-1');
  await expect(page.getByTestId('step-verdict')).toHaveAttribute('data-broken', 'true');
  await expect(page.getByTestId('step-verdict')).toContainText('below zero');
  // One step back the last store has not happened: the verdict follows the state.
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', String(OVERSELL.schedule.length - 1));
  await expect(page.getByTestId('step-verdict')).toHaveAttribute('data-broken', 'false');
});

test('ticket lesson at bytecode granularity: ticket-=1 opens into its four instructions, each thread marked', async ({ page }) => {
  await page.goto('/?scenario=ticket&lang=en&lock=off&tickets=2&mode=step&granularity=bytecode');
  await idle(page);
  const dis = page.getByTestId('code-dis');
  await expect(dis).toBeVisible();
  const line = await dis.locator('tr[data-src-line]', { hasText: 'ticket-=1' }).getAttribute('data-src-line');
  const rows = dis.locator(`[data-testid=dis-row][data-line="${line}"]`);
  await expect(rows).toHaveCount(4);
  const text = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
  expect(text).toEqual([expect.stringMatching(/LOAD_GLOBAL \d+ \(ticket\)$/), expect.stringMatching(/LOAD_CONST \d+ \(1\)$/), expect.stringMatching(/BINARY_OP 23 \(-=\)$/), expect.stringMatching(/STORE_GLOBAL \d+ \(ticket\)$/)]);
  // The main thread sits at the module's first instruction; a step moves its mark.
  await expect(dis.locator('[data-testid=dis-row][data-current="0"]')).toHaveAttribute('data-opname', 'RESUME');
  await page.getByTestId('step-thread-0').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-step', '1');
  await expect(dis.locator('[data-testid=dis-row][data-current="0"]')).toHaveAttribute('data-offset', '2');
  // Back to line granularity: the editor again.
  await page.getByTestId('granularity').selectOption('line');
  await expect(dis).toHaveCount(0);
  await expect(page.locator('.cm-editor')).toBeVisible();
});
