/**
 * The GIL (多线程与多进程的使用): the same job by one thread, N threads and N
 * processes, each phase timed by the program itself. The Python shown runs on
 * the VM (source.ts); its virtual cores (src/python/vm/cores.ts) give the
 * processes this browser's cores. CPU work: threads sharing a GIL take turns,
 * processes run side by side. IO work (sleep): both overlap.
 */
import { speedupPhrase } from '../speedup';
import { reliabilityNote } from './reliability';
import { gilIntro } from './intro';
import { fmt, type Localized } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { ThreadSpec } from '../../engine/run';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import { DEFAULT_CORES } from '../../python/vm/cores';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { TIMINGS, gilFigures } from './analysis';
import { type Work, gilSource } from './source';

/** Cores this page may use, or 0 where unknown (Node 20 has no navigator). */
export function browserCores(): number {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  return nav?.hardwareConcurrency ?? 0;
}

/** min(4, cores): as many workers as cores, without flooding a big machine. */
const DEFAULT_WORKERS = Math.max(1, Math.min(4, browserCores() || 4));

import { num } from '../param-values';
/** Primes below 30 000: a second or so per phase on the VM (the interpreter is about ten times slower than CPython). */
const LIMIT = 30_000;
const work = (p: ParamValues): Work => (p.work === 'io' ? 'io' : 'cpu');

/** The lanes before a run, as Python will name them: MainThread, `Thread-i (work)`, then each `Process-i` (its MainThread). */
export function gilThreads(n: number): ThreadSpec[] {
  return [
    { name: 'MainThread', target: 'main', process: 0, pid: 0 },
    ...Array.from({ length: n }, (_, i) => ({ name: `Thread-${i + 1} (work)`, target: 'work', process: 0, pid: 0 })),
    ...Array.from({ length: n }, (_, i) => ({ name: `Process-${i + 1}`, target: 'work', process: i + 1, pid: 0 })),
  ];
}

const STEP_ASIDE: Localized = {
  zh: '程序不再打印 work(i, n) 的结果，GIL 分析不再适用，下面是通用结果。',
  en: 'The program no longer prints work(i, n)’s results, so the GIL analysis steps aside: the generic outcome follows.',
};

const x = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : '—');

