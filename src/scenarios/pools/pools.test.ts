/** The pools' CPython pieces, checked against values real CPython 3.11 printed. */
import { describe, expect, it } from 'vitest';
import { emptyTrace } from '../../trace/model';
import { poolThreadName, poolWorkerName, threadsStarted } from './cpython';
import { pyFloat } from './py-format';
import { PyRandom } from './py-random';
import { TASK_END, TASK_START, completionOrder, maxConcurrent, taskRuns } from './tasks';

describe('PyRandom is CPython random', () => {
  it.each([
    [0, 0.8444218515250481],
    [42, 0.6394267984578837],
    [2 ** 40 + 5, 0.5043802970418443],
  ])('random.seed(%d); random.random()', (seed, want) => {
    expect(new PyRandom(seed).random()).toBe(want);
  });

  it('uniform draws as Python does', () => {
    const r = new PyRandom(15);
    expect([r.uniform(0.2, 2), r.uniform(0.2, 2), r.uniform(0.2, 2)].map((x) => x.toFixed(3))).toEqual(['1.937', '0.221', '1.525']);
  });
});

describe('CPython pool sizing and names', () => {
  it('starts a thread per submit while none is idle, up to max_workers', () => {
    expect(threadsStarted(3, 20)).toBe(3);
    expect(threadsStarted(5, 2)).toBe(2);
    expect(threadsStarted(10, 1)).toBe(1);
    // An idle thread at a submit is reused instead of a new one.
    expect(threadsStarted(5, 20, (i) => i >= 3)).toBe(3);
  });

  it('names pool threads and pool processes as Python does', () => {
    expect(poolThreadName(0, 2)).toBe('ThreadPoolExecutor-0_2');
    expect(poolWorkerName(3)).toBe('ForkPoolWorker-3');
  });
});

describe('pyFloat is repr(float)', () => {
  it.each([
    [2, '2.0'],
    [0.1 + 0.2, '0.30000000000000004'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [1e16, '1e+16'],
    [-0, '-0.0'],
  ])('%d', (x, want) => expect(pyFloat(x)).toBe(want));
});

describe('task runs from marks', () => {
  it('pairs starts and ends per worker and finds the overlap', () => {
    const trace = emptyTrace(['a', 'b']);
    const mark = (t: number, worker: number, label: string, value: number) => trace.marks.push({ t, worker, label, value, line: 0 });
    mark(0, 0, TASK_START, 0);
    mark(0.1, 1, TASK_START, 1);
    mark(0.5, 1, TASK_END, 1);
    mark(0.5, 1, TASK_START, 2);
    mark(1, 0, TASK_END, 0);
    mark(1.2, 1, TASK_END, 2);
    const runs = taskRuns(trace);
    expect(runs.map((r) => [r.task, r.worker])).toEqual([[0, 0], [1, 1], [2, 1]]);
    expect(completionOrder(runs)).toEqual([1, 0, 2]);
    expect(maxConcurrent(runs, 2)).toBe(2);
  });
});
