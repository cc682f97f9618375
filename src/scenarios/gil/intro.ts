/** The GIL experiment, from its settings: which work, how many workers, with or without a GIL. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';

export function gilIntro(p: ParamValues, defaultWorkers: number): Localized {
  const n = num(p, 'workers', defaultWorkers);
  const free = p.freethreaded === true;
  const who = { zh: fmt('{n} 个线程对 {n} 个进程：', { n }), en: fmt('{n} threads against {n} processes: ', { n }) };
  const body =
    p.work === 'io'
      ? {
          zh: fmt('IO 工作，每个请求等 {l} 秒；等待时线程会释放 GIL，所以线程和进程一样能重叠。切换到 CPU 工作再比较加速比。', { l: num(p, 'latency', 0.2) }),
          en: fmt('IO work, each request waiting {l} s; a waiting thread lets go of the GIL, so threads overlap as well as processes do. Switch to CPU work and compare the speedups.', { l: num(p, 'latency', 0.2) }),
        }
      : free
        ? {
            zh: 'CPU 密集的工作，在没有 GIL 的自由线程 Python 上：线程也能同时计算，像进程一样用上多核。关掉“自由线程”再比较加速比。',
            en: 'CPU-bound work on free-threaded Python, with no GIL: threads compute at once too, on every core, as processes do. Switch free-threading off and compare the speedups.',
          }
        : {
            zh: 'CPU 密集的工作：有 GIL 的线程一次只能一个在算，进程才能用上多核。切换到 IO 工作或“自由线程 Python”，再比较加速比。',
            en: 'CPU-bound work: with the GIL only one thread computes at a time; processes use every core. Switch to IO work or free-threaded Python and compare the speedups.',
          };
  const one = n === 1 ? { zh: '（只有 1 个工作者时没有可分担的，调到 2 个以上再看。）', en: ' (With one worker there is nothing to share: try 2 or more.)' } : { zh: '', en: '' };
  return { zh: `${who.zh}${body.zh}${one.zh}`, en: `${who.en}${body.en}${one.en}` };
}