function verdict(o: { work: Work; n: number; st: number; sp: number; cores: number; free: boolean }): { text: Localized; ok: boolean } {
  const { n, st, sp, cores } = o;
  const c = cores > 0 ? String(cores) : '?';
  if (n === 1) {
    return {
      ok: true,
      text: {
        zh: '只有 1 个工作者：没有可以分担的，线程和进程都和单线程一样快。把工作者调到 2 个以上再看。',
        en: 'One worker: nothing to share, so threads and processes take as long as one thread. Try 2 or more.',
      },
    };
  }
  const stp = speedupPhrase(st);
  const spp = speedupPhrase(sp);
  const v = { n, c };
  const vz = { ...v, st: stp.zh, sp: spp.zh };
  const ve = { ...v, st: stp.en, sp: spp.en };
  if (o.work === 'io') {
    const ok = st > 1.3 && sp > 1.3;
    return {
      ok,
      text: {
        zh: fmt('IO 任务：{n} 个线程{st}，{n} 个进程{sp}。线程在 sleep（等待 IO）时释放 GIL，所以等待可以重叠；IO 多时用线程就够了，比进程更省。', vz),
        en: fmt('IO work: {n} threads were {st}, {n} processes {sp}. A thread releases the GIL while it sleeps (waits for IO), so the waits overlap: for IO, threads are enough, and cheaper than processes.', ve),
      },
    };
  }
  const procs =
    sp > 1.3
      ? { zh: fmt('{n} 个进程{sp}：每个进程有自己的 GIL，在这个浏览器的 {c} 个核上同时计算。', vz), en: fmt('{n} processes were {sp}: each process has its own GIL and they computed at once on this browser’s {c} cores.', ve) }
      : { zh: fmt('{n} 个进程{sp}：这个浏览器只有 {c} 个核，进程只能轮流用它。', vz), en: fmt('{n} processes were {sp}: this browser has {c} core(s), so they took turns on it.', ve) };
  if (o.free && st < 1.3) {
    return {
      ok: false,
      text: {
        zh: fmt('自由线程（3.13t，没有 GIL）：{n} 个线程{st}——没有 GIL 也快不了，因为这个浏览器只有 {c} 个核。', vz) + procs.zh,
        en: fmt('Free-threaded (3.13t, no GIL): {n} threads were {st}: without a GIL they could compute at once, but this browser has {c} core(s). ', ve) + procs.en,
      },
    };
  }
  if (o.free) {
    return {
      ok: st > 1.3,
      text: {
        zh: fmt('自由线程（3.13t，没有 GIL）：{n} 个线程{st}，线程也能同时计算了。', vz) + procs.zh,
        en: fmt('Free-threaded (3.13t, no GIL): {n} threads were {st}; threads compute at once too. ', ve) + procs.en,
      },
    };
  }
  const threads =
    st < 1.3
      ? { zh: fmt('CPU 任务：{n} 个线程比一个线程{st}——GIL 一次只让一个线程计算，持有者在线程间轮换，从不同时。', vz), en: fmt('CPU work: against one thread, {n} threads were {st}: the GIL lets one thread compute at a time; its holder hops between threads, never two at once. ', ve) }
      : { zh: fmt('CPU 任务：{n} 个线程{st}。', vz), en: fmt('CPU work: {n} threads were {st}. ', ve) };
  return {
    ok: sp > st,
    text: { zh: threads.zh + procs.zh + (sp > st ? '所以 CPU 密集用多进程。' : ''), en: threads.en + procs.en + (sp > st ? ' So: CPU work → processes.' : '') },
  };
}

export const gilScenario: ScenarioDef = {
  id: 'gil',
  title: { zh: 'GIL：线程与进程', en: 'The GIL: threads vs processes' },
  section: '多线程与多进程的使用',
  intro: (p) => gilIntro(p, DEFAULT_WORKERS),
  inactiveParams: (p) => (work(p) === 'io' ? ['limit'] : ['requests', 'latency']),

  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    {
      key: 'work',
      kind: 'enum',
      options: ['cpu', 'io'],
      default: 'cpu',
      label: { zh: '任务', en: 'Work' },
      optionLabels: { cpu: { zh: 'CPU：数质数', en: 'CPU: count primes' }, io: { zh: 'IO：等待请求', en: 'IO: wait on requests' } },
    },
    { key: 'workers', kind: 'int', min: 1, max: 8, default: DEFAULT_WORKERS, label: { zh: '线程 / 进程数 N', en: 'Threads / processes N' } },
    { key: 'freethreaded', kind: 'bool', default: false, on: 'on', off: 'off', label: { zh: '自由线程 Python（3.13t，无 GIL）', en: 'Free-threaded Python (3.13t, no GIL)' } },
    { key: 'limit', kind: 'number', min: 10_000, max: 200_000, step: 10_000, default: LIMIT, label: { zh: 'CPU：数到', en: 'CPU: primes below' } },
    { key: 'requests', kind: 'int', min: 1, max: 32, default: 8, label: { zh: 'IO：请求数', en: 'IO: requests' } },
    { key: 'latency', kind: 'number', min: 0.05, max: 1, step: 0.05, default: 0.2, unit: 's', label: { zh: 'IO：每个请求等待', en: 'IO: wait per request' } },
  ],

  source(p, lang) {
    return {
      code: gilSource(
        {
          work: work(p),
          workers: num(p, 'workers', DEFAULT_WORKERS),
          limit: num(p, 'limit', LIMIT),
          requests: num(p, 'requests', 8),
          latency: num(p, 'latency', 0.2),
          freethreaded: p.freethreaded === true,
        },
        lang,
      ),
      struck: [],
    };
  },

  // The lanes before a run: Python's main thread, the threads it will start, then each process's main thread.
  runSpec(p) {
    const n = num(p, 'workers', DEFAULT_WORKERS);
    return {
      scenario: 'gil',
      params: p,
      threads: gilThreads(n),
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
    };
  },

  vm: {
    watch: TIMINGS,
    clock: 'work',
    showGil: true,
    freeThreaded: (p) => p.freethreaded === true,
    outcome: (f, status, p) => gilOutcome(f, status, p),
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
};

