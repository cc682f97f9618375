/**
 * Node workers start from the bundle the globalSetup built (worker-bundle.setup.node.ts) and,
 * without one, through tsx; both run a worker-mode program to CPython 3.12's output.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLES_ENV, bundledEntry } from './worker-bundle.node';
import { workerScript } from './ts-worker.node';
import { nodeSpawn } from '../python/vm/host/spawn.node';
import { runWorkers } from '../python/vm/workers/run-workers';

const entry = new URL('../python/vm/workers/py-thread.node.ts', import.meta.url);
const program = new URL('../python/vm/workers/testdata/global_cache.py', import.meta.url);
const want = JSON.parse(readFileSync(new URL('../python/vm/workers/testdata/global_cache.expected.json', import.meta.url), 'utf8')) as {
  stdout: string;
  stderr: string;
  status: number;
};
const built = process.env[BUNDLES_ENV];

afterEach(() => {
  if (built === undefined) delete process.env[BUNDLES_ENV];
  else process.env[BUNDLES_ENV] = built;
});

async function runProgram(): Promise<{ stdout: string; stderr: string; status: number }> {
  const r = await runWorkers({ source: readFileSync(program, 'utf8'), path: 'global_cache.py', spawn: nodeSpawn, entry: entry.href });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('worker bundle', () => {
  it('is found only for a bundled .ts entry in the named directory', () => {
    expect(bundledEntry(entry, '')).toBeNull();
    expect(bundledEntry(entry, '/nonexistent-dir')).toBeNull();
    expect(bundledEntry(new URL('./ts-bootstrap.node.mjs', import.meta.url), built)).toBeNull();
  });

  it.skipIf(built === undefined)('the globalSetup built py-thread: a worker starts from the bundle, not the tsx bootstrap', () => {
    const script = workerScript(entry);
    expect(script.pathname.startsWith(built ?? '?')).toBe(true);
    expect(script.pathname.endsWith('/src/python/vm/workers/py-thread.node.mjs')).toBe(true);
  });

  it.skipIf(built === undefined)('on the bundle, a program with a started thread prints what CPython prints', async () => {
    expect(workerScript(entry).pathname.endsWith('.mjs') && !workerScript(entry).pathname.endsWith('ts-bootstrap.node.mjs')).toBe(true);
    expect(await runProgram()).toEqual(want);
  }, 60_000);

  it('through tsx (no bundle), the same program prints what CPython prints', async () => {
    delete process.env[BUNDLES_ENV];
    expect(workerScript(entry).pathname.endsWith('/ts-bootstrap.node.mjs')).toBe(true);
    expect(await runProgram()).toEqual(want);
  }, 60_000);
});
