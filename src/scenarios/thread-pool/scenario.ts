/**
 * Thread pool (线程池): `ThreadPoolExecutor(max_workers=20).map(down_ts, url_list)`.
 * The executor starts a thread per task only while none is idle, so three URLs
 * get three threads, not twenty; `map` hands results back in input order even
 * when the downloads finish out of order; `as_completed` in finishing order.
 */
import { fmt, type Localized } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import { POOL_WAIT, VARIANT_PARAM, seedInactive } from '../pools/pool-spec';
import { SEED_THREAD_POOL } from '../pools/seed-programs';
import { plural } from '../words';
import { threadPoolIntro } from './intro';
import type { ThreadSpec } from '../../engine/run';
import { MAIN_PID, poolThreadName, threadsStarted } from '../pools/cpython';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { maxWorkersOf, threadPoolFigures, urlTask } from './analysis';
import { rebindMaxWorkers, threadPoolSource } from './source';
import { downloadTasks } from './tasks';

/** The main thread, then the pool threads Python would start for these submits. */
export function threadPoolThreads(p: ParamValues): ThreadSpec[] {
  const t = downloadTasks(p);
  const n = threadsStarted(t.urls.length, t.maxWorkers);
  return [
    { name: 'MainThread', target: 'main', process: 0, pid: MAIN_PID },
    ...Array.from({ length: n }, (_, k) => ({ name: poolThreadName(0, k), target: 'pool_thread', process: 0, pid: MAIN_PID })),
  ];
}

const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

const STEP_ASIDE: Localized = {
  zh: '程序里已经没有线程池执行的 down_ts(url) 任务，也没有打印 done 结果，线程池分析不再适用，下面是通用结果。',
  en: 'The program no longer runs down_ts(url) tasks on a pool nor prints done results, so the thread-pool analysis steps aside: the generic outcome follows.',
};

/** The tutorial's program defines multi_threaded_download and never calls it: no pool, no thread, no print. */
function neverCalled(facts: VmFacts, status: RunStatus): Outcome {
  const g = genericOutcome(facts, status);
  return {
    ...g,
    tone: 'bad',
    vmDetails: 'folded',
    data: { ...g.data, analysis: 'thread-pool', 'threads-started': '0', 'tasks-done': '0', 'results-order': '', 'completion-order': '' },
    verdict: {
      zh: '教程原文只定义了 multi_threaded_download，却从没调用它：没有创建线程池，没有线程，什么也没打印。实验版在最后一行调用了它。',
      en: 'The lesson’s program only defines multi_threaded_download and never calls it: no pool is made, no thread starts, nothing prints. The lab version calls it on its last line.',
    },
  };
}

export function threadPoolOutcome(facts: VmFacts, status: RunStatus, p: ParamValues): Outcome {
  const t = downloadTasks(p);
  const f = threadPoolFigures(facts);
  if (!f && p.variant === 'seed') return neverCalled(facts, status);
  if (!f) {
    const g = genericOutcome(facts, status);
    return { ...g, data: { ...g.data, analysis: 'generic' }, verdict: { zh: `${STEP_ASIDE.zh}${g.verdict.zh}`, en: `${STEP_ASIDE.en} ${g.verdict.en}` } };
  }
  const maxWorkers = maxWorkersOf(facts) ?? t.maxWorkers;
  const n = f.tasksDone;
  const expectThreads = Math.min(n, maxWorkers);
  const input = [...f.completion].sort((a, b) => a - b);
  const orderRight = t.mode === 'map' ? same(f.resultsOrder, input) : same(f.resultsOrder, f.completion);
  const good = orderRight && status === 'finished' && f.threadsStarted <= maxWorkers;
  const r = f.resultsOrder.join(', ');
  const c = f.completion.join(', ');
  const threadsText = {
    zh: fmt('max_workers={m}，{n} 个任务：线程池只启动了 {s} 个线程（每次提交时没有空闲线程才新建一个）。', { m: maxWorkers, n, s: f.threadsStarted }),
    en: fmt('max_workers={m}, {n} {tasks}: the pool started only {s} {threads}, one per submit while none was idle.', {
      m: maxWorkers,
      n,
      s: f.threadsStarted,
      tasks: plural(n, 'task'),
      threads: plural(f.threadsStarted, 'thread'),
    }),
  };
  const orderText =
    t.mode === 'map'
      ? {
          zh: fmt('任务完成的顺序是 {c}，map 交回结果的顺序仍是 {r}：按输入顺序，先完成的要等前面的。', { c, r }),
          en: fmt('Tasks finished in the order {c}; map handed the results back as {r}: input order, an early finisher waits for the ones before it.', { c, r }),
        }
      : {
          zh: fmt('任务完成的顺序是 {c}，as_completed 交回结果的顺序也是 {r}：谁先完成先交回谁。', { c, r }),
          en: fmt('Tasks finished in the order {c}; as_completed handed the results back as {r}: first finished, first returned.', { c, r }),
        };
  return {
    tone: good ? 'good' : 'bad',
    verdict: { zh: `${threadsText.zh}${orderText.zh}`, en: `${threadsText.en} ${orderText.en}` },
    vmDetails: 'folded',
    data: {
      analysis: 'thread-pool',
      'threads-started': String(f.threadsStarted),
      'threads-used': String(f.threadsUsed),
      'results-order': f.resultsOrder.join(','),
      'completion-order': f.completion.join(','),
      'tasks-done': String(f.tasksDone),
      'max-concurrent': String(f.maxConcurrent),
      'max-workers': String(maxWorkers),
    },
    figures: [
      { key: 'threads', label: { zh: '启动的线程', en: 'Threads started' }, value: `${f.threadsStarted} / ${maxWorkers}`, tone: f.threadsStarted === expectThreads ? 'good' : 'bad' },
      { key: 'completion', label: { zh: '完成顺序', en: 'Finished in order' }, value: c || '—' },
      { key: 'results', label: { zh: t.mode === 'map' ? 'map 交回顺序' : 'as_completed 交回顺序', en: t.mode === 'map' ? 'map returned' : 'as_completed returned' }, value: r || '—', tone: orderRight ? 'good' : 'bad' },
      { key: 'concurrent', label: { zh: '最多同时下载', en: 'Most at once' }, value: f.maxConcurrent },
    ],
  };
}

