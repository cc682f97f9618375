/**
 * multiprocessing.Pool (Pool 进程池): `Pool(3)`, apply_async for 10 tasks,
 * close(), join(). apply_async does not wait, so `start` prints while the
 * tasks have hardly begun; map waits, so `start` comes after the last task;
 * join() without close() raises ValueError at once.
 */
import { fmt, type Lang, type Localized } from '../../i18n/lang';
import { poolIntro } from './intro';
import type { ThreadSpec } from '../../engine/run';
import type { TraceModel } from '../../trace/model';
import { MAIN_PID, poolWorkerName } from '../pools/cpython';
import { marksOf, maxConcurrent, taskRuns } from '../pools/tasks';
import { SEED_COMMENTS, workerSource } from '../pools/worker-task';
import type { Alert, Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { EXITED, INQUEUE, KILL, OUTQUEUE, START_TEXT, STOP_TEXT } from './lines';

import { num } from '../param-values';
import { POOL_WAIT, SEED_PARAM, TASKS_PARAM, poolQueues } from '../pools/pool-spec';

export function poolThreads(p: ParamValues): ThreadSpec[] {
  const n = num(p, 'processes', 3);
  return [
    { name: 'MainProcess', target: 'main', process: 0, pid: MAIN_PID },
    ...Array.from({ length: n }, (_, k) => ({ name: poolWorkerName(k + 1), target: 'pool_worker', process: k + 1, pid: MAIN_PID + k + 1 })),
  ];
}

const comments = {
  zh: {
    apply: '        # Pool.apply_async(要调用的目标,(传递给目标的参数元组,))',
    free: '        # 每次循环将会用空闲出来的子进程去调用目标',
    map: '# pool.map(worker,list(range(10)))  或者调用map函数',
    mapOn: '# 或者调用map函数：等所有任务完成才返回',
    close: '# 关闭进程池，关闭后pool不再接受新的请求',
    join: '# 等待pool中的所有子进程完成，必须放在close语句后 给主进程让步',
    noClose: '# 没有调用 close()',
  },
  en: {
    apply: '        # Pool.apply_async(target, (tuple of arguments,))',
    free: '        # each call is run by whichever process is free',
    map: '# or: pool.map(worker,list(range(10)))',
    mapOn: '# or map: returns only when every task is done',
    close: '# close the pool: it takes no new tasks',
    join: '# wait for every process of the pool; must come after close()',
    noClose: '# close() is not called',
  },
} as const;

function source(p: ParamValues, lang: Lang): string {
  const c = SEED_COMMENTS[lang];
  const k = comments[lang];
  const seed = num(p, 'seed', 7);
  const tasks = num(p, 'tasks', 10);
  const mode = String(p.mode);
  const apply = [`    for i in range(${tasks}):`, k.apply, k.free, '        pool.apply_async(worker,(i,))'];
  return [
    ...workerSource('from multiprocessing.pool import Pool', seed, c.seed(seed), c.perTask),
    '',
    "if __name__ == '__main__':",
    `    pool=Pool(${num(p, 'processes', 3)})`,
    ...(mode === 'map' ? apply.map((l) => `    # ${l.trimStart()}`) : apply),
    mode === 'map' ? `    pool.map(worker,list(range(${tasks})))  ${k.mapOn}` : `    ${k.map.replace('range(10)', `range(${tasks})`)}`,
    `    print('${START_TEXT}')`,
    mode === 'no-close' ? `    # pool.close()  ${k.noClose}` : `    pool.close() ${k.close}`,
    `    pool.join()  ${k.join}`,
    `    print('${STOP_TEXT}')`,
  ].join('\n');
}

export interface PoolFigures {
  tasksDone: number;
  maxConcurrent: number;
  /** Simulated time of the start print, of the first task's end, of the stop print (NaN if none). */
  startAt: number;
  firstEndAt: number;
  stopAt: number;
  error: string;
  terminated: number;
}

export function poolFigures(trace: TraceModel): PoolFigures {
  const runs = taskRuns(trace);
  const ends = runs.filter((r) => Number.isFinite(r.end)).map((r) => r.end);
  const printed = (text: string) => trace.console.find((c) => c.worker === 0 && c.text === text)?.t ?? NaN;
  return {
    tasksDone: ends.length,
    maxConcurrent: maxConcurrent(runs, trace.end),
    startAt: printed(START_TEXT),
    firstEndAt: ends.length > 0 ? Math.min(...ends) : NaN,
    stopAt: printed(STOP_TEXT),
    error: trace.lanes[0]?.error ?? '',
    terminated: marksOf(trace, 'terminated').length,
  };
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
  ],

  source(p, lang) {
    return { code: source(p, lang), struck: [] };
  },

  runSpec(p) {
    const threads = poolThreads(p);
    const tasks = num(p, 'tasks', 10);
    return {
      scenario: 'pool',
      params: p,
      threads,
      globalNames: [],
      globalsByProcess: threads.map(() => []),
      lockNames: [],
      queues: [
        ...poolQueues({ calls: INQUEUE, results: OUTQUEUE, exited: EXITED }, tasks, threads.length),
        { name: KILL, maxsize: 0, kind: 'process', slots: 2 },
      ],
    };
  },

  outcome(trace, p): Outcome {
    const processes = num(p, 'processes', 3);
    const tasks = num(p, 'tasks', 10);
    const mode = String(p.mode);
    const f = poolFigures(trace);
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
      data: {
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
  },

  alerts(trace) {
    const out: Alert[] = [];
    for (const m of marksOf(trace, 'terminated')) {
      out.push({ t: m.t, worker: m.worker, label: { zh: '进程被终止', en: 'terminated' } });
    }
    return out;
  },
};
