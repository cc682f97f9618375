import { Suspense, lazy } from 'react';
import { ThreadState } from '../runtime/events';
import { useLab } from '../store/lab-store';
import { useStep } from '../store/step-store';
import { useStrings } from './useStrings';
import { Legend } from './timeline/Legend';
import { stateWord } from './timeline/state-word';

// The drawing (canvas, d3 zoom and axes) and the exports are chunks of their own: the first
// screen paints with the panel's frame, and they arrive a moment later (initial JS budget).
const Timeline = lazy(() => import('./timeline/Timeline').then((m) => ({ default: m.Timeline })));
const ExportMenu = lazy(() => import('./timeline/ExportMenu').then((m) => ({ default: m.ExportMenu })));

export function TimelinePanel() {
  const t = useStrings();
  // Step mode draws its steps here (src/ui/step/useStepTimeline.ts): a lane click steps that thread.
  const stepping = useStep((s) => s.mode === 'step' && s.view !== null);
  const tryStep = useStep((s) => s.tryStep);
  return (
    <>
      <div className="panel-head">
        <h2 className="panel-title" id="timeline-title">
          {t.timeline}
          <span className="panel-sub" data-testid="timeline-axis-unit">{stepping ? t.stepAxis : t.simSeconds}</span>
        </h2>
        <div className="tl-head-actions">
          <ExportTrace />
          <Suspense fallback={null}>
            <ExportMenu />
          </Suspense>
        </div>
      </div>
      <Suspense fallback={<div className="tl tl-loading" aria-busy="true" />}>
        <Timeline onLaneClick={stepping ? (lane) => void tryStep(lane) : undefined} axisUnit={stepping ? '' : 's'} />
      </Suspense>
      <Legend />
      <TimelineSummary />
    </>
  );
}

/** Download the run for Perfetto / chrome://tracing. */
function ExportTrace() {
  const t = useStrings();
  const status = useLab((s) => s.status);
  const hasEvents = useLab((s) => s.traceVersion > 0 && s.trace.events > 0);
  const save = async () => {
    const { toChromeTrace } = await import('../trace/chrome-trace');
    const s = useLab.getState();
    const json = JSON.stringify(toChromeTrace(s.trace, { scenario: s.scenario.id, lockNames: s.trace.lockNames ?? s.scenario.runSpec(s.params).lockNames }));
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `concurrency-lab-${s.scenario.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" className="btn btn-quiet" data-testid="export-trace" title={t.exportTraceHint} disabled={status === 'idle' || !hasEvents} onClick={() => void save()}>
      {t.exportTrace}
    </button>
  );
}

/** A text alternative: what each thread is doing now. */
function TimelineSummary() {
  const t = useStrings();
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  // The tooltip's words for a state, so the text alternative says what the picture says.
  const word = (st: ThreadState): string => (st === ThreadState.New ? '—' : stateWord(t, st));
  const holds = trace.lanes.flatMap((l) =>
    l.holds.map((h) => ({ name: l.name, start: h.start, end: Number.isNaN(h.end) ? null : h.end })),
  );
  holds.sort((a, b) => a.start - b.start);
  return (
    <div className="visually-hidden" data-testid="timeline-summary" id="timeline-summary">
      <p>{trace.lanes.map((l) => `${l.name}: ${word(l.state)}`).join('; ')}</p>
      {holds.length > 0 ? (
        <table>
          <caption>{t.legend.holding}</caption>
          <thead>
            <tr>
              <th scope="col">{t.threadsRunning}</th>
              <th scope="col">{t.simSeconds}</th>
            </tr>
          </thead>
          <tbody>
            {holds.slice(-200).map((h, i) => (
              <tr key={i}>
                <td>{h.name}</td>
                <td>
                  {h.start.toFixed(2)}–{h.end === null ? '…' : h.end.toFixed(2)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
