/**
 * The process program as the code panel shows it and the VM runs it: the
 * tutorial's text (section 多进程, `testdata/tutorial.py` byte for byte in
 * Chinese with the tutorial's counts), the counts as the numbers in `args=`,
 * comments in the student's language on the same lines in both.
 */
import type { Lang } from '../../i18n/lang';

const comments = {
  zh: { made: '    # 创建了两个进程', args: '    # target 用来表示执行的任务 args 有来传参 ，类型是一个元组' },
  en: { made: '    # two processes created', args: '    # target is the work to run; args passes its arguments, as a tuple' },
} as const;

export function processesSource(opts: { dance: number; song: number; lang: Lang }): string {
  const c = comments[opts.lang];
  const lines = [
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
  ];
  return `${lines.join('\n')}\n`;
}

/** `target=dance,args=(N,)` (or song's) in an edited program: a slider rewrites that number and nothing else. */
export function rebindCount(code: string, target: 'dance' | 'song', n: number): string | null {
  const re = new RegExp(`(target\\s*=\\s*${target}\\s*,\\s*args\\s*=\\s*\\()\\s*\\d+\\s*,\\s*\\)`);
  return re.test(code) ? code.replace(re, `$1${n},)`) : null;
}
