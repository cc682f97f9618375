/**
 * Sing and dance (多线程): two threads sleeping side by side take one
 * thread's time, not the sum. The program is the tutorial's Python
 * (source.ts), run on the VM; the outcome reads the threads' lifetimes
 * (VmFacts) and who printed each console line (the run model).
 */
import { fmt } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { TraceModel } from '../../trace/model';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import { num } from '../param-values';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { singDanceIntro } from './intro';
import { singDanceSource, singDanceThreads } from './source';

export { singDanceThreads } from './source';

/**
 * How long the started threads ran: from the first one's start to the last one's end on the
 * virtual clock. The time before (the VM importing threading, which CPython does in
 * microseconds and a cold VM in tenths of a second) is not the threads' doing.
 */
function elapsedOf(facts: VmFacts): number {
  const started = facts.threads.filter((t) => t.name !== 'MainThread' && Number.isFinite(t.end));
  if (started.length === 0) return facts.end;
  return Math.max(...started.map((t) => t.end)) - Math.min(...started.map((t) => t.start));
}

/** How often the console switches from one thread to another: interleaving made visible. */
function switchesOf(trace: TraceModel): number {
  let switches = 0;
  for (let i = 1; i < trace.console.length; i++) if (trace.console[i]?.worker !== trace.console[i - 1]?.worker) switches++;
  return switches;
}

export function singDanceOutcome(facts: VmFacts, status: RunStatus, p: ParamValues, trace: TraceModel): Outcome {
  if (status !== 'finished') return genericOutcome(facts, status);
  const threads = num(p, 'threads', 2);
  const one = num(p, 'iterations', 50) * num(p, 'sleep', 0.1);
  const serial = one * threads;
  const elapsed = elapsedOf(facts);
  const switches = switchesOf(trace);
  const prints = trace.console.length;
  const together = threads > 1 && elapsed < serial * 0.75;
  const e = elapsed.toFixed(2);
  const s = serial.toFixed(2);
  const o = one.toFixed(2);
  return {
    tone: threads === 1 ? 'neutral' : together ? 'good' : 'bad',
    vmDetails: 'folded',
    verdict:
      threads === 1
        ? { zh: fmt('一个线程：用时 {e} 秒。', { e }), en: fmt('One thread: {e} s.', { e }) }
        : together
          ? {
              zh: fmt('{n} 个线程同时运行：总共 {e} 秒，接近一个线程的 {o} 秒，而不是依次运行的 {s} 秒。输出交替切换了 {w} 次。', { n: threads, e, o, s, w: switches }),
              en: fmt('{n} threads ran at the same time: {e} s in all, close to one thread’s {o} s, not the {s} s of one after another. The output switched threads {w} times.', { n: threads, e, o, s, w: switches }),
            }
          : {
              zh: fmt('线程没有重叠：用时 {e} 秒，接近依次运行的 {s} 秒。', { e, s }),
              en: fmt('The threads did not overlap: {e} s, close to the {s} s of one after another.', { e, s }),
            },
    data: { elapsed: e, serial: s, 'one-thread': o, switches: String(switches), prints: String(prints) },
    figures: [
      { key: 'elapsed', label: { zh: '实际用时', en: 'Elapsed' }, value: `${e} s` },
      { key: 'serial', label: { zh: '依次运行需要', en: 'One after another' }, value: `${s} s` },
      { key: 'prints', label: { zh: '打印行数', en: 'Prints' }, value: prints },
      { key: 'switches', label: { zh: '交替次数', en: 'Switches' }, value: switches },
    ],
  };
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
    return { code: singDanceSource({ threads: num(p, 'threads', 2), iterations: num(p, 'iterations', 50), sleep: num(p, 'sleep', 0.1), lang }), struck: [] };
  },

  vm: { outcome: singDanceOutcome },

  // The lanes before a run: Python's main thread and the threads it will start.
  runSpec(p) {
    return {
      scenario: 'sing-dance',
      params: p,
      threads: [{ name: 'MainThread', target: 'main', process: 0, pid: 0 }, ...singDanceThreads(num(p, 'threads', 2)).map((t) => ({ ...t, process: 0, pid: 0 }))],
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
    };
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
};
