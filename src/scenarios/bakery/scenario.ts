/**
 * The bakery (线程之间进行通信): producers and consumers over a real blocking
 * `queue.Queue`. The program is the tutorial's Python (source.ts), run on the
 * VM; the outcome reads the queue's puts and gets (their items, in the
 * queue's own order: the run model's queue ops) and the time blocked in
 * put() and get() (VmFacts.waits).
 */
import { fmt, type Localized } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { TraceModel } from '../../trace/model';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import { genericDeadlockText } from '../custom/deadlock-text';
import { num } from '../param-values';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { bakeryIntro } from './intro';
import { queueFigures } from './queue-figures';
import { type BakeryShape, bakerySource, consumerName, producerName } from './source';

/** The lesson's queue, `q`: the first queue the program binds to a global. */
export const BAKERY_QUEUE = 0;

export function bakeryShape(p: ParamValues): BakeryShape {
  return {
    count: num(p, 'count', 10),
    producers: num(p, 'producers', 1),
    consumers: num(p, 'consumers', 1),
    produce: num(p, 'produce', 0.5),
    consume: num(p, 'consume', 0.3),
    maxsize: num(p, 'maxsize', 0),
  };
}

/** Producers first, then consumers, as the program starts them. */
export function bakeryThreads(s: Pick<BakeryShape, 'producers' | 'consumers'>): { name: string; target: string }[] {
  return [
    ...Array.from({ length: s.producers }, (_, k) => ({ name: producerName(k), target: 'produce' })),
    ...Array.from({ length: s.consumers }, (_, k) => ({ name: consumerName(k), target: 'customer' })),
  ];
}

/** Seconds threads spent blocked in one call of the queue (`Queue.put`, `Queue.get`). */
function blockedIn(facts: VmFacts, call: 'put' | 'get'): number {
  return facts.waits.filter((w) => w.kind === 'queue' && w.on.endsWith(`.${call}`)).reduce((s, w) => s + w.seconds, 0);
}

const STEP_ASIDE: Localized = {
  zh: '程序没有用到 queue.Queue，面包店的分析不再适用，下面是通用结果。',
  en: 'The program puts nothing through a queue.Queue, so the bakery analysis steps aside: the generic outcome follows.',
};

export function bakeryOutcome(facts: VmFacts, status: RunStatus, p: ParamValues, trace: TraceModel): Outcome {
  const s = bakeryShape(p);
  if (facts.queueNames.length === 0 || !trace.queueOps.some((o) => o.queue === BAKERY_QUEUE)) {
    const g = genericOutcome(facts, status);
    return { ...g, data: { ...g.data, analysis: 'generic' }, verdict: { zh: `${STEP_ASIDE.zh}${g.verdict.zh}`, en: `${STEP_ASIDE.en} ${g.verdict.en}` } };
  }
  const f = queueFigures(trace, BAKERY_QUEUE);
  const putBlocked = blockedIn(facts, 'put');
  const getBlocked = blockedIn(facts, 'get');
  const clean = status === 'finished' && f.produced === s.count && f.consumed === s.count && f.fifo && f.duplicated === 0 && f.lost === 0 && f.unknown === 0;
  const g = getBlocked.toFixed(2);
  const pb = putBlocked.toFixed(2);
  let verdict: Localized;
  if (clean) {
    verdict =
      s.maxsize > 0
        ? {
            zh: fmt('{n} 个面包每个都只被买走一次，买到的顺序就是放入的顺序（先进先出）；消费者在空队列上共堵塞 {g} 秒，生产者在满队列（maxsize={m}）上共堵塞 {p} 秒。', { n: s.count, g, p: pb, m: s.maxsize }),
            en: fmt('All {n} breads were bought exactly once, in the order they were put (first in, first out); consumers spent {g} s blocked on an empty queue, producers {p} s on a full one (maxsize={m}).', { n: s.count, g, p: pb, m: s.maxsize }),
          }
        : {
            zh: fmt('{n} 个面包每个都只被买走一次，买到的顺序就是放入的顺序（先进先出）；消费者在空队列上共堵塞 {g} 秒，队列不限长度，生产者从不堵塞。', { n: s.count, g }),
            en: fmt('All {n} breads were bought exactly once, in the order they were put (first in, first out); consumers spent {g} s blocked on an empty queue, and the unbounded queue never blocked the producers.', { n: s.count, g }),
          };
  } else {
    const zh = [fmt('生产 {p} 个、买到 {c} 个（应各 {n} 个）', { p: f.produced, c: f.consumed, n: s.count })];
    const en = [fmt('{p} made and {c} bought (expected {n} each)', { p: f.produced, c: f.consumed, n: s.count })];
    if (!f.fifo) {
      zh.push('买到的顺序与放入的顺序不同');
      en.push('bought in a different order from the one they were put in');
    }
    if (f.duplicated > 0 || f.unknown > 0) {
      zh.push(fmt('{d} 个被重复买到', { d: f.duplicated + f.unknown }));
      en.push(fmt('{d} bought twice', { d: f.duplicated + f.unknown }));
    }
    if (status === 'deadlock') {
      zh.push('程序卡住了：有线程在队列上永远等待');
      en.push('the program is stuck: a thread waits on the queue for ever');
    }
    verdict = { zh: `${zh.join('；')}。`, en: `${en.join('; ')}.` };
  }
  return {
    tone: clean ? 'good' : 'bad',
    verdict,
    vmDetails: 'folded',
    data: {
      analysis: 'bakery',
      produced: String(f.produced),
      consumed: String(f.consumed),
      fifo: String(f.fifo),
      duplicated: String(f.duplicated + f.unknown),
      lost: String(f.lost),
      'producer-blocked': pb,
      'consumer-blocked': g,
      deadlock: status === 'deadlock' ? 'true' : 'false',
    },
    figures: [
      { key: 'produced', label: { zh: '生产', en: 'Made' }, value: f.produced, tone: f.produced === s.count ? undefined : 'bad' },
      { key: 'consumed', label: { zh: '买到', en: 'Bought' }, value: f.consumed, tone: f.consumed === s.count ? undefined : 'bad' },
      { key: 'fifo', label: { zh: '先进先出', en: 'FIFO' }, value: f.fifo ? '✔' : '✖', tone: f.fifo ? 'good' : 'bad' },
      { key: 'consumer-blocked', label: { zh: '消费者堵塞', en: 'Consumers blocked' }, value: `${g} s` },
      { key: 'producer-blocked', label: { zh: '生产者堵塞', en: 'Producers blocked' }, value: `${pb} s` },
    ],
  };
}

