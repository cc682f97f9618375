/** The thread pool, from its settings: the limit, the tasks, how results come back. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';
import { plural } from '../words';

export function threadPoolIntro(p: ParamValues): Localized {
  const m = num(p, 'max_workers', 20);
  const u = num(p, 'urls', 3);
  const v = { m, u, tasks: plural(u, 'task'), threads: plural(u, 'thread') };
  const limit =
    u < m
      ? { zh: fmt('max_workers={m} 只是上限：{u} 个任务只会启动 {u} 个线程。', v), en: fmt('max_workers={m} is only a limit: {u} {tasks} start just {u} {threads}.', v) }
      : {
          zh: fmt('max_workers={m}：{u} 个任务最多由 {m} 个线程完成，其余的在队列里等空闲的线程。', v),
          en: fmt('max_workers={m}: {u} {tasks} share at most {m} {pool}; the rest wait in the queue for an idle one.', { ...v, pool: plural(m, 'thread') }),
        };
  const order =
    p.mode === 'as_completed'
      ? { zh: 'as_completed 按完成的顺序交回结果；试试 map，它按输入顺序。', en: 'as_completed hands results back as tasks finish; try map, which keeps input order.' }
      : { zh: 'map 按输入顺序返回结果，即使任务完成顺序不同；试试 as_completed。', en: 'map returns results in input order even when tasks finish out of order; try as_completed.' };
  return { zh: `${limit.zh}${order.zh}`, en: `${limit.en} ${order.en}` };
}
