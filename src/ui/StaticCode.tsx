/**
 * The program as static, coloured text: what the code panel shows at first
 * paint while the editor (CodeMirror, loaded lazily) is on its way, and if it
 * cannot load. Same DOM hooks and marks as the editor (code-marks.ts). The
 * colours come a moment later (use-python-grammar.ts).
 */
import type Prism from 'prismjs';
import { useMemo } from 'react';
import type { LineMarks, ThreadMark } from './code-marks';
import { threadColor } from './palette';
import { usePythonGrammar } from './use-python-grammar';

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

export function StaticCode({ code, marks, label }: { code: string; marks: LineMarks; label: string }) {
  const grammar = usePythonGrammar();
  const lines = useMemo(() => {
    // The indentation becomes padding, so a long line wraps onto a continuation indented under its own start.
    return code.split('\n').map((line) => {
      const indent = /^ */.exec(line)?.[0].length ?? 0;
      const rest = line.slice(indent);
      return { indent, tokens: grammar ? renderTokens(grammar.tokenize(rest)) : [rest] };
    });
  }, [code, grammar]);
  const struck = new Set(marks.struck);
  const here = new Map<number, ThreadMark[]>();
  for (const m of marks.threads) here.set(m.line, [...(here.get(m.line) ?? []), m]);
  const picked = marks.selected;

  return (
    <pre className="code" data-testid="code" aria-label={label} tabIndex={0} data-selected-line={picked > 0 ? picked : undefined}>
      <code>
        {lines.map(({ indent, tokens }, i) => {
          const n = i + 1;
          const who = here.get(n);
          const failed = marks.failed.get(n);
          return (
            <div
              key={n}
              className={`code-line${struck.has(n) ? ' is-struck' : ''}${who ? ' is-active' : ''}${n === picked ? ' is-selected' : ''}${failed !== undefined ? ' is-failed' : ''}`}
              data-line={n}
              data-failed={failed !== undefined ? 'true' : undefined}
              style={who?.[0] ? { ['--line-color' as string]: threadColor(who[0].colorIndex) } : undefined}
            >
              <span className="code-ln" aria-hidden="true">
                {n}
              </span>
              {/* The markers float right, first: a long line wraps around them, not under a squeezed column. */}
              <span className="code-body">
                {failed !== undefined ? (
                  <span className="code-markers">
                    <span className="code-marker code-failed" data-testid="failed-line">
                      ✖ {failed}
                    </span>
                  </span>
                ) : null}
                {who ? (
                  <span className="code-markers">
                    {who.map((w) => (
                      <span key={w.name} className={`code-marker${w.waiting ? ' is-waiting' : ''}`} style={{ background: w.ink }} data-thread={w.name}>
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
  );
}
