/**
 * A step lesson (issue 12): a small Python program, in variants, made to be
 * stepped: the page opens it in step mode, and its invariant is what the
 * search looks for and the verdict checks. The program files carry their own
 * comments in Chinese and English, so the text does not change with `lang`.
 */
import type { Localized } from '../i18n/lang';
import type { InvariantSpec } from '../python/step/remote';
import { genericDeadlockText } from './custom/deadlock-text';
import { genericOutcome } from './custom/outcome';
import type { ScenarioDef } from './scenario';
import type { ParamValues } from './types';

export interface StepLessonSpec {
  id: string;
  title: Localized;
  intro: Localized;
  /** Programs by variant key, the first the default, each with its label. */
  variants: readonly { key: string; label: Localized; code: string }[];
  invariant: InvariantSpec | ((p: ParamValues) => InvariantSpec);
  /** Extra parameters and how they rewrite the program (the counter's rounds). */
  extra?: Pick<ScenarioDef, 'params'>['params'];
  rewrite?(code: string, p: ParamValues): string;
}

export const STEP_SECTION = '单步课 · Step lessons';

export function stepLesson(spec: StepLessonSpec): ScenarioDef {
  const first = spec.variants[0];
  if (!first) throw new Error(`${spec.id}: no program`);
  const program = (p: ParamValues): string => {
    const v = spec.variants.find((x) => x.key === p.variant) ?? first;
    return spec.rewrite ? spec.rewrite(v.code, p) : v.code;
  };
  return {
    id: spec.id,
    title: spec.title,
    section: STEP_SECTION,
    intro: () => spec.intro,
    params: [
      {
        key: 'variant',
        kind: 'enum',
        options: spec.variants.map((v) => v.key),
        default: first.key,
        label: { zh: '程序', en: 'Program' },
        optionLabels: Object.fromEntries(spec.variants.map((v) => [v.key, v.label])),
      },
      ...(spec.extra ?? []),
    ],
    defaultSpeed: 4,
    vm: { step: true, stepFirst: true, stepInvariant: spec.invariant, outcome: (f, status) => genericOutcome(f, status) },
    source: (p) => ({ code: program(p), struck: [] }),
    runSpec: (p) => ({
      scenario: spec.id,
      params: p,
      threads: [{ name: 'MainThread', target: 'main', process: 0, pid: 0 }],
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
    }),
    outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
    deadlockText: genericDeadlockText,
  };
}
