import { useEffect, useState } from 'react';
import { currentSimTime, useLab } from '../store/lab-store';
import { useStep } from '../store/step-store';
import { useStrings } from './useStrings';

/** Simulated seconds, ten times a second while a run lives (time moves during a jump with no event). */
function useSimSeconds(): number {
  const status = useLab((s) => s.status);
  const version = useLab((s) => s.traceVersion);
  const [t, setT] = useState(0);
  useEffect(() => {
    setT(currentSimTime());
    if (status !== 'running') return;
    const h = setInterval(() => setT(currentSimTime()), 100);
    return () => clearInterval(h);
  }, [status, version]);
  return t;
}

export function StatusPill() {
  const t = useStrings();
  const status = useLab((s) => s.status);
  const workers = useLab((s) => s.liveWorkers);
  const behind = useLab((s) => s.behind);
  const sim = useSimSeconds();
  // In step mode the run's position is the steps taken (issue 12: a schedule= link stops after its last step).
  const step = useStep((s) => (s.mode === 'step' && s.view ? s.view.state.step : undefined));
  return (
    <div className={`status-pill status-${status}`} data-testid="run-status" data-status={status} data-step={step} role="status" aria-live="polite">
      <span className="status-dot" aria-hidden="true" />
      <span>{t.status[status]}</span>
      {status !== 'idle' ? (
        <span className="status-workers status-clock" data-testid="sim-clock" data-seconds={sim.toFixed(3)} title={t.simClockHint}>
          · {sim.toFixed(2)} s
        </span>
      ) : null}
      {(status === 'running' || status === 'paused') && workers > 0 ? (
        <span className="status-workers">
          · {workers} {workers === 1 ? t.worker : t.workers}
        </span>
      ) : null}
      {behind && status === 'running' ? (
        <span className="status-workers" data-testid="behind">
          · {t.behind}
        </span>
      ) : null}
    </div>
  );
}
