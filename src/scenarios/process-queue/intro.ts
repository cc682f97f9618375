/** The process queue, from its settings: how many values, how often each side works. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';
import { plural, secs } from '../words';

export function processQueueIntro(p: ParamValues): Localized {
  const v = { n: num(p, 'count', 10), a: secs(num(p, 'produce', 0.5)), b: secs(num(p, 'consume', 0.5)) };
  return {
    zh: fmt('生产者进程每 {a} 秒往 multiprocessing.Queue 放一条，共 {n} 条；消费者进程每 {b} 秒取一条。值传过去了，但对象是复制的：另一个进程 get() 到的是一个新对象。', v),
    en: fmt('A producer process puts {n} {items} into a multiprocessing.Queue, one every {a} s; a consumer process takes one every {b} s. The value arrives, but as a copy: what the other process gets is a new object.', { ...v, items: plural(v.n, 'item') }),
  };
}
