// The code panel at bytecode granularity (issue 12): every line of the program
// opened into its instructions as `dis` prints them (offset, opname, oparg,
// argrepr), code object by code object in dis's order, and each thread's
// current instruction marked in its lane's colour with its lane number.
import { useEffect, useRef } from 'react';
import type { Lang } from '../../i18n/lang';
import type { InstrView } from '../../python/step/state';
import { useStep } from '../../store/step-store';
import { threadColor, threadInk } from '../palette';
import { stepStrings } from './step-strings';
import './step.css';

interface Row {
  instr: InstrView;
  /** The source line's text when this instruction starts a new line, else null. */
  source: string | null;
}

function rowsOf(instrs: InstrView[], lines: string[]): Row[] {
  let last = -1;
  return instrs.map((instr) => {
    const starts = instr.line !== last && instr.line > 0;
    last = instr.line;
    return { instr, source: starts ? (lines[instr.line - 1] ?? '') : null };
  });
}

export function BytecodeListing({ code, lang }: { code: string; lang: Lang }) {
  const view = useStep((s) => s.view);
  const t = stepStrings[lang];
  const box = useRef<HTMLDivElement>(null);
  const step = view?.state.step ?? 0;
  // Keep the instruction that just ran in sight: the first marked row after every step.
  useEffect(() => {
    box.current?.querySelector('[data-current]:not([data-current=""])')?.scrollIntoView({ block: 'nearest' });
  }, [step]);
  if (!view) return null;
  const lines = code.split('\n');
  const here = (key: string, offset: number): number[] =>
    view.state.threads.filter((th) => th.status !== 'done' && th.code === key && th.instr?.offset === offset).map((th) => th.lane);
  return (
    <div className="code-dis" data-testid="code-dis" ref={box} role="region" aria-label={t.listing} tabIndex={0}>
      {view.listing.map((c) => (
        <table key={c.key} data-code={c.key}>
          <caption>{t.disassembly(c.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colThreads}</th>
              <th scope="col">{t.colLine}</th>
              <th scope="col">{t.colOffset}</th>
              <th scope="col">{t.colOp}</th>
              <th scope="col">{t.colArg}</th>
            </tr>
          </thead>
          <tbody>
            {rowsOf(c.instrs, lines).map(({ instr, source }) => {
              const lanes = here(c.key, instr.offset);
              return [
                source !== null ? (
                  <tr key={`s${instr.offset}`} className="code-dis-src" data-src-line={instr.line}>
                    <td />
                    <td>{instr.line}</td>
                    <td colSpan={3}>
                      <code>{source.trim()}</code>
                    </td>
                  </tr>
                ) : null,
                <tr
                  key={instr.offset}
                  data-testid="dis-row"
                  data-line={instr.line}
                  data-offset={instr.offset}
                  data-opname={instr.opname}
                  data-argrepr={instr.argrepr}
                  data-current={lanes.join(' ')}
                  className={lanes.length ? 'is-current' : undefined}
                  style={lanes.length ? { boxShadow: `inset 4px 0 0 ${threadColor(lanes[0] ?? 0)}` } : undefined}
                >
                  <td>
                    {lanes.map((l) => (
                      <span key={l} className="code-dis-lane" style={{ color: threadInk(l), borderColor: threadColor(l) }} title={t.at(view.state.threads[l]?.name ?? String(l))}>
                        {l}
                      </span>
                    ))}
                  </td>
                  <td />
                  <td>{instr.offset}</td>
                  <td>{instr.opname}</td>
                  <td>
                    {instr.arg ?? ''}
                    {instr.argrepr ? ` (${instr.argrepr})` : ''}
                  </td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}
