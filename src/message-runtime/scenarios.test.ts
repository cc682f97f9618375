/**
 * The ticket sellers and sing/dance on the message runtime (no shared memory:
 * every call a message to the broker), on real worker_threads. The lesson
 * must hold as on shared memory: the lock never oversells, no lock races, the
 * tutorial's program deadlocks and is detected.
 */
import { describe, expect, it } from 'vitest';
import { RunDriver, type RunReport } from '../engine/driver';
import { nodeSpawner } from '../engine/node-spawner.node';
import { paramDefaults } from '../scenarios/scenario';
import { runScenario } from '../scenarios/testing.node';
import { singDanceScenario } from '../scenarios/sing-dance/scenario';
import { ticketScenario } from '../scenarios/ticket/scenario';
import type { ParamValues } from '../scenarios/types';
import { messageRun } from './index';
import { nodeMessageSpawner } from './node-spawner.node';

const onMessages = messageRun(nodeMessageSpawner);
const runTicket = (over: ParamValues, speed: number) => runScenario(ticketScenario, over, speed, onMessages);

describe('ticket sellers on the message runtime', () => {
  it('with the lock: every ticket sold exactly once', async () => {
    const { report, trace, outcome } = await runTicket({ lock: true, threads: 2, tickets: 20 }, 200);
    expect(report.status).toBe('finished');
    expect(outcome.data).toEqual({ sold: '20', remaining: '0', oversold: '0', duplicates: '0' });
    expect(report.globals.ticket).toBe(0);
    expect(trace.console.filter((c) => c.text.includes('卖出一张'))).toHaveLength(20);
    expect(trace.console.filter((c) => c.text === 'no ticket!')).toHaveLength(2);
    // Both sellers really ran and took turns with the lock.
    const sellers = new Set(trace.marks.filter((m) => m.label === 'sold').map((m) => m.worker));
    expect(sellers.size).toBe(2);
    expect(trace.lanes.every((l) => l.holds.length > 0 && l.holds.every((h) => !Number.isNaN(h.end)))).toBe(true);
  });

  it('without the lock: four sellers sell more than the ten tickets there are', async () => {
    const { report, trace, outcome } = await runTicket({ lock: false, threads: 4, tickets: 10 }, 100);
    expect(report.status).toBe('finished');
    const sales = trace.console.filter((c) => c.text.includes('卖出一张')).length;
    expect(Number(outcome.data.sold)).toBe(sales);
    expect(sales).toBeGreaterThan(10);
    // Each step is a round trip to the broker, so the window between the read
    // and the write of `ticket -= 1` is wide: the race shows as tickets sold
    // below zero (oversold), as tickets sold twice (a lost update), or both.
    expect(Number(outcome.data.oversold) + Number(outcome.data.duplicates)).toBeGreaterThan(0);
    expect(report.globals.ticket).toBe(Number(outcome.data.remaining));
    expect(report.globals.ticket).toBeLessThanOrEqual(0);
    expect(outcome.tone).toBe('bad');
  });

  it('the lesson as written deadlocks, and the waiter and the holder are named', async () => {
    const { report, trace } = await runTicket({ lock: true, threads: 2, tickets: 3, variant: 'seed' }, 200);
    expect(report.status).toBe('deadlock');
    expect(report.waiters).toHaveLength(1);
    const waiter = report.waiters?.[0];
    expect(waiter?.kind).toBe('lock');
    const waiterName = trace.lanes[waiter?.worker ?? -1]?.name;
    const holderName = trace.lanes[waiter?.holder ?? -1]?.name;
    expect(waiterName).toMatch(/^线程[12]$/);
    expect(holderName).toMatch(/^线程[12]$/);
    expect(holderName).not.toBe(waiterName);
    expect(trace.console.filter((c) => c.text === 'no ticket!')).toHaveLength(1);
  });
});

describe('a MessageRun under the driver', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('pause parks every thread: no event and no simulated time until resume', async () => {
    const params = { ...paramDefaults(singDanceScenario), threads: 2, iterations: 10, sleep: 0.2 };
    const spec = { ...singDanceScenario.runSpec(params), speed: 10 };
    let events = 0;
    let end: (r: RunReport) => void = () => {};
    const ended = new Promise<RunReport>((resolve) => (end = resolve));
    const driver = new RunDriver(
      spec,
      nodeSpawner, // unused: the message run starts its own workers
      {
        onEvents: (ev) => (events += ev.length),
        onStatus: (r) => {
          if (r.status !== 'running' && r.status !== 'paused') end(r);
        },
      },
      (fn) => {
        const h = setTimeout(fn, 10);
        return () => clearTimeout(h);
      },
      onMessages,
    );
    while (events < 20) await wait(10);
    driver.pause();
    await wait(50); // the last events written before the pause are flushed
    const seen = events;
    const sim = driver.run.simNow();
    await wait(400); // 4 simulated seconds at speed 10: every sleep would have ended
    expect(events).toBe(seen);
    expect(driver.run.simNow()).toBe(sim);
    expect(sim).toBeLessThan(2);
    driver.resume();
    const report = await ended;
    expect(report.status).toBe('finished');
    expect(events).toBeGreaterThan(seen);
  });
});
