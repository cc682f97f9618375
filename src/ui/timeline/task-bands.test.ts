import { describe, expect, it } from 'vitest';
import type { Mark } from '../../trace/model';
import { taskBands } from './task-bands';

const mark = (t: number, worker: number, label: string, value: number): Mark => ({ t, worker, label, value, line: 0 });

describe('task bands', () => {
  it('pairs task-start and task-end of the same task on the same worker', () => {
    const marks = [mark(0, 1, 'task-start', 4), mark(0.1, 2, 'task-start', 5), mark(0.5, 1, 'task-end', 4), mark(0.5, 1, 'task-start', 6), mark(0.7, 2, 'sold', 1)];
    expect(taskBands(marks, 1)).toEqual([
      { task: 4, start: 0, end: 0.5 },
      { task: 6, start: 0.5, end: NaN },
    ]);
    expect(taskBands(marks, 2)).toEqual([{ task: 5, start: 0.1, end: NaN }]);
    expect(taskBands(marks, 0)).toEqual([]);
  });
});
