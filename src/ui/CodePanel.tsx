import { Suspense, lazy, useMemo } from 'react';
import { editorStrings } from '../i18n/editor-strings';
import { useLab, vmLesson } from '../store/lab-store';
import { lineMarksOf, type LineMarks } from './code-marks';
import { CodeView, EditableCodeView } from './CodeView';
import { selectedLine, useSelection } from './timeline/selection';
import { useStrings } from './useStrings';
import { vmTexts } from '../scenarios/custom/texts';
import { useStep } from '../store/step-store';
import { stepStrings } from './step/step-strings';

// Step mode's bytecode view loads with step mode, not with the page.
const BytecodeListing = lazy(() => import('./step/BytecodeListing').then((m) => ({ default: m.BytecodeListing })));

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
  // A VM scenario shows the program the student wrote, which is what runs.
  const vmCode = useLab((s) => (s.scenario.vm ? s.code : null));
  const syntax = useLab((s) => s.syntax);
  const setCode = useLab((s) => s.setCode);
  const badParam = useLab((s) => s.badCodeParam);
  const codeLoading = useLab((s) => s.codeLoading);
  const source = useMemo(() => (vmCode !== null ? { code: vmCode, struck: [] } : scenario.source(params, lang)), [scenario, params, lang, vmCode]);
  const traced = lineMarksOf(trace, status, source.struck, picked, t.raisedHere);
  // Run found a SyntaxError: its line is marked as Python's message points at it.
  const marks: LineMarks = syntax ? { ...traced, failed: new Map([...traced.failed, [syntax.lineno, 'SyntaxError']]) } : traced;
  const et = editorStrings[lang];
  // Stepping by bytecode: each line opens into its instructions. The editor stays mounted, hidden.
  const disView = useStep((s) => s.mode === 'step' && s.granularity === 'bytecode' && s.view !== null) && scenario.vm?.step === true;

  const title = (
    <h2 className="panel-title" id="code-title">
      {t.code}
      <span className="panel-sub">{scenario.section}</span>
    </h2>
  );

  if (vmCode !== null) {
    return (
      <>
        {title}
        {badParam !== '' ? (
          <p className="panel-note" role="alert" data-testid="code-param-bad">
            {et.codeParamBad(badParam)}
          </p>
        ) : null}
        {syntax ? (
          <div className="vm-syntax" data-testid="run-syntax-error" data-line={syntax.lineno} role="alert">
            <p className="verdict verdict-bad">{vmTexts.syntaxTitle[lang]}</p>
            <pre className="vm-traceback">{syntax.text.trimEnd()}</pre>
          </div>
        ) : null}
        {disView ? (
          <>
            <p className="panel-note" data-testid="code-dis-note">
              {stepStrings[lang].editHidden}
            </p>
            <Suspense fallback={null}>
              <BytecodeListing code={vmCode} lang={lang} />
            </Suspense>
          </>
        ) : null}
        <div hidden={disView}>
          <EditableCodeView
            lesson={vmLesson(scenario, params, lang)}
            code={vmCode}
            onCode={setCode}
            running={status === 'running' || status === 'paused'}
            marks={marks}
            lang={lang}
            label={vmTexts.editor[lang]}
            codeLoading={codeLoading}
          />
          <ProgramStringsNote code={vmCode} text={t.programStrings} />
        </div>
      </>
    );
  }

  return (
    <>
      {title}
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
      <ProgramStringsNote code={source.code} text={t.programStrings} />
    </>
  );
}

/** Once, in English: the Chinese in the program is the program's, not an untranslated UI. */
function ProgramStringsNote({ code, text }: { code: string; text: string }) {
  return text !== '' && /[\u4e00-\u9fff]/.test(code) ? (
    <p className="panel-note" data-testid="program-strings-note">
      {text}
    </p>
  ) : null;
}
