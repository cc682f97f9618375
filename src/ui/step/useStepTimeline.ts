// Step mode feeds the page's timeline (issue 12): every answer of the step
// worker redraws the lanes from its events on a step axis, so stepping grows
// the interleaving and back or the slider shrinks it. Leaving step mode clears
// it for the next live run.
import { useEffect } from 'react';
import { useLab } from '../../store/lab-store';
import { useStep } from '../../store/step-store';
import { type TraceModel, emptyTrace } from '../../trace/model';
import { stepTimeline } from '../../trace/step-trace';
import { stepStrings } from './step-strings';

/** The stepped timeline now in the lab's trace, if any: only it is cleared on leaving step mode. */
let stepped: TraceModel | null = null;

export function useStepTimeline(): void {
  const mode = useStep((s) => s.mode);
  const view = useStep((s) => s.view);
  const lang = useLab((s) => s.lang);
  useEffect(() => {
    // The store's mode, not the render's: a Run pressed before this effect ran has left step mode already
    // (beforeRun), and resetting then would end that run a moment after it started (csp.spec saw it on rlock).
    if (mode !== 'step' || useStep.getState().mode !== 'step') return;
    // A live run (going or done) would write into, or be shown beside, the stepped timeline.
    useLab.getState().reset();
    return () => {
      // A run started since (Run leaves step mode) has replaced the stepped timeline with its own: then it stays.
      const s = useLab.getState();
      if (stepped !== null && s.trace === stepped) useLab.setState({ trace: emptyTrace(s.scenario.runSpec(s.params).threads.map((t) => t.name)), traceVersion: s.traceVersion + 1 });
      stepped = null;
    };
  }, [mode]);
  useEffect(() => {
    if (mode !== 'step' || !view) return;
    const st = view.state;
    const trace = stepTimeline(st.events, st.stepEvents, st.schedule, stepStrings[lang].stepBar);
    stepped = trace;
    useLab.setState((s) => ({ trace, traceVersion: s.traceVersion + 1 }));
  }, [mode, view, lang]);
}
