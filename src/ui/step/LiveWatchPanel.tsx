// The watch panel in live mode (issue 12): what the running program's events
// say about its globals, locks and queues, drawn by step mode's WatchList.
import { useMemo } from 'react';
import { useLab } from '../../store/lab-store';
import { useLiveWatch } from '../../store/watch-store';
import { stepStrings } from './step-strings';
import { WatchList } from './StepViews';
import './step.css';

export function LiveWatchPanel() {
  const view = useLiveWatch((s) => s.view);
  const t = stepStrings[useLab((s) => s.lang)];
  const changed = useMemo(() => new Set(view?.changed ?? []), [view]);
  return (
    <div className="step-live-watch" data-testid="live-watch">
      {view ? <WatchList data={view} changed={changed} /> : <p className="step-note">{t.liveWatchEmpty}</p>}
    </div>
  );
}
