import { useLab } from '../../store/lab-store';
import { useStrings } from '../useStrings';
import { useStep } from '../../store/step-store';
import { stepStrings } from '../step/step-strings';

/** Always visible: what each pattern means (state is never shown by hue alone). */
export function Legend() {
  const t = useStrings();
  const scenario = useLab((s) => s.scenario);
  const params = useLab((s) => s.params);
  const size = useLab((s) => s.size);
  const lang = useLab((s) => s.lang);
  // Step mode draws each thread's steps as a hold of a "steps taken" bar: the hold swatch means that too.
  const stepping = useStep((s) => s.mode === 'step' && s.view !== null);
  const spec = scenario.runSpec(params);
  // A Python program on the VM may use any locks and queues: its legend shows them all.
  const vm = scenario.vm !== undefined;
  const hasLocks = vm || spec.lockNames.length > 0 || spec.gil === true;
  const hasQueues = vm || (spec.queues?.length ?? 0) > 0;
  const all: { key: string; label: string; swatch: React.ReactNode }[] = [
    { key: 'running', label: t.legend.running, swatch: <rect x="1" y="3" width="22" height="10" fill="currentColor" /> },
    {
      key: 'sleeping',
      label: t.legend.sleeping,
      swatch: (
        <>
          <rect x="1" y="3" width="22" height="10" fill="url(#legend-hatch)" stroke="currentColor" />
        </>
      ),
    },
    {
      key: 'waiting',
      label: t.legend.waiting,
      swatch: <rect x="1" y="3" width="22" height="10" fill="url(#legend-dots)" stroke="currentColor" strokeDasharray="2 2" />,
    },
    {
      key: 'holding',
      label: stepping ? stepStrings[lang].legendHold : t.legend.holding,
      swatch: (
        <>
          <rect x="1" y="5" width="22" height="9" fill="currentColor" opacity="0.35" />
          <rect x="1" y="1" width="22" height="4" className="legend-hold" />
        </>
      ),
    },
    {
      key: 'waitingQueue',
      label: t.legend.waitingQueue,
      swatch: <rect x="1" y="3" width="22" height="10" fill="url(#legend-bars)" stroke="currentColor" strokeDasharray="2 2" />,
    },
    {
      key: 'joining',
      label: t.legend.joining,
      swatch: <rect x="1" y="3" width="22" height="10" fill="url(#legend-stripes)" stroke="currentColor" strokeDasharray="2 2" />,
    },
    {
      key: 'waitingEvent',
      label: t.legend.waitingEvent,
      swatch: <rect x="1" y="3" width="22" height="10" fill="url(#legend-rings)" stroke="currentColor" strokeDasharray="2 2" />,
    },
    { key: 'done', label: t.legend.done, swatch: <text x="6" y="13" fontSize="13" fill="currentColor">✓</text> },
  ];
  const items = all.filter((i) => {
    if (i.key === 'waiting' || i.key === 'holding') return hasLocks;
    if (i.key === 'waitingQueue') return hasQueues;
    // Only the VM tells a join or an event wait apart; the mirror scenarios have neither state.
    if (i.key === 'joining' || i.key === 'waitingEvent') return vm;
    return true;
  });
  return (
    <div className={`legend-wrap${size === 'large' ? ' is-large' : ''}`}>
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <pattern id="legend-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" strokeWidth="2.2" />
          </pattern>
          <pattern id="legend-dots" patternUnits="userSpaceOnUse" width="6" height="6">
            <circle cx="3" cy="3" r="1.3" fill="currentColor" />
          </pattern>
          <pattern id="legend-bars" patternUnits="userSpaceOnUse" width="5" height="6">
            <line x1="1" y1="0" x2="1" y2="6" stroke="currentColor" strokeWidth="1.4" />
          </pattern>
          <pattern id="legend-stripes" patternUnits="userSpaceOnUse" width="6" height="6">
            <line x1="0" y1="2.7" x2="6" y2="2.7" stroke="currentColor" strokeWidth="1.4" />
          </pattern>
          <pattern id="legend-rings" patternUnits="userSpaceOnUse" width="6" height="6">
            <circle cx="3" cy="3" r="1.8" fill="none" stroke="currentColor" strokeWidth="1" />
          </pattern>
        </defs>
      </svg>
      <ul className="legend">
      {items.map((i) => (
        <li key={i.key} className={`legend-item legend-${i.key}`}>
          <svg width="24" height="16" viewBox="0 0 24 16" aria-hidden="true">
            {i.swatch}
          </svg>
          {i.label}
        </li>
      ))}
      </ul>
    </div>
  );
}
