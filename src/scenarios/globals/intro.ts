/** Globals, from its settings: how many threads and processes, how many increments each. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';
import { countWord, plural } from '../words';

export function globalsIntro(p: ParamValues): Localized {
  const w = num(p, 'workers', 2);
  const k = num(p, 'increments', 5);
  const zhWho = w === 1 ? '一个线程和一个子进程' : fmt('{w}个线程和{w}个子进程', { w: countWord(w, 'zh') });
  const enWho = w === 1 ? 'one thread and one child process' : fmt('{w} threads and {w} child processes', { w: countWord(w, 'en') });
  return {
    zh: fmt('同样的代码分别由{who}运行，每个把 n 加 {k} 次：线程共用一个 n，每个子进程只改自己的副本，主进程的 n 不受影响。', { who: zhWho, k }),
    en: fmt("The same code run by {who}, each adding 1 to n {k} {times}: the threads share one n, each child process changes only its own copy, and the main process's n is untouched.", { who: enWho, k, times: plural(k, 'time') }),
  };
}