export const bakeryScenario: ScenarioDef = {
  id: 'bakery',
  title: { zh: '线程通信：面包店（queue.Queue）', en: 'Thread queue: the bakery (queue.Queue)' },
  section: '线程之间进行通信',
  intro: (p) => bakeryIntro(bakeryShape(p)),
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    { key: 'produce', kind: 'number', min: 0.01, max: 5, step: 0.01, default: 0.5, unit: 's', label: { zh: '生产间隔', en: 'Producer sleep' } },
    { key: 'consume', kind: 'number', min: 0.01, max: 5, step: 0.01, default: 0.3, unit: 's', label: { zh: '消费间隔', en: 'Consumer sleep' } },
    { key: 'count', kind: 'int', min: 1, max: 100, default: 10, label: { zh: '面包数', en: 'Breads' } },
    { key: 'producers', kind: 'int', min: 1, max: 4, default: 1, label: { zh: '生产者', en: 'Producers' } },
    { key: 'consumers', kind: 'int', min: 1, max: 4, default: 1, label: { zh: '消费者', en: 'Consumers' } },
    { key: 'maxsize', kind: 'int', min: 0, max: 20, default: 0, label: { zh: 'maxsize（0 = 不限）', en: 'maxsize (0 = unbounded)' } },
  ],

  source(p, lang) {
    return { code: bakerySource(bakeryShape(p), lang), struck: [] };
  },

  vm: { outcome: bakeryOutcome },

  // The lanes before a run: Python's main thread, then the producers and consumers it will start.
  runSpec(p) {
    const s = bakeryShape(p);
    return {
      scenario: 'bakery',
      params: p,
      threads: [{ name: 'MainThread', target: 'main', process: 0, pid: 0 }, ...bakeryThreads(s).map((t) => ({ ...t, process: 0, pid: 0 }))],
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
      queues: [{ name: 'q', maxsize: s.maxsize, kind: 'thread' }],
    };
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),

  deadlockText(story) {
    if (story.kind !== 'queue') return genericDeadlockText(story);
    const v = { w: story.waiter, l: story.waitLine };
    return story.on.endsWith('.put')
      ? {
          zh: fmt('{w} 在第 {l} 行的 q.put() 上永远等待：队列满了，已经没有线程会再 get()。', v),
          en: fmt('{w} waits forever in q.put() at line {l}: the queue is full and no thread is left to get().', v),
        }
      : {
          zh: fmt('{w} 在第 {l} 行的 q.get() 上永远等待：已经没有线程会再 put()。', v),
          en: fmt('{w} waits forever in q.get() at line {l}: no thread is left to put().', v),
        };
  },
};
