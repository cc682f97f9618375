/**
 * The globals program as the code panel shows it and the VM runs it. The
 * tutorial names this lesson (多进程之间不能共享全局变量) but gives no code, so
 * this is ours, in the tutorial's style; comments in the student's language,
 * on the same lines in both.
 */
import type { Lang } from '../../i18n/lang';

const comments = {
  zh: {
    n: '# 全局变量：每个进程都有自己的一份',
    lock: '# 线程之间用锁保护 n',
    ps: '    # 子进程：各自得到一份 n 的拷贝',
    ts: '    # 线程：共用主进程的 n',
    main: '# 只有线程加的才算在这里',
  },
  en: {
    n: '# a global: every process has its own',
    lock: '# threads guard n with a lock',
    ps: '    # child processes: each gets its own copy of n',
    ts: '    # threads: they share the main process’s n',
    main: '# only the threads’ increments count here',
  },
} as const;

export function globalsSource(opts: { workers: number; increments: number; sleep: number; lang: Lang }): string {
  const c = comments[opts.lang];
  const { workers: w, increments: k } = opts;
  return `${[
    'import threading',
    'import multiprocessing',
    'import time',
    '',
    `n = 0  ${c.n}`,
    `lock = threading.Lock()  ${c.lock}`,
    '',
    'def work(times):',
    '    global n',
    '    for i in range(times):',
    `        time.sleep(${opts.sleep})`,
    '        with lock:',
    '            n += 1',
    "            print(f'{multiprocessing.current_process().name} {threading.current_thread().name} n={n}')",
    '',
    "if __name__ == '__main__':",
    c.ps,
    `    ps = [multiprocessing.Process(target=work, args=(${k},)) for i in range(${w})]`,
    c.ts,
    `    ts = [threading.Thread(target=work, args=(${k},)) for i in range(${w})]`,
    '    for w in ps + ts:',
    '        w.start()',
    '    for w in ps + ts:',
    '        w.join()',
    `    print(f'主进程 n={n}')  ${c.main}`,
  ].join('\n')}\n`;
}

/**
 * A control moved while the program is edited: its number rewritten in the
 * text (`range(W)` of both lists, `args=(K,)` of both, the `time.sleep(S)`),
 * or null when the text no longer has it.
 */
export function rebindGlobals(code: string, key: string, value: number): string | null {
  const edits: Record<string, [RegExp, string]> = {
    workers: [/(\b(?:multiprocessing\.Process|threading\.Thread)\(target=work, args=\(\d+,\)\) for i in range\()\d+\)/g, `$1${value})`],
    increments: [/(\b(?:multiprocessing\.Process|threading\.Thread)\(target=work, args=\()\d+,\)/g, `$1${value},)`],
    sleep: [/(^\s+time\.sleep\()[\d.]+\)/m, `$1${value})`],
  };
  const e = edits[key];
  return e && e[0].test(code) ? code.replace(new RegExp(e[0].source, e[0].flags), e[1]) : null;
}
