/**
 * multiprocessing.Pool (Pool 进程池): `Pool(3)`, apply_async for 10 tasks,
 * close(), join(). apply_async does not wait, so `start` prints while the
 * tasks have hardly begun; map waits, so `start` comes after the last task;
 * join() without close() raises ValueError at once.
 */
import { fmt, type Localized } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import { poolIntro } from './intro';
import type { ThreadSpec } from '../../engine/run';
import { MAIN_PID, poolWorkerName } from '../pools/cpython';
import { STEP_ASIDE, printedAt, processPoolRuns } from '../pools/process-figures';
import { workerTask } from '../pools/worker-task';
import type { Alert, Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { START_TEXT, STOP_TEXT, poolSource } from './source';
import { num } from '../param-values';
import { POOL_WAIT, SEED_PARAM, TASKS_PARAM, VARIANT_PARAM, seedInactive } from '../pools/pool-spec';
import { SEED_POOL } from '../pools/seed-programs';

export function poolThreads(p: ParamValues): ThreadSpec[] {
  const n = num(p, 'processes', 3);
  return [
    { name: 'MainThread', target: 'main', process: 0, pid: MAIN_PID },
    ...Array.from({ length: n }, (_, k) => ({ name: poolWorkerName(k + 1), target: 'pool_worker', process: k + 1, pid: MAIN_PID + k + 1 })),
  ];
}

export interface PoolFigures {
  tasksDone: number;
  maxConcurrent: number;
  /** Virtual time of the start print, of the first task's end, of the stop print (NaN if none). */
  startAt: number;
  firstEndAt: number;
  stopAt: number;
  /** The main thread's uncaught exception, as its traceback's last line. */
  error: string;
  terminated: number;
}

export function poolFigures(f: VmFacts): PoolFigures | null {
  const r = processPoolRuns(f);
  if (!r) return null;
  const ends = r.runs.filter((x) => Number.isFinite(x.end)).map((x) => x.end);
  const main = f.threads[0]?.name ?? 'MainThread';
  return {
    tasksDone: r.done,
    maxConcurrent: r.most,
    startAt: printedAt(f, START_TEXT),
    firstEndAt: ends.length > 0 ? Math.min(...ends) : NaN,
    stopAt: printedAt(f, STOP_TEXT),
    error: f.exceptions.find((e) => e.thread === main)?.summary ?? '',
    terminated: r.terminated,
  };
}

export function poolOutcome(facts: VmFacts, status: RunStatus, p: ParamValues): Outcome {
  const f = poolFigures(facts);
  if (!f) {
    const g = genericOutcome(facts, status);
    return { ...g, data: { ...g.data, analysis: 'generic' }, verdict: { zh: `${STEP_ASIDE.zh}${g.verdict.zh}`, en: `${STEP_ASIDE.en} ${g.verdict.en}` } };
  }
  const seed = p.variant === 'seed';
  // The tutorial's text is the apply_async program: Pool(3), ten tasks.
  const processes = seed ? 3 : num(p, 'processes', 3);
  const tasks = seed ? 10 : num(p, 'tasks', 10);
  const mode = seed ? 'apply_async' : String(p.mode);
  const t = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} s` : '—');
  const startBeforeEnd = Number.isFinite(f.startAt) && (!Number.isFinite(f.firstEndAt) || f.startAt < f.firstEndAt);
  let verdict: Localized;
  let good: boolean;
  if (mode === 'no-close') {
    good = f.error === 'ValueError: Pool is still running' && !Number.isFinite(f.stopAt);
    verdict = {
      zh: fmt('join() 之前没有 close()：Python 立刻抛出 {e}，stop 没有打印；程序退出时进程池的 {k} 个进程被终止，完成了 {d} 个任务。', { e: f.error || '—', k: f.terminated, d: f.tasksDone }),
      en: fmt('join() without close(): Python raised {e} at once and stop never printed; at exit the pool’s {k} processes were terminated, with {d} tasks done.', { e: f.error || '—', k: f.terminated, d: f.tasksDone }),
    };
  } else if (mode === 'map') {
    good = f.tasksDone === tasks && f.maxConcurrent <= processes && !startBeforeEnd && Number.isFinite(f.stopAt);
    verdict = {
      zh: fmt('pool.map 等所有任务完成才返回：start 在 {s} 打印，最后一个任务已经在这之前结束。最多同时运行 {m} 个任务（Pool({n})）。', { s: t(f.startAt), m: f.maxConcurrent, n: processes }),
      en: fmt('pool.map returns only when every task is done: start printed at {s}, after the last task. At most {m} tasks ran at once (Pool({n})).', { s: t(f.startAt), m: f.maxConcurrent, n: processes }),
    };
  } else {
    good = f.tasksDone === tasks && f.maxConcurrent <= processes && startBeforeEnd && Number.isFinite(f.stopAt) && f.stopAt >= f.firstEndAt;
    verdict = {
      zh: fmt('apply_async 不等待：start 在 {s} 就打印了，第一个任务 {e} 才结束；join() 等到全部 {d} 个任务完成，stop 在 {t} 打印。最多同时运行 {m} 个（Pool({n})）。', { s: t(f.startAt), e: t(f.firstEndAt), d: f.tasksDone, t: t(f.stopAt), m: f.maxConcurrent, n: processes }),
      en: fmt('apply_async does not wait: start printed at {s}, before the first task ended at {e}; join() waited for all {d} tasks and stop printed at {t}. At most {m} ran at once (Pool({n})).', { s: t(f.startAt), e: t(f.firstEndAt), d: f.tasksDone, t: t(f.stopAt), m: f.maxConcurrent, n: processes }),
    };
  }
  return {
    // join() without close() is the lesson's warning: the program fails, as it should.
    tone: mode === 'no-close' ? (good ? 'bad' : 'neutral') : good ? 'good' : 'bad',
    verdict,
    vmDetails: 'folded',
    data: {
      analysis: 'pool',
      'tasks-done': String(f.tasksDone),
      'max-concurrent': String(f.maxConcurrent),
      'start-before-end': startBeforeEnd ? 'yes' : 'no',
      'stop-printed': Number.isFinite(f.stopAt) ? 'yes' : 'no',
      error: f.error,
      terminated: String(f.terminated),
    },
    figures: [
      { key: 'done', label: { zh: '完成的任务', en: 'Tasks done' }, value: `${f.tasksDone} / ${tasks}`, tone: f.tasksDone === tasks ? 'good' : mode === 'no-close' ? undefined : 'bad' },
      { key: 'concurrent', label: { zh: '最多同时运行', en: 'Most at once' }, value: `${f.maxConcurrent} / ${processes}`, tone: f.maxConcurrent <= processes ? 'good' : 'bad' },
      { key: 'start', label: { zh: 'start 打印于', en: 'start printed at' }, value: t(f.startAt) },
      { key: 'first-end', label: { zh: '第一个任务结束于', en: 'first task ended at' }, value: t(f.firstEndAt) },
      { key: 'stop', label: { zh: 'stop 打印于', en: 'stop printed at' }, value: t(f.stopAt) },
    ],
  };
}

/** A pool process killed at exit: where its lane ends. */
export function poolAlerts(f: VmFacts): Alert[] {
  const out: Alert[] = [];
  for (const p of f.processes) {
    if (p.status !== -15) continue;
    const lane = f.threads.find((t) => t.pid === p.pid)?.lane;
    if (lane !== undefined) out.push({ t: p.end, worker: lane, label: { zh: '进程被终止', en: 'terminated' } });
  }
  return out;
}

export const poolScenario: ScenarioDef = {
  id: 'pool',
  title: { zh: 'Pool 进程池：apply_async、close、join', en: 'multiprocessing.Pool: apply_async, close, join' },
  section: '进程池',
  intro: (p) => poolIntro(p),
  queueWait: POOL_WAIT,
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    {
      key: 'mode',
      kind: 'enum',
      options: ['apply_async', 'map', 'no-close'],
      default: 'apply_async',
      label: { zh: '程序', en: 'Program' },
      optionLabels: {
        apply_async: { zh: 'apply_async（教程）', en: 'apply_async (lesson)' },
        map: { zh: 'pool.map', en: 'pool.map' },
        'no-close': { zh: '不 close 就 join', en: 'join, no close' },
      },
    },
    { key: 'processes', kind: 'int', min: 1, max: 8, default: 3, label: { zh: '进程数 Pool(n)', en: 'Processes Pool(n)' } },
    TASKS_PARAM,
    SEED_PARAM,
    VARIANT_PARAM,
  ],
  inactiveParams: (p) => seedInactive(p, ['mode', 'processes', 'tasks', 'seed']),

  source(p, lang) {
    return { code: p.variant === 'seed' ? SEED_POOL : poolSource(p, lang), struck: [] };
  },

  vm: {
    task: workerTask,
    outcome: (f, status, p) => poolOutcome(f, status, p),
    alerts: poolAlerts,
  },

  // The lanes before a run: Python's main thread and the pool's processes.
  runSpec(p) {
    return { scenario: 'pool', params: p, threads: poolThreads(p), globalNames: [], globalsByProcess: [[]], lockNames: [] };
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
};
