/**
 * ProcessPoolExecutor on real worker_threads: three process lanes, queued
 * tasks, the lesson's prints. On both runtimes: shared memory and message
 * passing (every py call a round trip to the broker).
 */
import { describe, expect, it } from 'vitest';
import type { MakeRun } from '../../engine/run-like';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { taskSeconds } from '../pools/worker-task';
import { runScenario } from '../testing.node';
import { processPoolScenario, processPoolThreads } from './scenario';

const runtimes: [string, MakeRun | undefined][] = [
  ['shared', undefined],
  ['message', messageRun(nodeMessageSpawner)],
];

describe('process pool processes', () => {
  it('names the processes as Python 3.11 on Linux does, each with its own pid and memory', () => {
    const threads = processPoolThreads({ max_workers: 3 });
    expect(threads.map((t) => t.name)).toEqual(['MainProcess', 'ForkProcess-1', 'ForkProcess-2', 'ForkProcess-3']);
    expect(new Set(threads.map((t) => t.pid)).size).toBe(4);
    expect(new Set(threads.map((t) => t.process)).size).toBe(4);
  });
});

describe.each(runtimes)('process pool on %s memory', (_runtime, makeRun) => {
  it('runs 10 tasks on 3 processes, never more than 3 at once, printing as the lesson does', async () => {
    const r = await runScenario(processPoolScenario, { max_workers: 3, tasks: 10, seed: 7 }, 20, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data['tasks-done']).toBe('10');
    expect(Number(r.outcome.data['max-concurrent'])).toBeLessThanOrEqual(3);
    expect(r.outcome.data['max-concurrent']).toBe('3');
    const starts = r.trace.console.filter((c) => c.text.includes('开始执行'));
    expect(starts).toHaveLength(10);
    for (const s of starts) {
      const pid = r.trace.lanes[s.worker]?.pid;
      expect(s.text).toMatch(new RegExp(`^\\d+ 开始执行，进程ID ${pid}$`));
    }
    const ends = r.trace.console.filter((c) => c.text.includes('执行完毕花费'));
    expect(ends).toHaveLength(10);
    for (const e of ends) {
      const m = /^(\d+) 执行完毕花费 (\S+) s$/.exec(e.text);
      expect(m).not.toBeNull();
      // The measured time is at least the seeded sleep (random.seed(SEED+msg); random.random()*2).
      expect(Number(m?.[2])).toBeGreaterThanOrEqual(taskSeconds(7, Number(m?.[1])) - 1e-9);
    }
    // The main process ran no task; every task ran on a pool process.
    expect(r.trace.marks.filter((m) => m.label === 'task-start' && m.worker === 0)).toHaveLength(0);
  });

  it('max_workers=1 runs the tasks one after another', async () => {
    const r = await runScenario(processPoolScenario, { max_workers: 1, tasks: 4, seed: 1 }, 20, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data['max-concurrent']).toBe('1');
    expect(r.outcome.data['tasks-done']).toBe('4');
  });
});
