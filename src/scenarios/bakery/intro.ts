/** The bakery's opening sentences, from its settings: who puts, who takes, how often, how big the queue. */
import { fmt, type Localized } from '../../i18n/lang';
import { countWord, plural, secs } from '../words';
import type { BakeryShape } from './source';

export function bakeryIntro(s: BakeryShape): Localized {
  const v = { a: secs(s.produce), b: secs(s.consume), P: s.producers, C: s.consumers, m: s.maxsize };
  const zhWho = {
    put: s.producers === 1 ? fmt('生产者每 {a} 秒放一个面包', v) : fmt('{p}个生产者各自每 {a} 秒放一个面包', { ...v, p: countWord(s.producers, 'zh') }),
    get: s.consumers === 1 ? fmt('消费者每 {b} 秒取一个', v) : fmt('{c}个消费者各自每 {b} 秒取一个', { ...v, c: countWord(s.consumers, 'zh') }),
  };
  const enWho = {
    put: s.producers === 1 ? fmt('The producer puts a bread every {a} s', v) : fmt('Each of the {P} producers puts a bread every {a} s', v),
    get: s.consumers === 1 ? fmt('the consumer takes one every {b} s', v) : fmt('each of the {C} consumers takes one every {b} s', v),
  };
  // Breads per second in and out decide who ends up waiting.
  const made = s.producers / s.produce;
  const bought = s.consumers / s.consume;
  const pace =
    made > bought
      ? { zh: '面包做得比买得快，会在队列里越积越多', en: 'breads are made faster than they are bought, so they pile up in the queue' }
      : made < bought
        ? { zh: '面包买得比做得快，消费者常在空队列上等 get()', en: 'breads are bought faster than they are made, so consumers often wait in get() on an empty queue' }
        : { zh: '做和买一样快', en: 'they are made as fast as they are bought' };
  const tip =
    s.maxsize === 0
      ? { zh: '把 maxsize 设小、生产间隔调短，看生产者在满队列上阻塞。', en: 'Set a small maxsize and a fast producer to see put() block on a full one.' }
      : {
          zh: fmt('队列最多放 {m} 个：满了 put() 就会阻塞。', v),
          en: fmt('The queue holds at most {m} {w}: when it is full, put() blocks.', { ...v, w: plural(s.maxsize, 'bread') }),
        };
  return {
    zh: `${zhWho.put}，${zhWho.get}：${pace.zh}。${tip.zh}`,
    en: `${enWho.put}, ${enWho.get}: ${pace.en}. ${tip.en}`,
  };
}
