/** Why any Python program is stuck, in words: who waits on what, and who holds it. */
import type { Localized } from '../../i18n/lang';
import type { DeadlockStory } from '../scenario';

export function genericDeadlockText(d: DeadlockStory): Localized {
  const line = d.waitLine > 0 ? { zh: `（第 ${d.waitLine} 行）`, en: ` (line ${d.waitLine})` } : { zh: '', en: '' };
  if (d.kind === 'queue') return { zh: `${d.waiter} 在等队列 ${d.on}${line.zh}，却没有线程会再往里放东西。`, en: `${d.waiter} waits on ${d.on}${line.en}, and no thread will ever put anything in.` };
  if (d.holder !== '' && d.holder === d.waiter) return { zh: `${d.waiter} 在等 ${d.on}${line.zh}，而这把锁就在它自己手里。`, en: `${d.waiter} waits for ${d.on}${line.en}, which it holds itself.` };
  if (d.holder !== '') return { zh: `${d.waiter} 在等 ${d.on}${line.zh}，锁在 ${d.holder} 手里，而 ${d.holder} 已经不会再释放它。`, en: `${d.waiter} waits for ${d.on}${line.en}, held by ${d.holder}, which will never release it.` };
  return { zh: `${d.waiter} 在等 ${d.on}${line.zh}，拿着它的线程已经结束却没有释放。`, en: `${d.waiter} waits for ${d.on}${line.en}; whoever took it ended without releasing it.` };
}