export const threadPoolScenario: ScenarioDef = {
  id: 'thread-pool',
  title: { zh: '线程池：ThreadPoolExecutor', en: 'Thread pool: ThreadPoolExecutor' },
  section: '线程池',
  intro: (p) => threadPoolIntro(p),
  queueWait: POOL_WAIT,
  inactiveParams: (p) => (p.variant === 'seed' ? seedInactive(p, ['max_workers', 'urls', 'latency', 'seed', 'delay', 'mode']) : p.latency === 'fixed' ? ['seed'] : ['delay']),
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    { key: 'max_workers', kind: 'int', min: 1, max: 32, default: 20, label: { zh: 'max_workers', en: 'max_workers' } },
    { key: 'urls', kind: 'int', min: 1, max: 20, default: 3, label: { zh: '网址数', en: 'URLs' } },
    {
      key: 'latency',
      kind: 'enum',
      options: ['random', 'fixed'],
      default: 'random',
      label: { zh: '下载耗时', en: 'Download time' },
      optionLabels: { random: { zh: '随机（种子）', en: 'Random (seed)' }, fixed: { zh: '固定', en: 'Fixed' } },
    },
    { key: 'seed', kind: 'int', min: 0, max: 99999, default: 15, label: { zh: '随机种子', en: 'Random seed' } },
    { key: 'delay', kind: 'number', min: 0.1, max: 5, step: 0.1, default: 1, unit: 's', label: { zh: '固定耗时', en: 'Fixed time' } },
    {
      key: 'mode',
      kind: 'enum',
      options: ['map', 'as_completed'],
      default: 'map',
      label: { zh: '取结果', en: 'Results by' },
      optionLabels: { map: { zh: 'executor.map', en: 'executor.map' }, as_completed: { zh: 'as_completed', en: 'as_completed' } },
    },
    VARIANT_PARAM,
  ],

  source(p, lang) {
    return { code: p.variant === 'seed' ? SEED_THREAD_POOL : threadPoolSource(downloadTasks(p), lang), struck: [] };
  },

  // The lanes before a run: Python's main thread and the pool threads it will start.
  runSpec(p) {
    return { scenario: 'thread-pool', params: p, threads: p.variant === 'seed' ? threadPoolThreads(p).slice(0, 1) : threadPoolThreads(p), globalNames: [], globalsByProcess: [[]], lockNames: [] };
  },

  vm: {
    task: urlTask,
    outcome: (f, status, p) => threadPoolOutcome(f, status, p),
    rebinds: ['max_workers'],
    rebind: (code, key, value) => (key === 'max_workers' && typeof value === 'number' ? rebindMaxWorkers(code, value) : null),
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
};
