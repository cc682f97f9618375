import { useLab } from '../store/lab-store';
import { useStrings } from './useStrings';

export function StatusPill() {
  const t = useStrings();
  const status = useLab((s) => s.status);
  const workers = useLab((s) => s.liveWorkers);
  const behind = useLab((s) => s.behind);
  return (
    <div className={`status-pill status-${status}`} data-testid="run-status" data-status={status} role="status" aria-live="polite">
      <span className="status-dot" aria-hidden="true" />
      <span>{t.status[status]}</span>
      {(status === 'running' || status === 'paused') && workers > 0 ? (
        <span className="status-workers">
          · {workers} {t.workers}
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
