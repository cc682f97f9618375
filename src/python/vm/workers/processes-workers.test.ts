/**
 * multiprocessing in worker mode: every child process has its own heap (a
 * byte copy of the parent's at fork), its own GIL words and its own workers.
 * Output equals CPython 3.12's: exactly for a program of the Process API,
 * and as a multiset with pids by rank for the process lessons' programs
 * (their testdata/cpython.json, written by scripts/gen-procs-expect.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkerRunResult } from './run-workers';
import { guardedRun, readExpected } from './guarded-run.node';
import { phrases, readExpect } from '../../../scenarios/processes/cpython-expect.node';
import { globalsSource } from '../../../scenarios/globals/source';
import type { VmEvent } from '../events';

async function run(source: string, path: string, onEvents?: (b: VmEvent[]) => void): Promise<WorkerRunResult> {
  return guardedRun({ source, path, onEvents }, 60_000);
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

describe('worker mode: multiprocessing.Process', () => {
  it.each([
    ['process_api', 'start, join (with a timeout), is_alive, exitcode, pid, getppid, current_process, a child’s own threads'],
    ['process_locks', 'a child’s locks are copies: held at the fork stays held, the parent’s later acquire is not the child’s'],
    ['process_queue', 'multiprocessing.Queue between processes: every value a copy (ints, floats, bytes, nested, sets, instances), qsize, Empty on a timeout'],
  ])('%s: %s — CPython’s output', async (name) => {
    const dir = new URL('./testdata/', import.meta.url);
    const want = readExpected(dir, name);
    const r = await run(readFileSync(new URL(`${name}.py`, dir), 'utf8'), `${name}.py`);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual(want);
  }, 120_000);

  it('the tutorial’s 多进程 program: each child prints its own pid, as CPython 3.12 (pids by rank)', async () => {
    const cpython = readExpect<{ params: Record<string, number> }>(new URL('../../../scenarios/processes/testdata/cpython.json', import.meta.url));
    const c = cpython.cases.find((x) => x.name === 'tutorial');
    if (!c) throw new Error('no tutorial case in cpython.json');
    const src = readFileSync(new URL('../../../scenarios/processes/testdata/tutorial.py', import.meta.url), 'utf8');
    const r = await run(src, 'tutorial.py');
    expect(r.status).toBe(c.status);
    expect(phrases(lines(r.stdout), cpython.phrases, cpython.vary)).toEqual(c.phrases);
  }, 120_000);

  it('the mp-queue lesson: a producer and a consumer process pass ten items through a multiprocessing.Queue, as CPython 3.12 (pids by rank)', async () => {
    const cpython = readExpect<{ params: Record<string, number> }>(new URL('../../../scenarios/process-queue/testdata/cpython.json', import.meta.url));
    const c = cpython.cases.find((x) => x.name === 'tutorial');
    if (!c) throw new Error('no tutorial case in cpython.json');
    const r = await run(readFileSync(new URL('../../../scenarios/process-queue/testdata/tutorial.py', import.meta.url), 'utf8'), 'tutorial.py');
    expect(r.status).toBe(c.status);
    expect(phrases(lines(r.stdout), cpython.phrases, cpython.vary)).toEqual(c.phrases);
  }, 120_000);

  it('processes do not share globals (threads do): the globals lesson prints what CPython 3.12 prints', async () => {
    const cpython = readExpect<{ lang: 'zh' | 'en'; params: { workers: number; increments: number; sleep: number } }>(new URL('../../../scenarios/globals/testdata/cpython.json', import.meta.url));
    const c = cpython.cases.find((x) => x.name === 'default');
    if (!c) throw new Error('no default case in cpython.json');
    const r = await run(globalsSource({ ...c.params, lang: c.lang }), 'globals.py');
    expect(r.status).toBe(c.status);
    expect(phrases(lines(r.stdout), cpython.phrases, cpython.vary)).toEqual(c.phrases);
  }, 120_000);

  it('the event stream: a process-start and a process-end for each child, its MainThread’s lifecycle and writes under its own pid', async () => {
    const events: VmEvent[] = [];
    const src = readFileSync(new URL('../../../scenarios/processes/testdata/tutorial.py', import.meta.url), 'utf8').replace('(20,)', '(3,)').replace('(50,)', '(4,)');
    const r = await run(src, 'tutorial.py', (b) => events.push(...b));
    expect(r.status).toBe(0);
    const main = Number(/主进程ID(\d+)/.exec(r.stdout)?.[1]);
    const starts = events.filter((e): e is Extract<VmEvent, { kind: 'process-start' }> => e.kind === 'process-start' && e.pid !== main);
    expect(events.filter((e) => e.kind === 'process-start' && e.pid === main)).toHaveLength(1);
    expect(starts.map((e) => e.ppid)).toEqual([main, main]);
    const [dance, song] = starts.map((e) => e.pid);
    expect(new Set([main, dance, song]).size).toBe(3);
    const ends = events.filter((e): e is Extract<VmEvent, { kind: 'process-end' }> => e.kind === 'process-end' && e.pid !== main);
    expect(ends.map((e) => [e.pid, e.status]).sort()).toEqual([[dance, 0], [song, 0]].sort());
    const of = (pid: number | undefined, kind: VmEvent['kind']): number => events.filter((e) => e.kind === kind && 'pid' in e && e.pid === pid).length;
    for (const pid of [dance, song]) {
      expect(of(pid, 'thread-start')).toBe(1);
      expect(of(pid, 'thread-end')).toBe(1);
    }
    const written = (pid: number | undefined): string => events.map((e) => (e.kind === 'write' && e.pid === pid ? e.text : '')).join('');
    expect(written(dance)).toBe(`dancing  pid=${dance}\n`.repeat(3));
    expect(written(song)).toBe(`song  pid=${song}\n`.repeat(4));
    // MainThread's joins are waits on the timeline, as in the one-worker VM: one per child, each ended.
    const joins = events.filter((e) => e.kind === 'wait-start' && e.pid === main && e.what.startsWith('join process'));
    expect(joins.map((e) => (e.kind === 'wait-start' ? e.what : '')).sort()).toEqual([`join process ${dance}`, `join process ${song}`]);
    // A child's events come after its start and none after its end.
    for (const pid of [dance, song]) {
      const at = events.findIndex((e) => e.kind === 'process-start' && e.pid === pid);
      const end = events.findIndex((e) => e.kind === 'process-end' && e.pid === pid);
      expect(events.findIndex((e) => e.kind !== 'process-start' && 'pid' in e && e.pid === pid)).toBeGreaterThan(at);
      expect(events.slice(end + 1).some((e) => 'pid' in e && e.pid === pid)).toBe(false);
    }
  }, 120_000);
});
