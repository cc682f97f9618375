/**
 * Worker mode: one `sys` per process, as CPython's one per interpreter. Each
 * program's output is CPython 3.12's (testdata/*.expected.json from
 * testdata/gen-expect.py); with a sys module per worker the thread's
 * attributes, recursion limit and replaced stdout would stay on its worker.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeSpawn } from '../host/spawn.node';
import type { ThreadHost } from '../host/host';
import { runWorkers, type WorkerRunResult } from './run-workers';

const entry = new URL('./py-thread.node.ts', import.meta.url).href;
const dir = new URL('./testdata/', import.meta.url);
/** A run that takes this long (real ms) has hung: fail with the thread table rather than time out blind. */
const HANG_MS = 60_000;

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

async function run(name: string): Promise<WorkerRunResult> {
  const path = new URL(`${name}.py`, dir).pathname;
  let host: ThreadHost | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} hung:\n${host?.describe() ?? ''}`)), HANG_MS);
  });
  return Promise.race([
    runWorkers({ source: readFileSync(path, 'utf8'), path: `${name}.py`, spawn: nodeSpawn, entry, onHost: (h) => (host = h) }),
    hung,
  ]).finally(() => {
    clearTimeout(timer);
    host?.terminate();
  });
}

function expected(name: string): Expected {
  return JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as Expected;
}

describe('worker mode: one sys per process', () => {
  it('an attribute set (or deleted) on sys by one thread is seen by the others', async () => {
    expect(await run('sys_attrs')).toMatchObject(expected('sys_attrs'));
  }, 120_000);

  it('sys.setrecursionlimit in a thread is the limit of every thread, and the one recursion hits', async () => {
    expect(await run('sys_recursion')).toMatchObject(expected('sys_recursion'));
  }, 120_000);

  it("a writer put in sys.stdout by one thread captures the other threads' prints; print(file=sys.stderr) from a thread is stderr", async () => {
    expect(await run('sys_stdout')).toMatchObject(expected('sys_stdout'));
  }, 120_000);
});
