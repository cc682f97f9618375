// Which stepper a program gets in the page (step-on-workers.ts).
import { describe, it, expect } from 'vitest';
import { stepOnWorkers } from './step-on-workers';

const threads = 'import threading\nt = threading.Thread(target=print, args=(1,))\nt.start(); t.join()\n';

describe('stepOnWorkers', () => {
  it('steps on real workers only when the lab wants workers and the page has shared memory', () => {
    expect(stepOnWorkers('workers', true, threads)).toBe(true);
    expect(stepOnWorkers('one', true, threads)).toBe(false);
    expect(stepOnWorkers('workers', false, threads)).toBe(false);
  });

  it('steps processes, pools and multiprocessing queues on workers (every process’s threads are lanes)', () => {
    expect(stepOnWorkers('workers', true, 'import multiprocessing\n')).toBe(true);
    expect(stepOnWorkers('workers', true, 'from multiprocessing import Process, Queue\n')).toBe(true);
    expect(stepOnWorkers('workers', true, 'from multiprocessing.pool import Pool\n')).toBe(true);
    expect(stepOnWorkers('workers', true, 'from concurrent.futures import ProcessPoolExecutor\n')).toBe(true);
  });

  it('keeps the one-worker stepper for what worker mode cannot run yet: a raw os.fork, a missing submodule, input', () => {
    expect(stepOnWorkers('workers', true, 'import os\npid = os.fork()\n')).toBe(false);
    expect(stepOnWorkers('workers', true, 'from multiprocessing.shared_memory import SharedMemory\n')).toBe(false);
    expect(stepOnWorkers('workers', true, 'x = input()\n')).toBe(false);
  });
});
