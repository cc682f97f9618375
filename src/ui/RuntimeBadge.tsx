import { useLab } from '../store/lab-store';
import { useStrings } from './useStrings';

/** Which runtime runs the threads, in a small, calm badge with its explanation as a tooltip. */
export function RuntimeBadge() {
  const t = useStrings();
  const isolated = useLab((s) => s.isolated);
  return (
    <span
      className={`runtime-badge${isolated ? '' : ' is-off'}`}
      data-testid="runtime"
      data-runtime={isolated ? 'shared' : 'none'}
      title={isolated ? t.runtimeSharedHelp : t.runtimeNoneHelp}
    >
      {isolated ? t.runtimeShared : t.runtimeNone}
    </span>
  );
}
