/** Processes over a `multiprocessing.Queue` (进程间通信): items cross the boundary as copies. */
import { fmt, type Lang } from '../../i18n/lang';
import { processQueueIntro } from './intro';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { queueFigures } from '../bakery/queue-figures';
import { copiedCount, transfers } from './copies';
import { PQ_PIDS, PQ_QUEUE } from './lines';

import { num } from '../param-values';

const comments = {
  zh: { put: '  # 送出的是 pickle 后的副本', get: '  # 得到一个新对象' },
  en: { put: '  # sends a pickled copy', get: '  # a new object here' },
} as const;

function source(p: ParamValues, lang: Lang): string {
  const c = comments[lang];
  const n = num(p, 'count', 10);
  return [
    'import os',
    'import multiprocessing',
    'import time',
    '',
    'def produce(x):',
    `    for i in range(${n}):`,
    `        time.sleep(${num(p, 'produce', 0.5)})`,
    "        print(f'生产了++++++++++pid {os.getpid()}  {i}')",
    `        x.put(f'pid {os.getpid()} {i}')${c.put}`,
    '',
    'def consumer(x):',
    `    for i in range(${n}):`,
    `        time.sleep(${num(p, 'consume', 0.5)})`,
    `        print(f'消费了---------- {x.get()}')${c.get}`,
    '',
    "if __name__ == '__main__':",
    '    q=multiprocessing.Queue()',
    '    p1=multiprocessing.Process(target=produce,args=(q,))',
    '    c2=multiprocessing.Process(target=consumer ,args=(q,))',
    '    p1.start()',
    '    c2.start()',
  ].join('\n');
}

/** `multiprocessing.Process` names its children `Process-1`, `Process-2` in creation order. */
export const PQ_THREADS = [
  { name: 'Process-1', target: 'produce', process: 1, pid: PQ_PIDS.producer },
  { name: 'Process-2', target: 'consumer', process: 2, pid: PQ_PIDS.consumer },
] as const;

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

  source(p, lang) {
    return { code: source(p, lang), struck: [] };
  },

  runSpec(p) {
    return {
      scenario: 'process-queue',
      params: p,
      threads: PQ_THREADS.map((t) => ({ ...t })),
      globalNames: [],
      // The parent (MainProcess) and each child have their own globals.
      globalsByProcess: [[], [], []],
      lockNames: [],
      queues: [{ name: PQ_QUEUE, maxsize: 0, kind: 'process' }],
    };
  },

  outcome(trace, p): Outcome {
    const n = num(p, 'count', 10);
    const f = queueFigures(trace, 0);
    const list = transfers(trace);
    const copies = copiedCount(list);
    const got = list.filter((t) => Number.isFinite(t.getId)).length;
    const pids = trace.lanes.map((l) => l.pid);
    const [pp = 0, cp = 0] = pids;
    const clean = f.produced === n && f.consumed === n && f.fifo && f.duplicated === 0 && f.unknown === 0 && copies === got && pp !== cp;
    const v = { n, pp, cp, c: copies };
    const verdict = clean
      ? {
          zh: fmt('{n} 条数据从 Process-1（pid {pp}）按先进先出的顺序到了 Process-2（pid {cp}）；每条都是副本：值相同，对象不同（id 不同），共 {c} 条。', v),
          en: fmt('All {n} items went from Process-1 (pid {pp}) to Process-2 (pid {cp}) in first-in, first-out order, each as a copy: the same value, a different object (another id), {c} of {n}.', v),
        }
      : {
          zh: fmt('生产 {p} 条、消费 {q} 条（应各 {n} 条）{fifo}。', { p: f.produced, q: f.consumed, n, fifo: f.fifo ? '' : '，顺序与放入时不同' }),
          en: fmt('{p} produced and {q} consumed (expected {n} each){fifo}.', { p: f.produced, q: f.consumed, n, fifo: f.fifo ? '' : ', in a different order from the one they were put in' }),
        };
    return {
      tone: clean ? 'good' : 'bad',
      verdict,
      data: {
        produced: String(f.produced),
        consumed: String(f.consumed),
        fifo: String(f.fifo),
        copies: String(copies),
        'producer-pid': String(pp),
        'consumer-pid': String(cp),
      },
      figures: [
        { key: 'produced', label: { zh: '生产', en: 'Produced' }, value: f.produced, tone: f.produced === n ? undefined : 'bad' },
        { key: 'consumed', label: { zh: '消费', en: 'Consumed' }, value: f.consumed, tone: f.consumed === n ? undefined : 'bad' },
        { key: 'fifo', label: { zh: '先进先出', en: 'FIFO' }, value: f.fifo ? '✔' : '✖', tone: f.fifo ? 'good' : 'bad' },
        { key: 'copies', label: { zh: '副本（id 不同）', en: 'Copies (new id)' }, value: copies },
        { key: 'pids', label: { zh: '两个 pid', en: 'Two pids' }, value: `${pp} / ${cp}` },
      ],
    };
  },

  deadlockText(story) {
    return {
      zh: fmt('{w} 在 x.get() 上永远等待：生产者进程已经结束，不会再 put()。', { w: story.waiter }),
      en: fmt('{w} waits forever in x.get(): the producer process has ended and will put() nothing more.', { w: story.waiter }),
    };
  },
};
