// The wait-for graph: a cycle of two locks, a lock its own holder waits for,
// a lock whose holder has finished, and no explanation while anyone can move.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeLib } from '../vm/lib-loader.node';
import { StepSession } from './session';
import { search } from './search';
import { noDeadlock } from './invariants';
import { toEnd } from './run-to';
import { waitsFor } from './waits-for';
import { ticketSource } from '../../scenarios/ticket/source';

const here = dirname(fileURLToPath(import.meta.url));
const lib = nodeLib();
const read = (...p: string[]): string => readFileSync(join(here, ...p), 'utf8');

describe('wait-for graph', () => {
  it('two locks in opposite order: a cycle, explained', () => {
    const src = read('testdata', 'two_locks.py');
    const hit = search(src, noDeadlock(), { lib, strategy: 'pct', runs: 100, granularity: 'line', seed: 5 });
    expect(hit.found).toBe(true);
    if (!hit.found) return;
    const g = waitsFor(StepSession.replaySync(src, hit.schedule, { lib, granularity: 'line' }).state());
    expect(g.cycle).toHaveLength(4);
    expect(g.cycle?.filter((id) => id.startsWith('t')).sort()).toEqual(['t1', 't2']);
    expect(g.explanation).toContain('one waits for lock_b, held by two');
    expect(g.explanation).toContain('two waits for lock_a, held by one');
    // Main waits for one to end: an edge to the thread, outside the cycle.
    expect(g.edges).toContainEqual({ from: 't0', to: 't1', kind: 'waits-for' });
  });

  it('a Lock taken again by its holder: a cycle of one thread', () => {
    const src = read('..', '..', 'scenarios', 'rlock', 'lock.py');
    const s = StepSession.create(src, { lib, granularity: 'line' });
    toEnd(s);
    const g = waitsFor(s.state());
    expect(g.cycle).toEqual(['t1', expect.stringMatching(/^l\d+$/)]);
    expect(g.explanation).toContain('adder waits for lock, which it holds itself');
  });

  it('the lesson as written: the lock is held by a seller that has finished', () => {
    const src = ticketSource({ tickets: 2, sellers: 2, fixed: false, lock: true, lang: 'en' });
    const s = StepSession.create(src, { lib, granularity: 'line', seed: 1 });
    toEnd(s);
    expect(s.deadlock).not.toBeNull();
    const g = waitsFor(s.state());
    expect(g.cycle).toBeNull();
    expect(g.explanation).toMatch(/线程\d waits on lock, held by 线程\d, which has finished/);
  });

  it('says nothing while a thread can still move', () => {
    const s = StepSession.create(read('testdata', 'two_locks.py'), { lib, granularity: 'line' });
    for (let i = 0; i < 12 && !s.finished; i++) s.step(s.pickAny());
    const g = waitsFor(s.state());
    expect(g.cycle).toBeNull();
    expect(g.explanation).toBeNull();
  });
});
