// The search on workers: many runs on the one-worker stepper in virtual time
// (search.ts), then its hit replayed on the real workers, whose verdict must
// be the same. The two steppers' schedules are one language and give the
// same runs, so a disagreement is a bug; it says so instead of hiding.

import { search, type SearchResult } from './search';
import { invariantOf, type OpenRequest, type SearchRequest, type StepView } from './remote';
import type { LibLoader } from '../vm/process';
import type { CodeObject } from '../code';

export interface WorkerSearchAnswer {
  found: boolean;
  tries: number;
  violation: string | null;
  view: StepView;
}

/** The one-worker search over the open request, with StepHost's options (so the same request finds the same schedule). */
export function searchOneWorker(r: OpenRequest, q: SearchRequest, lib: LibLoader, codeCache: Map<string, CodeObject>, onRun?: (tried: number) => void): SearchResult {
  const opts = { lib, path: r.path, granularity: r.granularity, freeThreaded: r.freeThreaded, codeCache };
  return search(r.source, invariantOf(q.invariant), { ...opts, strategy: q.strategy, runs: q.runs, maxSteps: q.maxSteps, depth: q.depth, seed: q.seed, onRun });
}

/** Why the workers' replay of a found schedule does not confirm it, or null when it breaks the invariant in the same words. */
export function replayDisagreement(schedule: string, oneWorker: string, view: StepView): string | null {
  const why = 'a bug: both steppers should give the same run for a schedule';
  if (view.problem) return `the real workers refused step ${view.problem.index + 1} of the schedule the one-worker search found (${view.problem.reason}); ${why}`;
  if (view.state.step !== schedule.length) return `the real workers stopped at step ${view.state.step} of the ${schedule.length} the one-worker search found; ${why}`;
  if (view.violation === null) return `the one-worker search found "${oneWorker}", but on the real workers the same schedule breaks nothing; ${why}`;
  if (view.violation !== oneWorker) return `the one-worker search found "${oneWorker}", the real workers "${view.violation}"; ${why}`;
  return null;
}

/** The answer for a search whose hit was replayed on the workers as `view`. */
export function confirmedAnswer(res: Extract<SearchResult, { found: true }>, view: StepView): WorkerSearchAnswer {
  const disagree = replayDisagreement(res.schedule, res.violation, view);
  if (disagree === null) return { found: true, tries: res.tries, violation: view.violation, view };
  return { found: true, tries: res.tries, violation: res.violation, view: { ...view, problem: { index: view.state.step, lane: '', reason: disagree } } };
}
