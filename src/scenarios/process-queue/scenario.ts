/**
 * Processes over a `multiprocessing.Queue` (进程间通信): the tutorial's Python
 * on the VM (source.ts); items cross the boundary as copies. The outcome reads
 * the queue's puts and gets as the VM reports them (transfers.ts).
 */
import { fmt, type Localized } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { TraceModel } from '../../trace/model';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import { processQueueIntro } from './intro';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { crossed, inOrder, queueSlot, transfers } from './transfers';
import { processQueueSource, rebindProcessQueue } from './source';
import { num } from '../param-values';

export const PQ_QUEUE = 'q';

const STEP_ASIDE: Localized = {
  zh: '程序没有用队列 q 在进程之间传数据，这一课的分析不再适用，下面是通用结果。',
  en: 'The program passes nothing between processes through a queue q, so the lesson’s analysis steps aside: the generic outcome follows.',
};

export function processQueueOutcome(facts: VmFacts, status: RunStatus, p: ParamValues, trace: TraceModel): Outcome {
  const q = queueSlot(trace, PQ_QUEUE);
  const list = transfers(trace, q);
  if (facts.processes.length < 2 || list.length === 0) {
    const g = genericOutcome(facts, status);
    return { ...g, data: { ...g.data, analysis: 'generic' }, verdict: { zh: `${STEP_ASIDE.zh}${g.verdict.zh}`, en: `${STEP_ASIDE.en} ${g.verdict.en}` } };
  }
  const n = num(p, 'count', 10);
  const produced = list.length;
  const got = list.filter((t) => t.getLane >= 0);
  const consumed = got.length;
  const fifo = inOrder(trace, q);
  const copies = crossed(trace, list).length;
  const pid = (lane: number) => trace.lanes[lane]?.pid ?? 0;
  const pp = pid(list[0]?.putLane ?? -1);
  const cp = pid(got[0]?.getLane ?? -1);
  const clean = status === 'finished' && produced === n && consumed === n && fifo && copies === consumed && pp !== cp;
  const v = { n, pp, cp, c: copies };
  const verdict = clean
    ? {
        zh: fmt('{n} 条数据从 Process-1（pid {pp}）按先进先出的顺序到了 Process-2（pid {cp}）；每条都是副本：值相同，对象不同（在另一个进程的内存里），共 {c} 条。', v),
        en: fmt('All {n} items went from Process-1 (pid {pp}) to Process-2 (pid {cp}) in first-in, first-out order, each as a copy: the same value, a different object (in another process’s memory), {c} of {n}.', v),
      }
    : {
        zh: fmt('生产 {p} 条、消费 {q} 条（应各 {n} 条）{fifo}{end}。', { p: produced, q: consumed, n, fifo: fifo ? '' : '，顺序与放入时不同', end: status === 'finished' ? '' : '，程序没有正常结束' }),
        en: fmt('{p} produced and {q} consumed (expected {n} each){fifo}{end}.', { p: produced, q: consumed, n, fifo: fifo ? '' : ', in a different order from the one they were put in', end: status === 'finished' ? '' : '; the program did not end normally' }),
      };
  return {
    tone: clean ? 'good' : 'bad',
    verdict,
    vmDetails: 'folded',
    data: {
      analysis: 'process-queue',
      produced: String(produced),
      consumed: String(consumed),
      fifo: String(fifo),
      copies: String(copies),
      'producer-pid': String(pp),
      'consumer-pid': String(cp),
      'exit-status': facts.exitStatus === null ? '' : String(facts.exitStatus),
    },
    figures: [
      { key: 'produced', label: { zh: '生产', en: 'Produced' }, value: produced, tone: produced === n ? undefined : 'bad' },
      { key: 'consumed', label: { zh: '消费', en: 'Consumed' }, value: consumed, tone: consumed === n ? undefined : 'bad' },
      { key: 'fifo', label: { zh: '先进先出', en: 'FIFO' }, value: fifo ? '✔' : '✖', tone: fifo ? 'good' : 'bad' },
      { key: 'copies', label: { zh: '跨进程的副本', en: 'Copies across processes' }, value: copies },
      { key: 'pids', label: { zh: '两个 pid', en: 'Two pids' }, value: `${pp} / ${cp}` },
    ],
  };
}

export const processQueueScenario: ScenarioDef = {
  id: 'process-queue',
  title: { zh: '进程间通信：multiprocessing.Queue', en: 'Process queue: multiprocessing.Queue' },
  section: '进程间通信',
  intro: (p) => processQueueIntro(p),
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    { key: 'produce', kind: 'number', min: 0.01, max: 5, step: 0.01, default: 0.5, unit: 's', label: { zh: '生产间隔', en: 'Producer sleep' } },
    { key: 'consume', kind: 'number', min: 0.01, max: 5, step: 0.01, default: 0.5, unit: 's', label: { zh: '消费间隔', en: 'Consumer sleep' } },
    { key: 'count', kind: 'int', min: 1, max: 100, default: 10, label: { zh: '条数', en: 'Items' } },
  ],

  source(p) {
    return { code: processQueueSource({ count: num(p, 'count', 10), produce: num(p, 'produce', 0.5), consume: num(p, 'consume', 0.5) }), struck: [] };
  },

  vm: {
    // Step mode: the producer's and the consumer's MainThreads are lanes beside the parent's (both steppers).
    step: true,
    outcome: processQueueOutcome,
    rebinds: ['count', 'produce', 'consume'],
    rebind: (code, key, value) => (typeof value === 'number' ? rebindProcessQueue(code, key, value) : null),
  },

  // The lanes before a run: the main process's MainThread, then the producer and the consumer processes.
  runSpec(p) {
    return {
      scenario: 'process-queue',
      params: p,
      threads: [
        { name: 'MainThread', target: 'main', process: 0, pid: 0 },
        { name: 'Process-1', target: 'produce', process: 1, pid: 0 },
        { name: 'Process-2', target: 'consumer', process: 2, pid: 0 },
      ],
      globalNames: [],
      globalsByProcess: [[], [], []],
      lockNames: [],
    };
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),

  deadlockText(story) {
    return {
      zh: fmt('{w} 在 x.get() 上永远等待：生产者进程已经结束，不会再 put()。', { w: story.waiter }),
      en: fmt('{w} waits forever in x.get(): the producer process has ended and will put() nothing more.', { w: story.waiter }),
    };
  },
};
