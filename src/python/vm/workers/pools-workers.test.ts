/**
 * Process pools and multiprocessing's sync objects in worker mode: every pool
 * worker is a process of its own (its own heap, GIL words and workers).
 * Programs in testdata/ equal CPython 3.12's output exactly (NAME.expected.json,
 * written by testdata/gen-expect.py); the pool lessons print CPython's phrases
 * as a multiset (src/scenarios/*\/testdata/cpython.json, scripts/gen-pools-expect.py),
 * each from a pid of its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkerRunResult } from './run-workers';
import { guardedRun, readExpected } from './guarded-run.node';
import { expectSamePhrases, phrasesOf } from '../../../scenarios/pools/phrases.node';
import { paramDefaults, type ScenarioDef } from '../../../scenarios/scenario';
import { poolScenario } from '../../../scenarios/pool/scenario';
import { processPoolScenario } from '../../../scenarios/process-pool/scenario';
import type { ParamValues } from '../../../scenarios/types';
import type { VmEvent } from '../events';

async function run(source: string, path: string, onEvents?: (b: VmEvent[]) => void): Promise<WorkerRunResult> {
  return guardedRun({ source, path, onEvents }, 280_000);
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

describe('worker mode: pools, kill and sync objects', () => {
  it.each([
    ['pool_api', 'Pool map/starmap/apply/imap, ProcessPoolExecutor map/submit: ForkPoolWorker-N / ForkProcess-N, copies, a worker’s exception, CPython’s PicklingError for a lambda'],
    ['process_sync', 'Value/Array shared and C-typed, Lock, RLock, Event, JoinableQueue, Pipe, Semaphore across processes'],
    ['process_kill', 'terminate() −15, kill() −9 (asleep, spinning, blocked), a daemon terminated at exit, the recursion limit inherited'],
    ['process_manager', 'a Manager’s dict and list proxies, Condition, Barrier, get_context, ThreadPool'],
  ])('%s: %s — CPython’s output', async (name) => {
    const dir = new URL('./testdata/', import.meta.url);
    const want = readExpected(dir, name);
    const r = await run(readFileSync(new URL(`${name}.py`, dir), 'utf8'), `${name}.py`);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual(want);
  }, 300_000);

  interface CpythonCase {
    name: string;
    params: ParamValues;
    phrases: string[];
    status: number;
  }
  const lesson = (s: ScenarioDef, file: string, names: string[]): [string, ScenarioDef, CpythonCase][] => {
    const cases = JSON.parse(readFileSync(new URL(`../../../scenarios/${file}/testdata/cpython.json`, import.meta.url), 'utf8')) as CpythonCase[];
    return cases.filter((c) => names.includes(c.name)).map((c) => [`${file}: ${c.name}`, s, c]);
  };
  it.each([...lesson(poolScenario, 'pool', ['apply_async seed 7', 'map seed 7', 'join without close']), ...lesson(processPoolScenario, 'process-pool', ['10 tasks on 3 seed 7'])])(
    '%s prints CPython 3.12’s phrases, each task from a pool process’s own pid',
    async (_, s, c) => {
      const code = s.source({ ...paramDefaults(s), ...c.params }, 'zh').code;
      const events: VmEvent[] = [];
      const r = await run(code, 'lesson.py', (b) => events.push(...b));
      expect(r.status).toBe(c.status);
      // Each process's output as its own stream (the write events, by pid): the phrases are counted per process.
      const byPid = new Map<number, string>();
      for (const e of events) if (e.kind === 'write' && e.fd === 1) byPid.set(e.pid, (byPid.get(e.pid) ?? '') + e.text);
      const got = [...byPid.values()].flatMap((text) => phrasesOf(lines(text)));
      if (c.params.mode === 'no-close') {
        // The main raises at once and its exit terminates the pool: CPython's children may have printed a first start, or not.
        const starts = (ps: readonly string[]) => ps.filter((p) => p.includes('开始执行'));
        expect(got.filter((p) => !p.includes('开始执行'))).toEqual(c.phrases.filter((p) => !p.includes('开始执行')));
        for (const p of starts(got)) expect(starts(c.phrases)).toContain(p);
        expect(r.stderr).toContain('ValueError: Pool is still running');
      } else {
        // Simulated time runs at the real rate while a worker is active: a task's measured sleep carries its print's real cost.
        expectSamePhrases(got, c.phrases, 0.25);
        const pids = new Set([...r.stdout.matchAll(/进程ID (\d+)/g)].map((m) => m[1]));
        expect(pids.size).toBeGreaterThan(1);
        expect(pids.size).toBeLessThanOrEqual(Number(c.params.processes ?? c.params.max_workers ?? 3));
        expect(pids.has('4243')).toBe(false);
      }
    },
    200_000,
  );
});
