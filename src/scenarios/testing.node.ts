/**
 * Runs a scenario to its end on real worker_threads, with the same runtime and
 * programs as the browser. For scenario unit tests.
 */
import { RunDriver, type RunReport } from '../engine/driver';
import { nodeSpawner } from '../engine/node-spawner.node';
import type { QueueView } from '../engine/run';
import type { MakeRun } from '../engine/run-like';
import { applyEvents, emptyTrace, type TraceModel } from '../trace/model';
import { type Outcome, type ScenarioDef, paramDefaults } from './scenario';
import type { ParamValues } from './types';

export interface ScenarioResult {
  report: RunReport;
  trace: TraceModel;
  params: ParamValues;
  outcome: Outcome;
  /** The last queue views seen (empty without queues). */
  queues: QueueView[];
}

/** `makeRun` picks the runtime (e.g. the message runtime); by default shared memory. */
export function runScenario(def: ScenarioDef, over: ParamValues, speed: number, makeRun?: MakeRun): Promise<ScenarioResult> {
  const params = { ...paramDefaults(def), ...over };
  const spec = { ...def.runSpec(params), speed };
  const trace = emptyTrace(spec.threads.map((t) => t.name));
  let queues: QueueView[] = [];
  return new Promise<ScenarioResult>((resolve) => {
    new RunDriver(
      spec,
      nodeSpawner,
      {
        onEvents: (ev) => applyEvents(trace, ev),
        onQueues: (q) => {
          queues = q;
        },
        onStatus: (report) => {
          if (report.status === 'running' || report.status === 'paused') return;
          const outcome = def.outcome(trace, params, report.globals, report.globalsByProcess);
          resolve({ report, trace, params, outcome, queues });
        },
      },
      (fn) => {
        const h = setTimeout(fn, 16);
        return () => clearTimeout(h);
      },
      makeRun,
    );
  });
}
