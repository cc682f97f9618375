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
