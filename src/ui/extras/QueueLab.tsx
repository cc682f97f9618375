/**
 * The bounded-queue panel. For the lesson (as written / fixed): each of the
 * tutorial's lines, what CPython does with it, and its correction. For the
 * lab: the bench (QueueLabBench.tsx), where the student types at the `>>>`
 * of the program's own `code.interact`.
 */
import { LESSON_STATEMENTS, variantOf } from '../../scenarios/bounded-queue/lesson';
import { useLab } from '../../store/lab-store';
import { QueueLabBench } from './QueueLabBench';
import { useQueueLabStrings } from './queue-lab-strings';
import './queue-lab.css';

export function QueueLab() {
  const variant = variantOf(useLab((s) => s.params.variant));
  return <div className="qlab">{variant === 'lab' ? <QueueLabBench /> : <LessonTable fixed={variant === 'fixed'} />}</div>;
}

function LessonTable({ fixed }: { fixed: boolean }) {
  const t = useQueueLabStrings();
  const lang = useLab((s) => s.lang);
  const loadFixed = useLab((s) => s.loadFixed);
  const setParam = useLab((s) => s.setParam);
  return (
    <>
      <ol className="qlab-lesson" data-testid="lab-lesson">
        {LESSON_STATEMENTS.map((s) => {
          const r = s.says;
          return (
            <li key={s.line} data-line={s.line} className={`qlab-row qlab-row-${r.kind}`}>
              <span className="qlab-lineno" aria-label={`${t.colLine} ${s.line}`}>
                {s.line}
              </span>
              <dl>
                <dt>{t.colWritten}</dt>
                <dd>
                  <code>{s.seed}</code>
                </dd>
                <dt>{t.colSays}</dt>
                <dd className="qlab-says">
                  {r.kind === 'runs' ? t.runs : null}
                  {r.kind === 'prints' ? (
                    <>
                      {t.printsLabel} <code>{r.text}</code> <span className="qlab-aside">{t.notAnswer}</span>
                    </>
                  ) : null}
                  {r.kind === 'raises' ? <code className="qlab-error">{r.text}</code> : null}
                </dd>
                {s.fixed !== s.seed ? (
                  <>
                    <dt>{t.colFixed}</dt>
                    <dd>
                      <code className="qlab-fixed">{s.fixed}</code>
                    </dd>
                  </>
                ) : null}
                {s.why ? (
                  <>
                    <dt>{t.colWhy}</dt>
                    <dd className="qlab-why">{s.why[lang]}</dd>
                  </>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ol>
      <p className="qlab-note">{t.stops}</p>
      <div className="qlab-actions">
        {!fixed ? (
          <button type="button" className="btn btn-primary" data-testid="lab-load-fixed" onClick={loadFixed}>
            {t.loadFixed}
          </button>
        ) : null}
        <button type="button" className="btn" data-testid="lab-open" onClick={() => setParam('variant', 'lab')}>
          {t.openLab}
        </button>
      </div>
    </>
  );
}
