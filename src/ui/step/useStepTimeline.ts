// Step mode feeds the page's timeline (issue 12): every answer of the step
// worker redraws the lanes from its events on a step axis, so stepping grows
// the interleaving and back or the slider shrinks it. Leaving step mode clears
// it for the next live run.
import { useEffect } from 'react';
import { useLab } from '../../store/lab-store';
import { useStep } from '../../store/step-store';
import { stepTimeline } from '../../trace/step-trace';
import { stepStrings } from './step-strings';

export function useStepTimeline(): void {
  const mode = useStep((s) => s.mode);
  const view = useStep((s) => s.view);
  const lang = useLab((s) => s.lang);
  useEffect(() => {
    if (mode !== 'step') return;
    // A live run still going would write its events into the stepped timeline.
    const lab = useLab.getState();
    if (lab.status === 'running' || lab.status === 'paused') lab.reset();
    return () => {
      // A live run started on the way out (Run in step mode) is not the stepped timeline: keep it.
      const now = useLab.getState();
      if (now.status !== 'running' && now.status !== 'paused') now.reset();
    };
  }, [mode]);
  useEffect(() => {
    if (mode !== 'step' || !view) return;
    const st = view.state;
    const trace = stepTimeline(st.events, st.stepEvents, st.schedule, stepStrings[lang].stepBar);
    useLab.setState((s) => ({ trace, traceVersion: s.traceVersion + 1 }));
  }, [mode, view, lang]);
}
