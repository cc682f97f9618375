/**
 * Step mode's events as the live timeline's run model (issue 12): the same
 * lanes, lock holds and waits, on an axis of steps instead of seconds (step
 * mode's clock stands still while threads run, so seconds would pile every
 * step onto one instant). Step k spans [k − 1, k]; the events it caused are
 * spread inside it in their order. Each step also becomes a hold of a
 * "steps" bar on the lane that took it, so the interleaving reads at a glance.
 * Pure: no step engine, no DOM.
 */
import type { VmEvent } from '../python/vm/events';
import { laneOf } from '../python/step/lanes';
import { applyEvents, emptyTrace, type TraceModel } from './model';
import { VmTrace } from './vm-trace';

/**
 * `stepEvents[0]`: events before the first step; `stepEvents[k]`: events by the end of step k.
 * `stepLabel` names the bar of steps taken (in the page's language).
 */
export function stepTimeline(events: readonly VmEvent[], stepEvents: readonly number[], schedule: string, stepLabel: string): TraceModel {
  const timed: VmEvent[] = [];
  // Lane → who (pid, ident), in thread-start order: the lanes step mode numbers.
  const who: { pid: number; ident: number }[] = [];
  const boot = stepEvents[0] ?? events.length;
  for (let i = 0; i < Math.min(boot, events.length); i++) {
    const e = events[i] as VmEvent;
    if (e.kind === 'thread-start') who.push({ pid: e.pid, ident: e.ident });
    timed.push({ ...e, t: 0 });
  }
  let open: number | null = null;
  const hold = (lane: number, held: boolean, t: number): void => {
    const w = who[lane];
    if (w) timed.push({ kind: 'gil', t, pid: w.pid, ident: w.ident, line: 0, held });
  };
  for (let k = 1; k < stepEvents.length; k++) {
    const from = stepEvents[k - 1] ?? 0;
    const to = Math.min(stepEvents[k] ?? from, events.length);
    const lane = laneOf(schedule[k - 1] ?? '0');
    // Consecutive steps of one lane are one bar.
    if (open !== lane) {
      if (open !== null) hold(open, false, k - 1);
      hold(lane, true, k - 1);
      open = lane;
    }
    const n = to - from;
    for (let i = from; i < to; i++) {
      const e = events[i] as VmEvent;
      if (e.kind === 'thread-start') who.push({ pid: e.pid, ident: e.ident });
      timed.push({ ...e, t: k - 1 + (i - from + 1) / (n + 1) });
    }
  }
  const steps = stepEvents.length - 1;
  if (open !== null) hold(open, false, steps);
  for (let i = stepEvents[steps] ?? events.length; i < events.length; i++) timed.push({ ...(events[i] as VmEvent), t: steps });
  const vt = new VmTrace('/main.py');
  const out = vt.apply(timed);
  const model = emptyTrace(['MainThread']);
  model.lockNames = vt.facts.lockNames.map((n) => (n === 'GIL' ? stepLabel : n));
  model.queueNames = vt.facts.queueNames;
  applyEvents(model, out);
  return model;
}
