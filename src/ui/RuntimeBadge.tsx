import { useLab } from '../store/lab-store';
import { useStrings } from './useStrings';

/** Which runtime runs the threads, in a small, calm badge with its explanation as a tooltip. */
export function RuntimeBadge() {
  const t = useStrings();
  const runtime = useLab((s) => s.runtime);
  const shared = runtime === 'shared';
  return (
    <span
      className={`runtime-badge${shared ? '' : ' is-message'}`}
      data-testid="runtime"
      data-runtime={runtime}
      title={shared ? t.runtimeSharedHelp : t.runtimeMessageHelp}
    >
      {shared ? t.runtimeShared : t.runtimeMessage}
    </span>
  );
}
