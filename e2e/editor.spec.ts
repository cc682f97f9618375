import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const DIST = process.env.E2E_DIST ?? 'dist';
const HARNESS = '/editor-harness/';

// The editable program has no scenario of its own yet: its test page is built next to the app and served with it (same CSP).
test.beforeAll(async () => {
  test.setTimeout(120_000);
  const root = fileURLToPath(new URL('./editor-harness/', import.meta.url));
  const outDir = fileURLToPath(new URL(`../${DIST}/editor-harness/`, import.meta.url));
  await build({ root, base: './', configFile: false, logLevel: 'error', plugins: [react()], build: { outDir, emptyOutDir: true, target: 'es2022' } });
});

const editor = (page: Page) => page.getByTestId('code').locator('.cm-content');

async function editorReady(page: Page): Promise<void> {
  await expect(page.locator('[data-testid=code][data-editor=codemirror]')).toBeVisible();
}

/** Puts the cursor at the end of a line (1-based) by clicking that line's text and pressing End. */
async function endOfLine(page: Page, line: number): Promise<void> {
  await page.getByTestId('code').locator(`.cm-line[data-line="${line}"]`).click();
  await page.keyboard.press('End');
}

test('a lesson shows the editor read-only, with Edit off and why, and the threads on their lines while it runs', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=3&speed=1&lang=en');
  await editorReady(page);
  await expect(page.getByTestId('edit')).toBeDisabled();
  await expect(page.getByTestId('edit-why')).toContainText('TypeScript mirror');
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'true');
  await endOfLine(page, 5);
  await page.keyboard.type('123');
  await expect(page.getByTestId('code').locator('[data-line="5"]')).toHaveText('ticket=3');
  await page.getByTestId('run').click();
  // Each live thread's chip sits on its current line, in its colour, with its name.
  const chip = page.getByTestId('code').locator('.cm-line.is-active[data-line] .code-marker[data-thread]').first();
  await expect(chip).toBeVisible();
  await expect(chip).toHaveCSS('background-color', /^rgb\(/);
  const result = await new AxeBuilder({ page }).include('[data-testid=code]').analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});

test('typing edits the program, the URL carries it, and a reload brings it back', async ({ page }) => {
  await page.goto(`${HARNESS}?lang=en`);
  await editorReady(page);
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'false');
  await endOfLine(page, 16);
  await page.keyboard.press('Enter');
  await page.keyboard.type("print('已售完', ticket)");
  await expect(page.getByTestId('code').locator('[data-line="17"]')).toHaveText("            print('已售完', ticket)");
  await expect(page).toHaveURL(/[?&]code=[A-Za-z0-9_-]+/);
  await expect(page.getByTestId('code-edited')).toBeVisible();
  await expect(page.getByTestId('diff-counts')).toHaveAttribute('data-added', '1');
  await page.reload();
  await editorReady(page);
  await expect(page.getByTestId('code').locator('[data-line="17"]')).toHaveText("            print('已售完', ticket)");
  await expect(page.getByTestId('code-edited')).toBeVisible();
});

test('a syntax error shows inline at its line with CPython 3.12\'s message, and clears when fixed', async ({ page }) => {
  await page.goto(`${HARNESS}?lang=en`);
  await editorReady(page);
  await expect(page.getByTestId('syntax-error')).toBeEmpty();
  // `while True:` loses its colon.
  await endOfLine(page, 9);
  await page.keyboard.press('Backspace');
  const inline = page.getByTestId('syntax-error-inline');
  await expect(inline).toHaveAttribute('data-line', '9');
  await expect(inline).toContainText("SyntaxError: expected ':'");
  await expect(page.getByTestId('syntax-error')).toHaveText("Line 9: SyntaxError: expected ':'");
  // The caret sits just after `    while True` (offset 15, 1-based: the 15th column), where CPython points.
  const caret = await inline.locator('.code-diagnostic-caret').evaluate((el) => el.getBoundingClientRect().left + (el.firstElementChild?.getBoundingClientRect().width ?? 0));
  const text = await page.getByTestId('code').locator('.cm-line[data-line="9"] .code-text').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { right: r.right, column: r.width / (el.textContent ?? '').length };
  });
  expect(Math.abs(caret - text.right)).toBeLessThan(text.column / 3);
  await expect(page.getByTestId('run')).toBeDisabled();
  await page.keyboard.type(':');
  await expect(inline).toHaveCount(0);
  await expect(page.getByTestId('syntax-error')).toBeEmpty();
  // An IndentationError, in Chinese too.
  await page.goto(`${HARNESS}?lang=zh`);
  await editorReady(page);
  await page.getByTestId('code').locator('.cm-line[data-line="10"]').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('syntax-error')).toContainText("第 10 行：IndentationError: expected an indented block after 'while' statement on line 9");
});

test('read-only while a run is live; Reset makes it editable again', async ({ page }) => {
  await page.goto(`${HARNESS}?lang=en`);
  await editorReady(page);
  await page.getByTestId('run').click();
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'true');
  await expect(page.getByTestId('code-readonly-note')).toBeVisible();
  await expect(page.getByTestId('code').locator('[data-line="12"] .code-marker[data-thread="线程1"]')).toBeVisible();
  await expect(page.getByTestId('code').locator('[data-line="10"] .code-marker.is-waiting[data-thread="线程2"]')).toBeVisible();
  await endOfLine(page, 4);
  await page.keyboard.type('0');
  await expect(page.getByTestId('code').locator('[data-line="4"]')).toHaveText('ticket = 3');
  await page.getByTestId('reset').click();
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'false');
  await endOfLine(page, 4);
  await page.keyboard.type('0');
  await expect(page.getByTestId('code').locator('[data-line="4"]')).toHaveText('ticket = 30');
});

test('back to the lesson restores its text and takes code= out of the URL; the diff shows what changed', async ({ page }) => {
  await page.goto(`${HARNESS}?lang=en`);
  await editorReady(page);
  await endOfLine(page, 4);
  await page.keyboard.type('0');
  await page.getByTestId('diff-toggle').click();
  const diff = page.getByTestId('code-diff');
  await expect(diff.locator('[data-kind=del]')).toHaveText(/ticket = 3$/);
  await expect(diff.locator('[data-kind=add]')).toHaveText(/ticket = 30$/);
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  await expect(page).toHaveURL(/code=/);
  await page.getByTestId('back-to-lesson').click();
  await expect(page.getByTestId('code').locator('[data-line="4"]')).toHaveText('ticket = 3');
  await expect(page.getByTestId('code-edited')).toHaveCount(0);
  await expect(page).not.toHaveURL(/code=/);
});

test('a code= that does not decode names the parameter and loads the lesson', async ({ page }) => {
  await page.goto(`${HARNESS}?lang=en&code=not-deflate`);
  await editorReady(page);
  await expect(page.getByTestId('code-param-notice')).toContainText('code=');
  await expect(page.getByTestId('code').locator('[data-line="4"]')).toHaveText('ticket = 3');
});

test('the keyboard reaches the editor, Tab indents, and Esc then Tab leaves it', async ({ page }) => {
  await page.goto(`${HARNESS}?lang=en`);
  await editorReady(page);
  await page.getByTestId('reset').focus();
  await page.keyboard.press('Tab');
  await expect(editor(page)).toBeFocused();
  await expect(editor(page)).toHaveAccessibleDescription(/Esc then Tab/);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('code').locator('[data-line="1"]')).toHaveText('    import threading');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor(page)).not.toBeFocused();
});
