/**
 * A lab for `multiprocessing.Queue(5)` (section 队列 queue), on the VM: the
 * tutorial's lines as written (three mistakes, reported by Python itself), the
 * same lines corrected, and an interactive lab whose `>>>` is CPython's
 * `code.interact` running in the program's main thread beside a producer and
 * a consumer, so every line typed is real Python against the real `q`.
 */
import { fmt, type Localized } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import { genericDeadlockText } from '../custom/deadlock-text';
import { num } from '../param-values';
import type { DeadlockStory, Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { MAIN_THREAD, lessonFigures, stuckCall } from './analysis';
import { boundedQueueIntro } from './intro';
import { LESSON_STATEMENTS, variantOf } from './lesson';
import { boundedQueueSource } from './source';

export { MAIN_THREAD };

const METHOD_LINE = LESSON_STATEMENTS[0]?.line ?? 5;

function lessonOutcome(f: VmFacts, status: RunStatus, seed: boolean): Outcome {
  const { error, errorLine } = lessonFigures(f);
  const data = { error, 'error-line': String(errorLine), 'exit-status': f.exitStatus === null ? '' : String(f.exitStatus) };
  const figures: Outcome['figures'] = [
    { key: 'error', label: { zh: '异常', en: 'Exception' }, value: error === '' ? '—' : (error.split(':')[0] ?? ''), tone: error === '' ? 'good' : 'bad' },
    ...(errorLine > 0 ? [{ key: 'error-line', label: { zh: '停在第几行', en: 'Stopped at line' }, value: errorLine }] : []),
  ];
  if (error !== '') {
    const x = seed
      ? { zh: fmt('第 {l} 行打印出的是方法本身，并没有回答队列满没满。', { l: METHOD_LINE }), en: fmt(' Line {l} printed the method itself, not whether the queue is full.', { l: METHOD_LINE }) }
      : { zh: '', en: '' };
    return {
      tone: 'bad',
      data,
      figures,
      vmDetails: 'folded',
      verdict: {
        zh: fmt('程序在第 {line} 行抛出异常并停止：{e}。{x}', { line: errorLine, e: error, x: x.zh }),
        en: fmt('The program raises at line {line} and stops there: {e}.{x}', { line: errorLine, e: error, x: x.en }),
      },
    };
  }
  if (status !== 'finished') return genericOutcome(f, status);
  return { tone: 'good', data, figures, vmDetails: 'folded', verdict: { zh: '每一行都能运行，程序正常结束。', en: 'Every line runs and the program ends normally.' } };
}

const STUCK: Localized = {
  zh: '主线程在 >>> 里调用的 {c}() 会永远等下去：没有别的线程会{what}。真正的 Python 交互模式也会卡在这里（只能按 Ctrl-C）。点“重置”重新开始；想要有限的等待，写 timeout，例如 q.put(x, timeout=3)。',
  en: 'The main thread’s {c}() at >>> would wait for ever: no other thread will {what}. A real Python prompt hangs here too (only Ctrl-C helps). Press Reset to start again; for a bounded wait give a timeout, e.g. q.put(x, timeout=3).',
};

function labOutcome(f: VmFacts, status: RunStatus): Outcome {
  const call = stuckCall(f);
  if (status === 'deadlock' && call !== '') {
    const put = call.endsWith('put');
    const g = genericOutcome(f, status);
    const what = put ? { zh: '从 q 里取走东西', en: 'take anything out of q' } : { zh: '往 q 里放东西', en: 'put anything into q' };
    return {
      ...g,
      data: { ...g.data, stuck: call },
      verdict: { zh: fmt(STUCK.zh, { c: call, what: what.zh }), en: fmt(STUCK.en, { c: call, what: what.en }) },
    };
  }
  return genericOutcome(f, status);
}

/** A wait at the prompt that nothing ends, said as what it is: the REPL would hang. */
function boundedQueueDeadlockText(d: DeadlockStory, p: ParamValues): Localized {
  if (variantOf(p.variant) !== 'lab' || d.kind !== 'queue' || d.waiter !== MAIN_THREAD) return genericDeadlockText(d);
  return {
    zh: fmt('{w} 在 >>> 里的 {on}() 等待，没有别的线程会动 q：这行命令永远不会返回。', { w: d.waiter, on: d.on }),
    en: fmt('{w} waits in {on}() at >>>, and no other thread will touch q: that command never returns.', { w: d.waiter, on: d.on }),
  };
}

export const boundedQueueScenario: ScenarioDef = {
  id: 'bounded-queue',
  title: { zh: '队列 Queue(5)：满、空与超时', en: 'Queue(5): full, empty and timeouts' },
  section: '队列 queue',
  intro: (p) => boundedQueueIntro(p),
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    {
      key: 'variant',
      kind: 'enum',
      options: ['lab', 'seed', 'fixed'],
      default: 'lab',
      label: { zh: '程序', en: 'Program' },
      optionLabels: {
        lab: { zh: '交互实验', en: 'Interactive lab' },
        seed: { zh: '教程原文', en: 'As in the lesson' },
        fixed: { zh: '修正版', en: 'Fixed' },
      },
    },
    { key: 'maxsize', kind: 'int', min: 1, max: 10, default: 5, label: { zh: '队列长度 maxsize（实验）', en: 'maxsize (lab)' } },
    { key: 'produce', kind: 'number', min: 0, max: 10, step: 0.1, default: 1, unit: 's', label: { zh: '生产者间隔（0 = 不启动）', en: 'Producer interval (0 = off)' } },
    { key: 'consume', kind: 'number', min: 0, max: 10, step: 0.1, default: 1.5, unit: 's', label: { zh: '消费者间隔（0 = 不启动）', en: 'Consumer interval (0 = off)' } },
  ],

  source(p, lang) {
    const code = boundedQueueSource({ variant: variantOf(p.variant), maxsize: num(p, 'maxsize', 5), produce: num(p, 'produce', 1), consume: num(p, 'consume', 1.5), lang });
    return { code, struck: [] };
  },

  vm: {
    outcome: (f, status, p) => (variantOf(p.variant) === 'lab' ? labOutcome(f, status) : lessonOutcome(f, status, variantOf(p.variant) === 'seed')),
  },

  // The lanes before a run: Python's main thread and the helper threads the lab will start.
  runSpec(p) {
    const lab = variantOf(p.variant) === 'lab';
    const names = [MAIN_THREAD, ...(lab && num(p, 'produce', 1) > 0 ? ['producer'] : []), ...(lab && num(p, 'consume', 1.5) > 0 ? ['consumer'] : [])];
    return {
      scenario: 'bounded-queue',
      params: p,
      threads: names.map((name) => ({ name, target: name === MAIN_THREAD ? 'main' : name, process: 0, pid: 0 })),
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
    };
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
  deadlockText: boundedQueueDeadlockText,

  // The lesson's program is always Queue(5) with no helper threads.
  inactiveParams: (p) => (variantOf(p.variant) === 'lab' ? [] : ['maxsize', 'produce', 'consume']),

  fixedParams(p) {
    return { ...p, variant: 'fixed' };
  },
};
