/** The queue view's words, zh and en. */
import type { Lang } from '../../i18n/lang';

export interface QueueViewStrings {
  out: string;
  in: string;
  items: string;
  empty: string;
  unbounded: string;
  slotFree: string;
  waitsPut: string;
  waitsGet: string;
  nobodyWaits: string;
  summary: (name: string, items: string[], waiters: string[]) => string;
  pickled: string;
  copyNote: string;
  copyItem: string;
  copyPut: string;
  copyGot: string;
  copySame: string;
  copyVerdict: string;
  copyNone: string;
}

const join = (lang: Lang, list: string[]): string => list.join(lang === 'zh' ? '、' : ', ');

export const queueViewStrings: Record<Lang, QueueViewStrings> = {
  zh: {
    out: 'get() 从这头取',
    in: 'put() 从这头放',
    items: '队列内容，最早放入的在前',
    empty: '空',
    unbounded: '不限长度',
    slotFree: '空位',
    waitsPut: '在 put() 上等待：队列满了',
    waitsGet: '在 get() 上等待：队列是空的',
    nobodyWaits: '没有线程在队列上等待',
    summary: (name, items, waiters) =>
      `队列 ${name} 里有 ${items.length} 项${items.length > 0 ? `：${join('zh', items)}（最早放入的在前）` : ''}。${waiters.length > 0 ? `${join('zh', waiters)}。` : ''}`,
    pickled: '已 pickle',
    copyNote: 'multiprocessing.Queue 在进程之间传的是 pickle 后的字节：另一个进程 get() 到的是一个值相同的新对象，不是同一个对象。',
    copyItem: '数据',
    copyPut: '在这里 put()',
    copyGot: '在这里 get() 到',
    copySame: '值相同，对象不同（在另一个进程的内存里）',
    copyVerdict: '另一个进程里的新对象',
    copyNone: '还没有数据跨过进程边界。',
  },
  en: {
    out: 'get() takes from this end',
    in: 'put() adds at this end',
    items: 'queue contents, oldest first',
    empty: 'empty',
    unbounded: 'unbounded',
    slotFree: 'free slot',
    waitsPut: 'waits in put(): the queue is full',
    waitsGet: 'waits in get(): the queue is empty',
    nobodyWaits: 'No thread waits on the queue',
    summary: (name, items, waiters) =>
      `Queue ${name} holds ${items.length} item${items.length === 1 ? '' : 's'}${items.length > 0 ? `: ${join('en', items)} (oldest first)` : ''}.${waiters.length > 0 ? ` ${join('en', waiters)}.` : ''}`,
    pickled: 'pickled',
    copyNote: 'A multiprocessing.Queue carries pickled bytes between processes: what the other process gets is a new object with the same value, not the same object.',
    copyItem: 'Item',
    copyPut: 'put() in',
    copyGot: 'got in',
    copySame: 'Same value, different object (in another process’s memory)',
    copyVerdict: 'a new object in another process',
    copyNone: 'Nothing has crossed the process boundary yet.',
  },
};
