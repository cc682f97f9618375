/**
 * When a timed comparison on this machine cannot be trusted, and why: fewer
 * cores than workers caps what processes can gain, an unknown core count
 * says nothing, and a browser's timings are noisy on a busy machine.
 */
import { fmt, type Localized } from '../../i18n/lang';

export function reliabilityNote(o: { n: number; cores: number; work: 'cpu' | 'io' }): Localized | null {
  const { n, cores } = o;
  // IO waits are simulated time: the same on every machine, nothing to distrust.
  if (n <= 1 || o.work === 'io') return null;
  if (o.work === 'cpu' && cores <= 0) {
    return {
      zh: '这个浏览器不告诉我们它有几个核，所以无法判断加速比的上限；结果可能不可靠，试试“重复 3 次取中位数”。',
      en: 'This browser does not say how many cores it has, so the speed-up has no known ceiling; the figures may be unreliable: try “repeat 3 times, median”.',
    };
  }
  if (o.work === 'cpu' && cores < n) {
    return {
      zh: fmt('{n} 个进程只能分到 {c} 个核：进程最多快 {c} 倍，而且机器一忙结果就会变；试试“重复 3 次取中位数”。', { n, c: cores }),
      en: fmt('{n} processes share {c} cores: processes can be at most {c}× faster, and a busy machine moves the figures; try “repeat 3 times, median”.', { n, c: cores }),
    };
  }
  return {
    zh: '浏览器里的计时受机器负载影响，一次运行可能偏差很大；“重复 3 次取中位数”更可靠。',
    en: 'Timings in a browser move with the machine’s load, so one run can be far off; “repeat 3 times, median” is steadier.',
  };
}
