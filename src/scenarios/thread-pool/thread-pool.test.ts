/**
 * The thread-pool lesson's own Python on the VM (concurrent.futures as CPython
 * writes it, in src/python/lib): threads start only as work arrives, `map`
 * yields in input order, `as_completed` in finishing order, no more tasks run
 * at once than max_workers. Printed lines are CPython 3.12's
 * (testdata/cpython.json, scripts/gen-pools-expect.py).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runVmCode, runVmLesson } from '../vm-lesson.node';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { threadPoolScenario, threadPoolThreads } from './scenario';
import { rebindMaxWorkers } from './source';

interface CpythonCase {
  name: string;
  params: ParamValues;
  lines: string[];
  status: number;
}
const cpython = JSON.parse(readFileSync(new URL('./testdata/cpython.json', import.meta.url), 'utf8')) as CpythonCase[];
const run = (over: ParamValues) => runVmLesson(threadPoolScenario, over);

describe('thread pool threads', () => {
  it('3 URLs with max_workers=20 start 3 threads, named as Python names them', () => {
    expect(threadPoolThreads({ urls: 3, max_workers: 20 }).map((t) => t.name)).toEqual(['MainThread', 'ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1', 'ThreadPoolExecutor-0_2']);
  });
});

describe('the lesson as written', () => {
  it('is the tutorial program verbatim, and it never calls multi_threaded_download: nothing runs, as in CPython', () => {
    const seed = readFileSync(new URL('../../../e2e/fixtures/seed_thread_pool.py', import.meta.url), 'utf8');
    const p = { ...paramDefaults(threadPoolScenario), variant: 'seed' };
    expect(threadPoolScenario.source(p, 'zh').code).toBe(seed);
    const r = runVmLesson(threadPoolScenario, { variant: 'seed' });
    expect(r.status).toBe('finished');
    expect(r.facts.threads.map((t) => t.name)).toEqual(['MainThread']);
    expect(r.outcome.data).toMatchObject({ analysis: 'thread-pool', 'threads-started': '0', 'tasks-done': '0' });
    expect(r.outcome.verdict.en).toContain('never calls it');
    expect(threadPoolScenario.inactiveParams?.(p)).toContain('max_workers');
  });
});

describe('the thread-pool lesson on the VM', () => {
  it.each(cpython.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints', (_, c) => {
    const r = run(c.params);
    expect(r.status).toBe(c.status === 0 ? 'finished' : 'error');
    expect([...r.lines].sort()).toEqual([...c.lines].sort());
    // The results come back in an order the program fixes (input order, or finishing order 0.4 s apart): the same order.
    const done = (ls: string[]) => ls.filter((l) => l.startsWith('done '));
    expect(done(r.lines)).toEqual(done(c.lines));
  });

  it('map: 3 tasks → 3 threads, results in input order although they finish out of order', () => {
    const r = run({ urls: 3, max_workers: 20, latency: 'random', seed: 15, mode: 'map' });
    expect(r.model.lanes.map((l) => l.name)).toEqual(threadPoolThreads({ urls: 3, max_workers: 20 }).map((t) => t.name));
    // seed 15 gives 1.94 s, 0.22 s, 1.52 s: they finish 1, 2, 0.
    expect(r.outcome.data).toMatchObject({ analysis: 'thread-pool', 'threads-started': '3', 'threads-used': '3', 'completion-order': '1,2,0', 'results-order': '0,1,2', 'tasks-done': '3', 'max-concurrent': '3' });
    expect(r.model.marks.filter((m) => m.label === 'task-start')).toHaveLength(3);
    expect(r.outcome.tone).toBe('good');
    // Virtual time follows the sleeps: the longest download, 1.94 s, from its start to its end.
    const slowest = r.facts.calls.find((c) => c.args.includes('baidu'));
    expect((slowest?.end ?? 0) - (slowest?.start ?? 0)).toBeCloseTo(1.937, 1);
  });

  it('as_completed: results in finishing order', () => {
    const r = run({ urls: 3, max_workers: 20, latency: 'random', seed: 15, mode: 'as_completed' });
    expect(r.outcome.data['results-order']).toBe('1,2,0');
    expect(r.outcome.data['completion-order']).toBe('1,2,0');
    expect(r.outcome.tone).toBe('good');
  });

  it('5 tasks with max_workers=2: 2 threads, never more than 2 at once, every task done', () => {
    const r = run({ urls: 5, max_workers: 2, latency: 'random', seed: 3, mode: 'map' });
    expect(r.model.lanes).toHaveLength(3);
    expect(r.outcome.data).toMatchObject({ 'threads-started': '2', 'tasks-done': '5', 'max-concurrent': '2', 'results-order': '0,1,2,3,4', 'max-workers': '2' });
  });

  it('an edited program: the slider rewrites _ThreadPool_max_workers; without down_ts the analysis steps aside', () => {
    const code = threadPoolScenario.source({ urls: 3, max_workers: 20, seed: 15, mode: 'map', latency: 'random', delay: 1 }, 'en').code;
    expect(rebindMaxWorkers(code, 1)).toContain('_ThreadPool_max_workers=1  #');
    const one = runVmCode(threadPoolScenario, rebindMaxWorkers(code, 1) ?? '');
    expect(one.outcome.data).toMatchObject({ 'threads-started': '1', 'max-concurrent': '1', 'max-workers': '1', 'results-order': '0,1,2' });
    const other = runVmCode(threadPoolScenario, code.replaceAll('down_ts', 'fetch').replaceAll("'done'", "'got'"));
    expect(other.status).toBe('finished');
    expect(other.outcome.data.analysis).toBe('generic');
    expect(other.outcome.verdict.en).toContain('steps aside');
  });
});
