import { useLab } from '../store/lab-store';
import { fmt } from '../i18n/lang';
import { secs } from '../scenarios/custom/outcome';
import { vmTexts } from '../scenarios/custom/texts';
import type { VmFacts } from '../trace/vm-trace';
import { MAX_CONSOLE_LINES } from '../trace/console-limit';

/** The generic outcome's tables: who ran when, what escaped, what the globals ended as, who waited on what. */
export function VmOutcome({ facts }: { facts: VmFacts }) {
  const lang = useLab((s) => s.lang);
  const firstLineMs = useLab((s) => s.firstLineMs);
  const T = (k: keyof typeof vmTexts): string => vmTexts[k][lang];
  const life = (start: number, end: number): string => (Number.isNaN(end) ? `${secs(start)} → ${T('stillAlive')}` : `${secs(start)} → ${secs(end)}`);
  return (
    <div className="vm-outcome" data-testid="vm-outcome">
      <h3 className="vm-outcome-title">{T('threadsTitle')}</h3>
      <table className="vm-table" data-testid="vm-threads">
        <thead>
          <tr>
            <th>{T('colName')}</th>
            <th>{T('colPid')}</th>
            <th>{T('colLife')}</th>
          </tr>
        </thead>
        <tbody>
          {facts.processes.map((p) => (
            <tr key={`p${p.pid}`} className="vm-process" data-process={p.name}>
              <td>{p.name}</td>
              <td>{p.pid}</td>
              <td>
                {life(p.start, p.end)}
                {p.status !== null ? ` · ${T('exitStatus')} ${p.status}` : ''}
              </td>
            </tr>
          ))}
          {facts.threads.map((t) => (
            <tr key={`t${t.lane}`} data-thread={t.name}>
              <td>{t.name}</td>
              <td>{t.pid}</td>
              <td>{life(t.start, t.end)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {facts.exceptions.length > 0 ? (
        <>
          <h3 className="vm-outcome-title">{T('exceptionsTitle')}</h3>
          {facts.exceptions.map((e, i) => (
            <pre key={i} className="vm-traceback" data-testid="vm-exception" data-thread={e.thread}>
              {e.text}
            </pre>
          ))}
        </>
      ) : null}
      {facts.globals.length > 0 ? (
        <>
          <h3 className="vm-outcome-title">{T('globalsTitle')}</h3>
          <dl className="vm-globals" data-testid="vm-globals">
            {facts.globals.map((g) => (
              <div key={g.name} data-global={g.name}>
                <dt>{g.name}</dt>
                <dd>{g.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h3 className="vm-outcome-title">{T('waitsTitle')}</h3>
      {facts.waits.length === 0 ? (
        <p className="panel-note">{T('noWaits')}</p>
      ) : (
        <table className="vm-table" data-testid="vm-waits">
          <tbody>
            {facts.waits.map((w) => (
              <tr key={`${w.kind}:${w.on}`} data-on={w.on}>
                <td>{w.on}</td>
                <td>{secs(w.seconds)}</td>
                <td>
                  {w.waits} {T('colWaits')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {firstLineMs !== null ? (
        <p className="panel-note" data-testid="first-line-ms" data-ms={Math.round(firstLineMs)}>
          {fmt(T('firstLine'), { ms: Math.round(firstLineMs) })}
        </p>
      ) : null}
      {facts.droppedLines > 0 ? <p className="panel-note">{fmt(T('dropped'), { n: MAX_CONSOLE_LINES })}</p> : null}
    </div>
  );
}
