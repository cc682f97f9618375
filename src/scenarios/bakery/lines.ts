/**
 * Line numbers of the tutorial's bakery (section 线程之间进行通信), the same in
 * every configuration: extra producers or consumers only change arguments on
 * these lines and add lines after the queue is created.
 */
export const BAKERY_LINES = {
  produce: { def: 4, loop: 5, sleep: 6, print: 7, put: 9 },
  customer: { def: 11, loop: 12, sleep: 13, get: 16 },
  queue: 19,
} as const;

export const BAKERY_QUEUE = 'q';

/** Producer names `p1, p2…`, consumer names `c1, c2…`: the `name=` the program gives. */
export function producerName(k: number): string {
  return `p${k + 1}`;
}

export function consumerName(k: number): string {
  return `c${k + 1}`;
}

/** Index k of a thread named `p3` or `c3` (here 2); 0 if the name has no number. */
export function roleIndex(name: string): number {
  const n = Number.parseInt(name.slice(1), 10);
  return Number.isFinite(n) && n > 0 ? n - 1 : 0;
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
