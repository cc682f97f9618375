/** Processes, from its settings; "the process tree", never "on the right": panels move on a phone or in an embed. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';

export function processesIntro(p: ParamValues): Localized {
  const v = { d: num(p, 'dance', 20), s: num(p, 'song', 50) };
  return {
    zh: fmt('主进程启动两个子进程：一个跳舞 {d} 次，一个唱歌 {s} 次，每个进程有自己的 pid。看进程树和每行输出里的 pid。', v),
    en: fmt('The main process starts two child processes, one dancing {d} times and one singing {s} times, each with its own pid. Watch the process tree and the pid in every line.', v),
  };
}
