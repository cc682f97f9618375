/**
 * What the process lesson's run showed, from the VM's processes and what each
 * printed (nothing is marked by the program: the Python is the tutorial's):
 * every process prints the pid the VM gave it, and no two share one.
 */
import { fmt, type Localized } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { TraceModel } from '../../trace/model';
import type { VmFacts } from '../../trace/vm-trace';
import { genericOutcome } from '../custom/outcome';
import type { Figure, Outcome } from '../scenario';
import { printedPid, processRows } from './process-rows';

const STEP_ASIDE: Localized = {
  zh: '程序没有启动子进程，多进程分析不再适用，下面是通用结果。',
  en: 'The program started no child process, so the process analysis steps aside: the generic outcome follows.',
};

function countLines(trace: TraceModel, start: string): number {
  return trace.console.filter((c) => c.stream === 'out' && c.text.startsWith(start)).length;
}

export function processesOutcome(facts: VmFacts, status: RunStatus, trace: TraceModel): Outcome {
  const rows = processRows(facts, trace);
  if (rows.length < 2) {
    const g = genericOutcome(facts, status);
    return { ...g, data: { ...g.data, analysis: 'generic' }, verdict: { zh: `${STEP_ASIDE.zh}${g.verdict.zh}`, en: `${STEP_ASIDE.en} ${g.verdict.en}` } };
  }
  const pids = rows.map(printedPid);
  // Consistent: every line a process printed shows the one pid the VM gave that process.
  const consistent = rows.every((r, i) => pids[i] === r.pid);
  const distinct = pids.every((x) => Number.isFinite(x)) && new Set(pids).size === pids.length;
  const total = rows.reduce((a, r) => a + r.prints, 0);
  const shown = pids.map((x) => (Number.isFinite(x) ? String(x) : '?'));
  const good = consistent && distinct && status === 'finished';
  const [main, ...children] = rows;
  const each = (lang: 'zh' | 'en') =>
    children.map((c, i) => (lang === 'zh' ? fmt('{n} {p}（打印 {k} 行）', { n: c.name, p: shown[i + 1] ?? '?', k: c.prints }) : fmt('{n} {p} ({k} lines)', { n: c.name, p: shown[i + 1] ?? '?', k: c.prints }))).join(lang === 'zh' ? '，' : ', ');
  let verdict: Localized;
  if (good) {
    const v = { m: shown[0] ?? '?', c: each('zh'), e: each('en'), n: rows.length };
    verdict = {
      zh: fmt('每个进程打印的都是自己的 pid：主进程 {m}，{c}。{n} 个 pid 各不相同：这是 {n} 个独立的进程，各有自己的内存。', v),
      en: fmt('Each process printed its own pid: the main process {m}, {e}. {n} different pids: {n} separate processes, each with its own memory.', v),
    };
  } else {
    const zh: string[] = [];
    const en: string[] = [];
    if (status !== 'finished') {
      zh.push('程序没有正常结束');
      en.push('the program did not end normally');
    }
    if (!consistent) {
      zh.push('有进程打印了别的 pid（或没打印 pid）');
      en.push('a process printed a pid not its own (or none)');
    }
    if (!distinct) {
      zh.push('打印出的 pid 有重复或缺失');
      en.push('the printed pids repeat or are missing');
    }
    verdict = { zh: `结果不对：${zh.join('；')}。`, en: `Not as expected: ${en.join('; ')}.` };
  }
  const childFigures: Figure[] = children.map((c, i) => ({ key: `p${i + 1}`, label: { zh: `${c.name} pid`, en: `${c.name} pid` }, value: shown[i + 1] ?? '?' }));
  return {
    tone: good ? 'good' : 'bad',
    verdict,
    vmDetails: 'folded',
    data: {
      analysis: 'processes',
      pids: pids.map((x) => (Number.isFinite(x) ? String(x) : '')).join(','),
      prints: String(total),
      'main-prints': String(main?.prints ?? 0),
      dancing: String(countLines(trace, 'dancing')),
      song: String(countLines(trace, 'song')),
      consistent: String(consistent),
      distinct: String(distinct),
      'exit-status': facts.exitStatus === null ? '' : String(facts.exitStatus),
    },
    figures: [
      { key: 'main', label: { zh: '主进程 pid', en: 'Main pid' }, value: shown[0] ?? '?' },
      ...childFigures,
      { key: 'prints', label: { zh: '打印行数', en: 'Prints' }, value: total },
      { key: 'distinct', label: { zh: 'pid 各不相同', en: 'Distinct pids' }, value: distinct ? '✓' : '✗', tone: distinct ? 'good' : 'bad' },
    ],
  };
}
