/**
 * What the timed comparison rests on, said next to the verdict: the VM gives
 * each process's GIL holder a virtual core, as many cores as this browser
 * says it has (4 where it does not say), and counts time in work done
 * (src/python/vm/cores.ts). So fewer cores than workers caps what processes
 * can gain, and every run gives the same figures.
 */
import { fmt, type Localized } from '../../i18n/lang';
import { DEFAULT_CORES } from '../../python/vm/cores';

export function reliabilityNote(o: { n: number; cores: number; work: 'cpu' | 'io' }): Localized | null {
  const { n, cores } = o;
  // IO waits are the sleeps' own seconds: the same on every machine, nothing to qualify.
  if (n <= 1 || o.work === 'io') return null;
  if (cores <= 0) {
    return {
      zh: fmt('这个浏览器不告诉我们它有几个核，所以这里的 Python 按 {d} 个核计算。', { d: DEFAULT_CORES }),
      en: fmt('This browser does not say how many cores it has, so this page’s Python counted {d}.', { d: DEFAULT_CORES }),
    };
  }
  if (cores < n) {
    return {
      zh: fmt('{n} 个进程只能分到 {c} 个核：进程最多快 {c} 倍。', { n, c: cores }),
      en: fmt('{n} processes share {c} cores: processes can be at most {c}× faster.', { n, c: cores }),
    };
  }
  return {
    zh: fmt('这里的时间按 Python 做了多少工作计算，每个进程的 GIL 持有者各占这个浏览器的一个核（共 {c} 个），所以每次运行的结果都一样。', { c: cores }),
    en: fmt('Time here is counted in the work Python does, each process’s GIL holder on one of this browser’s {c} cores, so every run gives the same figures.', { c: cores }),
  };
}
