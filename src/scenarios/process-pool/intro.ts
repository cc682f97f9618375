/** The process pool, from its settings: how many processes, how many tasks. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';
import { plural } from '../words';

export function processPoolIntro(p: ParamValues): Localized {
  const m = num(p, 'max_workers', 3);
  const t = num(p, 'tasks', 10);
  const v = { m, t };
  const wait =
    t > m
      ? { zh: '任务在队列里等空闲的进程。', en: 'tasks wait in the queue for a free process.' }
      : { zh: '任务不比进程多，不用排队。', en: 'there are no more tasks than processes, so none waits for one.' };
  return {
    zh: fmt('max_workers={m}：{m} 个进程处理 {t} 个随机时长的任务；{w}看时间线上每个任务落在哪个进程。', { ...v, w: wait.zh }),
    en: fmt('max_workers={m}: {m} {procs} {work} through {t} {tasks} of random length; {w} See on the timeline which process ran each one.', {
      ...v,
      procs: plural(m, 'process', 'processes'),
      work: plural(m, 'works', 'work'),
      tasks: plural(t, 'task'),
      w: wait.en,
    }),
  };
}
