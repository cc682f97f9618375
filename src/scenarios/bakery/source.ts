/**
 * The bakery's Python program, the text the code panel shows and the VM runs:
 * the tutorial's text line for line with one producer and one consumer
 * (testdata/lesson.py byte for byte in Chinese); with more, `produce` and
 * `customer` take arguments that share the breads out, on the same lines.
 */
import { fmt, type Lang } from '../../i18n/lang';

/** Producer names `p1, p2…`, consumer names `c1, c2…`: the `name=` the program gives. */
export function producerName(k: number): string {
  return `p${k + 1}`;
}

export function consumerName(k: number): string {
  return `c${k + 1}`;
}

/**
 * How the breads are shared out, so the total made equals the total bought:
 * producer k makes breads k, k+P, k+2P… (every i below `count` exactly once),
 * consumer k buys `count / C` breads, the first `count % C` consumers one more.
 */
export function producerRange(k: number, producers: number): { first: number; step: number } {
  return { first: k, step: Math.max(1, producers) };
}

export function consumerShare(k: number, consumers: number, count: number): number {
  const c = Math.max(1, consumers);
  return Math.floor(count / c) + (k < count % c ? 1 : 0);
}

export interface BakeryShape {
  count: number;
  producers: number;
  consumers: number;
  produce: number;
  consume: number;
  maxsize: number;
}

const comments = {
  zh: {
    put: '# 生产者向队列中加入內容',
    blocking: '# q.get() 方法是一个堵塞的方法',
    fifo: '# 消费者从队列中取到先放入的內容',
    create: '# 创建队列  先进先出',
    bounded: '  # 最多放 {m} 个，满了 put() 就堵塞',
    split: '  # {p} 个生产者合起来，每个 i 只做一次',
    share: '  # 各买 n 个，加起来正好 {n} 个',
  },
  en: {
    put: '# the producer puts into the queue',
    blocking: '# q.get() blocks',
    fifo: '# the consumer gets whatever was put first',
    create: '# create the queue: first in, first out',
    bounded: '  # holds at most {m}; put() blocks while full',
    split: '  # the {p} producers make each i once',
    share: '  # the n add up to {n}',
  },
} as const;

export function bakerySource(s: BakeryShape, lang: Lang): string {
  const c = comments[lang];
  const many = s.producers > 1 || s.consumers > 1;
  const producers = Array.from({ length: s.producers }, (_, k) => producerName(k));
  const consumers = Array.from({ length: s.consumers }, (_, k) => consumerName(k));
  const lines = [
    'import threading',
    'import queue',
    'import time',
    many ? `def produce(first, step):${fmt(c.split, { p: s.producers, n: s.count })}` : 'def produce():',
    many ? `    for i in range(first, ${s.count}, step):` : `    for i in range(${s.count}):`,
    `        time.sleep(${s.produce})`,
    "        print('生产了面包 ',i)",
    `        ${c.put}`,
    "        q.put(f'break{i}')",
    '',
    many ? `def customer(n):${fmt(c.share, { n: s.count })}` : 'def customer():',
    many ? '    for i in range(n):' : `    for i in range(${s.count}):`,
    `        time.sleep(${s.consume})`,
    `        ${c.blocking}`,
    `        ${c.fifo}`,
    "        print(f'买到了面包 {q.get()}')",
    '',
    c.create,
    s.maxsize > 0 ? `q=queue.Queue(${s.maxsize})${fmt(c.bounded, { m: s.maxsize })}` : 'q=queue.Queue()',
    ...producers.map((name, k) => {
      const r = producerRange(k, s.producers);
      const args = many ? `,args=(${r.first},${r.step})` : '';
      return `${name}=threading.Thread(target=produce${args},name='${name}')`;
    }),
    ...consumers.map((name, k) => {
      const args = many ? `,args=(${consumerShare(k, s.consumers, s.count)},)` : '';
      return `${name}=threading.Thread(target=customer${args},name='${name}')`;
    }),
    ...[...producers, ...consumers].map((name) => `${name}.start()`),
  ];
  return `${lines.join('\n')}\n`;
}
