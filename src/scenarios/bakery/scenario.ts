/** The bakery (线程之间进行通信): producers and consumers over a real blocking `queue.Queue`. */
import { fmt } from '../../i18n/lang';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { bakeryIntro } from './intro';
import { BAKERY_LINES, BAKERY_QUEUE, consumerName, producerName } from './lines';
import { queueBlockedSeconds, queueFigures } from './queue-figures';
import { type BakeryShape, bakerySource } from './source';

import { num } from '../param-values';

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

/** Producers first (workers 0…P-1), then consumers, as the program starts them. */
export function bakeryThreads(s: Pick<BakeryShape, 'producers' | 'consumers'>): { name: string; target: string }[] {
  return [
    ...Array.from({ length: s.producers }, (_, k) => ({ name: producerName(k), target: 'produce' })),
    ...Array.from({ length: s.consumers }, (_, k) => ({ name: consumerName(k), target: 'customer' })),
  ];
}

function range(from: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => from + i);
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

  runSpec(p) {
    const s = bakeryShape(p);
    return {
      scenario: 'bakery',
      params: p,
      threads: bakeryThreads(s).map((t) => ({ ...t, process: 0, pid: 4242 })),
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
      queues: [{ name: BAKERY_QUEUE, maxsize: s.maxsize, kind: 'thread' }],
    };
  },

  outcome(trace, p): Outcome {
    const s = bakeryShape(p);
    const f = queueFigures(trace, 0);
    const putBlocked = queueBlockedSeconds(trace, range(0, s.producers));
    const getBlocked = queueBlockedSeconds(trace, range(s.producers, s.consumers));
    const clean = f.produced === s.count && f.consumed === s.count && f.fifo && f.duplicated === 0 && f.lost === 0 && f.unknown === 0;
    const g = getBlocked.toFixed(2);
    const pb = putBlocked.toFixed(2);
    let verdict;
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
      verdict = { zh: `${zh.join('；')}。`, en: `${en.join('; ')}.` };
    }
    return {
      tone: clean ? 'good' : 'bad',
      verdict,
      data: {
        produced: String(f.produced),
        consumed: String(f.consumed),
        fifo: String(f.fifo),
        duplicated: String(f.duplicated + f.unknown),
        lost: String(f.lost),
        'producer-blocked': pb,
        'consumer-blocked': g,
      },
      figures: [
        { key: 'produced', label: { zh: '生产', en: 'Made' }, value: f.produced, tone: f.produced === s.count ? undefined : 'bad' },
        { key: 'consumed', label: { zh: '买到', en: 'Bought' }, value: f.consumed, tone: f.consumed === s.count ? undefined : 'bad' },
        { key: 'fifo', label: { zh: '先进先出', en: 'FIFO' }, value: f.fifo ? '✔' : '✖', tone: f.fifo ? 'good' : 'bad' },
        { key: 'consumer-blocked', label: { zh: '消费者堵塞', en: 'Consumers blocked' }, value: `${g} s` },
        { key: 'producer-blocked', label: { zh: '生产者堵塞', en: 'Producers blocked' }, value: `${pb} s` },
      ],
    };
  },

  deadlockText(story) {
    const inPut = story.waitLine === BAKERY_LINES.produce.put;
    const v = { w: story.waiter, l: story.waitLine || BAKERY_LINES.customer.get };
    return inPut
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
