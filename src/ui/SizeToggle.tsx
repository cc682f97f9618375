import { useLab } from '../store/lab-store';
import { useStrings } from './useStrings';

/** Projector mode on/off: the same page, readable from the back of a classroom. */
export function SizeToggle() {
  const t = useStrings();
  const large = useLab((s) => s.size === 'large');
  const setSize = useLab((s) => s.setSize);
  return (
    <button
      type="button"
      className="btn btn-quiet"
      aria-pressed={large}
      title={t.projectorHint}
      data-testid="size-toggle"
      onClick={() => setSize(large ? 'normal' : 'large')}
    >
      <span aria-hidden="true">⤢</span> {t.projector}
    </button>
  );
}
