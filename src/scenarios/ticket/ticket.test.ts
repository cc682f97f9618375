/**
 * The ticket lesson's own Python on the VM, the way the page runs it (the
 * worker's runVm, events through VmTrace): the outcome comes from the stores
 * to `ticket`. Faithful to CPython 3.12: with the GIL on and the lock off the
 * sellers oversell (by sellers − 1: virtual time keeps them in step) and never
 * sell a ticket twice; with the lock no oversell; the lesson as written
 * deadlocks. Printed phrases are compared with CPython's own run
 * (testdata/cpython.json, scripts/gen-ticket-expect.py).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runVmCode, runVmLesson, type VmLessonRun } from '../vm-lesson.node';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { ticketAlerts, ticketScenario } from './scenario';
import { rebindTickets } from './source';

interface CpythonCase {
  name: string;
  tickets: number;
  sellers: number;
  fixed: boolean;
  lock: boolean;
  prints: string[];
  hung: boolean;
}
const cpython = JSON.parse(readFileSync(new URL('./testdata/cpython.json', import.meta.url), 'utf8')) as CpythonCase[];

/** The run, with the phrases CPython's run is compared by picked out of its console. */
function withPrints(r: VmLessonRun) {
  const text = r.model.console.map((c) => c.text).join('\n');
  const prints = (text.match(/卖出一张，剩-?\d+ 张|no ticket!/g) ?? []).sort();
  return { ...r, prints };
}

const runCode = (code: string) => withPrints(runVmCode(ticketScenario, code));
const runLesson = (over: ParamValues, lang: 'zh' | 'en' = 'en') => withPrints(runVmLesson(ticketScenario, over, lang));

describe('the ticket lesson on the VM', () => {
  it('the lesson as written is the tutorial program verbatim', () => {
    const seed = readFileSync(new URL('../../../e2e/fixtures/seed_ticket.py', import.meta.url), 'utf8');
    expect(ticketScenario.source({ ...paramDefaults(ticketScenario), variant: 'seed' }, 'zh').code).toBe(seed);
  });

  it.each(cpython.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints', (_, c) => {
    const r = runLesson({ tickets: c.tickets, threads: c.sellers, variant: c.fixed ? 'fixed' : 'seed', lock: c.lock });
    expect(r.prints).toEqual(c.prints);
    expect(r.status === 'deadlock').toBe(c.hung);
  });

  it('lock on: every ticket sold exactly once', () => {
    const r = runLesson({ lock: true, threads: 2, tickets: 20 }, 'zh');
    expect(r.status).toBe('finished');
    expect(r.outcome.data).toMatchObject({ analysis: 'ticket', sold: '20', remaining: '0', oversold: '0', duplicates: '0' });
    expect(r.prints.filter((l) => l.includes('卖出一张'))).toHaveLength(20);
    expect(r.outcome.tone).toBe('good');
    expect(ticketAlerts(r.facts)).toEqual([]);
  });

  it.each([2, 4, 8])('lock off, GIL on, %i sellers: oversold by sellers − 1, never sold twice', (sellers) => {
    const r = runLesson({ lock: false, threads: sellers, tickets: 10 });
    expect(r.status).toBe('finished');
    expect(r.outcome.data).toMatchObject({ sold: String(10 + sellers - 1), remaining: String(1 - sellers), oversold: String(sellers - 1), duplicates: '0' });
    expect(r.prints.filter((l) => l.includes('卖出一张'))).toHaveLength(10 + sellers - 1);
    expect(r.outcome.tone).toBe('bad');
    const alerts = ticketAlerts(r.facts);
    expect(alerts).toHaveLength(sellers - 1);
    expect(alerts.every((a) => a.label.en.startsWith('oversold'))).toBe(true);
  });

  it('the lesson as written deadlocks: a seller waits at line 12 for the lock the other left holding at line 21', () => {
    const r = runLesson({ lock: true, threads: 2, tickets: 3, variant: 'seed' });
    expect(r.status).toBe('deadlock');
    expect(r.prints.filter((l) => l === 'no ticket!')).toHaveLength(1);
    const stuck = r.facts.stuck.filter((s) => s.kind === 'lock');
    expect(stuck).toHaveLength(1);
    const w = stuck[0];
    expect(w?.thread).toMatch(/^线程[12]$/);
    expect(w?.holder).toMatch(/^线程[12]$/);
    expect(w?.holder).not.toBe(w?.thread);
    expect(w?.line).toBe(12);
    const holder = r.facts.threads.find((t) => t.name === w?.holder);
    // Its last event was the print at line 20; the break after it, line 21, left with the lock.
    expect(holder?.endLine).toBe(20);
    const code = ticketScenario.source({ ...paramDefaults(ticketScenario), tickets: 3, variant: 'seed' }, 'en').code;
    const text = ticketScenario.deadlockText?.({ waiter: w?.thread ?? '', holder: w?.holder ?? '', waitLine: w?.line ?? 0, kind: 'lock', on: 'lock', holderEndLine: holder?.endLine }, {}, code);
    expect(text?.en).toContain('waits for the lock at line 12');
    expect(text?.en).toContain('line 21 breaks without release()');
    // Sold all three before it stuck: the figures still read the stores.
    expect(r.outcome.data).toMatchObject({ sold: '3', remaining: '0', deadlock: 'true' });
    expect(r.outcome.tone).toBe('bad');
  });

  it('an edited program: releasing before no ticket! finishes; without a ticket global the analysis steps aside', () => {
    const seed = ticketScenario.source({ ...paramDefaults(ticketScenario), variant: 'seed', tickets: 3 }, 'en').code;
    const fixed = seed.replace(/^( *)print\('no ticket!'\)/m, "$1lock.release()\n$1print('no ticket!')");
    expect(runCode(fixed).status).toBe('finished');
    const renamed = runCode(fixed.replaceAll('ticket', 'seat'));
    expect(renamed.status).toBe('finished');
    expect(renamed.outcome.data.analysis).toBe('generic');
    expect(renamed.outcome.verdict.en).toContain('steps aside');
    expect(renamed.outcome.vmDetails).toBe('open');
  });

  it('the slider rewrites ticket=N in an edited program, and only that', () => {
    expect(rebindTickets('x = 1\nticket = 6\nprint(ticket)\n', 40)).toBe('x = 1\nticket=40\nprint(ticket)\n');
    expect(rebindTickets('seat = 6\n', 40)).toBeNull();
  });

  it('a store folded by the worker (a hot loop) still counts every decrement', () => {
    const r = runCode('ticket = 300\nwhile ticket > 0:\n    ticket -= 1\n');
    expect(r.outcome.data).toMatchObject({ sold: '300', remaining: '0', oversold: '0', duplicates: '0' });
  });
});
