import { paramDefaults } from '../scenarios/scenario';
import { gilScenario } from '../scenarios/gil/scenario';
import { describe, expect, it } from 'vitest';
import { chooseVmMode, parseVmMode } from './vm-mode';

const threads = 'import threading\nt = threading.Thread(target=print)\nt.start()\nt.join()\n';

describe('parseVmMode', () => {
  it('reads workers in any case and defaults to one', () => {
    expect(parseVmMode('workers')).toBe('workers');
    expect(parseVmMode(' Workers ')).toBe('workers');
    expect(parseVmMode('one')).toBe('one');
    expect(parseVmMode(null)).toBe('one');
    expect(parseVmMode('worker')).toBe('one');
    expect(parseVmMode(null, 'workers')).toBe('workers');
    expect(parseVmMode('one', 'workers')).toBe('one');
    expect(parseVmMode('bogus', 'workers')).toBe('workers');
  });
});

describe('chooseVmMode', () => {
  it('runs a threads program on workers when asked', () => {
    expect(chooseVmMode('workers', { source: threads, shared: true })).toEqual({ mode: 'workers', fallback: null });
  });
  it('never leaves one worker unasked', () => {
    expect(chooseVmMode('one', { source: threads, shared: true })).toEqual({ mode: 'one', fallback: null });
  });
  it('falls back for processes and no shared memory', () => {
    expect(chooseVmMode('workers', { source: 'import os\nos.fork()\n', shared: true }).fallback).toBe('processes');
    expect(chooseVmMode('workers', { source: 'from multiprocessing.shared_memory import SharedMemory\n', shared: true }).fallback).toBe('processes');
    expect(chooseVmMode('workers', { source: 'import multiprocessing.dummy\n', shared: true }).fallback).toBe('processes');
    expect(chooseVmMode('workers', { source: threads, shared: false }).fallback).toBe('isolation');
  });
  it('runs the gil lesson on workers: its work clock and GIL view are worker mode\'s too', () => {
    const p = paramDefaults(gilScenario);
    for (const work of ['cpu', 'io']) expect(chooseVmMode('workers', { source: gilScenario.source({ ...p, work }, 'en').code, shared: true })).toEqual({ mode: 'workers', fallback: null });
  });
  it('runs a program that uses only multiprocessing.Process on workers', () => {
    const only = 'import multiprocessing\nimport threading\nlock = threading.Lock()\np = multiprocessing.Process(target=print)\nprint(multiprocessing.current_process().name)\n';
    expect(chooseVmMode('workers', { source: only, shared: true })).toEqual({ mode: 'workers', fallback: null });
    expect(chooseVmMode('workers', { source: 'from multiprocessing import (\n    Process,\n    current_process,\n)\n', shared: true }).mode).toBe('workers');
    expect(chooseVmMode('workers', { source: 'import multiprocessing as mp\nq = mp.Queue()\np = mp.Process(target=q.put, args=(1,))\n', shared: true }).mode).toBe('workers');
  });
  it('runs pools, sync objects, shared values, terminate/kill and daemons on workers', () => {
    for (const source of [
      'from multiprocessing import Process, Pool\n',
      'import multiprocessing as mp\nq = mp.JoinableQueue()\nl = mp.Lock()\nv = mp.Value("i", 0)\ne = mp.Event()\na, b = mp.Pipe()\n',
      'from multiprocessing.pool import Pool\n',
      'import multiprocessing\np = multiprocessing.Process(target=print)\np.start()\np.terminate()\n',
      'import multiprocessing\np = multiprocessing.Process(target=print, daemon=True)\n',
      'from concurrent.futures import ProcessPoolExecutor\n',
      'import multiprocessing\nprint(multiprocessing.cpu_count())\nwith multiprocessing.Manager() as m:\n    d = m.dict()\n',
    ])
      expect(chooseVmMode('workers', { source, shared: true })).toEqual({ mode: 'workers', fallback: null });
  });
  it('runs input() and the interactive console on workers (the run-wide stdin, src/python/vm/host/stdin.ts)', () => {
    expect(chooseVmMode('workers', { source: 'name = input("? ")\n', shared: true })).toEqual({ mode: 'workers', fallback: null });
    expect(chooseVmMode('workers', { source: `${threads}import code\ncode.interact(local=globals())\n`, shared: true })).toEqual({ mode: 'workers', fallback: null });
  });
});
