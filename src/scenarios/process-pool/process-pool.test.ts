/**
 * ProcessPoolExecutor on the VM, the lesson's own Python (src/python/lib's
 * concurrent.futures.process): three processes take ten tasks, never more
 * than three at once. Printed phrases are CPython 3.12's
 * (testdata/cpython.json, scripts/gen-pools-expect.py).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expectSamePhrases, phrasesOf } from '../pools/phrases.node';
import { runVmLesson } from '../vm-lesson.node';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { processPoolScenario, processPoolThreads } from './scenario';

interface CpythonCase {
  name: string;
  params: ParamValues;
  phrases: string[];
  status: number;
}
const cpython = JSON.parse(readFileSync(new URL('./testdata/cpython.json', import.meta.url), 'utf8')) as CpythonCase[];
const run = (over: ParamValues) => runVmLesson(processPoolScenario, over);

describe('the lesson as written', () => {
  it('is the tutorial program verbatim', () => {
    const seed = readFileSync(new URL('../../../e2e/fixtures/seed_process_pool.py', import.meta.url), 'utf8');
    expect(processPoolScenario.source({ ...paramDefaults(processPoolScenario), variant: 'seed' }, 'zh').code).toBe(seed);
  });
});

describe('ProcessPoolExecutor on the VM', () => {
  it.each(cpython.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints', (_, c) => {
    const r = run(c.params);
    expect(r.status).toBe(c.status === 0 ? 'finished' : 'error');
    expectSamePhrases(phrasesOf(r.lines), c.phrases, c.params.variant === 'seed' ? null : 0.1);
  });

  it('10 tasks on 3 processes: never more than 3 at once, every task done, each process its own pid', () => {
    const r = run({ max_workers: 3, tasks: 10, seed: 7 });
    expect(r.model.lanes.map((l) => l.name).slice(0, 4)).toEqual(processPoolThreads({ max_workers: 3 }).map((t) => t.name));
    expect(r.outcome.data).toMatchObject({ analysis: 'process-pool', 'tasks-done': '10', 'max-concurrent': '3', 'max-workers': '3' });
    const pids = new Set(r.lines.map((l) => /进程ID (\d+)/.exec(l)?.[1]).filter((x) => x !== undefined));
    expect(pids.size).toBe(3);
    expect(r.model.marks.filter((m) => m.label === 'task-end')).toHaveLength(10);
    // The tasks' sleeps add up to more than the pool took: they ran side by side.
    expect(Number(r.outcome.data.elapsed)).toBeLessThan(Number(r.outcome.data.serial));
    expect(r.outcome.tone).toBe('good');
  });
});
