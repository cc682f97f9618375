/**
 * A test page for the editable program (EditableCode) while no scenario runs
 * an edited program yet: e2e/editor.spec.ts builds it next to the app and
 * drives it. "Run" only pretends (marks two threads' lines, makes the editor
 * read-only); the editor, the diff and `code=` are the real ones.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { editorStrings } from '../../src/i18n/editor-strings';
import type { Lang } from '../../src/i18n/lang';
import { type LineMarks, NO_MARKS } from '../../src/ui/code-marks';
import { EditableCodeView } from '../../src/ui/CodeView';
import type { SyntaxProblem } from '../../src/ui/editor/syntax-check';
import { threadInk } from '../../src/ui/palette';
import '../../src/ui/styles.css';

const LESSON = `import threading
import time

ticket = 3
lock = threading.Lock()

def sell():
    global ticket
    while True:
        lock.acquire()
        if ticket > 0:
            time.sleep(1)
            ticket -= 1
            lock.release()
        else:
            print('no ticket!')
            break
`;

const RUNNING: LineMarks = {
  threads: [
    { line: 12, name: '线程1', colorIndex: 0, ink: threadInk(0), waiting: false },
    { line: 10, name: '线程2', colorIndex: 1, ink: threadInk(1), waiting: true },
  ],
  failed: new Map(),
  struck: [],
  selected: 0,
};

function Harness({ lang }: { lang: Lang }) {
  const [code, setCode] = useState(LESSON);
  const [running, setRunning] = useState(false);
  const [bad, setBad] = useState<string | null>(null);
  const [problem, setProblem] = useState<SyntaxProblem | null>(null);
  return (
    <div className="app">
      <main className="grid-harness">
        <section className="panel panel-code" aria-labelledby="code-title">
          <h1 className="panel-title" id="code-title">
            {lang === 'zh' ? 'Python 代码' : 'Python code'}
          </h1>
          {bad !== null ? (
            <div className="notice notice-warn" role="alert" data-testid="code-param-notice">
              {editorStrings[lang].codeParamBad(bad)}
            </div>
          ) : null}
          <div className="code-toolbar">
            <button type="button" className="btn btn-primary" data-testid="run" disabled={running || problem !== null} onClick={() => setRunning(true)}>
              ▶ Run
            </button>
            <button type="button" className="btn" data-testid="reset" onClick={() => setRunning(false)}>
              ↺ Reset
            </button>
          </div>
          <EditableCodeView
            lesson={LESSON}
            code={code}
            onCode={setCode}
            running={running}
            marks={running ? RUNNING : NO_MARKS}
            lang={lang}
            label={lang === 'zh' ? 'Python 代码' : 'Python code'}
            onBadCodeParam={setBad}
            onSyntax={setProblem}
          />
        </section>
      </main>
    </div>
  );
}

const lang: Lang = new URLSearchParams(window.location.search).get('lang') === 'zh' ? 'zh' : 'en';
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Harness lang={lang} />
    </StrictMode>,
  );
