/**
 * Worker mode without the GIL (`npm run py -- --free-threaded`): four real
 * workers write one list, dict, set and object at once. 3.13t keeps each whole
 * with per-object locks, so the output must be what CPython 3.12 prints with
 * its GIL (testdata/ft_shared.expected.json, testdata/gen-expect.py); no 3.13t
 * build exists on these machines to compare with directly. Without the locks
 * the same run lost appends and dict entries (80 000 appends gave 78 970).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeSpawn } from '../host/spawn.node';
import type { ThreadHost } from '../host/host';
import { runWorkers } from './run-workers';

const entry = new URL('./py-thread.node.ts', import.meta.url).href;
const dir = new URL('./testdata/', import.meta.url);

describe('free-threaded worker mode: per-object locks', () => {
  it('4 workers writing one list, dict, set and __dict__: nothing lost, doubled or reordered within a thread', async () => {
    const name = 'ft_shared';
    let host: ThreadHost | null = null;
    const r = await runWorkers({
      source: readFileSync(new URL(`${name}.py`, dir), 'utf8'),
      path: `${name}.py`,
      spawn: nodeSpawn,
      entry,
      freeThreaded: true,
      onHost: (h) => (host = h),
    }).finally(() => (host as ThreadHost | null)?.terminate());
    const want = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as { stdout: string; stderr: string; status: number };
    expect(r).toMatchObject(want);
  }, 240_000);

  it('sys._is_gil_enabled() is False on every worker', async () => {
    const src = 'import sys, threading\nout = []\nt = threading.Thread(target=lambda: out.append(sys._is_gil_enabled()))\nt.start(); t.join()\nprint(sys._is_gil_enabled(), out)\n';
    let host: ThreadHost | null = null;
    const r = await runWorkers({ source: src, path: 'gil.py', spawn: nodeSpawn, entry, freeThreaded: true, onHost: (h) => (host = h) }).finally(() => (host as ThreadHost | null)?.terminate());
    expect(r).toMatchObject({ stdout: 'False [False]\n', stderr: '', status: 0 });
  }, 120_000);
});
