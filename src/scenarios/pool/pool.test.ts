/**
 * multiprocessing.Pool on real worker_threads: apply_async does not wait, map
 * does, join needs close. On both runtimes: shared memory and message passing
 * (every py call a round trip to the broker).
 */
import { describe, expect, it } from 'vitest';
import type { MakeRun } from '../../engine/run-like';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { runScenario } from '../testing.node';
import { START_TEXT, STOP_TEXT } from './lines';
import { poolScenario, poolThreads } from './scenario';

const runtimes: [string, MakeRun | undefined][] = [
  ['shared', undefined],
  ['message', messageRun(nodeMessageSpawner)],
];

/**
 * Where the main process must reach `print('start')` (or terminate the pool)
 * before the shortest of the first tasks ends (0.45 s with seed 7): about
 * twenty calls in 90 ms of real time, comfortable on a loaded machine too.
 */
const SPEED = 5;

describe('multiprocessing.Pool processes', () => {
  it('names the pool processes ForkPoolWorker-N', () => {
    expect(poolThreads({ processes: 3 }).map((t) => t.name)).toEqual(['MainProcess', 'ForkPoolWorker-1', 'ForkPoolWorker-2', 'ForkPoolWorker-3']);
  });
});

describe.each(runtimes)('multiprocessing.Pool on %s memory', (_runtime, makeRun) => {
  it('apply_async: start prints before the first task ends, stop after the last; at most 3 at once', async () => {
    const r = await runScenario(poolScenario, { mode: 'apply_async', processes: 3, tasks: 10, seed: 7 }, SPEED, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data['tasks-done']).toBe('10');
    expect(Number(r.outcome.data['max-concurrent'])).toBeLessThanOrEqual(3);
    expect(r.outcome.data['start-before-end']).toBe('yes');
    const text = r.trace.console.map((c) => c.text);
    const start = text.indexOf(START_TEXT);
    const firstEnd = text.findIndex((t) => t.includes('执行完毕花费'));
    const lastEnd = text.length - 1 - [...text].reverse().findIndex((t) => t.includes('执行完毕花费'));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThan(firstEnd);
    expect(text.indexOf(STOP_TEXT)).toBeGreaterThan(lastEnd);
    expect(r.outcome.tone).toBe('good');
  });

  it('map: start prints only after every task has ended', async () => {
    const r = await runScenario(poolScenario, { mode: 'map', processes: 3, tasks: 6, seed: 7 }, 20, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data['tasks-done']).toBe('6');
    expect(r.outcome.data['start-before-end']).toBe('no');
    const text = r.trace.console.map((c) => c.text);
    const lastEnd = text.length - 1 - [...text].reverse().findIndex((t) => t.includes('执行完毕花费'));
    expect(text.indexOf(START_TEXT)).toBeGreaterThan(lastEnd);
  });

  it('join() without close() raises ValueError: Pool is still running, and stop never prints', async () => {
    const r = await runScenario(poolScenario, { mode: 'no-close', processes: 3, tasks: 10, seed: 7 }, SPEED, makeRun);
    expect(r.report.status).toBe('error');
    expect(r.report.message).toBe('ValueError: Pool is still running');
    expect(r.trace.lanes[0]?.error).toBe('ValueError: Pool is still running');
    const text = r.trace.console.map((c) => c.text);
    expect(text).toContain(START_TEXT);
    expect(text).not.toContain(STOP_TEXT);
    // Terminated at exit: no task printed its end, every pool process was ended.
    expect(r.outcome.data['tasks-done']).toBe('0');
    expect(r.outcome.data.terminated).toBe('3');
    expect(r.outcome.data.error).toBe('ValueError: Pool is still running');
  });
});
