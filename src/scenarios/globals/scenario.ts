/**
 * Globals are not shared between processes (多进程之间不能共享全局变量): the
 * same `work` run by threads and by processes in one run, on the VM. Threads
 * add to one `n`; each child process adds to its own copy; the main process's
 * `n` keeps only the threads' increments. The outcome reads the stores to `n`
 * per process (analysis.ts).
 */
import { fmt, type Localized } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import { globalsIntro } from './intro';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { num } from '../param-values';
import { N, processNs } from './analysis';
import { globalsSource, rebindGlobals } from './source';

/** `n = 0` in the program: every child is forked with the main process's n, still 0 before any thread ran. */
export const N_START = 0;

const STEP_ASIDE: Localized = {
  zh: '程序里已经没有数值型的全局变量 n，这一课的分析不再适用，下面是通用结果。',
  en: 'The program no longer has a global n holding a number, so the lesson’s analysis steps aside: the generic outcome follows.',
};

/** The lanes in the order the program starts them: the main thread, the child processes (`ps` first), then the threads. */
export function globalsLanes(p: ParamValues): { name: string; target: string; process: number; pid: number }[] {
  const w = num(p, 'workers', 2);
  return [
    { name: 'MainThread', target: 'main', process: 0, pid: 0 },
    ...Array.from({ length: w }, (_, i) => ({ name: `Process-${i + 1}`, target: 'work', process: i + 1, pid: 0 })),
    ...Array.from({ length: w }, (_, i) => ({ name: `Thread-${i + 1} (work)`, target: 'work', process: 0, pid: 0 })),
  ];
}

export function globalsOutcome(facts: VmFacts, status: RunStatus, p: ParamValues): Outcome {
  const ns = processNs(facts);
  if (!ns) {
    const g = genericOutcome(facts, status);
    return { ...g, data: { ...g.data, analysis: 'generic' }, verdict: { zh: `${STEP_ASIDE.zh}${g.verdict.zh}`, en: `${STEP_ASIDE.en} ${g.verdict.en}` } };
  }
  const w = num(p, 'workers', 2);
  const k = num(p, 'increments', 5);
  const [main, ...children] = ns;
  const threadValues = (main?.lanes ?? []).flatMap((l) => l.seen);
  const threadTotal = threadValues.length > 0 ? Math.max(...threadValues) : N_START;
  const processTotals = children.map((c) => c.value);
  const mainTotal = main?.value ?? NaN;
  const threadsOk = threadTotal === N_START + w * k;
  const processesOk = processTotals.length === w && processTotals.every((x) => x === N_START + k);
  const mainOk = mainTotal === threadTotal;
  const good = threadsOk && processesOk && mainOk && status === 'finished';
  const v = { w, k, t: threadTotal, m: mainTotal, ps: processTotals.join(', ') };
  let verdict: Localized;
  if (good) {
    verdict = {
      zh: fmt('线程共用一个 n：{w} 个线程各加 {k} 次，n = {t}。每个子进程只改了自己的那份 n：各为 {k}。主进程的 n 仍是 {m}：子进程的修改没有回到主进程。', v),
      en: fmt('Threads share one n: {w} threads × {k} increments, n = {t}. Each child process changed only its own copy: {k} each. The main process’s n is still {m}: the children’s increments never reached it.', v),
    };
  } else {
    const zh: string[] = [];
    const en: string[] = [];
    if (status !== 'finished') {
      zh.push('程序没有正常结束');
      en.push('the program did not end normally');
    }
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
    vmDetails: 'folded',
    data: {
      analysis: 'globals',
      'thread-total': String(threadTotal),
      'process-totals': processTotals.join(','),
      'main-total': String(mainTotal),
      workers: String(w),
      increments: String(k),
      'exit-status': facts.exitStatus === null ? '' : String(facts.exitStatus),
    },
    figures: [
      { key: 'thread-total', label: { zh: '线程共用的 n', en: 'Threads’ shared n' }, value: threadTotal, tone: threadsOk ? 'good' : 'bad' },
      { key: 'process-totals', label: { zh: '各子进程的 n', en: 'Each child’s n' }, value: v.ps, tone: processesOk ? 'good' : 'bad' },
      { key: 'main-total', label: { zh: '主进程的 n', en: 'Main process’s n' }, value: mainTotal, tone: mainOk ? 'good' : 'bad' },
    ],
  };
}

export const globalsScenario: ScenarioDef = {
  id: 'globals',
  title: { zh: '多进程之间不能共享全局变量', en: 'Processes do not share globals' },
  section: '多进程之间不能共享全局变量',
  intro: (p) => globalsIntro(p),
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

  vm: {
    watch: [N],
    outcome: (f, status, p) => globalsOutcome(f, status, p),
    rebinds: ['workers', 'increments', 'sleep'],
    rebind: (code, key, value) => (typeof value === 'number' ? rebindGlobals(code, key, value) : null),
  },

  runSpec(p) {
    const lanes = globalsLanes(p);
    return {
      scenario: 'globals',
      params: p,
      threads: lanes,
      globalNames: [],
      globalsByProcess: [[], ...lanes.filter((l) => l.process > 0).map(() => [])],
      lockNames: [],
    };
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
};
