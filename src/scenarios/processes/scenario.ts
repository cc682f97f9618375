/** Processes (多进程): dance and song in their own processes, each printing its own pid. */
import { fmt, type Localized } from '../../i18n/lang';
import { START_JOIN_WAIT } from './pipes';
import { processesIntro } from './intro';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { type ProcessFacts, processFacts } from './facts';
import { MAIN_PID, childPid, pipeSpecs } from './pipes';
import { processesSource } from './source';

import { num } from '../param-values';

/** The run's processes as Python names them, with the function each runs. */
export function processesPlan(p: ParamValues): { name: string; target: string; process: number; pid: number; count: number }[] {
  return [
    { name: 'MainProcess', target: 'main', process: 0, pid: MAIN_PID, count: 1 },
    { name: 'Process-1', target: 'dance', process: 1, pid: childPid(1), count: num(p, 'dance', 20) },
    { name: 'Process-2', target: 'song', process: 2, pid: childPid(2), count: num(p, 'song', 50) },
  ];
}

/** The one pid a process printed, or NaN if it printed none or several. */
function printedPid(f: ProcessFacts | undefined): number {
  return f && f.printedPids.length === 1 ? (f.printedPids[0] ?? NaN) : NaN;
}

function outcome(trace: Parameters<ScenarioDef['outcome']>[0], p: ParamValues): Outcome {
  const plan = processesPlan(p);
  const facts = processFacts(trace);
  const pids = plan.map((_, i) => printedPid(facts[i]));
  // Consistent: every print of a process shows the one pid its worker started with.
  const consistent = plan.every((_, i) => {
    const f = facts[i];
    return f !== undefined && f.pid > 0 && printedPid(f) === f.pid;
  });
  const distinct = pids.every((x) => Number.isFinite(x)) && new Set(pids).size === pids.length;
  const counts = plan.map((_, i) => facts[i]?.prints ?? 0);
  const countsOk = plan.every((w, i) => counts[i] === w.count);
  const total = counts.reduce((a, b) => a + b, 0);
  const [mainPid, pid1, pid2] = pids.map((x) => (Number.isFinite(x) ? String(x) : '?'));
  const good = consistent && distinct && countsOk;
  const v = { m: mainPid ?? '?', a: pid1 ?? '?', b: pid2 ?? '?', d: counts[1] ?? 0, s: counts[2] ?? 0 };
  let verdict: Localized;
  if (good) {
    verdict = {
      zh: fmt('每个进程打印的都是自己的 pid：主进程 {m}，Process-1 {a}（dancing ×{d}），Process-2 {b}（song ×{s}）。三个 pid 各不相同：这是三个独立的进程，各有自己的内存。', v),
      en: fmt('Each process printed its own pid: the main process {m}, Process-1 {a} (dancing ×{d}), Process-2 {b} (song ×{s}). Three different pids: three separate processes, each with its own memory.', v),
    };
  } else {
    const zh: string[] = [];
    const en: string[] = [];
    if (!countsOk) {
      zh.push(fmt('打印行数不对：dancing {d}，song {s}', v));
      en.push(fmt('wrong print counts: dancing {d}, song {s}', v));
    }
    if (!consistent) {
      zh.push('有进程打印了别的 pid');
      en.push('a process printed a pid not its own');
    }
    if (!distinct) {
      zh.push('有两个进程的 pid 相同');
      en.push('two processes share a pid');
    }
    verdict = { zh: `结果不对：${zh.join('；')}。`, en: `Not as expected: ${en.join('; ')}.` };
  }
  return {
    tone: good ? 'good' : 'bad',
    verdict,
    data: {
      pids: pids.map((x) => (Number.isFinite(x) ? String(x) : '')).join(','),
      prints: String(total),
      'main-prints': String(counts[0] ?? 0),
      dancing: String(counts[1] ?? 0),
      song: String(counts[2] ?? 0),
      consistent: String(consistent),
      distinct: String(distinct),
    },
    figures: [
      { key: 'main', label: { zh: '主进程 pid', en: 'Main pid' }, value: v.m },
      { key: 'p1', label: { zh: 'Process-1 pid', en: 'Process-1 pid' }, value: v.a },
      { key: 'p2', label: { zh: 'Process-2 pid', en: 'Process-2 pid' }, value: v.b },
      { key: 'prints', label: { zh: '打印行数', en: 'Prints' }, value: total, tone: countsOk ? undefined : 'bad' },
      {
        key: 'distinct',
        label: { zh: 'pid 各不相同', en: 'Distinct pids' },
        value: distinct ? '✓' : '✗',
        tone: distinct ? 'good' : 'bad',
      },
    ],
  };
}

export const processesScenario: ScenarioDef = {
  id: 'processes',
  title: { zh: '多进程：各有自己的 pid', en: 'Processes: each with its own pid' },
  section: '多进程',
  intro: (p) => processesIntro(p),
  queueWait: START_JOIN_WAIT,
  defaultSpeed: 0.5,
  messageRuntime: true,
  params: [
    { key: 'dance', kind: 'int', min: 1, max: 200, default: 20, label: { zh: '跳舞打印次数', en: 'dance prints' } },
    { key: 'song', kind: 'int', min: 1, max: 200, default: 50, label: { zh: '唱歌打印次数', en: 'song prints' } },
  ],

  source(p, lang) {
    return { code: processesSource({ dance: num(p, 'dance', 20), song: num(p, 'song', 50), lang }), struck: [] };
  },

  runSpec(p) {
    const plan = processesPlan(p);
    return {
      scenario: 'processes',
      params: p,
      threads: plan.map(({ name, target, process, pid }) => ({ name, target, process, pid })),
      globalNames: [],
      // Each process its own (here empty) globals region.
      globalsByProcess: plan.map(() => []),
      lockNames: [],
      queues: pipeSpecs(
        plan.filter((w) => w.process > 0).map((w) => ({ name: w.name, kind: 'process' as const })),
        false,
      ),
    };
  },

  outcome,
};
