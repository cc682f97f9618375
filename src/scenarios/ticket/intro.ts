/** The ticket sellers, from their settings: how many sellers, the lock, the variant. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';
import { CountWord, countWord } from '../words';

export function ticketIntro(p: ParamValues): Localized {
  const n = num(p, 'threads', 2);
  const lock = p.lock !== false;
  const seed = p.variant === 'seed';
  const tickets = num(p, 'tickets', 20);
  const who =
    n === 1
      ? { zh: fmt('一个售票线程卖 {t} 张票（全局变量 ticket）：一个线程没有竞争，把线程数调到 2 个以上再看。', { t: tickets }), en: fmt('One seller sells {t} tickets (the global ticket): one thread has no one to race with, so set 2 or more.', { t: tickets }) }
      : { zh: fmt('{n}个售票线程共用全局变量 ticket，共 {t} 张票。', { n: countWord(n, 'zh'), t: tickets }), en: fmt('{N} sellers share the global ticket, {t} tickets in all.', { N: CountWord(n), t: tickets }) };
  const next = seed
    ? { zh: '这是教程原文：少了一次 release()，看看会发生什么。', en: 'This is the lesson as written: one release() is missing; see what it does.' }
    : lock
      ? { zh: '先按“运行”，再把锁关掉重新运行：看看票会不会多卖或重复卖。选“教程原文”，看看少了一次 release() 会发生什么。', en: 'Run it, then switch the lock off and run again: watch tickets get oversold or sold twice. Pick “As in the lesson” to see what one missing release() does.' }
      : { zh: '锁已关闭：运行，看看票会不会多卖或重复卖；再把锁打开比较。', en: 'The lock is off: run it and watch tickets get oversold or sold twice; then switch the lock on and compare.' };
  return { zh: `${who.zh}${next.zh}`, en: `${who.en} ${next.en}` };
}
