/**
 * multiprocessing in worker mode: every child process has its own heap (a
 * byte copy of the parent's at fork), its own GIL words and its own workers.
 * Output equals CPython 3.12's: exactly for a program of the Process API,
 * and as a multiset with pids by rank for the process lessons' programs
 * (their testdata/cpython.json, written by scripts/gen-procs-expect.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeSpawn } from '../host/spawn.node';
import type { ThreadHost } from '../host/host';
import { runWorkers, type WorkerRunResult } from './run-workers';
import { phrases, readExpect } from '../../../scenarios/processes/cpython-expect.node';
import { globalsSource } from '../../../scenarios/globals/source';

const entry = new URL('./py-thread.node.ts', import.meta.url).href;
const HANG_MS = 60_000;

async function run(source: string, path: string): Promise<WorkerRunResult> {
  let host: ThreadHost | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${path} hung:\n${host?.describe() ?? ''}`)), HANG_MS);
  });
  return Promise.race([runWorkers({ source, path, spawn: nodeSpawn, entry, onHost: (h) => (host = h) }), hung]).finally(() => {
    clearTimeout(timer);
    host?.terminate();
  });
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

describe('worker mode: multiprocessing.Process', () => {
  it('start, join (with a timeout), is_alive, exitcode, pid, getppid, current_process, a child’s own threads: CPython’s output', async () => {
    const dir = new URL('./testdata/', import.meta.url);
    const want = JSON.parse(readFileSync(new URL('process_api.expected.json', dir), 'utf8')) as { stdout: string; stderr: string; status: number };
    const r = await run(readFileSync(new URL('process_api.py', dir), 'utf8'), 'process_api.py');
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

  it('processes do not share globals (threads do): the globals lesson prints what CPython 3.12 prints', async () => {
    const cpython = readExpect<{ lang: 'zh' | 'en'; params: { workers: number; increments: number; sleep: number } }>(new URL('../../../scenarios/globals/testdata/cpython.json', import.meta.url));
    const c = cpython.cases.find((x) => x.name === 'default');
    if (!c) throw new Error('no default case in cpython.json');
    const r = await run(globalsSource({ ...c.params, lang: c.lang }), 'globals.py');
    expect(r.status).toBe(c.status);
    expect(phrases(lines(r.stdout), cpython.phrases, cpython.vary)).toEqual(c.phrases);
  }, 120_000);
});
