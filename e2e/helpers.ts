import { type Page, expect } from '@playwright/test';

/** Waits until the run has ended, in any way, and returns how. */
export async function waitForEnd(page: Page, timeout = 45_000): Promise<string> {
  const status = page.getByTestId('run-status');
  await expect(status).toHaveAttribute('data-status', /^(finished|deadlock|error)$/, { timeout });
  return (await status.getAttribute('data-status')) ?? '';
}

export async function outcomeNumber(page: Page, key: string): Promise<number> {
  const v = await page.getByTestId('outcome').getAttribute(`data-${key}`);
  if (v === null) throw new Error(`outcome has no data-${key}`);
  return Number(v);
}

/** Replaces the editor's text as a paste would (typing would auto-indent every new line). */
export async function typeProgram(page: Page, code: string): Promise<void> {
  const content = page.getByTestId('code').locator('.cm-content');
  await expect(content).toHaveAttribute('contenteditable', 'true');
  await content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
  await expect(page.getByTestId('code').locator('.cm-line')).toHaveCount(code.split('\n').length);
}

/** Clicks the timeline's drawing in lane `i`'s row, right of its name (where a person clicks a lane). */
export async function clickLane(page: Page, i: number): Promise<void> {
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const name = await page.getByTestId('timeline').locator('.tl-name[data-lane]').nth(i).boundingBox();
  const box = await page.getByTestId('timeline').boundingBox();
  if (!name || !box) throw new Error('no timeline');
  await page.mouse.click(box.x + box.width * 0.6, name.y + name.height / 2);
}
