/**
 * Issue 10's point: two workers on one process heap see the same Python
 * objects. Worker a runs a program that builds a module global, a list, a
 * dict and an instance and then spins on `done`; worker b attaches to the
 * heap (attachProcess), reads and changes those objects through the VM's own
 * operations (and calls a method of a's class, compiled here from the same source), and sets `done`; a then prints what it sees: b's changes.
 */
import { describe, expect, it } from 'vitest';
import { spawnNodeThread } from '../../engine/node-spawner.node';
import { bootHeap } from '../heap';
import type { ShareReport } from './fixtures/share-jobs.node';

const entry = new URL('./fixtures/share-worker.node.ts', import.meta.url);

describe('two workers, one process heap', () => {
  it('b reads and changes what a built, and a sees it', async () => {
    const h = bootHeap({ bytes: 32 << 20 });
    const reports: ShareReport[] = [];
    const threads = (['a', 'b'] as const).map((role) => spawnNodeThread(entry, { heap: h.buffer, role }, (m) => reports.push(m as ShareReport)));
    await Promise.all(threads.map((t) => t.exit));
    const a = reports.find((r) => r.role === 'a');
    const b = reports.find((r) => r.role === 'b');
    expect(b?.error).toBeUndefined();
    expect(b?.seen).toEqual([
      '100',
      "['t0']",
      "{'apples': 3}",
      "'ann'",
      '10',
      "'savings'",
      'true',
      'true',
      "'sys'",
      "ValueError('bad', 2) from KeyError('k')",
      '15',
      "NotImplementedError: 'generator' object shared between threads is not supported yet",
    ]);
    expect(a?.error).toBeUndefined();
    expect({ stdout: a?.stdout, stderr: a?.stderr, status: a?.status }).toEqual({
      stdout: "99 ['t0', 't1'] {'apples': 2, 'pears': 5} ann 25 savings True [1, 'x', 2.5]\n",
      stderr: '',
      status: 0,
    });
  }, 120_000);
});
