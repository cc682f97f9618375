/**
 * Process pool (进程池): `ProcessPoolExecutor(max_workers=3).map(worker, range(10))`.
 * Three processes take the ten tasks one at a time; a task waits in the call
 * queue until a process is free, so never more than three run at once.
 */
import { fmt, type Lang } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import { processPoolIntro } from './intro';
import type { ThreadSpec } from '../../engine/run';
import { MAIN_PID, forkProcessName } from '../pools/cpython';
import { STEP_ASIDE, processPoolRuns } from '../pools/process-figures';
import { SEED_COMMENTS, workerSource, workerTask } from '../pools/worker-task';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { num } from '../param-values';
import { POOL_WAIT, SEED_PARAM, TASKS_PARAM, VARIANT_PARAM, seedInactive } from '../pools/pool-spec';
import { SEED_PROCESS_POOL } from '../pools/seed-programs';

export function processPoolThreads(p: ParamValues): ThreadSpec[] {
  const n = num(p, 'max_workers', 3);
  return [
    { name: 'MainThread', target: 'main', process: 0, pid: MAIN_PID },
    ...Array.from({ length: n }, (_, k) => ({ name: forkProcessName(k + 1), target: 'process_worker', process: k + 1, pid: MAIN_PID + k + 1 })),
  ];
}

function source(p: ParamValues, lang: Lang): string {
  const c = SEED_COMMENTS[lang];
  const seed = num(p, 'seed', 7);
  return [
    ...workerSource('from concurrent.futures import ProcessPoolExecutor', seed, c.seed(seed), c.perTask),
    '',
    "if __name__ == '__main__':",
    `    _ProcessPool_max_workers=${num(p, 'max_workers', 3)}`,
    `    workers=list(range(${num(p, 'tasks', 10)}))`,
    '    with ProcessPoolExecutor(max_workers=_ProcessPool_max_workers) as executor:',
    '            executor.map(worker, workers)',
    '',
  ].join('\n');
}

export function processPoolOutcome(facts: VmFacts, status: RunStatus, p: ParamValues): Outcome {
  const r0 = processPoolRuns(facts);
  if (!r0) {
    const g = genericOutcome(facts, status);
    return { ...g, data: { ...g.data, analysis: 'generic' }, verdict: { zh: `${STEP_ASIDE.zh}${g.verdict.zh}`, en: `${STEP_ASIDE.en} ${g.verdict.en}` } };
  }
  // The tutorial's text: max_workers=3, ten tasks.
  const workers = p.variant === 'seed' ? 3 : num(p, 'max_workers', 3);
  const tasks = p.variant === 'seed' ? 10 : num(p, 'tasks', 10);
  const { runs, done, most } = r0;
  // From the first task's start: the pool's own start-up is not the tasks' time.
  const first = Math.min(...runs.map((r) => r.start));
  let elapsed = 0;
  for (const r of runs) if (Number.isFinite(r.end)) elapsed = Math.max(elapsed, r.end - first);
  const busy = runs.reduce((s, r) => s + (Number.isFinite(r.end) ? r.end - r.start : 0), 0);
  const good = done === tasks && most <= workers && status === 'finished';
  const per = new Map<number, number>();
  for (const r of runs) per.set(r.worker, (per.get(r.worker) ?? 0) + 1);
  // Tasks each process ran, in the order they started (ForkProcess-1, -2, …).
  const lanes = facts.processes.slice(1).map((pr) => facts.threads.find((t) => t.pid === pr.pid)?.lane ?? -1);
  const split = lanes.map((l) => per.get(l) ?? 0).join(' · ');
  const e = elapsed.toFixed(2);
  const b = busy.toFixed(2);
  return {
    tone: good ? 'good' : 'bad',
    verdict: good
      ? {
          zh: fmt('{n} 个任务由 {w} 个进程完成，同时运行的最多 {m} 个：其余任务在队列里等进程空闲。总共 {e} 秒，而一个接一个要 {b} 秒。', { n: done, w: workers, m: most, e, b }),
          en: fmt('{w} processes ran {n} tasks, at most {m} at once: the rest waited in the queue for a free process. {e} s in all, against {b} s one after another.', { n: done, w: workers, m: most, e, b }),
        }
      : {
          zh: fmt('完成 {d}/{n} 个任务，同时运行最多 {m} 个（上限 {w}）。', { d: done, n: tasks, m: most, w: workers }),
          en: fmt('{d}/{n} tasks done, at most {m} at once (limit {w}).', { d: done, n: tasks, m: most, w: workers }),
        },
    vmDetails: 'folded',
    data: { analysis: 'process-pool', 'tasks-done': String(done), 'max-concurrent': String(most), 'max-workers': String(workers), elapsed: e, serial: b },
    figures: [
      { key: 'done', label: { zh: '完成的任务', en: 'Tasks done' }, value: `${done} / ${tasks}`, tone: done === tasks ? 'good' : 'bad' },
      { key: 'concurrent', label: { zh: '最多同时运行', en: 'Most at once' }, value: `${most} / ${workers}`, tone: most <= workers ? 'good' : 'bad' },
      { key: 'elapsed', label: { zh: '总用时', en: 'Elapsed' }, value: `${e} s` },
      { key: 'split', label: { zh: '每个进程的任务数', en: 'Tasks per process' }, value: split || '—' },
    ],
  };
}

export const processPoolScenario: ScenarioDef = {
  id: 'process-pool',
  title: { zh: '进程池：ProcessPoolExecutor', en: 'Process pool: ProcessPoolExecutor' },
  section: '进程池',
  intro: (p) => processPoolIntro(p),
  queueWait: POOL_WAIT,
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    { key: 'max_workers', kind: 'int', min: 1, max: 8, default: 3, label: { zh: 'max_workers', en: 'max_workers' } },
    TASKS_PARAM,
    SEED_PARAM,
    VARIANT_PARAM,
  ],
  inactiveParams: (p) => seedInactive(p, ['max_workers', 'tasks', 'seed']),

  source(p, lang) {
    return { code: p.variant === 'seed' ? SEED_PROCESS_POOL : source(p, lang), struck: [] };
  },

  vm: {
    task: workerTask,
    outcome: (f, status, p) => processPoolOutcome(f, status, p),
  },

  // The lanes before a run: Python's main thread and the pool's processes.
  runSpec(p) {
    return { scenario: 'process-pool', params: p, threads: processPoolThreads(p), globalNames: [], globalsByProcess: [[]], lockNames: [] };
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
};
