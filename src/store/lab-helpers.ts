// The lab store's pure parts: what a run starts from, what the program becomes when a control moves, which
// stuck waits make the deadlock's story. No state of their own, so lab-store.ts stays about the run.

import type { Lang } from '../i18n/lang';
import type { DeadlockStory, ScenarioDef } from '../scenarios/scenario';
import type { QueueView } from '../engine/run';
import type { ParamValue, ParamValues } from '../scenarios/types';
import type { VmFacts } from '../trace/vm-trace';
import type { LabState } from './lab-store';

/** The main process's globals before the first step: where each value track starts. */
export function startValues(spec: { globalNames: readonly string[]; globalsByProcess: readonly (readonly number[])[] }): Record<string, number> {
  const out: Record<string, number> = {};
  const first = spec.globalsByProcess[0] ?? [];
  spec.globalNames.forEach((name, i) => {
    const v = first[i];
    if (v !== undefined) out[name] = v;
  });
  return out;
}

export function namesOf(def: ScenarioDef, p: ParamValues): string[] {
  return def.runSpec(p).threads.map((t) => t.name);
}

export function queuesKey(qs: readonly QueueView[]): string {
  return qs.map((q) => `${q.items.join('\u0001')}|${q.putters}|${q.getters}`).join('\u0002');
}

/**
 * Whether the current page can run this scenario at all. Every lesson runs on the VM, which
 * needs no SharedArrayBuffer (its waits then jump at once), so a page without cross-origin
 * isolation runs them too; the message runtime (src/message-runtime) is no longer loaded here.
 */
export function canRun(s: Pick<LabState, 'runtime' | 'scenario'>): boolean {
  return s.runtime === 'shared' || s.scenario.vm !== undefined;
}

/** The lesson's own text of a VM scenario with these settings ('' for the others): what Back to the lesson restores. */
export function vmLesson(scenario: ScenarioDef, params: ParamValues, lang: Lang): string {
  return scenario.vm ? scenario.source(params, lang).code : '';
}

/** Is the program the student's own text rather than the lesson's? */
export function isEdited(s: Pick<LabState, 'scenario' | 'params' | 'lang' | 'code'>): boolean {
  return s.scenario.vm !== undefined && s.code !== vmLesson(s.scenario, s.params, s.lang);
}

/** Stuck waits worth a sentence: a join (or Python's exit waiting for its threads) only follows someone stuck on a lock or queue. */
export function deadlockStories(f: VmFacts): DeadlockStory[] {
  const own = f.stuck.filter((w) => w.kind !== 'other');
  return (own.length > 0 ? own : f.stuck).map((w) => {
    const holder = f.threads.find((t) => t.name === w.holder && !Number.isNaN(t.end));
    return { waiter: w.thread, holder: w.holder, waitLine: w.line, kind: w.kind === 'queue' ? 'queue' : 'lock', on: w.on, ...(holder ? { holderEndLine: holder.endLine } : {}) };
  });
}

/**
 * The program after a control moved: an unedited lesson becomes the lesson
 * with the new settings; an edited one gets the change written into it where
 * the scenario can (a slider's number), else stays as the student left it.
 */
export function followCode(s: LabState, params: ParamValues, lang: Lang, key: string, value: ParamValue): string {
  const vm = s.scenario.vm;
  if (!vm || !isEdited(s)) return vmLesson(s.scenario, params, lang);
  return (vm.rebinds?.includes(key) ? vm.rebind?.(s.code, key, value) : null) ?? s.code;
}
