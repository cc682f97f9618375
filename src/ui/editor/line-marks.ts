/**
 * What the run shows on the program's lines: each live thread's current line
 * in its colour with its name, the line an exception stopped a thread at, the
 * lines this configuration does not run (struck), and the line picked on the
 * timeline. The DOM is the code panel's public one (`.code-line[data-line]`,
 * `.code-text`, `.code-marker[data-thread]`, `[data-failed]`,
 * `[data-testid=failed-line]`), so tests and styles do not care which view drew it.
 */
import { type EditorState, StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, WidgetType } from '@codemirror/view';
import { type LineMarks, NO_MARKS, type ThreadMark } from '../code-marks';

export const setLineMarks = StateEffect.define<LineMarks>();

const marksField = StateField.define<LineMarks>({
  create: () => NO_MARKS,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setLineMarks)) value = e.value;
    return value;
  },
});

class ThreadChips extends WidgetType {
  constructor(readonly chips: readonly ThreadMark[]) {
    super();
  }
  override eq(other: ThreadChips): boolean {
    return other.chips.length === this.chips.length && other.chips.every((c, i) => sameChip(c, this.chips[i]));
  }
  toDOM(): HTMLElement {
    const box = document.createElement('span');
    box.className = 'code-markers';
    for (const c of this.chips) {
      const chip = box.appendChild(document.createElement('span'));
      chip.className = `code-marker${c.waiting ? ' is-waiting' : ''}`;
      // Through the CSSOM, which the page's CSP allows (a style attribute it would block).
      chip.style.background = c.ink;
      chip.dataset.thread = c.name;
      chip.textContent = `◀ ${c.name}`;
    }
    return box;
  }
}

function sameChip(a: ThreadMark, b: ThreadMark | undefined): boolean {
  return b !== undefined && a.name === b.name && a.ink === b.ink && a.waiting === b.waiting;
}

class FailedChip extends WidgetType {
  constructor(readonly label: string) {
    super();
  }
  override eq(other: FailedChip): boolean {
    return other.label === this.label;
  }
  toDOM(): HTMLElement {
    const box = document.createElement('span');
    box.className = 'code-markers';
    const chip = box.appendChild(document.createElement('span'));
    chip.className = 'code-marker code-failed';
    chip.dataset.testid = 'failed-line';
    chip.textContent = `✖ ${this.label}`;
    return box;
  }
}

const codeText = Decoration.mark({ class: 'code-text' });

function build(state: EditorState): DecorationSet {
  const marks = state.field(marksField);
  const byLine = new Map<number, ThreadMark[]>();
  for (const t of marks.threads) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const struck = new Set(marks.struck);
  const out: Range<Decoration>[] = [];
  for (let n = 1; n <= state.doc.lines; n++) {
    const line = state.doc.line(n);
    const who = byLine.get(n);
    const failed = marks.failed.get(n);
    const cls = ['code-line'];
    if (struck.has(n)) cls.push('is-struck');
    if (who?.[0]) cls.push('is-active', `line-thread-${who[0].colorIndex % 8}`);
    if (n === marks.selected) cls.push('is-selected');
    if (failed !== undefined) cls.push('is-failed');
    const attributes: Record<string, string> = { 'data-line': String(n) };
    if (failed !== undefined) attributes['data-failed'] = 'true';
    out.push(Decoration.line({ class: cls.join(' '), attributes }).range(line.from));
    // The chips come first and float right, so a long line wraps around them.
    if (failed !== undefined) out.push(Decoration.widget({ widget: new FailedChip(failed), side: -2 }).range(line.from));
    if (who) out.push(Decoration.widget({ widget: new ThreadChips(who), side: -1 }).range(line.from));
    if (line.length > 0) out.push(codeText.range(line.from, line.to));
  }
  return Decoration.set(out, true);
}

const decorations = StateField.define<DecorationSet>({
  create: build,
  update(deco, tr) {
    return tr.docChanged || tr.effects.some((e) => e.is(setLineMarks)) ? build(tr.state) : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export const lineMarks = [marksField, decorations];

/** The marks now shown (the editor compares the picked line to scroll only when it changes). */
export const currentLineMarks = (state: EditorState): LineMarks => state.field(marksField);
