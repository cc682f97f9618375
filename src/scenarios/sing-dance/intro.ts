/** Sing and dance, from its settings: how many threads, how long each sleeps. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';
import { CountWord, countWord, secs } from '../words';

export function singDanceIntro(p: ParamValues): Localized {
  const n = num(p, 'threads', 2);
  const iters = num(p, 'iterations', 50);
  const pause = num(p, 'sleep', 0.1);
  const one = secs(iters * pause);
  const sum = secs(iters * pause * n);
  if (n === 1) {
    return {
      zh: fmt('一个线程 sleep {s} 秒再打印，共 {i} 次，用时约 {o} 秒。把线程数调到 2 个以上，看它们同时运行。', { s: secs(pause), i: iters, o: one }),
      en: fmt('One thread sleeps {s} s, then prints, {i} times: about {o} s. Set 2 or more threads to see them run at the same time.', { s: secs(pause), i: iters, o: one }),
    };
  }
  const v = { s: secs(pause), i: iters, o: one, sum };
  return {
    zh: fmt('{n}个线程各自 sleep {s} 秒再打印，各 {i} 次。它们同时运行：总用时接近一个线程的 {o} 秒，而不是 {sum} 秒之和。试试改变线程数。', { ...v, n: countWord(n, 'zh') }),
    en: fmt("{N} threads each sleep {s} s, then print, {i} times. They run at the same time: the total is close to one thread's {o} s, not the sum of {sum} s. Try another number of threads.", { ...v, N: CountWord(n) }),
  };
}
