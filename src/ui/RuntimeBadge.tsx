import { useLab, wantedVmMode } from '../store/lab-store';
import { chooseVmMode } from '../engine/vm-mode';
import { useStep } from '../store/step-store';
import { useStrings } from './useStrings';

/** Which runtime runs the threads, in a small, calm badge with its explanation as a tooltip. */
export function RuntimeBadge() {
  const t = useStrings();
  const runtime = useLab((s) => s.runtime);
  const vm = useLab((s) => s.scenario.vm);
  const code = useLab((s) => s.code);
  const isolated = useLab((s) => s.isolated);
  const vmRun = useLab((s) => s.vmRun);
  const shared = runtime === 'shared';
  // A stepped run on real workers says so, whatever a live run would choose.
  const stepWorkers = useStep((s) => s.mode === 'step' && s.onWorkers);
  if (stepWorkers) {
    return (
      <span className="runtime-badge" data-testid="runtime" data-runtime={runtime} data-vm="workers" data-vm-step="workers" title={`${t.runtimeSharedHelp} ${t.vmWorkersStepHelp}`}>
        {t.runtimeShared} · {t.vmWorkersStep}
      </span>
    );
  }
  // A VM scenario also says where its program runs: what the next Run would choose, or a run that fell back.
  const choice = vm ? (vmRun?.fallback === 'start' ? vmRun : chooseVmMode(wantedVmMode(), { source: code, shared: isolated })) : null;
  const base = shared ? t.runtimeSharedHelp : t.runtimeMessageHelp;
  const vmHelp = choice ? ` ${choice.mode === 'workers' ? t.vmWorkersHelp : t.vmOneHelp}${choice.fallback ? ` ${t.vmFallback[choice.fallback]}` : ''}` : '';
  return (
    <span
      className={`runtime-badge${shared ? '' : ' is-message'}`}
      data-testid="runtime"
      data-runtime={runtime}
      data-vm={choice?.mode}
      data-vm-fallback={choice?.fallback ?? undefined}
      data-workers={vm && vmRun ? vmRun.workers : undefined}
      title={base + vmHelp}
    >
      {shared ? t.runtimeShared : t.runtimeMessage}
      {choice ? ` · ${choice.mode === 'workers' ? t.vmWorkers : t.vmOne}` : ''}
    </span>
  );
}
