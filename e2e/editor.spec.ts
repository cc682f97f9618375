import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';
import { encodeCode } from '../src/url/code-param';

const CUSTOM = '/?scenario=custom&speed=max';
const consoleLines = (page: Page) => page.getByTestId('console').locator('> *');

const editor = (page: Page) => page.getByTestId('code').locator('.cm-content');

async function editorReady(page: Page): Promise<void> {
  await expect(page.locator('[data-testid=code][data-editor=codemirror]')).toBeVisible();
}

/** Puts the cursor at the end of a line (1-based) by clicking that line's text and pressing End. */
async function endOfLine(page: Page, line: number): Promise<void> {
  // CodeMirror draws only the lines near the screen: bring the whole editor into view first.
  await page.getByTestId('code').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.getByTestId('code').locator(`.cm-line[data-line="${line}"]`).click();
  await page.keyboard.press('End');
}

test('a lesson is the editor too: typing edits it, read-only while it runs, the threads on their lines', async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=3&speed=1&lang=en');
  await editorReady(page);
  await expect(page.getByTestId('edit-why')).toHaveCount(0);
  await expect(editor(page)).not.toHaveAttribute('aria-readonly', 'true');
  await endOfLine(page, 5);
  await page.keyboard.type('0');
  await expect(page.getByTestId('code').locator('[data-line="5"]')).toHaveText('ticket=30');
  await expect(page.getByTestId('code-edited')).toBeVisible();
  await page.getByTestId('run').click();
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'true');
  // Each live thread's chip sits on its current line, in its colour, with its name.
  const chip = page.getByTestId('code').locator('.cm-line.is-active[data-line] .code-marker[data-thread]').first();
  await expect(chip).toBeVisible();
  await expect(chip).toHaveCSS('background-color', /^rgb\(/);
  const result = await new AxeBuilder({ page }).include('[data-testid=code]').analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});

test("the page's keys work from inside a lesson editor made read-only by a run (R resets)", async ({ page }) => {
  await page.goto('/?scenario=ticket&tickets=3&speed=1&lang=en');
  await editorReady(page);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await endOfLine(page, 5);
  await page.keyboard.press('r');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('code').locator('[data-line="5"]')).toHaveText('ticket=3');
});

/** Replaces the editor's text as a paste would (typing would auto-indent every new line). */
async function pasteProgram(page: Page, code: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

const line = (page: Page, n: number) => page.getByTestId('code').locator(`.cm-line[data-line="${n}"]`);

test('typing edits the program, the URL carries it, and a reload brings back the same program and output', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${CUSTOM}&lang=en`);
  await editorReady(page);
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'false');
  await endOfLine(page, 25);
  await page.keyboard.press('Enter');
  await page.keyboard.type("print('已售完', ticket * 2)");
  await expect(line(page, 26)).toHaveText("print('已售完', ticket * 2)");
  await expect(page).toHaveURL(/[?&]code=[A-Za-z0-9_-]+/);
  await expect(page.getByTestId('code-edited')).toBeVisible();
  await expect(page.getByTestId('diff-counts')).toHaveAttribute('data-added', '1');
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  const before = await consoleLines(page).allTextContents();
  expect(before.at(-1)).toContain('已售完 0');
  await page.reload();
  await editorReady(page);
  // CodeMirror draws only the lines near the screen.
  await page.getByTestId('code').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await expect(line(page, 26)).toHaveText("print('已售完', ticket * 2)");
  await expect(page.getByTestId('code-edited')).toBeVisible();
  await page.getByTestId('run').click();
  expect(await waitForEnd(page)).toBe('finished');
  // Same output as a multiset: which seller sells which ticket is up to the scheduler.
  const strip = (xs: string[]) => xs.map((x) => x.replace(/^[\d.]+s/, '').replace(/Thread-\d \(sell\)/g, 'T')).sort();
  expect(strip(await consoleLines(page).allTextContents())).toEqual(strip(before));
});

test("a syntax error shows inline as the student types, at its line and column, with CPython 3.12's message", async ({ page }) => {
  await page.goto(`${CUSTOM}&lang=en`);
  await editorReady(page);
  await expect(page.getByTestId('syntax-error')).toBeEmpty();
  // `while True:` (line 10) loses its colon.
  await endOfLine(page, 10);
  await page.keyboard.press('Backspace');
  const inline = page.getByTestId('syntax-error-inline');
  await expect(inline).toHaveAttribute('data-line', '10');
  await expect(inline).toContainText("SyntaxError: expected ':'");
  await expect(page.getByTestId('syntax-error')).toHaveText("Line 10: SyntaxError: expected ':'");
  // The caret sits just after `    while True` (offset 15, 1-based: the 15th column), where CPython points.
  const caret = await inline.locator('.code-diagnostic-caret').evaluate((el) => el.getBoundingClientRect().left + (el.firstElementChild?.getBoundingClientRect().width ?? 0));
  const text = await line(page, 10)
    .locator('.code-text')
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { right: r.right, column: r.width / (el.textContent ?? '').length };
    });
  expect(Math.abs(caret - text.right)).toBeLessThan(text.column / 3);
  await page.keyboard.type(':');
  await expect(inline).toHaveCount(0);
  await expect(page.getByTestId('syntax-error')).toBeEmpty();
  // An IndentationError, in Chinese: `global ticket` (line 9) loses its indentation.
  await page.goto(`${CUSTOM}&lang=zh`);
  await editorReady(page);
  await line(page, 9).locator('.token.keyword').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('syntax-error')).toContainText("第 9 行：IndentationError: expected an indented block after function definition on line 8");
  await expect(page.getByTestId('syntax-error-inline')).toHaveAttribute('data-line', '9');
});

test('read-only while a run is live; Reset makes it editable again', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${CUSTOM}&lang=en`);
  await editorReady(page);
  // The loop stores nothing: a global written in a tight loop floods the event stream (see the report).
  await pasteProgram(page, "print('spinning')\nn = 0\nwhile True:\n    pass\n");
  await page.getByTestId('run').click();
  // The VM's worker starts first: slow on a loaded machine.
  await expect(consoleLines(page).first()).toContainText('spinning', { timeout: 45_000 });
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'true');
  await expect(page.getByTestId('code-readonly-note')).toBeVisible();
  await expect(page.getByTestId('back-to-lesson')).toBeDisabled();
  await endOfLine(page, 2);
  await page.keyboard.type('0');
  // The line may carry MainThread's chip (its last line seen): the text itself is unchanged.
  await expect(line(page, 2)).toHaveText(/n = 0$/);
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'false');
  await endOfLine(page, 2);
  await page.keyboard.type('0');
  await expect(line(page, 2)).toHaveText('n = 00');
});

