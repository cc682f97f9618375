/**
 * Globals are not shared between processes (多进程之间不能共享全局变量): the
 * same `work` run by threads and by processes in one run. Threads add to one
 * `n`; each child process adds to its own copy; the main process's `n` keeps
 * only the threads' increments.
 */
import { fmt, type Localized } from '../../i18n/lang';
import { START_JOIN_WAIT } from '../processes/pipes';
import { globalsIntro } from './intro';
import type { TraceModel } from '../../trace/model';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { MAIN_PID, childPid, pipeSpecs } from '../processes/pipes';
import { type PlannedWorker, workersSeen } from './facts';
import { childLock } from './lines';
import { globalsSource } from './source';

import { num } from '../param-values';

/** `n = 0` in every process: a spawned child re-imports the module; a forked one copies n before any thread ran. */
export const N_START = 0;

/** The run's workers, in lane order: the main thread, the threads, then the child processes. */
export function globalsPlan(p: ParamValues): PlannedWorker[] {
  const w = num(p, 'workers', 2);
  return [
    { name: 'MainThread', process: 0, pid: MAIN_PID, kind: 'main' },
    ...Array.from({ length: w }, (_, i): PlannedWorker => ({ name: `Thread-${i + 1} (work)`, process: 0, pid: MAIN_PID, kind: 'thread' })),
    ...Array.from({ length: w }, (_, i): PlannedWorker => ({ name: `Process-${i + 1}`, process: i + 1, pid: childPid(i + 1), kind: 'process' })),
  ];
}

export interface GlobalsFigures {
  /** The last `n` the threads left in the shared global (under the lock, the largest written). */
  threadTotal: number;
  /** Each child's own `n` at the end, Process-1 first. */
  processTotals: number[];
  /** The main process's `n` at the end. */
  mainTotal: number;
}

export function globalsFigures(plan: readonly PlannedWorker[], trace: TraceModel, byProcess: readonly Record<string, number>[]): GlobalsFigures {
  const threadValues = workersSeen(plan, trace)
    .filter((w) => w.kind === 'thread')
    .flatMap((w) => w.seen);
  const children = plan.filter((w) => w.kind === 'process');
  return {
    threadTotal: threadValues.length > 0 ? Math.max(...threadValues) : N_START,
    processTotals: children.map((c) => byProcess[c.process]?.n ?? NaN),
    mainTotal: byProcess[0]?.n ?? NaN,
  };
}

function outcome(trace: TraceModel, p: ParamValues, _final: Record<string, number>, byProcess: Record<string, number>[]): Outcome {
  const w = num(p, 'workers', 2);
  const k = num(p, 'increments', 5);
  const f = globalsFigures(globalsPlan(p), trace, byProcess);
  const threadsOk = f.threadTotal === N_START + w * k;
  const processesOk = f.processTotals.length === w && f.processTotals.every((x) => x === N_START + k);
  const mainOk = f.mainTotal === f.threadTotal;
  const good = threadsOk && processesOk && mainOk;
  const v = { w, k, t: f.threadTotal, m: f.mainTotal, ps: f.processTotals.join(', ') };
  let verdict: Localized;
  if (good) {
    verdict = {
      zh: fmt('线程共用一个 n：{w} 个线程各加 {k} 次，n = {t}。每个子进程只改了自己的那份 n：各为 {k}。主进程的 n 仍是 {m}：子进程的修改没有回到主进程。', v),
      en: fmt('Threads share one n: {w} threads × {k} increments, n = {t}. Each child process changed only its own copy: {k} each. The main process’s n is still {m}: the children’s increments never reached it.', v),
    };
  } else {
    const zh: string[] = [];
    const en: string[] = [];
    if (!threadsOk) {
      zh.push(fmt('线程合计 {t}，不是 {w}×{k}', v));
      en.push(fmt('the threads’ total is {t}, not {w}×{k}', v));
    }
    if (!processesOk) {
      zh.push(fmt('子进程的 n 是 {ps}，不是各 {k}', v));
      en.push(fmt('the children’s n are {ps}, not {k} each', v));
    }
    if (!mainOk) {
      zh.push(fmt('主进程的 n 是 {m}，不是线程留下的 {t}', v));
      en.push(fmt('the main process’s n is {m}, not the threads’ {t}', v));
    }
    verdict = { zh: `结果不对：${zh.join('；')}。`, en: `Not as expected: ${en.join('; ')}.` };
  }
  return {
    tone: good ? 'good' : 'bad',
    verdict,
    data: {
      'thread-total': String(f.threadTotal),
      'process-totals': f.processTotals.join(','),
      'main-total': String(f.mainTotal),
      workers: String(w),
      increments: String(k),
    },
    figures: [
      { key: 'thread-total', label: { zh: '线程共用的 n', en: 'Threads’ shared n' }, value: f.threadTotal, tone: threadsOk ? 'good' : 'bad' },
      { key: 'process-totals', label: { zh: '各子进程的 n', en: 'Each child’s n' }, value: v.ps, tone: processesOk ? 'good' : 'bad' },
      { key: 'main-total', label: { zh: '主进程的 n', en: 'Main process’s n' }, value: f.mainTotal, tone: mainOk ? 'good' : 'bad' },
    ],
  };
}

export const globalsScenario: ScenarioDef = {
  id: 'globals',
  title: { zh: '多进程之间不能共享全局变量', en: 'Processes do not share globals' },
  section: '多进程之间不能共享全局变量',
  intro: (p) => globalsIntro(p),
  queueWait: START_JOIN_WAIT,
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    { key: 'workers', kind: 'int', min: 1, max: 4, default: 2, label: { zh: '线程数 = 进程数', en: 'Threads = processes' } },
    { key: 'increments', kind: 'int', min: 1, max: 1000, default: 5, label: { zh: '每个加几次', en: 'Increments each' } },
    { key: 'sleep', kind: 'number', min: 0, max: 1, step: 0.01, default: 0.1, unit: 's', label: { zh: '每次睡眠', en: 'Sleep per increment' } },
  ],

  source(p, lang) {
    return {
      code: globalsSource({ workers: num(p, 'workers', 2), increments: num(p, 'increments', 5), sleep: num(p, 'sleep', 0.1), lang }),
      struck: [],
    };
  },

  runSpec(p) {
    const plan = globalsPlan(p);
    const children = plan.filter((w) => w.kind === 'process');
    const started = plan.filter((w) => w.kind !== 'main');
    return {
      scenario: 'globals',
      params: p,
      threads: plan.map((w) => ({ name: w.name, target: w.kind === 'main' ? 'main' : 'work', process: w.process, pid: w.pid })),
      globalNames: ['n'],
      globalsByProcess: [[N_START], ...children.map(() => [N_START])],
      // One lock per process: a child's `lock` is its own copy, never contended by the threads.
      lockNames: ['lock', ...children.map((c) => childLock(c.name))],
      queues: pipeSpecs(
        started.map((w) => ({ name: w.name, kind: w.kind === 'process' ? ('process' as const) : ('thread' as const) })),
        true,
      ),
    };
  },

  outcome,
};
