// A full heap raises MemoryError as CPython does (traceback shape, status),
// and the program goes on after catching it. Expectations: CPython 3.12 with
// its address space limited (testdata/memory/gen-expect.sh).

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from './run';

const dir = join(__dirname, 'testdata', 'memory');
/** The traceback without caret lines (where the allocation fails inside a line differs) and with file names only. */
const shape = (stderr: string): string[] =>
  stderr
    .split('\n')
    .filter((l) => !/^\s*[~^]+\s*$/.test(l))
    .map((l) => l.replace(/File "[^"]*\/([^"/]+)"/, 'File "$1"'));

describe('MemoryError from a full heap', () => {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.py'))) {
    it(f, () => {
      const source = readFileSync(join(dir, f), 'utf8');
      const r = runProgram({ source, path: join(dir, f), heapBytes: 4 << 20 });
      expect(shape(r.stderr)).toEqual(shape(readFileSync(join(dir, f.replace(/\.py$/, '.stderr')), 'utf8')));
      expect(r.status).toBe(Number(readFileSync(join(dir, f.replace(/\.py$/, '.status')), 'utf8')));
    });
  }

  it('goes on after the except clause and can still print', () => {
    const source = 'l = []\ntry:\n    while True:\n        l.append(str(len(l)))\nexcept MemoryError as e:\n    print("caught", type(e).__name__, e.args, len(l) > 10000)\nprint("after")\n';
    const r = runProgram({ source, path: 'm.py', heapBytes: 4 << 20 });
    expect(r).toEqual({ stdout: 'caught MemoryError () True\nafter\n', stderr: '', status: 0 });
  });
});
