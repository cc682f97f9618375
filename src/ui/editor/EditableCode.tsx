/**
 * A program the student may edit (the custom scenario, and lessons once the
 * VM runs them): the editor, read-only while a run is live, "edited · back to
 * the lesson" with its diff, and the program kept in the URL's `code=` (read by the store as the page opens).
 */
import { editorStrings } from '../../i18n/editor-strings';
import type { Lang } from '../../i18n/lang';
import type { LineMarks } from '../code-marks';
import { LessonChanges } from './LessonChanges';
import { PythonEditor } from './PythonEditor';
import type { SyntaxProblem } from './syntax-check';
import { useCodeInUrl } from './useCodeInUrl';

export interface EditableCodeProps {
  /** The lesson's (or starter program's) own text. */
  lesson: string;
  code: string;
  onCode: (code: string) => void;
  /** A run is live: no edits until Reset. */
  running: boolean;
  marks: LineMarks;
  lang: Lang;
  label: string;
  /** The address's `code=` is still being read: the URL is not written until it is. */
  codeLoading: boolean;
  onSyntax?: (problem: SyntaxProblem | null) => void;
}

export function EditableCode({ lesson, code, onCode, running, marks, lang, label, codeLoading, onSyntax }: EditableCodeProps) {
  const t = editorStrings[lang];
  useCodeInUrl(code, lesson, codeLoading);
  return (
    <>
      <LessonChanges lesson={lesson} code={code} lang={lang} onRestore={() => onCode(lesson)} disabled={running} />
      <PythonEditor value={code} onChange={onCode} readOnly={running} marks={marks} lang={lang} label={label} onSyntax={onSyntax} />
      {running ? (
        <p className="panel-note" data-testid="code-readonly-note">
          {t.readOnlyRunning}
        </p>
      ) : null}
    </>
  );
}
