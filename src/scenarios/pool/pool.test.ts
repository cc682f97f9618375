/**
 * multiprocessing.Pool on the VM, the lesson's own Python (src/python/lib's
 * pool.py after CPython's): apply_async does not wait, so start prints while
 * the tasks have hardly begun; map waits; join() without close() raises
 * ValueError at once and the exit terminates the pool. Printed phrases are
 * CPython 3.12's (testdata/cpython.json, scripts/gen-pools-expect.py).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expectSamePhrases, phrasesOf } from '../pools/phrases.node';
import { runVmCode, runVmLesson } from '../vm-lesson.node';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { poolScenario, poolThreads } from './scenario';

interface CpythonCase {
  name: string;
  params: ParamValues;
  phrases: string[];
  status: number;
  error: string;
}
const cpython = JSON.parse(readFileSync(new URL('./testdata/cpython.json', import.meta.url), 'utf8')) as CpythonCase[];
const run = (over: ParamValues) => runVmLesson(poolScenario, over);

describe('the lesson as written', () => {
  it('is the tutorial program verbatim', () => {
    const seed = readFileSync(new URL('../../../e2e/fixtures/seed_pool.py', import.meta.url), 'utf8');
    expect(poolScenario.source({ ...paramDefaults(poolScenario), variant: 'seed' }, 'zh').code).toBe(seed);
  });
});

describe('multiprocessing.Pool on the VM', () => {
  it.each(cpython.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints', (_, c) => {
    const r = run(c.params);
    expect(r.status).toBe(c.status === 0 ? 'finished' : 'error');
    const got = phrasesOf(r.lines);
    if (c.params.mode === 'no-close') {
      // Known difference: the VM runs every process in one worker, in turns, so the main process
      // may raise and exit before a child first runs; CPython's children run beside it and each
      // prints its first task's start before the exit terminates them. The main's prints are the same.
      const children = (ps: readonly string[]) => ps.filter((p) => p.includes('开始执行'));
      expectSamePhrases(got.filter((p) => !p.includes('开始执行')), c.phrases.filter((p) => !p.includes('开始执行')));
      for (const p of children(got)) expect(children(c.phrases)).toContain(p);
    } else expectSamePhrases(got, c.phrases, c.params.variant === 'seed' ? null : 0.1);
    expect(r.outcome.data.error).toBe(c.error);
  });

  it('apply_async: start prints before any task ends; never more than 3 at once; every task done', () => {
    const r = run({ mode: 'apply_async', processes: 3, tasks: 10, seed: 7 });
    expect(r.model.lanes.map((l) => l.name).slice(0, 4)).toEqual(poolThreads({ processes: 3 }).map((t) => t.name));
    expect(r.model.lanes.map((l) => l.name).slice(0, 4)).toEqual(['MainThread', 'ForkPoolWorker-1', 'ForkPoolWorker-2', 'ForkPoolWorker-3']);
    expect(r.outcome.data).toMatchObject({ analysis: 'pool', 'tasks-done': '10', 'max-concurrent': '3', 'start-before-end': 'yes', 'stop-printed': 'yes', error: '', terminated: '0' });
    expect(r.model.marks.filter((m) => m.label === 'task-start')).toHaveLength(10);
    expect(r.outcome.tone).toBe('good');
  });

  it('map: start prints after the last task', () => {
    const r = run({ mode: 'map', processes: 3, tasks: 10, seed: 7 });
    expect(r.outcome.data).toMatchObject({ 'tasks-done': '10', 'start-before-end': 'no', 'stop-printed': 'yes' });
    expect(r.outcome.tone).toBe('good');
  });

  it('join() without close(): ValueError at once, stop never printed, the pool terminated at exit', () => {
    const r = run({ mode: 'no-close', processes: 3, tasks: 4, seed: 7 });
    expect(r.status).toBe('error');
    expect(r.outcome.data).toMatchObject({ error: 'ValueError: Pool is still running', 'stop-printed': 'no', 'tasks-done': '0', terminated: '3' });
    expect(r.lines).toContain('------======start=====-----');
    expect(r.outcome.verdict.en).toContain('3 processes were terminated');
    expect(poolScenario.vm?.alerts?.(r.facts)).toHaveLength(3);
  });

  it('an edited program without worker(i) tasks: the analysis steps aside', () => {
    const code = poolScenario.source({ mode: 'apply_async', processes: 2, tasks: 2, seed: 7 }, 'en').code.replaceAll('worker', 'job');
    const r = runVmCode(poolScenario, code);
    expect(r.status).toBe('finished');
    expect(r.outcome.data.analysis).toBe('generic');
    expect(r.outcome.verdict.en).toContain('steps aside');
  });
});
