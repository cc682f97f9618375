/**
 * The ticket sellers (卖票): a shared global, a lock, and the lesson's missing
 * release. The program is the tutorial's Python (source.ts), run on the VM;
 * the outcome reads its stores to `ticket` (analysis.ts).
 */
import { fmt, type Localized } from '../../i18n/lang';
import type { RunStatus } from '../../engine/driver';
import type { VmFacts } from '../../trace/vm-trace';
import { blockedSeconds, genericOutcome } from '../custom/outcome';
import { genericDeadlockText } from '../custom/deadlock-text';
import { num } from '../param-values';
import type { Alert, DeadlockStory, Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { TICKET, ticketSales, type TicketFigures } from './analysis';
import { ticketIntro } from './intro';
import { rebindTickets, ticketSource } from './source';
import { freeThreadedNote } from './gil-note';
import { FREE_THREADED, isFreeThreaded } from '../free-threaded';

/** Lines of the lesson as written (seed_ticket.py): where a seller waits, and the `break` that leaves holding the lock. */
const SEED_ACQUIRE_LINE = 12;
const SEED_BREAK_LINE = 21;

const STEP_ASIDE: Localized = {
  zh: '程序里已经没有全局变量 ticket（或它不是整数），卖票分析不再适用，下面是通用结果。',
  en: 'The program no longer has a global ticket holding a number, so the ticket analysis steps aside: the generic outcome follows.',
};

function verdictOf(f: TicketFigures, tickets: number | null): { clean: boolean; verdict: Localized } {
  const clean = f.oversold === 0 && f.duplicates === 0 && f.remaining === 0 && (tickets === null || f.sold === tickets);
  if (clean) {
    return { clean, verdict: { zh: fmt('没有竞争：{n} 张票，每张只卖了一次。', { n: f.sold }), en: fmt('No race: {n} tickets, each sold exactly once.', { n: f.sold }) } };
  }
  const zh: string[] = [];
  const en: string[] = [];
  if (f.oversold > 0) {
    zh.push(fmt('多个线程都看到还有票，睡醒后照样卖出——多卖了 {o} 张', { o: f.oversold }));
    en.push(fmt('sellers saw a ticket left, slept, and sold it anyway: {o} oversold', { o: f.oversold }));
  }
  if (f.duplicates > 0) {
    zh.push(fmt('{d} 张票被卖了两次', { d: f.duplicates }));
    en.push(fmt('{d} sold twice', { d: f.duplicates }));
  }
  if (zh.length === 0) {
    zh.push(fmt('卖出 {s} 张，剩 {r} 张', { s: f.sold, r: f.remaining }));
    en.push(fmt('{s} sold, {r} left', { s: f.sold, r: f.remaining }));
  }
  return { clean, verdict: { zh: `出现竞争：${zh.join('；')}。`, en: `Race: ${en.join('; ')}.` } };
}

/** The tickets the program started with: its first binding of `ticket`. */
function initialTickets(facts: VmFacts): number | null {
  const first = facts.stores.find((s) => s.name === TICKET);
  return first && first.old === null ? first.num : null;
}

export function ticketOutcome(facts: VmFacts, status: RunStatus, p: ParamValues = {}): Outcome {
  const got = ticketSales(facts);
  if (!got) {
    const g = genericOutcome(facts, status);
    return { ...g, data: { ...g.data, analysis: 'generic' }, verdict: { zh: `${STEP_ASIDE.zh}${g.verdict.zh}`, en: `${STEP_ASIDE.en} ${g.verdict.en}` } };
  }
  const f = got.figures;
  const { clean, verdict: told } = verdictOf(f, initialTickets(facts));
  const free = isFreeThreaded(p);
  const note = clean ? null : freeThreadedNote(f, free);
  const verdict = note ? { zh: `${told.zh}${note.zh}`, en: `${told.en} ${note.en}` } : told;
  const ok = clean && status === 'finished';
  return {
    tone: ok ? 'good' : 'bad',
    verdict,
    vmDetails: 'folded',
    data: {
      analysis: 'ticket',
      sold: String(f.sold),
      remaining: String(f.remaining),
      oversold: String(f.oversold),
      duplicates: String(f.duplicates),
      'exit-status': facts.exitStatus === null ? '' : String(facts.exitStatus),
      deadlock: status === 'deadlock' ? 'true' : 'false',
      'blocked-seconds': blockedSeconds(facts).toFixed(3),
      'free-threaded': free ? 'on' : 'off',
    },
    figures: [
      { key: 'sold', label: { zh: '卖出', en: 'Sold' }, value: f.sold },
      { key: 'remaining', label: { zh: '剩余', en: 'Left' }, value: f.remaining, tone: f.remaining < 0 ? 'bad' : undefined },
      { key: 'oversold', label: { zh: '超卖', en: 'Oversold' }, value: f.oversold, tone: f.oversold > 0 ? 'bad' : 'good' },
      { key: 'duplicates', label: { zh: '重复卖出', en: 'Sold twice' }, value: f.duplicates, tone: f.duplicates > 0 ? 'bad' : 'good' },
    ],
  };
}

export function ticketAlerts(facts: VmFacts): Alert[] {
  const out: Alert[] = [];
  for (const s of ticketSales(facts)?.sales ?? []) {
    if (s.oversold) out.push({ t: s.t, worker: s.lane, label: { zh: fmt('超卖（剩 {v} 张）', { v: s.value }), en: fmt('oversold (left {v})', { v: s.value }) } });
    else if (s.twice) out.push({ t: s.t, worker: s.lane, label: { zh: fmt('剩 {v} 张写了两次：一张票卖了两次', { v: s.value }), en: fmt('{v} left written twice: a ticket sold twice', { v: s.value }) } });
  }
  return out;
}

/** The `break` the holder left by: the first at or after the last line it was seen at. */
export function breakLineAfter(code: string, from: number): number {
  const lines = code.split('\n');
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (/^\s*break\s*(#.*)?$/.test(lines[i] ?? '')) return i + 1;
  return 0;
}

/** The lesson's deadlock in its words: a seller waits on the lock that a finished seller left holding. */
function ticketDeadlockText(d: DeadlockStory, p: ParamValues, code?: string): Localized {
  if (d.kind !== 'lock' || d.holder === '' || d.holder === d.waiter || d.holderEndLine === undefined) return genericDeadlockText(d);
  const found = code === undefined ? 0 : breakLineAfter(code, d.holderEndLine);
  const bl = found > 0 ? found : p.variant === 'seed' ? SEED_BREAK_LINE : d.holderEndLine;
  const v = { w: d.waiter, wl: d.waitLine || SEED_ACQUIRE_LINE, h: d.holder, bl };
  return {
    zh: fmt('{w} 在第 {wl} 行等待锁，但锁仍被已经结束的 {h} 持有：第 {bl} 行 break 之前没有 release()。', v),
    en: fmt('{w} waits for the lock at line {wl}, but {h} still holds it and has already finished: line {bl} breaks without release().', v),
  };
}

export const ticketScenario: ScenarioDef = {
  id: 'ticket',
  title: { zh: '卖票：共享全局变量与锁', en: 'Ticket sellers: a shared global and a lock' },
  section: '多个线程可以共用一个全局变量',
  intro: (p) => ticketIntro(p),
  defaultSpeed: 4,
  messageRuntime: true,
  params: [
    { key: 'lock', kind: 'bool', default: true, on: 'on', off: 'off', label: { zh: '锁', en: 'Lock' } },
    { key: 'threads', kind: 'int', min: 1, max: 64, default: 2, label: { zh: '售票线程', en: 'Sellers' } },
    { key: 'tickets', kind: 'int', min: 1, max: 100, default: 20, label: { zh: '票数', en: 'Tickets' } },
    {
      key: 'variant',
      kind: 'enum',
      options: ['fixed', 'seed'],
      default: 'fixed',
      label: { zh: '程序', en: 'Program' },
      optionLabels: {
        fixed: { zh: '修正版', en: 'Fixed' },
        seed: { zh: '教程原文', en: 'As in the lesson' },
      },
    },
    FREE_THREADED,
  ],

  source(p, lang) {
    const code = ticketSource({ tickets: num(p, 'tickets', 20), sellers: num(p, 'threads', 2), fixed: p.variant !== 'seed', lock: p.lock !== false, lang });
    return { code, struck: [] };
  },

  vm: {
    step: true,
    // Below zero (oversold) or stored twice (sold twice): the lesson's two ways a race shows.
    stepInvariant: { kind: 'sold-twice' },
    watch: [TICKET],
    outcome: (f, status, p) => ticketOutcome(f, status, p),
    alerts: ticketAlerts,
    rebinds: ['tickets'],
    rebind: (code, key, value) => (key === 'tickets' && typeof value === 'number' ? rebindTickets(code, value) : null),
  },

  // The lanes before a run: Python's main thread and the sellers it will start.
  runSpec(p) {
    const sellers = num(p, 'threads', 2);
    return {
      scenario: 'ticket',
      params: p,
      threads: [{ name: 'MainThread', target: 'main', process: 0, pid: 0 }, ...Array.from({ length: sellers }, (_, i) => ({ name: `线程${i + 1}`, target: 'sell_ticket', process: 0, pid: 0 }))],
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
    };
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
  deadlockText: ticketDeadlockText,

  fixedParams(p) {
    return { ...p, variant: 'fixed' };
  },
};
