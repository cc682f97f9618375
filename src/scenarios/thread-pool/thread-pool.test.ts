/**
 * ThreadPoolExecutor on real worker_threads: threads start only as work
 * arrives, `map` yields in input order, `as_completed` in finishing order,
 * and no more tasks run at once than max_workers. On both runtimes: shared
 * memory and message passing (every py call a round trip to the broker).
 */
import { describe, expect, it } from 'vitest';
import type { MakeRun } from '../../engine/run-like';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { runScenario } from '../testing.node';
import { threadPoolScenario, threadPoolThreads } from './scenario';

const runtimes: [string, MakeRun | undefined][] = [
  ['shared', undefined],
  ['message', messageRun(nodeMessageSpawner)],
];

/**
 * Slow enough that the submits (a few calls each) start task 2 well within
 * 0.4 s of task 0 (its download is 0.41 s shorter, so it must end first), on
 * a loaded machine and with the message runtime's round trips too.
 */
const SPEED = 4;

describe('thread pool threads', () => {
  it('3 URLs with max_workers=20 start 3 threads, named as Python names them', () => {
    expect(threadPoolThreads({ urls: 3, max_workers: 20 }).map((t) => t.name)).toEqual([
      'MainThread',
      'ThreadPoolExecutor-0_0',
      'ThreadPoolExecutor-0_1',
      'ThreadPoolExecutor-0_2',
    ]);
  });
});

describe.each(runtimes)('thread pool on %s memory', (_runtime, makeRun) => {
  it('map: 3 tasks → 3 threads, results in input order although they finish out of order', async () => {
    const r = await runScenario(threadPoolScenario, { urls: 3, max_workers: 20, latency: 'random', seed: 15, mode: 'map' }, SPEED, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data['threads-started']).toBe('3');
    expect(r.outcome.data['threads-used']).toBe('3');
    // seed 15 gives 1.94 s, 0.22 s, 1.52 s: they finish 1, 2, 0.
    expect(r.outcome.data['completion-order']).toBe('1,2,0');
    expect(r.outcome.data['results-order']).toBe('0,1,2');
    const done = r.trace.console.filter((c) => c.text.startsWith('done ')).map((c) => c.text);
    expect(done).toEqual(['done https://www.baidu.com', 'done https://www.163.com', 'done https://www.qq.com']);
    expect(r.trace.marks.filter((m) => m.label === 'task-start')).toHaveLength(3);
    expect(r.outcome.tone).toBe('good');
  });

  it('as_completed: results in finishing order', async () => {
    const r = await runScenario(threadPoolScenario, { urls: 3, max_workers: 20, latency: 'random', seed: 15, mode: 'as_completed' }, SPEED, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data['results-order']).toBe(r.outcome.data['completion-order']);
    expect(r.outcome.data['results-order']).toBe('1,2,0');
  });

  it('5 tasks with max_workers=2: 2 threads, never more than 2 at once, every task done', async () => {
    const r = await runScenario(threadPoolScenario, { urls: 5, max_workers: 2, latency: 'random', seed: 3, mode: 'map' }, 10, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.trace.lanes).toHaveLength(3);
    expect(r.outcome.data['threads-started']).toBe('2');
    expect(r.outcome.data['tasks-done']).toBe('5');
    expect(Number(r.outcome.data['max-concurrent'])).toBeLessThanOrEqual(2);
    expect(r.outcome.data['max-concurrent']).toBe('2');
    expect(r.outcome.data['results-order']).toBe('0,1,2,3,4');
  });
});
