import { useMemo } from 'react';
import { editorStrings } from '../i18n/editor-strings';
import { useLab } from '../store/lab-store';
import { lineMarksOf } from './code-marks';
import { CodeView } from './CodeView';
import { selectedLine, useSelection } from './timeline/selection';
import { useStrings } from './useStrings';

export function CodePanel() {
  const t = useStrings();
  const lang = useLab((s) => s.lang);
  const scenario = useLab((s) => s.scenario);
  const params = useLab((s) => s.params);
  const status = useLab((s) => s.status);
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  // A span picked on the timeline (or a console line) marks its line here.
  const picked = useSelection(selectedLine);
  const source = useMemo(() => scenario.source(params, lang), [scenario, params, lang]);
  const marks = lineMarksOf(trace, status, source.struck, picked, t.raisedHere);
  const et = editorStrings[lang];

  return (
    <>
      <h2 className="panel-title" id="code-title">
        {t.code}
        <span className="panel-sub">{scenario.section}</span>
      </h2>
      {/* The lessons still run their TypeScript mirrors, so editing their text would change nothing that runs. */}
      <div className="code-toolbar">
        <button type="button" className="btn btn-quiet" data-testid="edit" disabled aria-describedby="code-edit-why">
          ✎ {et.edit}
        </button>
        <span id="code-edit-why" className="code-toolbar-note" data-testid="edit-why">
          {et.editDisabled}
        </span>
      </div>
      <CodeView code={source.code} marks={marks} readOnly label={t.code} lang={lang} />
      {source.struck.length > 0 ? <p className="panel-note">{source.struckNote?.[lang] ?? t.codeLegendStruck}</p> : null}
      {/* Once, in English: the Chinese in the program is the program's, not an untranslated UI. */}
      {t.programStrings !== '' && /[\u4e00-\u9fff]/.test(source.code) ? (
        <p className="panel-note" data-testid="program-strings-note">
          {t.programStrings}
        </p>
      ) : null}
    </>
  );
}
