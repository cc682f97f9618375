/**
 * Once the student has edited the lesson: a small "edited" chip, "Back to the
 * lesson", and a toggle for a compact diff of what changed (changed lines with
 * one line of context, lesson and current line numbers).
 */
import { useId, useMemo, useState } from 'react';
import { editorStrings } from '../../i18n/editor-strings';
import type { Lang } from '../../i18n/lang';
import { diffCounts, hunks, lineDiff } from './line-diff';

export interface LessonChangesProps {
  lesson: string;
  code: string;
  lang: Lang;
  /** Restores the lesson's text; off while a run is live (the editor is read-only then too). */
  onRestore: () => void;
  disabled?: boolean;
}

export function LessonChanges({ lesson, code, lang, onRestore, disabled = false }: LessonChangesProps) {
  const t = editorStrings[lang];
  const [open, setOpen] = useState(false);
  const diffId = useId();
  const diff = useMemo(() => lineDiff(lesson, code), [lesson, code]);
  if (code === lesson) return null;
  const { added, removed } = diffCounts(diff);
  return (
    <div className="lesson-changes" data-testid="code-edited">
      <span className="lesson-chip">{t.edited}</span>
      <span className="lesson-counts" data-testid="diff-counts" data-added={added} data-removed={removed}>
        {t.diffSummary(added, removed)}
      </span>
      <button type="button" className="btn btn-quiet" aria-expanded={open} aria-controls={diffId} data-testid="diff-toggle" onClick={() => setOpen(!open)}>
        {open ? t.hideDiff : t.showDiff}
      </button>
      <button type="button" className="btn btn-quiet" data-testid="back-to-lesson" disabled={disabled} onClick={onRestore}>
        ↺ {t.backToLesson}
      </button>
      {open ? (
        <div id={diffId} className="lesson-diff" data-testid="code-diff" role="region" aria-label={t.diffTitle}>
          {hunks(diff).map((h, i) => (
            <ol key={i} className="lesson-hunk">
              {h.lines.map((l, j) => {
                const where = l.kind === 'add' ? t.editedLine(l.newLine) : t.lessonLine(l.oldLine);
                const sign = l.kind === 'add' ? '+' : l.kind === 'del' ? '−' : ' ';
                return (
                  <li key={j} className={`diff-${l.kind}`} data-kind={l.kind}>
                    <span className="diff-ln" title={where}>
                      {l.kind === 'add' ? l.newLine : l.oldLine}
                    </span>
                    <span className="diff-sign" aria-hidden="true">
                      {sign}
                    </span>
                    <span className="visually-hidden">{l.kind === 'same' ? '' : `${l.kind === 'add' ? '+' : '−'} ${where}: `}</span>
                    <code>{l.text === '' ? ' ' : l.text}</code>
                  </li>
                );
              })}
            </ol>
          ))}
        </div>
      ) : null}
    </div>
  );
}
