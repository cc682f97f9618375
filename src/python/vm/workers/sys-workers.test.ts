/**
 * Worker mode: one `sys` per process, as CPython's one per interpreter. Each
 * program's output is CPython 3.12's (testdata/*.expected.json from
 * testdata/gen-expect.py); with a sys module per worker the thread's
 * attributes, recursion limit and replaced stdout would stay on its worker.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardedRun, readExpected } from './guarded-run.node';
import type { WorkerRunResult } from './run-workers';

const dir = new URL('./testdata/', import.meta.url);

async function run(name: string): Promise<WorkerRunResult> {
  return guardedRun({ source: readFileSync(new URL(`${name}.py`, dir), 'utf8'), path: `${name}.py` });
}

const expected = (name: string) => readExpected(dir, name);

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
