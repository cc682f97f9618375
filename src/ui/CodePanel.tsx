import Prism from 'prismjs';
import 'prismjs/components/prism-python';
import { useMemo } from 'react';
import { ThreadState } from '../runtime/events';
import { useLab } from '../store/lab-store';
import { threadColor, threadInk } from './palette';
import { selectedLine, useSelection } from './timeline/selection';
import { useStrings } from './useStrings';
import { VmCodeInput } from './VmCodeInput';
import { vmTexts } from '../scenarios/custom/texts';

type Token = string | Prism.Token;

function renderTokens(tokens: Token[], key = 'k'): React.ReactNode[] {
  return tokens.map((tok, i) => {
    if (typeof tok === 'string') return tok;
    const inner = typeof tok.content === 'string' ? tok.content : renderTokens(Array.isArray(tok.content) ? tok.content : [tok.content], `${key}-${i}`);
    return (
      <span key={`${key}-${i}`} className={`token ${tok.type}`}>
        {inner}
      </span>
    );
  });
}

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
  const reset = useLab((s) => s.reset);

  const source = useMemo(() => (vmCode !== null ? { code: vmCode, struck: [] } : scenario.source(params, lang)), [scenario, params, lang, vmCode]);
  const lines = useMemo(() => {
    const grammar = Prism.languages.python;
    // The indentation becomes padding, so a long line wraps onto a continuation indented under its own start.
    return source.code.split('\n').map((line) => {
      const indent = /^ */.exec(line)?.[0].length ?? 0;
      const rest = line.slice(indent);
      return { indent, tokens: grammar ? renderTokens(Prism.tokenize(rest, grammar)) : [rest] };
    });
  }, [source]);
  const struck = new Set(source.struck);

  // Where an exception stopped a thread: that line stays marked after the run, as Python's traceback points at it.
  const failed = new Map<number, string>();
  if (syntax) failed.set(syntax.lineno, `SyntaxError: ${syntax.msg}`);
  if (status !== 'idle') {
    for (const c of trace.console) {
      if (c.stream !== 'err' || c.line <= 0 || failed.has(c.line)) continue;
      const lane = trace.lanes[c.worker];
      failed.set(c.line, (lane?.error || c.text).split(':')[0] ?? '');
    }
  }

  // Where each live thread is now: shown beside its line, in its colour.
  const here = new Map<number, { name: string; color: string; line: string; waiting: boolean }[]>();
  if (status !== 'idle') {
    for (const lane of trace.lanes) {
      if (lane.line === 0 || (lane.state === ThreadState.Done && status !== 'deadlock')) continue;
      if (lane.state === ThreadState.Done) continue;
      const list = here.get(lane.line) ?? [];
      list.push({ name: lane.name, color: threadInk(lane.worker), line: threadColor(lane.worker), waiting: lane.state === ThreadState.WaitingLock || lane.state === ThreadState.WaitingQueue });
      here.set(lane.line, list);
    }
  }

  const title = (
    <h2 className="panel-title" id="code-title">
      {t.code}
      <span className="panel-sub">{scenario.section}</span>
    </h2>
  );
  if (vmCode !== null && status === 'idle') {
    return (
      <>
        {title}
        <VmCodeInput />
      </>
    );
  }

  return (
    <>
      {title}
      {syntax ? (
        <div className="vm-syntax" data-testid="syntax-error" data-line={syntax.lineno} role="alert">
          <p className="verdict verdict-bad">{vmTexts.syntaxTitle[lang]}</p>
          <pre className="vm-traceback">{syntax.text.trimEnd()}</pre>
        </div>
      ) : null}
      <pre className="code" data-testid="code" aria-label={t.code} tabIndex={0} data-selected-line={picked > 0 ? picked : undefined}>
        <code>
          {lines.map(({ indent, tokens }, i) => {
            const n = i + 1;
            const who = here.get(n);
            return (
              <div
                key={n}
                className={`code-line${struck.has(n) ? ' is-struck' : ''}${who ? ' is-active' : ''}${n === picked ? ' is-selected' : ''}${failed.has(n) ? ' is-failed' : ''}`}
                data-line={n}
                data-failed={failed.has(n) ? 'true' : undefined}
                style={who?.[0] ? { ['--line-color' as string]: who[0].line } : undefined}
              >
                <span className="code-ln" aria-hidden="true">
                  {n}
                </span>
                {/* The markers float right, first: a long line wraps around them, not under a squeezed column. */}
                <span className="code-body">
                  {failed.has(n) ? (
                    <span className="code-markers">
                      <span className="code-marker code-failed" data-testid="failed-line">
                        ✖ {failed.get(n) || t.raisedHere}
                      </span>
                    </span>
                  ) : null}
                  {who ? (
                    <span className="code-markers">
                      {who.map((w) => (
                        <span key={w.name} className={`code-marker${w.waiting ? ' is-waiting' : ''}`} style={{ background: w.color }} data-thread={w.name}>
                          ◀ {w.name}
                        </span>
                      ))}
                    </span>
                  ) : null}
                  <span className="code-text" style={{ ['--indent' as string]: `${indent}ch` }}>
                    {tokens}
                  </span>
                </span>
              </div>
            );
          })}
        </code>
      </pre>
      {vmCode !== null && (status !== 'running' || syntax) ? (
        <p className="panel-note">
          <button type="button" className="btn" data-testid="code-edit" onClick={reset}>
            {vmTexts.edit[lang]}
          </button>
        </p>
      ) : null}
      {source.struck.length > 0 ? <p className="panel-note">{source.struckNote?.[lang] ?? t.codeLegendStruck}</p> : null}
      {/* Once, in English: the Chinese in the program is the program's, not an untranslated UI. */}
      {t.programStrings !== '' && vmCode === null && /[\u4e00-\u9fff]/.test(source.code) ? (
        <p className="panel-note" data-testid="program-strings-note">
          {t.programStrings}
        </p>
      ) : null}
    </>
  );
}
