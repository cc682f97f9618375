/**
 * The ticket sellers run end to end on real worker_threads with the same
 * runtime the browser uses: the lock keeps the count exact, no lock races, and
 * the lesson as written deadlocks.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../testing.node';
import { ticketScenario } from './scenario';

const runTicket = (over: Parameters<typeof runScenario>[1], speed: number) => runScenario(ticketScenario, over, speed);

describe('ticket sellers', () => {
  it('with the lock: every ticket sold exactly once', async () => {
    const { report, trace, params: p } = await runTicket({ lock: true, threads: 2, tickets: 20 }, 200);
    expect(report.status).toBe('finished');
    const o = ticketScenario.outcome(trace, p, report.globals, report.globalsByProcess);
    expect(o.data).toEqual({ sold: '20', remaining: '0', oversold: '0', duplicates: '0' });
    expect(trace.console.filter((c) => c.text.includes('卖出一张'))).toHaveLength(20);
    expect(trace.console.filter((c) => c.text === 'no ticket!')).toHaveLength(2);
    expect(o.tone).toBe('good');
  });

  it('without the lock: sellers oversell, and the outcome matches the prints', async () => {
    const { report, trace, params: p } = await runTicket({ lock: false, threads: 4, tickets: 10 }, 100);
    expect(report.status).toBe('finished');
    const o = ticketScenario.outcome(trace, p, report.globals, report.globalsByProcess);
    const sales = trace.console.filter((c) => c.text.includes('卖出一张')).length;
    expect(Number(o.data.sold)).toBe(sales);
    // Four sellers who all saw the last ticket and slept 1 s before selling it:
    // more sales than tickets, and the count goes below zero.
    expect(sales).toBeGreaterThan(10);
    expect(Number(o.data.remaining)).toBeLessThan(0);
    expect(Number(o.data.oversold)).toBeGreaterThan(0);
    expect(o.tone).toBe('bad');
  });

  it('the lesson as written deadlocks: one seller leaves holding the lock', async () => {
    const { report, trace, params: p } = await runTicket({ lock: true, threads: 2, tickets: 3, variant: 'seed' }, 200);
    expect(report.status).toBe('deadlock');
    const waiter = report.waiters?.[0];
    expect(waiter).toBeDefined();
    expect(report.waiters).toHaveLength(1);
    const holder = trace.lanes[waiter?.holder ?? -1];
    expect(holder?.name).toMatch(/^线程[12]$/);
    expect(holder?.name).not.toBe(trace.lanes[waiter?.worker ?? -1]?.name);
    expect(trace.console.filter((c) => c.text === 'no ticket!')).toHaveLength(1);
    const text = ticketScenario.deadlockText?.({ waiter: 'x', holder: 'y', waitLine: 12, kind: 'lock', on: 'lock' }, p);
    expect(text?.en).toContain('line 21');
  });
});
