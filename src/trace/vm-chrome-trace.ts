/**
 * A VM run's events (src/python/vm/events.ts) as Chrome trace JSON, without
 * a page: the CLI's `--trace=OUT.json`. The same path as the page's export
 * (VmTrace → page events → TraceModel → toChromeTrace), so both agree.
 */
import type { VmEvent } from '../python/vm/events';
import { VmTrace } from './vm-trace';
import { applyEvents, emptyTrace } from './model';
import { toChromeTrace, type ChromeTrace } from './chrome-trace';

/** path: the script's path as the events' lines refer to it (the file tracebacks name). */
export function vmChromeTrace(events: readonly VmEvent[], path: string, scenario = 'py'): ChromeTrace {
  const vm = new VmTrace(path);
  const model = emptyTrace(['MainThread']);
  applyEvents(model, vm.apply(events));
  model.lockNames = vm.facts.lockNames;
  model.queueNames = vm.facts.queueNames;
  return toChromeTrace(model, { scenario, lockNames: vm.facts.lockNames });
}
