import { useLab, isOver } from '../store/lab-store';
import { keepUnit } from './figure-text';
import { RepeatMedian } from './RepeatMedian';
import { useStrings } from './useStrings';
import { VmOutcome } from './VmOutcome';

export function OutcomePanel() {
  const t = useStrings();
  const lang = useLab((s) => s.lang);
  const status = useLab((s) => s.status);
  const outcome = useLab((s) => s.outcome);
  const scenario = useLab((s) => s.scenario);
  const params = useLab((s) => s.params);
  const deadlock = useLab((s) => s.deadlock);
  const report = useLab((s) => s.report);
  const loadFixed = useLab((s) => s.loadFixed);
  const vmFacts = useLab((s) => s.vmFacts);
  const code = useLab((s) => s.code);

  const over = isOver(status);
  const data: Record<string, string> = {};
  if (over && outcome) for (const [k, v] of Object.entries(outcome.data)) data[`data-${k}`] = v;

  return (
    <>
      <h2 className="panel-title" id="outcome-title">
        {t.outcome}
      </h2>
      <div className="outcome" data-testid="outcome" data-tone={outcome?.tone ?? 'neutral'} {...data} aria-live="polite">
        {status === 'idle' ? <p className="panel-empty">{t.outcomeIdle}</p> : null}
        {status === 'running' || status === 'paused' ? (
          <p className="panel-empty">{scenario.runSpec(params).mailbox === true ? t.outcomeInteractive : t.outcomeRunning}</p>
        ) : null}
        {status === 'deadlock' ? (
          <div className="outcome-deadlock" data-testid="deadlock">
            <p className="verdict verdict-bad">
              <span aria-hidden="true">✖ </span>
              {t.deadlockTitle}
            </p>
            {deadlock.map((d, i) => (
              <p key={i} className="deadlock-why">
                {scenario.deadlockText?.(d, params, code)[lang]}
              </p>
            ))}
            {scenario.fixedParams ? (
              <button type="button" className="btn btn-primary" data-testid="load-fixed" onClick={loadFixed}>
                {t.loadFixed}
              </button>
            ) : null}
          </div>
        ) : null}
        {/* A scenario whose verdict already explains the failure (tone bad) is not told twice. */}
        {status === 'error' && report?.message && outcome?.tone !== 'bad' ? (
          <p className="verdict verdict-bad" data-testid="run-error">
            {t.errorTitle}: {report.message}
          </p>
        ) : null}
        {over && outcome ? (
          <>
            {status === 'deadlock' && vmFacts?.deadlock ? (
              <pre className="vm-traceback" data-testid="deadlock-line">
                {vmFacts.deadlock}
              </pre>
            ) : null}
            {status !== 'deadlock' ? (
              <p className={`verdict verdict-${outcome.tone}`} data-testid="verdict">
                <span aria-hidden="true">{outcome.tone === 'good' ? '✔ ' : outcome.tone === 'bad' ? '✖ ' : ''}</span>
                {outcome.verdict[lang]}
              </p>
            ) : null}
            <dl className="figures">
              {outcome.figures.map((f) => (
                <div key={f.key} className={`figure${f.tone ? ` tone-${f.tone}` : ''}`}>
                  <dt>{f.label[lang]}</dt>
                  <dd className={String(f.value).length > 7 ? 'is-long' : undefined}>{keepUnit(f.value)}</dd>
                </div>
              ))}
            </dl>
            {vmFacts && outcome.vmDetails === 'folded' ? (
              <details className="vm-details" data-testid="vm-details">
                <summary>{t.vmDetails}</summary>
                <VmOutcome facts={vmFacts} />
              </details>
            ) : vmFacts ? (
              <VmOutcome facts={vmFacts} />
            ) : null}
          </>
        ) : null}
      </div>
      <RepeatMedian />
    </>
  );
}
