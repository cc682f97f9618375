/**
 * The process program as the code panel shows it: the tutorial's text
 * (section 多进程) with the student's counts, comments in the student's
 * language, the same line numbers in both (see lines.ts).
 */
import type { Lang } from '../../i18n/lang';

const comments = {
  zh: { made: '    # 创建了两个进程', args: '    # target 用来表示执行的任务 args 有来传参 ，类型是一个元组' },
  en: { made: '    # two processes created', args: '    # target is the work to run; args passes its arguments, as a tuple' },
} as const;

export function processesSource(opts: { dance: number; song: number; lang: Lang }): string {
  const c = comments[opts.lang];
  return [
    'import multiprocessing',
    'import os',
    'def dance(n):',
    '    for i in range(n):',
    "        print(f'dancing  pid={os.getpid()}')",
    'def song(m):',
    '    for i in range(m):',
    "        print(f'song  pid={os.getpid()}')",
    "if __name__ == '__main__':",
    "    print(f'主进程ID{os.getpid()}')",
    c.made,
    c.args,
    `    p1=multiprocessing.Process(target=dance,args=(${opts.dance},))`,
    `    p2=multiprocessing.Process(target=song,args=(${opts.song},))`,
    '    p1.start()',
    '    p2.start()',
  ].join('\n');
}
