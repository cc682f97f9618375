import { canRun, useLab } from '../store/lab-store';
import { StepIcon } from './icons';
import { useStrings } from './useStrings';
import { vmTexts } from '../scenarios/custom/texts';
import { vmControllable } from '../store/vm-controllable';

/**
 * Run, pause/resume, step and reset. `compact` (the bar of an embed without
 * the controls panel) keeps run, pause and reset: the least a student needs.
 */
export function RunButtons({ compact = false }: { compact?: boolean }) {
  const t = useStrings();
  const status = useLab((s) => s.status);
  // The linked program (code=) is still arriving: Run waits for it rather than run the lesson.
  const runnable = useLab((s) => canRun(s) && !s.codeLoading);
  const { run, togglePause, step, reset } = useLab.getState();
  const active = status === 'running' || status === 'paused';
  // A Python program pauses through shared control words: without SharedArrayBuffer it runs to its end.
  // Worker mode pauses and steps too (src/python/vm/host/pause.ts).
  const stuck = useLab((s) => s.scenario.vm !== undefined) && !vmControllable();
  const lang = useLab((s) => s.lang);
  const why = vmTexts.noPause[lang];
  return (
    <div className={`control-buttons${compact ? ' is-compact' : ''}`}>
      <button type="button" className="btn btn-primary" data-testid="run" onClick={run} disabled={!runnable}>
        <span aria-hidden="true">▶</span> {status === 'idle' ? t.run : t.runAgain}
      </button>
      <button type="button" className="btn" data-testid="pause" onClick={togglePause} disabled={!active || stuck} aria-pressed={status === 'paused'} title={stuck ? why : undefined}>
        <span aria-hidden="true">{status === 'paused' ? '▶' : '❚❚'}</span> {status === 'paused' ? t.resume : t.pause}
      </button>
      {compact ? null : (
        <button type="button" className="btn" data-testid="step" onClick={step} disabled={status !== 'paused'} title={stuck ? why : t.stepHint}>
          <StepIcon /> {t.step}
        </button>
      )}
      <button type="button" className="btn" data-testid="reset" onClick={reset}>
        <span aria-hidden="true">↺</span> {t.reset}
      </button>
    </div>
  );
}

/** Without the controls panel the page would say "Ready" and offer nothing to press. */
export function RunBar() {
  const t = useStrings();
  return (
    <div className="run-bar" role="group" aria-label={t.controls} data-testid="run-bar">
      <RunButtons compact />
    </div>
  );
}
