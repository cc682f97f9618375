/**
 * The GIL (多线程与多进程的使用): the same job by one thread, N threads and N
 * processes, timed on this browser's own cores. CPU work: threads sharing a
 * GIL take turns, processes run side by side. IO work (sleep): both overlap.
 */
import { speedupPhrase } from '../speedup';
import { START_JOIN_WAIT } from '../processes/pipes';
import { reliabilityNote } from './reliability';
import { gilIntro } from './intro';
import { fmt, type Localized } from '../../i18n/lang';
import type { ThreadSpec } from '../../engine/run';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { gilHolds, gilOverlaps, maxGilsAtOnce } from './analysis';
import { doneQueue, startQueue } from './queues';
import { type Work, gilSource } from './source';

const MAIN_PID = 4242;

/** Cores this page may use, or 0 where unknown (Node 20 has no navigator). */
export function browserCores(): number {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  return nav?.hardwareConcurrency ?? 0;
}

/** min(4, cores): as many workers as cores, without flooding a big machine. */
const DEFAULT_WORKERS = Math.max(1, Math.min(4, browserCores() || 4));

/** Clock readings in two workers a few microseconds apart are not two holders. */
const OVERLAP_EPS = 1e-4;

import { num } from '../param-values';
const work = (p: ParamValues): Work => (p.work === 'io' ? 'io' : 'cpu');

/** MainThread, then `Thread-i (work)` in the main process, then `Process-i`, each its own process. */
export function gilThreads(n: number): ThreadSpec[] {
  return [
    { name: 'MainThread', target: 'main', process: 0, pid: MAIN_PID },
    ...Array.from({ length: n }, (_, i) => ({ name: `Thread-${i + 1} (work)`, target: 'threadWork', process: 0, pid: MAIN_PID })),
    ...Array.from({ length: n }, (_, i) => ({ name: `Process-${i + 1}`, target: 'processWork', process: i + 1, pid: MAIN_PID + 1 + i })),
  ];
}

