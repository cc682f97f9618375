// The step lessons' programs (two-locks, rlock, condition, counter; issue 12): each
// prints what CPython 3.12 printed (as a multiset of lines: thread order is
// a timing question; step-lessons.expected.json, scripts/gen-step-lessons-expect.py),
// a program that hangs in CPython ends in the VM's deadlock report, and the
// step engine's search finds each lesson's bad interleaving, and none in the fixes.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../python/vm/run';
import { nodeLib } from '../python/vm/lib-loader.node';
import { search } from '../python/step/search';
import { noDeadlock, noException, finalValue } from '../python/step/invariants';

interface Expected {
  stdout: string[];
  stderrLast: string;
  status: number | 'hangs';
}

const here = dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(readFileSync(join(here, 'step-lessons.expected.json'), 'utf8')) as Record<string, Expected>;
const lib = nodeLib();
const source = (rel: string): string => readFileSync(join(here, rel), 'utf8');
/** Which consumer wins is a timing question in CPython as well. */
const norm = (rel: string, lines: string[]): string[] => (rel.startsWith('condition/') ? lines.map((l) => l.replace(/^c\d /, 'c? ')) : lines).sort();

describe('step lessons: the programs against CPython 3.12', () => {
  for (const [rel, want] of Object.entries(expected)) {
    it(rel, () => {
      const r = runProgram({ source: source(rel), path: rel, lib, timeLimitMs: 20000 });
      expect(norm(rel, r.stdout.split('\n').filter((l) => l !== ''))).toEqual(norm(rel, want.stdout));
      const err = r.stderr.split('\n').filter((l) => l.trim() !== '');
      if (want.status === 'hangs') {
        expect(r.status).toBe(3);
        expect(err[err.length - 1]).toMatch(/^deadlock: /);
      } else {
        expect(r.status).toBe(want.status);
        expect(err[err.length - 1] ?? '').toBe(want.stderrLast);
      }
    });
  }
});

describe('step lessons: the search finds the bad interleaving, and none in the fixes', () => {
  const opts = { lib, granularity: 'line' as const, runs: 25, seed: 6 };
  it('two-locks: deadlock as written; fixed order and back-off never deadlock', () => {
    expect(search(source('two-locks/deadlock.py'), noDeadlock(), opts).found).toBe(true);
    expect(search(source('two-locks/fixed-order.py'), noDeadlock(), opts)).toMatchObject({ found: false, tries: 25 });
    expect(search(source('two-locks/backoff.py'), noDeadlock(), opts)).toMatchObject({ found: false, tries: 25 });
  });

  it('rlock: a Lock taken twice by its holder deadlocks; an RLock does not', () => {
    expect(search(source('rlock/lock.py'), noDeadlock(), opts).found).toBe(true);
    expect(search(source('rlock/rlock.py'), noDeadlock(), opts).found).toBe(false);
  });

  it('condition: with if, a consumer takes from the empty buffer; with while, never', () => {
    const bad = search(source('condition/if.py'), noException(), opts);
    expect(bad.found).toBe(true);
    if (bad.found) expect(bad.violation).toBe('IndexError: pop from empty list');
    expect(search(source('condition/while.py'), noException(), opts).found).toBe(false);
  });

  it('counter: += 1 is never lost under the GIL; += one() is (a switch after the CALL), and so is += 1 free-threaded', () => {
    // Three rounds per thread keep a run short; the lesson's N only makes the loss likelier in a live run.
    const small = (rel: string): string => source(rel).replace('N = 1000', 'N = 3');
    const bc = { lib, granularity: 'bytecode' as const, seed: 6 };
    expect(search(small('counter/gil.py'), finalValue('counter', '12'), { ...bc, runs: 15 }).found).toBe(false);
    const call = search(small('counter/call.py'), finalValue('counter', '12'), { ...bc, runs: 100, strategy: 'pct' });
    expect(call.found).toBe(true);
    const free = search(small('counter/gil.py'), finalValue('counter', '12'), { ...bc, runs: 100, strategy: 'pct', freeThreaded: true });
    expect(free.found).toBe(true);
  });
});
