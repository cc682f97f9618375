/** Sing and dance (多线程): two threads sleeping side by side take one thread's time, not the sum. */
import { fmt, type Lang } from '../../i18n/lang';
import { singDanceIntro } from './intro';
import type { ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';

const TARGETS = ['dance', 'sing'] as const;

function n(p: ParamValues, k: string, d: number): number {
  return typeof p[k] === 'number' ? (p[k] as number) : d;
}

/** Python names an unnamed thread `Thread-N (target)` (3.10+). */
export function singDanceThreads(count: number): { name: string; target: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const target = TARGETS[i % 2] ?? 'dance';
    return { name: `Thread-${i + 1} (${target})`, target };
  });
}

function source(p: ParamValues, lang: Lang): string {
  const iters = n(p, 'iterations', 50);
  const pause = n(p, 'sleep', 0.1);
  const threads = singDanceThreads(n(p, 'threads', 2));
  const c =
    lang === 'zh'
      ? { target: '# target 需要的是一个函数，用来指定线程需要执行的任务', made: (i: number) => `  # 创建了线程${i}`, start: '# 启动线程' }
      : { target: '# target is a function: the work the thread will do', made: (i: number) => `  # thread ${i} created`, start: '# start the threads' };
  const lines = [
    'import threading',
    'import time',
    '',
    'def sing():',
    `    for i in range(${iters}):`,
    `        time.sleep(${pause})`,
    "        print('sing')",
    '        ',
    'def dance():',
    `    for i in range(${iters}):`,
    `        time.sleep(${pause})`,
    "        print('dance')",
    '',
    c.target,
    ...threads.map((t, i) => `t${i + 1}=threading.Thread(target=${t.target})${c.made(i + 1)}`),
    c.start,
    ...threads.map((_, i) => `t${i + 1}.start()`),
  ];
  return lines.join('\n');
}

export const singDanceScenario: ScenarioDef = {
  id: 'sing-dance',
  title: { zh: '多线程：唱歌和跳舞', en: 'Threads: sing and dance' },
  section: '多线程',
  intro: (p) => singDanceIntro(p),
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    { key: 'threads', kind: 'int', min: 1, max: 8, default: 2, label: { zh: '线程数', en: 'Threads' } },
    { key: 'iterations', kind: 'int', min: 1, max: 200, default: 50, label: { zh: '每个线程打印次数', en: 'Prints per thread' } },
    { key: 'sleep', kind: 'number', min: 0.01, max: 2, step: 0.01, default: 0.1, unit: 's', label: { zh: '每次睡眠', en: 'Sleep per print' } },
  ],

  source(p, lang) {
    return { code: source(p, lang), struck: [] };
  },

  runSpec(p) {
    return {
      scenario: 'sing-dance',
      params: p,
      threads: singDanceThreads(n(p, 'threads', 2)).map((t) => ({ ...t, process: 0, pid: 4242 })),
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
    };
  },

  outcome(trace, p) {
    const threads = n(p, 'threads', 2);
    const one = n(p, 'iterations', 50) * n(p, 'sleep', 0.1);
    const serial = one * threads;
    let elapsed = 0;
    for (const lane of trace.lanes) {
      const last = lane.spans[lane.spans.length - 1];
      if (last && Number.isFinite(last.end)) elapsed = Math.max(elapsed, last.end);
    }
    // How often the console switches from one thread to another: interleaving made visible.
    let switches = 0;
    for (let i = 1; i < trace.console.length; i++) {
      if (trace.console[i]?.worker !== trace.console[i - 1]?.worker) switches++;
    }
    const together = threads > 1 && elapsed < serial * 0.75;
    const e = elapsed.toFixed(2);
    const s = serial.toFixed(2);
    return {
      tone: threads === 1 ? 'neutral' : together ? 'good' : 'bad',
      verdict:
        threads === 1
          ? { zh: fmt('一个线程：用时 {e} 秒。', { e }), en: fmt('One thread: {e} s.', { e }) }
          : together
            ? {
                zh: fmt('{n} 个线程同时运行：总共 {e} 秒，接近一个线程的 {o} 秒，而不是依次运行的 {s} 秒。输出交替切换了 {w} 次。', { n: threads, e, o: one.toFixed(2), s, w: switches }),
                en: fmt('{n} threads ran at the same time: {e} s in all, close to one thread’s {o} s, not the {s} s of one after another. The output switched threads {w} times.', { n: threads, e, o: one.toFixed(2), s, w: switches }),
              }
            : {
                zh: fmt('线程没有重叠：用时 {e} 秒，接近依次运行的 {s} 秒。', { e, s }),
                en: fmt('The threads did not overlap: {e} s, close to the {s} s of one after another.', { e, s }),
              },
      data: { elapsed: e, serial: s, 'one-thread': one.toFixed(2), switches: String(switches), prints: String(trace.console.length) },
      figures: [
        { key: 'elapsed', label: { zh: '实际用时', en: 'Elapsed' }, value: `${e} s` },
        { key: 'serial', label: { zh: '依次运行需要', en: 'One after another' }, value: `${s} s` },
        { key: 'prints', label: { zh: '打印行数', en: 'Prints' }, value: trace.console.length },
        { key: 'switches', label: { zh: '交替次数', en: 'Switches' }, value: switches },
      ],
    };
  },
};
