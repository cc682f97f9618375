/**
 * A syntax error inline, as CPython words it: the span underlined, and under
 * its line the caret where CPython puts it and `SyntaxError: message`. The
 * caret is aligned by repeating the line's own text up to the error invisibly,
 * so wide (CJK) characters and tabs line it up too.
 */
import { type EditorState, type Range, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, WidgetType } from '@codemirror/view';
import { offsetToIndex, type SyntaxProblem } from './syntax-check';

export const setSyntaxProblem = StateEffect.define<SyntaxProblem | null>();

class ProblemWidget extends WidgetType {
  constructor(
    readonly problem: SyntaxProblem,
    readonly prefix: string,
    readonly width: number,
  ) {
    super();
  }
  override eq(other: ProblemWidget): boolean {
    const a = this.problem;
    const b = other.problem;
    return a.msg === b.msg && a.kind === b.kind && a.line === b.line && this.prefix === other.prefix && this.width === other.width;
  }
  toDOM(): HTMLElement {
    const box = document.createElement('div');
    box.className = 'code-diagnostic';
    box.dataset.testid = 'syntax-error-inline';
    box.dataset.line = String(this.problem.line);
    if (this.width > 0) {
      const caret = box.appendChild(document.createElement('div'));
      caret.className = 'code-diagnostic-caret';
      caret.setAttribute('aria-hidden', 'true');
      const pad = caret.appendChild(document.createElement('span'));
      pad.className = 'code-diagnostic-pad';
      pad.textContent = this.prefix;
      caret.appendChild(document.createTextNode('^'.repeat(this.width)));
    }
    const msg = box.appendChild(document.createElement('div'));
    msg.className = 'code-diagnostic-msg';
    msg.textContent = `${this.problem.kind}: ${this.problem.msg}`;
    return box;
  }
  override ignoreEvent(): boolean {
    return false;
  }
}

const underline = Decoration.mark({ class: 'code-error-span' });

function build(state: EditorState, problem: SyntaxProblem | null): DecorationSet {
  if (problem === null || problem.line < 1 || problem.line > state.doc.lines) return Decoration.none;
  const line = state.doc.line(problem.line);
  const out: Range<Decoration>[] = [];
  let prefix = '';
  let width = 0;
  if (problem.caret && problem.offset > 0) {
    const from = offsetToIndex(line.text, problem.offset);
    const sameLine = problem.endLine === problem.line && problem.endOffset > problem.offset;
    const to = sameLine ? offsetToIndex(line.text, problem.endOffset) : from;
    prefix = line.text.slice(0, from);
    // CPython draws one caret unless a SyntaxError spans more (IndentationError always one).
    width = problem.kind === 'SyntaxError' && to > from ? Array.from(line.text.slice(from, to)).length : 1;
    if (to > from) out.push(underline.range(line.from + from, line.from + to));
  }
  out.push(Decoration.widget({ widget: new ProblemWidget(problem, prefix, width), block: true, side: 1 }).range(line.to));
  return Decoration.set(out, true);
}

interface ProblemState {
  problem: SyntaxProblem | null;
  deco: DecorationSet;
}

const problemField = StateField.define<ProblemState>({
  create: () => ({ problem: null, deco: Decoration.none }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setSyntaxProblem)) return { problem: e.value, deco: build(tr.state, e.value) };
    // Until the next check, the marks move with the text typed before them.
    return tr.docChanged ? { problem: value.problem, deco: value.deco.map(tr.changes) } : value;
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

export const syntaxMarks = problemField;
