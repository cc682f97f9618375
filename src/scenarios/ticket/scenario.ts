/** The ticket sellers (卖票): a shared global, a lock, and the lesson's missing release. */
import { fmt } from '../../i18n/lang';
import { ticketIntro } from './intro';
import type { TraceModel } from '../../trace/model';
import type { Outcome, ScenarioDef } from '../scenario';
import { ticketLines } from './lines';
import { ticketSource } from './source';

import { num } from '../param-values';

export interface TicketFigures {
  sold: number;
  remaining: number;
  oversold: number;
  duplicates: number;
}

/** Count what the sellers really did, from their `sold` marks and the final `ticket`. */
export function ticketFigures(trace: TraceModel, remaining: number): TicketFigures {
  const seen = new Map<number, number>();
  let oversold = 0;
  let sold = 0;
  for (const m of trace.marks) {
    if (m.label !== 'sold') continue;
    sold++;
    if (m.value <= 0) oversold++;
    else seen.set(m.value, (seen.get(m.value) ?? 0) + 1);
  }
  let duplicates = 0;
  for (const n of seen.values()) if (n > 1) duplicates += n - 1;
  return { sold, remaining, oversold, duplicates };
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
  ],

  source(p, lang) {
    const fixed = p.variant !== 'seed';
    const L = ticketLines(String(p.variant));
    const struck = p.lock === true ? [] : [L.acquire, L.release, ...(L.elseRelease > 0 ? [L.elseRelease] : [])];
    return {
      code: ticketSource({ tickets: num(p, 'tickets', 20), sellers: num(p, 'threads', 2), fixed, lang }),
      struck,
      struckNote: { zh: '划线的行在锁关闭时不执行', en: 'struck-through lines do not run with the lock off' },
    };
  },

  runSpec(p) {
    const sellers = num(p, 'threads', 2);
    return {
      scenario: 'ticket',
      params: p,
      threads: Array.from({ length: sellers }, (_, i) => ({
        name: `线程${i + 1}`,
        target: 'sell_ticket',
        process: 0,
        pid: 4242,
      })),
      globalNames: ['ticket'],
      globalsByProcess: [[num(p, 'tickets', 20)]],
      lockNames: ['lock'],
    };
  },

  outcome(trace, p, finalGlobals): Outcome {
    const tickets = num(p, 'tickets', 20);
    const f = ticketFigures(trace, finalGlobals.ticket ?? NaN);
    const clean = f.sold === tickets && f.oversold === 0 && f.duplicates === 0 && f.remaining === 0;
    let verdict;
    if (clean) {
      verdict = {
        zh: fmt('没有竞争：{n} 张票，每张只卖了一次。', { n: tickets }),
        en: fmt('No race: {n} tickets, each sold exactly once.', { n: tickets }),
      };
    } else {
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
      verdict = { zh: `出现竞争：${zh.join('；')}。`, en: `Race: ${en.join('; ')}.` };
    }
    return {
      tone: clean ? 'good' : 'bad',
      verdict,
      data: {
        sold: String(f.sold),
        remaining: String(f.remaining),
        oversold: String(f.oversold),
        duplicates: String(f.duplicates),
      },
      figures: [
        { key: 'sold', label: { zh: '卖出', en: 'Sold' }, value: f.sold },
        { key: 'remaining', label: { zh: '剩余', en: 'Left' }, value: f.remaining, tone: f.remaining < 0 ? 'bad' : undefined },
        { key: 'oversold', label: { zh: '超卖', en: 'Oversold' }, value: f.oversold, tone: f.oversold > 0 ? 'bad' : 'good' },
        { key: 'duplicates', label: { zh: '重复卖出', en: 'Sold twice' }, value: f.duplicates, tone: f.duplicates > 0 ? 'bad' : 'good' },
      ],
    };
  },

  alerts(trace) {
    const seen = new Set<number>();
    const out = [];
    for (const m of trace.marks) {
      if (m.label !== 'sold') continue;
      if (m.value <= 0) {
        out.push({ t: m.t, worker: m.worker, label: { zh: fmt('超卖（票号 {v}）', { v: m.value }), en: fmt('oversold (ticket {v})', { v: m.value }) } });
      } else if (seen.has(m.value)) {
        out.push({ t: m.t, worker: m.worker, label: { zh: fmt('第 {v} 张卖了两次', { v: m.value }), en: fmt('ticket {v} sold twice', { v: m.value }) } });
      }
      seen.add(m.value);
    }
    return out;
  },

  deadlockText(story, p) {
    const L = ticketLines(String(p.variant));
    return {
      zh: fmt('{w} 在第 {wl} 行等待锁，但锁仍被已经结束的 {h} 持有：第 {bl} 行 break 之前没有 release()。', {
        w: story.waiter,
        wl: story.waitLine || L.acquire,
        h: story.holder,
        bl: L.breakLine,
      }),
      en: fmt('{w} waits for the lock at line {wl}, but {h} still holds it and has already finished: line {bl} breaks without release().', {
        w: story.waiter,
        wl: story.waitLine || L.acquire,
        h: story.holder,
        bl: L.breakLine,
      }),
    };
  },

  fixedParams(p) {
    return { ...p, variant: 'fixed' };
  },
};
