/** multiprocessing.Pool, from its settings: which program, how many processes and tasks. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';

export function poolIntro(p: ParamValues): Localized {
  const v = { n: num(p, 'processes', 3), t: num(p, 'tasks', 10) };
  const head = { zh: fmt('Pool({n}) 用 {n} 个进程运行 {t} 个任务。', v), en: fmt('Pool({n}) runs {t} tasks on {n} processes.', v) };
  const body =
    p.mode === 'map'
      ? { zh: 'pool.map 等待：start 在所有任务完成后才打印。换成 apply_async 比较。', en: 'pool.map waits: start prints only after every task is done. Switch to apply_async to compare.' }
      : p.mode === 'no-close'
        ? { zh: '不 close 就 join：看看 Python 怎么报错，stop 还会不会打印。', en: 'join() without close(): see how Python complains, and whether stop ever prints.' }
        : { zh: 'apply_async 不等待：start 在任务完成前就打印了。换成 pool.map，或者试试不 close 就 join。', en: 'apply_async does not wait: start prints before the tasks finish. Switch to pool.map, or try join() without close().' };
  return { zh: `${head.zh}${body.zh}`, en: `${head.en} ${body.en}` };
}
