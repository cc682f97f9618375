import type { RuntimeEvent } from '../runtime/events';

/** A runtime event for tests: worker, time and kind, the rest zero unless given. */
export function ev(worker: number, t: number, kind: RuntimeEvent['kind'], extra: Partial<RuntimeEvent> = {}): RuntimeEvent {
  return { worker, t, kind, line: 0, a: 0, b: 0, text: '', ...extra };
}
