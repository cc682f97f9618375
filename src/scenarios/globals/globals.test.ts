/**
 * Threads and processes run the same `work` on real worker_threads: the
 * threads' increments meet in one shared `n`; each child process counts in its
 * own copy, and the main process never sees the children's increments.
 */
import { describe, expect, it } from 'vitest';
import type { MakeRun } from '../../engine/run-like';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { runScenario } from '../testing.node';
import { globalsScenario } from './scenario';

/** Each program runs on both runtimes: shared memory (the default) and message passing. */
const runtimes: [string, MakeRun | undefined][] = [
  ['shared', undefined],
  ['message', messageRun(nodeMessageSpawner)],
];

describe.each(runtimes)('globals are not shared between processes (%s runtime)', (_runtime, makeRun) => {
  it('threads share one n; each process has its own; main keeps only the threads’ increments', async () => {
    const r = await runScenario(globalsScenario, { workers: 2, increments: 5, sleep: 0.1 }, 100, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.trace.lanes.map((l) => l.name)).toEqual(['MainThread', 'Thread-1 (work)', 'Thread-2 (work)', 'Process-1', 'Process-2']);
    expect(r.outcome.data['thread-total']).toBe('10');
    expect(r.outcome.data['process-totals']).toBe('5,5');
    expect(r.outcome.data['main-total']).toBe('10');
    expect(r.report.globalsByProcess.map((g) => g.n)).toEqual([10, 5, 5]);
    expect(r.outcome.tone).toBe('good');

    // What each worker printed is what it wrote: the children count 1..5 on their own.
    const lines = (name: string) => r.trace.console.filter((c) => r.trace.lanes[c.worker]?.name === name).map((c) => c.text);
    expect(lines('Process-1')).toEqual([1, 2, 3, 4, 5].map((i) => `Process-1 MainThread n=${i}`));
    expect(lines('Process-2')).toEqual([1, 2, 3, 4, 5].map((i) => `Process-2 MainThread n=${i}`));
    const threadNs = ['Thread-1 (work)', 'Thread-2 (work)']
      .flatMap((t) => lines(t).map((s) => Number(/^MainProcess Thread-\d \(work\) n=(\d+)$/.exec(s)?.[1])))
      .sort((a, b) => a - b);
    expect(threadNs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lines('MainThread')).toEqual(['主进程 n=10']);
  });

  it('scales with the parameters: 3 a side, 40 increments each', async () => {
    const r = await runScenario(globalsScenario, { workers: 3, increments: 40, sleep: 0.01 }, 100, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.trace.lanes).toHaveLength(7);
    expect(Number(r.outcome.data['thread-total'])).toBe(3 * 40);
    expect(r.outcome.data['process-totals']?.split(',').map(Number)).toEqual([40, 40, 40]);
    expect(Number(r.outcome.data['main-total'])).toBe(120);
  });

  it('the main process waits for every worker before it prints n', async () => {
    const r = await runScenario(globalsScenario, { workers: 1, increments: 3, sleep: 0.2 }, 50, makeRun);
    const last = r.trace.console[r.trace.console.length - 1];
    expect(last?.text).toBe('主进程 n=3');
    const workersEnd = Math.max(...r.trace.console.slice(0, -1).map((c) => c.t));
    expect(last?.t).toBeGreaterThanOrEqual(workersEnd);
  });
});
