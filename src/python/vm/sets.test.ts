/**
 * Sets live in the heap (heap/set.ts behind PySet) and the set algebra follows
 * setobject.c (set-ops.ts): the orders CPython 3.12 prints, and a set another
 * worker reads and changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootHeap } from '../heap';
import { runProgram } from './run';
import { attachProcess, emptyArgs } from './attach';
import * as ops from './ops';
import type { PyVal } from './objects';
import { callInWorker } from './fixtures/attach-spawn.node';

const data = (name: string): string => readFileSync(new URL(`./testdata/sets/${name}`, import.meta.url), 'utf8');

describe('sets in the heap', () => {
  it('iterate, print and hash as CPython 3.12 (testdata/sets/orders.py)', () => {
    const r = runProgram({ source: data('orders.py'), path: 'orders.py' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(data('orders.expected'));
  });

  const PATH = '/sets/shared.py';
  const SOURCE = `seen = {5, 3, 17, 9}
frozen = frozenset({64, 1, 8})
index = {frozen: 'f', 2: 'two'}

def other():
    seen.add(33)
    seen.discard(3)
    return seen, frozen in index, 8 in frozen, {1, 8, 64} == frozen
`;

  it('a set stored by one worker is the same set in another, which changes it', async () => {
    const h = bootHeap({ bytes: 32 << 20 });
    expect(runProgram({ source: SOURCE, path: PATH, heap: h.buffer })).toEqual({ stdout: '', stderr: '', status: 0 });
    const view = attachProcess(h.buffer, { [PATH]: SOURCE });
    expect(ops.repr(view.globals.getStr('seen') as PyVal)).toBe('{17, 3, 5, 9}');
    const r = await callInWorker({ heap: h.buffer as SharedArrayBuffer, sources: { [PATH]: SOURCE }, func: 'other' });
    expect(r.error).toBeUndefined();
    // What CPython 3.12 prints for the same adds and discards.
    expect(r.result).toBe('({33, 5, 9, 17}, True, True, True)');
    expect(ops.repr(view.globals.getStr('seen') as PyVal)).toBe('{33, 5, 9, 17}');
    expect(ops.repr(view.fromRef(view.call(view.toRef(view.globals.getStr('other') as PyVal), emptyArgs())) as PyVal)).toBe('({33, 5, 9, 17}, True, True, True)');
  }, 60_000);
});
