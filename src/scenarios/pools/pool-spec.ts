/** What ProcessPoolExecutor and multiprocessing.Pool share: the task count and seed parameters, and what a wait inside the pool is. */
import type { ParamSpec } from '../scenario';

export const TASKS_PARAM: ParamSpec = { key: 'tasks', kind: 'int', min: 1, max: 20, default: 10, label: { zh: '任务数', en: 'Tasks' } };
export const SEED_PARAM: ParamSpec = { key: 'seed', kind: 'int', min: 0, max: 99999, default: 7, label: { zh: '随机种子', en: 'Random seed' } };

/** A pool's queues are its own machinery: a wait on them is for a task, a result, or shutdown. */
export const POOL_WAIT = {
  zh: '在池内部等待（等任务、等结果或等关闭）',
  en: 'waiting inside the pool (for a task, a result or shutdown)',
} as const;

/** Every pool lesson: the lab's version (seeded, its results read back) or the tutorial's text verbatim. */
export const VARIANT_PARAM: ParamSpec = {
  key: 'variant',
  kind: 'enum',
  options: ['lab', 'seed'],
  default: 'lab',
  label: { zh: '版本', en: 'Version' },
  optionLabels: { lab: { zh: '实验版', en: 'Lab version' }, seed: { zh: '教程原文', en: 'As in the lesson' } },
};

/** With the tutorial's text every other control is off: the text has none of them. */
export function seedInactive(p: Record<string, unknown>, keys: readonly string[]): string[] {
  return p.variant === 'seed' ? keys.filter((k) => k !== 'variant') : [];
}
