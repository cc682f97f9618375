/**
 * Virtual time, seen from the lessons: what a program prints and the
 * figures the outcome shows must not depend on how fast it is watched.
 * Real workers on both runtimes; the expected values are the program's own
 * sleeps (CPython would print them plus microseconds).
 */
import { describe, expect, it } from 'vitest';
import { messageRun } from '../message-runtime';
import { nodeMessageSpawner } from '../message-runtime/node-spawner.node';
import { SPEED_INSTANT } from '../runtime/virtual-time';
import { bakeryScenario } from './bakery/scenario';
import { gilScenario } from './gil/scenario';
import { singDanceScenario } from './sing-dance/scenario';
import { runScenario } from './testing.node';

describe.each([
  ['shared memory', undefined],
  ['message passing', messageRun(nodeMessageSpawner)],
] as const)('virtual time on %s', (_, makeRun) => {
  it.each([1, 100, SPEED_INSTANT])('sing-dance takes 5.0 s at speed %s', async (speed) => {
    const r = await runScenario(singDanceScenario, { threads: 2, iterations: 50, sleep: 0.1 }, speed, makeRun);
    expect(r.report.status).toBe('finished');
    const elapsed = Number(r.outcome.data.elapsed);
    expect(Math.abs(elapsed - 5) / 5).toBeLessThan(0.01);
    expect(r.outcome.tone).toBe('good');
  }, 30_000);

  it('the bakery consumer is blocked as long at 1x as at max', async () => {
    const over = { count: 4, produce: 0.5, consume: 0.1 };
    const slow = await runScenario(bakeryScenario, over, 1, makeRun);
    const fast = await runScenario(bakeryScenario, over, SPEED_INSTANT, makeRun);
    const a = Number(slow.outcome.data['consumer-blocked']);
    const b = Number(fast.outcome.data['consumer-blocked']);
    expect(a).toBeGreaterThan(1);
    expect(Math.abs(a - b) / a).toBeLessThan(0.02);
  }, 30_000);

  it('the GIL lesson, IO work, at max speed: waits overlap exactly as at any speed', async () => {
    const r = await runScenario(gilScenario, { work: 'io', workers: 2, requests: 4, latency: 0.2 }, SPEED_INSTANT, makeRun);
    expect(r.report.status).toBe('finished');
    // 4 requests of 0.2 s: 0.8 s on one thread, 0.4 s on two threads or two processes (they sleep side by side).
    // Start-up of a thread or process costs the lesson's program a few real milliseconds.
    for (const [key, want] of [['wall-one', 0.8], ['wall-threads', 0.4], ['wall-processes', 0.4]] as const) {
      const got = Number(r.outcome.data[key]);
      expect(got, key).toBeGreaterThanOrEqual(want);
      expect(got - want, key).toBeLessThan(0.03);
    }
  }, 30_000);
});
