/**
 * The sing/dance program (section 多线程), the text the code panel shows and
 * the VM runs: the tutorial's Python, its parameters bound to the text
 * (`range(50)`, `time.sleep(0.1)`, one `t<i>=threading.Thread(…)` per
 * thread, dance and sing in turn), comments in the student's language. The
 * defaults in Chinese are testdata/lesson.py byte for byte.
 */
import type { Lang } from '../../i18n/lang';

const TARGETS = ['dance', 'sing'] as const;

/** The function thread i (0-based) runs: the lesson starts dance first, then sing. */
export function targetOf(i: number): 'dance' | 'sing' {
  return TARGETS[i % 2] ?? 'dance';
}

/** Python names an unnamed thread `Thread-N (target)` (3.10+). */
export function singDanceThreads(count: number): { name: string; target: string }[] {
  return Array.from({ length: count }, (_, i) => ({ name: `Thread-${i + 1} (${targetOf(i)})`, target: targetOf(i) }));
}

const comments = {
  zh: { target: '# target 需要的是一个函数，用来指定线程需要执行的任务', made: (i: number) => `  # 创建了线程${i}`, start: '# 启动线程' },
  en: { target: '# target is a function: the work the thread will do', made: (i: number) => `  # thread ${i} created`, start: '# start the threads' },
} as const;

export interface SingDanceTemplate {
  threads: number;
  iterations: number;
  sleep: number;
  lang: Lang;
}

export function singDanceSource(o: SingDanceTemplate): string {
  const c = comments[o.lang];
  const loop = (word: string): string[] => [`def ${word}():`, `    for i in range(${o.iterations}):`, `        time.sleep(${o.sleep})`, `        print('${word}')`];
  const ids = Array.from({ length: o.threads }, (_, i) => i + 1);
  const lines = [
    'import threading',
    'import time',
    '',
    ...loop('sing'),
    // The tutorial's blank line here has eight spaces: kept, so the text is the lesson's.
    '        ',
    ...loop('dance'),
    '',
    c.target,
    ...ids.map((i) => `t${i}=threading.Thread(target=${targetOf(i - 1)})${c.made(i)}`),
    c.start,
    ...ids.map((i) => `t${i}.start()`),
  ];
  return `${lines.join('\n')}\n`;
}
