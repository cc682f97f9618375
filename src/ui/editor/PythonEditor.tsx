/**
 * The code panel's editor: CodeMirror 6 with Python colouring, each thread's
 * current line in its colour, the timeline's picked line, and syntax errors
 * from our own parser inline as the student types. Loaded lazily (see
 * LazyPythonEditor.tsx): nothing here is in the page's first JavaScript.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, indentUnit } from '@codemirror/language';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { editorStrings } from '../../i18n/editor-strings';
import type { Lang } from '../../i18n/lang';
import { pythonHighlight } from './highlight';
import type { LineMarks } from '../code-marks';
import { currentLineMarks, lineMarks, setLineMarks } from './line-marks';
import { adoptEditorStyles } from './csp-styles';
import { checkSyntax, type SyntaxProblem } from './syntax-check';
import { setSyntaxProblem, syntaxMarks } from './syntax-marks';
import './editor.css';

export interface PythonEditorProps {
  value: string;
  /** Each edit the student makes (not changes that come in through `value`). */
  onChange?: (code: string) => void;
  /** Read-only while a run is live, and for lessons that cannot be edited. */
  readOnly: boolean;
  marks: LineMarks;
  lang: Lang;
  /** The editor's accessible name. */
  label: string;
  /** After each syntax check: the problem, or null when the program parses. */
  onSyntax?: (problem: SyntaxProblem | null) => void;
}

/** Long enough that a check does not run between two keystrokes of a word. */
const CHECK_DELAY_MS = 250;

function marksKey(m: LineMarks): string {
  return JSON.stringify([m.threads, [...m.failed], m.struck, m.selected]);
}

export function PythonEditor({ value, onChange, readOnly, marks, lang, label, onSyntax }: PythonEditorProps) {
  const t = editorStrings[lang];
  const hintId = useId();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onSyntax });
  callbacks.current = { onChange, onSyntax };
  const [problem, setProblem] = useState<SyntaxProblem | null>(null);
  const compartments = useRef({ readOnly: new Compartment(), aria: new Compartment() });
  const lastMarks = useRef('');

  const readOnlyExt = (ro: boolean): Extension => [EditorState.readOnly.of(ro), EditorView.contentAttributes.of({ 'aria-readonly': String(ro) })];
  const ariaExt = (name: string, describedBy: string): Extension => EditorView.contentAttributes.of({ 'aria-label': name, 'aria-describedby': describedBy });

  // Created before the first paint, so the fallback view is replaced without an empty frame.
  useLayoutEffect(() => {
    const parent = host.current;
    if (!parent) return;
    adoptEditorStyles();
    let timer = 0;
    const check = (v: EditorView) => {
      const found = checkSyntax(v.state.doc.toString());
      v.dispatch({ effects: setSyntaxProblem.of(found) });
      setProblem(found);
      callbacks.current.onSyntax?.(found);
    };
    const v = new EditorView({
      parent,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          python(),
          pythonHighlight,
          bracketMatching(),
          indentUnit.of('    '),
          EditorState.tabSize.of(4),
          EditorView.lineWrapping,
          compartments.current.readOnly.of(readOnlyExt(readOnly)),
          compartments.current.aria.of(ariaExt(label, hintId)),
          lineMarks,
          syntaxMarks,
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            if (!u.transactions.some((tr) => tr.isUserEvent('external'))) callbacks.current.onChange?.(u.state.doc.toString());
            window.clearTimeout(timer);
            timer = window.setTimeout(() => check(u.view), CHECK_DELAY_MS);
          }),
        ],
      }),
    });
    view.current = v;
    check(v);
    return () => {
      window.clearTimeout(timer);
      v.destroy();
      view.current = null;
      lastMarks.current = '';
    };
    // The view is made once; the effects below bring later prop changes into it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === value) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value }, userEvent: 'external' });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.readOnly.reconfigure(readOnlyExt(readOnly)) });
  }, [readOnly]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.aria.reconfigure(ariaExt(label, hintId)) });
  }, [label, hintId]);

  useEffect(() => {
    const v = view.current;
    const key = marksKey(marks);
    if (!v || key === lastMarks.current) return;
    const before = currentLineMarks(v.state).selected;
    lastMarks.current = key;
    const n = marks.selected;
    const scroll = n > 0 && n !== before && n <= v.state.doc.lines ? [EditorView.scrollIntoView(v.state.doc.line(n).from, { y: 'nearest' })] : [];
    v.dispatch({ effects: [setLineMarks.of(marks), ...scroll] });
  });

  return (
    <div className="code-editor-wrap">
      <div
        ref={host}
        className={`code code-editor${readOnly ? ' is-readonly' : ''}`}
        data-testid="code"
        data-editor="codemirror"
        data-readonly={readOnly ? 'true' : 'false'}
        data-selected-line={marks.selected > 0 ? marks.selected : undefined}
        data-syntax-line={problem ? problem.line : undefined}
      />
      <p id={hintId} className="visually-hidden">
        {t.editorHint}
      </p>
      <p className={`code-syntax${problem ? ' has-problem' : ''}`} role="status" data-testid="syntax-error" data-line={problem ? problem.line : undefined}>
        {problem ? `${t.syntaxAt(problem.line)}${problem.kind}: ${problem.msg}` : ''}
      </p>
    </div>
  );
}
