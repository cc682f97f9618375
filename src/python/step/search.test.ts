// Searching schedules for the bad interleaving, and the run-to helpers.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeLib } from '../vm/lib-loader.node';
import { StepSession } from './session';
import { search } from './search';
import { neverSoldTwice, noDeadlock, finalValue } from './invariants';
import { toEnd, toNextEvent, toNextLine, runUntil } from './run-to';

const here = dirname(fileURLToPath(import.meta.url));
const program = (name: string): string => readFileSync(join(here, 'testdata', name), 'utf8');
const lib = nodeLib();
const TICKET = program('ticket_nolock.py');
const TWO_LOCKS = program('two_locks.py');
const COUNTER = program('counter.py');
/** The ticket sellers as the tutorial fixed them: the lock held around check and decrement. */
const TICKET_LOCKED = TICKET.replace('        if ticket > 0:', '        lock.acquire()\n        if ticket > 0:')
  .replace('            ticket -= 1\n', '            ticket -= 1\n            lock.release()\n')
  .replace("            print('no ticket!')", "            lock.release()\n            print('no ticket!')")
  .replace('ticket = 3\n', 'ticket = 3\nlock = threading.Lock()\n');

describe('search', () => {
  for (const strategy of ['random', 'pct'] as const) {
    it(`${strategy}: finds the oversell in the lock-off ticket program, and the schedule replays it`, () => {
      const r = search(TICKET, neverSoldTwice(), { lib, strategy, runs: 50, granularity: 'bytecode', seed: 11 });
      expect(r.found).toBe(true);
      if (!r.found) return;
      expect(r.tries).toBeLessThanOrEqual(50);
      const s = StepSession.replaySync(TICKET, r.schedule, { lib, granularity: 'bytecode' });
      expect(neverSoldTwice()()(s)).toBe(r.violation);
    });

    it(`${strategy}: finds the deadlock of two locks taken in opposite order`, () => {
      const r = search(TWO_LOCKS, noDeadlock(), { lib, strategy, runs: 100, granularity: 'line', seed: 5 });
      expect(r.found).toBe(true);
      if (!r.found) return;
      const s = StepSession.replaySync(TWO_LOCKS, r.schedule, { lib, granularity: 'line' });
      expect(s.finished).toBe(true);
      expect(s.deadlock).toMatch(/^deadlock: /);
      expect(s.status).toBe(3);
    });
  }

  it('finds nothing where nothing is wrong: the locked ticket program, and says how many it tried', () => {
    const r = search(TICKET_LOCKED, neverSoldTwice(), { lib, strategy: 'random', runs: 15, granularity: 'bytecode', seed: 2 });
    expect(r).toMatchObject({ found: false, tries: 15 });
    expect(r.steps).toBeGreaterThan(15 * 50);
  });

  it('counter += 1: never lost under the GIL, lost free-threaded', () => {
    const gil = search(COUNTER, finalValue('counter', '6'), { lib, strategy: 'random', runs: 20, granularity: 'bytecode', seed: 4 });
    expect(gil.found).toBe(false);
    const free = search(COUNTER, finalValue('counter', '6'), { lib, strategy: 'pct', runs: 100, granularity: 'bytecode', freeThreaded: true, seed: 4 });
    expect(free.found).toBe(true);
    if (free.found) expect(free.violation).toMatch(/counter ended as [0-5], not 6/);
  });
});

describe('run-to helpers', () => {
  it('a thread to its next line, at bytecode granularity', () => {
    const s = StepSession.create(TICKET, { lib, granularity: 'bytecode' });
    s.step(0); // RESUME (line 0)
    expect(s.thread(0)?.line).toBe(2);
    const n = toNextLine(s, 0);
    // import threading: LOAD_CONST 0, LOAD_CONST None, IMPORT_NAME, STORE_NAME.
    expect(n).toBe(4);
    expect(s.thread(0)?.line).toBe(3);
    expect(s.schedule).toBe('0'.repeat(n + 1));
  });

  it('to the next print, then to the end; the result replays', () => {
    const s = StepSession.create(TICKET, { lib, granularity: 'line', seed: 9 });
    toNextEvent(s, 'any', ['print']);
    expect(s.stdout).toMatch(/^t[12] sold one, \d left\n$/);
    toEnd(s);
    expect(s.finished).toBe(true);
    const again = StepSession.replaySync(TICKET, s.schedule, { lib, granularity: 'line' });
    expect(again.stdout).toBe(s.stdout);
  });

  it('to the next lock event of a program lock', () => {
    const s = StepSession.create(TWO_LOCKS, { lib, granularity: 'line' });
    toNextEvent(s, 'any', ['lock']);
    const last = s.events[s.events.length - 1];
    expect(last?.kind).toBe('lock-acquire');
    expect(s.state().locks.find((l) => l.holder !== null && l.global)?.name).toMatch(/^lock_[ab]$/);
  });

  it('queues: the items of a queue.Queue, a blocked put, and the next queue event', () => {
    const s = StepSession.create(program('bakery.py'), { lib, granularity: 'line' });
    // Main starts both threads; then only the producer moves until it blocks on the full queue.
    while (s.lanes.length < 3 || s.thread(0)?.waiting?.startsWith('join') !== true) s.step(s.movableLanes().includes(0) ? 0 : s.lanes.length - 1);
    runUntil(s, 1, () => s.thread(1)?.status === 'blocked');
    const st = s.state();
    expect(st.queues).toEqual([{ name: 'q', items: ["'bread0'", "'bread1'"], maxsize: 2 }]);
    expect(st.threads[1]?.locals).toMatchObject({ i: '2' });
    expect(st.threads[1]?.line).toBe(9);
    // The consumer's get is the next queue event: one item leaves.
    toNextEvent(s, 2, ['queue']);
    expect(s.state().queues[0]?.items).toEqual(["'bread1'"]);
    expect(s.thread(2)?.locals).toMatchObject({ item: "'bread0'" });
  });

  it('a queue program replays to the same state, queue events included', () => {
    const src = program('bakery.py');
    const a = StepSession.create(src, { lib, granularity: 'bytecode', seed: 5 });
    toEnd(a);
    expect(a.stdout).toBe('ate bread0\nate bread1\nate bread2\n');
    expect(a.events.filter((e) => e.kind === 'queue-op')).toHaveLength(6);
    const b = StepSession.replaySync(src, a.schedule, { lib, granularity: 'bytecode' });
    expect(b.state()).toEqual(a.state());
  });

  it('back() is the session one step earlier', () => {
    const s = StepSession.create(TICKET, { lib, granularity: 'bytecode', seed: 1 });
    toNextEvent(s, 'any', ['print']);
    const b = s.back();
    expect(b.steps).toBe(s.steps - 1);
    expect(b.stdout).toBe('');
    b.step(Number.parseInt(s.schedule.slice(-1), 36));
    expect(b.state()).toEqual(s.state());
  });
});
