/**
 * The multiprocessing.Pool program (section Pool 进程池), the text the code
 * panel shows and the VM runs: `worker(msg)` seeded per task (pools/worker-task.ts),
 * then Pool(n), apply_async in a loop (the lesson), or map, or join without close;
 * a variant's other calls are commented out, not removed.
 */
import type { Lang } from '../../i18n/lang';
import { num } from '../param-values';
import { SEED_COMMENTS, workerSource } from '../pools/worker-task';
import type { ParamValues } from '../types';

export const START_TEXT = '------======start=====-----';
export const STOP_TEXT = '-------======stop=====-----';

const comments = {
  zh: {
    apply: '        # Pool.apply_async(要调用的目标,(传递给目标的参数元组,))',
    free: '        # 每次循环将会用空闲出来的子进程去调用目标',
    map: '# pool.map(worker,list(range(10)))  或者调用map函数',
    mapOn: '# 或者调用map函数：等所有任务完成才返回',
    close: '# 关闭进程池，关闭后pool不再接受新的请求',
    join: '# 等待pool中的所有子进程完成，必须放在close语句后 给主进程让步',
    noClose: '# 没有调用 close()',
  },
  en: {
    apply: '        # Pool.apply_async(target, (tuple of arguments,))',
    free: '        # each call is run by whichever process is free',
    map: '# or: pool.map(worker,list(range(10)))',
    mapOn: '# or map: returns only when every task is done',
    close: '# close the pool: it takes no new tasks',
    join: '# wait for every process of the pool; must come after close()',
    noClose: '# close() is not called',
  },
} as const;

export function poolSource(p: ParamValues, lang: Lang): string {
  const c = SEED_COMMENTS[lang];
  const k = comments[lang];
  const seed = num(p, 'seed', 7);
  const tasks = num(p, 'tasks', 10);
  const mode = String(p.mode);
  const apply = [`    for i in range(${tasks}):`, k.apply, k.free, '        pool.apply_async(worker,(i,))'];
  const lines = [
    ...workerSource('from multiprocessing.pool import Pool', seed, c.seed(seed), c.perTask),
    '',
    "if __name__ == '__main__':",
    `    pool=Pool(${num(p, 'processes', 3)})`,
    ...(mode === 'map' ? apply.map((l) => `    # ${l.trimStart()}`) : apply),
    mode === 'map' ? `    pool.map(worker,list(range(${tasks})))  ${k.mapOn}` : `    ${k.map.replace('range(10)', `range(${tasks})`)}`,
    `    print('${START_TEXT}')`,
    mode === 'no-close' ? `    # pool.close()  ${k.noClose}` : `    pool.close() ${k.close}`,
    `    pool.join()  ${k.join}`,
    `    print('${STOP_TEXT}')`,
  ];
  return `${lines.join('\n')}\n`;
}
