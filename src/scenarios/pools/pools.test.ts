/** The pools' shared pieces: CPython's sizing and names, task runs from the VM's calls, what waits in the work queue. */
import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../trace/vm-trace';
import { emptyTrace } from '../../trace/model';
import { poolThreadName, poolWorkerName, threadsStarted } from './cpython';
import { callRuns, completionOrder, firstArg, maxConcurrent, queuedTasks } from './tasks';
import { workerTask } from './worker-task';

describe('CPython pool sizing and names', () => {
  it('starts a thread per submit while none is idle, up to max_workers', () => {
    expect(threadsStarted(3, 20)).toBe(3);
    expect(threadsStarted(5, 2)).toBe(2);
    expect(threadsStarted(10, 1)).toBe(1);
    expect(threadsStarted(5, 20, (i) => i >= 3)).toBe(3);
  });

  it('names pool threads and pool processes as Python does', () => {
    expect(poolThreadName(0, 2)).toBe('ThreadPoolExecutor-0_2');
    expect(poolWorkerName(3)).toBe('ForkPoolWorker-3');
  });
});

describe('tasks from the VM', () => {
  it('reads the first argument of a call', () => {
    expect(firstArg("('https://www.qq.com',)")).toBe("'https://www.qq.com'");
    expect(firstArg('(3,)')).toBe('3');
    expect(firstArg("('a, b', 2)")).toBe("'a, b'");
    expect(workerTask({ fn: 'worker', args: '(7,)' })).toBe(7);
    expect(workerTask({ fn: 'worker', args: "('x',)" })).toBeNull();
    expect(workerTask({ fn: 'job', args: '(7,)' })).toBeNull();
  });

  it('pairs each call with its lane and finds the overlap', () => {
    const f = emptyFacts();
    const call = (lane: number, i: number, start: number, end: number) => f.calls.push({ fn: 'worker', args: `(${i},)`, lane, start, end, value: 'None', raised: false });
    call(1, 0, 0, 1);
    call(2, 1, 0.1, 0.5);
    call(2, 2, 0.5, 1.2);
    call(3, 3, 1.3, NaN);
    const runs = callRuns(f, workerTask);
    expect(runs.map((r) => [r.task, r.worker])).toEqual([[0, 1], [1, 2], [2, 2], [3, 3]]);
    expect(completionOrder(runs)).toEqual([1, 0, 2]);
    expect(maxConcurrent(runs, 2)).toBe(2);
  });

  it('the work queue holds the tasks not yet taken, and None stop signals', () => {
    const trace = emptyTrace(['a']);
    const op = (o: 'put' | 'get', item: string, serial: number, queue = 0) => trace.queueOps.push({ t: serial, worker: 0, queue, op: o, item, size: 0, serial });
    op('put', '<_WorkItem object>', 0);
    op('put', '<_WorkItem object>', 1);
    op('put', '(1, True)', 0, 1);
    op('get', '<_WorkItem object>', 0);
    op('put', '<_WorkItem object>', 2);
    op('put', 'None', 3);
    expect(queuedTasks(trace)).toEqual([1, 2, null]);
  });
});