function markValue(trace: { marks: { label: string; value: number; worker: number }[] }, label: string): number {
  return trace.marks.find((m) => m.label === label && m.worker === 0)?.value ?? NaN;
}

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
      : { zh: fmt('{n} 个进程{sp}：这台机器只有 {c} 个核，或者正忙。', vz), en: fmt('{n} processes were {sp}: this machine has {c} core(s), or is busy.', ve) };
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
  queueWait: START_JOIN_WAIT,
  inactiveParams: (p) => (work(p) === 'io' ? ['limit'] : ['requests', 'latency']),
  repeat: {
    speedups: [
      { key: 'speedup-threads', label: { zh: '线程', en: 'threads' } },
      { key: 'speedup-processes', label: { zh: '进程', en: 'processes' } },
    ],
  },
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
    { key: 'limit', kind: 'number', min: 10_000, max: 10_000_000, step: 10_000, default: 3_000_000, label: { zh: 'CPU：数到', en: 'CPU: primes below' } },
    { key: 'requests', kind: 'int', min: 1, max: 32, default: 8, label: { zh: 'IO：请求数', en: 'IO: requests' } },
    { key: 'latency', kind: 'number', min: 0.05, max: 1, step: 0.05, default: 0.2, unit: 's', label: { zh: 'IO：每个请求等待', en: 'IO: wait per request' } },
  ],

  source(p, lang) {
    return {
      code: gilSource(
        {
          work: work(p),
          workers: num(p, 'workers', DEFAULT_WORKERS),
          limit: num(p, 'limit', 3_000_000),
          requests: num(p, 'requests', 8),
          latency: num(p, 'latency', 0.2),
          freethreaded: p.freethreaded === true,
        },
        lang,
      ),
      struck: [],
    };
  },

  runSpec(p) {
    const n = num(p, 'workers', DEFAULT_WORKERS);
    return {
      scenario: 'gil',
      params: p,
      threads: gilThreads(n),
      globalNames: [],
      globalsByProcess: Array.from({ length: n + 1 }, () => []),
      lockNames: [],
      queues: [
        { name: startQueue('threads'), maxsize: 0, kind: 'thread', slots: 16 },
        { name: doneQueue('threads'), maxsize: 0, kind: 'thread', slots: 16 },
        { name: startQueue('processes'), maxsize: 0, kind: 'process', slots: 16 },
        { name: doneQueue('processes'), maxsize: 0, kind: 'process', slots: 16 },
      ],
      gil: p.freethreaded !== true,
    };
  },

  outcome(trace, p): Outcome {
    const n = num(p, 'workers', DEFAULT_WORKERS);
    const w = work(p);
    const free = p.freethreaded === true;
    const cores = browserCores();
    const t1 = markValue(trace, 't1');
    const tt = markValue(trace, 'tt');
    const tp = markValue(trace, 'tp');
    const st = t1 / tt;
    const sp = t1 / tp;
    const holds = gilHolds(trace);
    const overlaps = gilOverlaps(holds, OVERLAP_EPS);
    const threadHolds = holds.filter((h) => (trace.lanes[h.worker]?.pid ?? 0) === MAIN_PID);
    const threadLanes = trace.lanes.filter((l) => l.name.startsWith('Thread-')).length;
    const processPids = new Set(trace.lanes.filter((l) => l.name.startsWith('Process-') && l.pid > 0).map((l) => l.pid));
    // Every phase must find the same number of primes (or fetch every page): the work was really done.
    const sumOf = (prefix: string): number =>
      trace.marks.filter((m) => m.label === 'found' && (trace.lanes[m.worker]?.name ?? '').startsWith(prefix)).reduce((s, m) => s + m.value, 0);
    const one = trace.marks.find((m) => m.label === 'found' && m.worker === 0)?.value ?? NaN;
    const agree = one === sumOf('Thread-') && one === sumOf('Process-');
    const v = verdict({ work: w, n, st, sp, cores, free });
    const caveat = reliabilityNote({ n, cores, work: w });
    return {
      tone: v.ok && agree && overlaps === 0 ? 'good' : 'neutral',
      verdict: caveat ? { zh: `${v.text.zh}${caveat.zh}`, en: `${v.text.en} ${caveat.en}` } : v.text,
      data: {
        'speedup-threads': x(st),
        'speedup-processes': x(sp),
        cores: String(cores),
        'wall-one': x(t1),
        'wall-threads': x(tt),
        'wall-processes': x(tp),
        'gil-overlaps': String(overlaps),
        'gil-holds': String(threadHolds.length),
        'gils-at-once': String(maxGilsAtOnce(holds, OVERLAP_EPS)),
        'thread-lanes': String(threadLanes),
        'process-lanes': String(processPids.size),
        'counts-agree': String(agree),
        result: String(one),
        workers: String(n),
      },
      figures: [
        { key: 'cores', label: { zh: '这个浏览器的核数', en: 'Cores of this browser' }, value: cores > 0 ? cores : '?' },
        { key: 'one', label: { zh: '1 个线程', en: '1 thread' }, value: `${x(t1)} s` },
        { key: 'threads', label: { zh: fmt('{n} 个线程', { n }), en: fmt('{n} threads', { n }) }, value: `${x(tt)} s · ${x(st)}×`, tone: st > 1.3 ? 'good' : 'bad' },
        { key: 'processes', label: { zh: fmt('{n} 个进程', { n }), en: fmt('{n} processes', { n }) }, value: `${x(tp)} s · ${x(sp)}×`, tone: sp > 1.3 ? 'good' : 'bad' },
        { key: 'overlaps', label: { zh: '同一把 GIL 同时有两个持有者', en: 'One GIL held twice at once' }, value: free ? '—' : overlaps, tone: overlaps === 0 ? 'good' : 'bad' },
        { key: 'handoffs', label: { zh: '主进程 GIL 交接次数', en: 'Main-process GIL turns' }, value: threadHolds.length },
      ],
    };
  },
};
