/**
 * What a step worker exposes through Comlink: the six calls the step panel
 * makes, bound to its host. Both steppers (StepHost on one worker,
 * WorkerStepHost on real workers) answer the same calls, so both entries
 * expose them through this one helper.
 */

export type StepCall = 'open' | 'step' | 'seek' | 'back' | 'runTo' | 'search';

type Method = (...args: never[]) => unknown;

export type StepApiOf<H extends Record<StepCall, Method>> = Pick<H, StepCall>;

/** f bound to self, with f's own type: class methods declare no `this`, and bind's typing cannot follow a generic F. */
function bound<F extends Method>(f: F, self: object): F {
  return f.bind(self) as F;
}

export function stepApi<H extends Record<StepCall, Method>>(host: H): StepApiOf<H> {
  return {
    open: bound(host.open, host),
    step: bound(host.step, host),
    seek: bound(host.seek, host),
    back: bound(host.back, host),
    runTo: bound(host.runTo, host),
    search: bound(host.search, host),
  };
}