export function gilOutcome(facts: VmFacts, status: RunStatus, p: ParamValues): Outcome {
  const g = gilFigures(facts);
  if (!g) {
    const o = genericOutcome(facts, status);
    return { ...o, data: { ...o.data, analysis: 'generic' }, verdict: { zh: `${STEP_ASIDE.zh}${o.verdict.zh}`, en: `${STEP_ASIDE.en} ${o.verdict.en}` } };
  }
  const n = num(p, 'workers', DEFAULT_WORKERS);
  const w = work(p);
  const free = p.freethreaded === true;
  const cores = browserCores();
  const st = g.t1 / g.tt;
  const sp = g.t1 / g.tp;
  // Every phase must find the same number of primes (or fetch every page): the work was really done.
  const agree = g.one === g.threads && g.one === g.processes && g.threadReports === n && g.processReports === n;
  const v = verdict({ work: w, n, st, sp, cores: cores || DEFAULT_CORES, free });
  const caveat = reliabilityNote({ n, cores, work: w });
  return {
    tone: v.ok && agree && g.overlaps === 0 && status === 'finished' ? 'good' : 'neutral',
    verdict: caveat ? { zh: `${v.text.zh}${caveat.zh}`, en: `${v.text.en} ${caveat.en}` } : v.text,
    vmDetails: 'folded',
    data: {
      analysis: 'gil',
      'speedup-threads': x(st),
      'speedup-processes': x(sp),
      cores: String(cores),
      'wall-one': x(g.t1),
      'wall-threads': x(g.tt),
      'wall-processes': x(g.tp),
      'gil-overlaps': String(g.overlaps),
      'gil-holds': String(g.mainHolds),
      'gils-at-once': String(g.gilsAtOnce),
      'thread-lanes': String(g.threadLanes),
      'process-lanes': String(g.processLanes),
      'counts-agree': String(agree),
      result: String(g.one),
      workers: String(n),
    },
    figures: [
      { key: 'cores', label: { zh: '这个浏览器的核数', en: 'Cores of this browser' }, value: cores > 0 ? cores : '?' },
      { key: 'one', label: { zh: '1 个线程', en: '1 thread' }, value: `${x(g.t1)} s` },
      { key: 'threads', label: { zh: fmt('{n} 个线程', { n }), en: fmt('{n} threads', { n }) }, value: `${x(g.tt)} s · ${x(st)}×`, tone: st > 1.3 ? 'good' : 'bad' },
      { key: 'processes', label: { zh: fmt('{n} 个进程', { n }), en: fmt('{n} processes', { n }) }, value: `${x(g.tp)} s · ${x(sp)}×`, tone: sp > 1.3 ? 'good' : 'bad' },
      { key: 'overlaps', label: { zh: '同一把 GIL 同时有两个持有者', en: 'One GIL held twice at once' }, value: g.overlaps, tone: g.overlaps === 0 ? 'good' : 'bad' },
      { key: 'handoffs', label: { zh: '主进程 GIL 交接次数', en: 'Main-process GIL turns' }, value: g.mainHolds },
      { key: 'agree', label: { zh: '每个阶段结果相同', en: 'Every phase got the same result' }, value: agree ? '✓' : '✗', tone: agree ? 'good' : 'bad' },
    ],
  };
}