test('back to the lesson restores the starter and takes code= out of the URL; the diff shows what changed', async ({ page }) => {
  await page.goto(`${CUSTOM}&lang=en`);
  await editorReady(page);
  await line(page, 5).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('ticket = 60');
  await page.getByTestId('diff-toggle').click();
  const diff = page.getByTestId('code-diff');
  await expect(diff.locator('[data-kind=del]')).toContainText('ticket = 6 ');
  await expect(diff.locator('[data-kind=add]')).toHaveText(/ticket = 60$/);
  await expect(diff.locator('[data-kind=same]')).toHaveCount(2);
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  await expect(page).toHaveURL(/code=/);
  await page.getByTestId('back-to-lesson').click();
  await expect(line(page, 5)).toContainText('ticket = 6  ');
  await expect(page.getByTestId('code-edited')).toHaveCount(0);
  await expect(page).not.toHaveURL(/code=/);
});

test('a code= that does not decode names the parameter and loads the starter program', async ({ page }) => {
  await page.goto(`${CUSTOM}&lang=en&code=not-deflate`);
  await editorReady(page);
  await expect(page.getByTestId('code-param-bad')).toContainText('code=');
  await expect(line(page, 6)).toContainText('lock = threading.Lock()');
});

test('a linked program runs as linked even when Run comes before the editor: autoplay and a quick click', async ({ page }) => {
  // The editor's chunk held back 2 s, as on a slow network: the link's program must not wait for it, nor be replaced by the lesson.
  await page.route(/\/assets\/(EditableCode|PythonEditor)-[^/]*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  const code = await encodeCode("print('from the link')\n");
  await page.goto(`${CUSTOM}&lang=en&autoplay=1&code=${code}`);
  await waitForEnd(page);
  await expect(consoleLines(page)).toHaveText([/from the link$/]);
  await editorReady(page);
  await expect(line(page, 1)).toContainText("print('from the link')");
  await expect(consoleLines(page)).toHaveText([/from the link$/]);
  await page.goto(`${CUSTOM}&lang=en&code=${code}`);
  await page.getByTestId('run').click();
  await waitForEnd(page);
  await expect(consoleLines(page)).toHaveText([/from the link$/]);
});

test('the keyboard reaches the editor, Tab indents, and Esc then Tab leaves it', async ({ page }) => {
  await page.goto(`${CUSTOM}&lang=en`);
  await editorReady(page);
  await editor(page).focus();
  await expect(editor(page)).toHaveAccessibleDescription(/Esc then Tab/);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('Tab');
  await expect(line(page, 1)).toHaveText(/^ {4}# /);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor(page)).not.toBeFocused();
});
