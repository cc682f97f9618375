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
import { runScenario } from './testing.node';
import { workloadScenario } from './workload/scenario';

describe.each([
  ['shared memory', undefined],
  ['message passing', messageRun(nodeMessageSpawner)],
] as const)('virtual time on %s', (_, makeRun) => {
  it.each([1, 100, SPEED_INSTANT])('two threads sleeping 50 × 0.1 s side by side take 5.0 s at speed %s', async (speed) => {
    const r = await runScenario(workloadScenario, { threads: 2, iterations: 50, sleep: 0.1 }, speed, makeRun);
    expect(r.report.status).toBe('finished');
    const elapsed = Number(r.outcome.data.elapsed);
    expect(Math.abs(elapsed - 5) / 5).toBeLessThan(0.01);
  }, 30_000);
});
