// The step engine: schedules replay exactly, the GIL's switch rule refuses
// what 3.12 cannot do, free-threaded lets two sellers sell the same ticket,
// back then forward is the identical state, and the instructions are CPython's.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeLib } from '../vm/lib-loader.node';
import { runUntil } from './run-to';
import { StepSession, ScheduleError, StepRefused, GIL_REASON, type StepOptions } from './session';
import type { ThreadView } from './state';
import { startAll } from './start-all';

const here = dirname(fileURLToPath(import.meta.url));
const program = (name: string): string => readFileSync(join(here, 'testdata', name), 'utf8');
const lib = nodeLib();
const TICKET = program('ticket_nolock.py');
const DECREMENT_LINE = TICKET.split('\n').findIndex((l) => l.trim() === 'ticket -= 1') + 1;

function runAny(source: string, opts: StepOptions, max = 5000): StepSession {
  const s = StepSession.create(source, { lib, ...opts });
  while (!s.finished && s.steps < max) s.step(s.pickAny());
  return s;
}

/** Steps `lane` until `stop` holds for its view (or it cannot move); returns the view. */
function drive(s: StepSession, lane: number, stop: (t: ThreadView) => boolean, max = 500): ThreadView {
  for (let i = 0; i < max; i++) {
    const t = s.thread(lane) as ThreadView;
    if (stop(t) || !s.movableLanes().includes(lane)) return t;
    s.step(lane);
  }
  throw new Error(`lane ${lane} did not get there in ${max} steps`);
}


const atLoadTicket = (t: ThreadView): boolean => t.instr?.opname === 'LOAD_GLOBAL' && t.instr.argrepr === 'ticket' && t.line === DECREMENT_LINE;

/**
 * Free-threaded, bytecode steps: both sellers pass the check and sleep, then
 * both LOAD_GLOBAL ticket before either stores. Returns the session and the
 * index of t2's first step while t1 sits between instructions after its sleep.
 */
function bothLoad(freeThreaded: boolean): { s: StepSession; t2AfterT1Woke: number } {
  const s = StepSession.create(TICKET, { lib, granularity: 'bytecode', freeThreaded });
  startAll(s);
  drive(s, 1, (t) => t.status === 'blocked');
  drive(s, 2, (t) => t.status === 'blocked');
  drive(s, 1, atLoadTicket);
  const t2AfterT1Woke = s.steps;
  drive(s, 2, atLoadTicket);
  s.step(1);
  s.step(2);
  return { s, t2AfterT1Woke };
}

describe('step engine', () => {
  it('replays a schedule to the same events, output and state', () => {
    const a = runAny(TICKET, { granularity: 'bytecode', seed: 7 });
    expect(a.finished).toBe(true);
    const b = StepSession.replaySync(TICKET, a.schedule, { lib, granularity: 'bytecode' });
    const c = StepSession.replaySync(TICKET, a.schedule, { lib, granularity: 'bytecode' });
    expect(b.state()).toEqual(a.state());
    expect(c.state()).toEqual(a.state());
    expect(a.state().stdout.split('\n').filter(Boolean)).toHaveLength(6);
    // Another seed takes another path: the schedule, not chance, fixed the run.
    const d = runAny(TICKET, { granularity: 'bytecode', seed: 8 });
    expect(d.schedule).not.toBe(a.schedule);
  });

  it('a replay prints the same id()s and default reprs, whatever ran in between', () => {
    const src = 'import threading\nclass A: pass\ndef show():\n    print(A(), id(A()))\nt = threading.Thread(target=show)\nt.start()\nprint(A())\n';
    const a = runAny(src, { granularity: 'line', seed: 2 });
    expect(a.stdout).toMatch(/<__main__\.A object at 0x[0-9a-f]+>/);
    runAny(TICKET, { granularity: 'line', seed: 2 });
    const b = StepSession.replaySync(src, a.schedule, { lib, granularity: 'line' });
    expect(b.stdout).toBe(a.stdout);
  });

  it('free-threaded: two sellers load the same ticket and both store the same value', () => {
    const { s } = bothLoad(true);
    expect(s.global('ticket')).toBe('3');
    // Each has ticket on its stack; now each finishes `ticket -= 1`.
    for (const lane of [1, 1, 1, 2, 2, 2]) s.step(lane);
    const stores = s.events.filter((e) => e.kind === 'global-store' && e.name === 'ticket' && e.old !== null);
    expect(stores.map((e) => (e.kind === 'global-store' ? [e.old, e.value] : null))).toEqual([
      ['3', '2'],
      ['2', '2'],
    ]);
    expect(s.global('ticket')).toBe('2');
  });

  it('with the GIL on, the same schedule is refused where 3.12 cannot switch, loaded up to there', () => {
    const { s: free, t2AfterT1Woke } = bothLoad(true);
    let err: unknown = null;
    try {
      StepSession.replaySync(TICKET, free.schedule, { lib, granularity: 'bytecode' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScheduleError);
    const e = err as ScheduleError;
    expect(e.index).toBe(t2AfterT1Woke);
    expect(e.ch).toBe('2');
    expect(e.message).toContain(GIL_REASON);
    expect(e.session.steps).toBe(t2AfterT1Woke);
    const why = e.session.runnable().find((m) => m.lane === 2);
    expect(why?.ok).toBe(false);
    expect(why?.reason).toContain('t1 holds it');
    // t1 may go on; once it reaches the call in print(), the GIL may change hands.
    expect(e.session.movableLanes()).toEqual([1]);
    expect(() => e.session.step(2)).toThrow(StepRefused);
  });

  it('the GIL allows a switch after a call, a backward jump or a blocking call', () => {
    const s = StepSession.create(TICKET, { lib, granularity: 'bytecode' });
    drive(s, 0, (t) => t.status === 'blocked');
    // Main blocked in t1.start()'s handshake: t1 may go while main is blocked.
    expect(s.thread(0)?.waiting).toBe('Event.wait');
    expect(s.movableLanes()).toEqual([1]);
    const t1 = drive(s, 1, (t) => t.status === 'blocked');
    expect(t1.waiting).toBe('time.sleep()');
    expect(t1.instr?.opname).toBe('CALL');
  });

  it('step back then forward gives the identical state', () => {
    const a = runAny(TICKET, { granularity: 'bytecode', seed: 3 }, 120);
    const n = a.steps;
    const before = StepSession.replaySync(TICKET, a.schedule.slice(0, n - 1), { lib, granularity: 'bytecode' });
    expect(before.steps).toBe(n - 1);
    before.step(Number.parseInt(a.schedule[n - 1] as string, 36));
    expect(before.state()).toEqual(a.state());
  });

  it('line steps stop at each new line of the program', () => {
    const s = StepSession.create(TICKET, { lib, granularity: 'line' });
    const lines: number[] = [];
    for (let i = 0; i < 6; i++) {
      lines.push(s.thread(0)?.line ?? -1);
      s.step(0);
    }
    const src = TICKET.split('\n');
    // Module start (line 0: RESUME), then the import lines, then `ticket = 3`.
    expect(lines.slice(1, 4).map((l) => src[l - 1])).toEqual(['import threading', 'import time', 'ticket = 3']);
  });

  it('a program that does not compile is finished before its first step, with the message CPython prints', () => {
    const s = StepSession.create('x = (1,\n', { lib });
    expect(s.finished).toBe(true);
    expect(s.status).toBe(1);
    expect(s.stderr).toMatch(/SyntaxError: '\(' was never closed/);
    expect(s.runnable()).toEqual([]);
    expect(() => s.step(0)).toThrow(StepRefused);
  });

  it('a thread blocking inside a callback from native code gets a RuntimeError there, not a broken session', () => {
    const src = 'import threading, time\nlock = threading.Lock()\nlock.acquire()\ndef f():\n    time.sleep(1)\n    lock.release()\nthreading.Thread(target=f).start()\nprint(sorted([2, 1], key=lambda x: lock.acquire()))\n';
    const s = runAny(src, { granularity: 'line' });
    expect(s.finished).toBe(true);
    expect(s.status).toBe(1);
    expect(s.stderr).toMatch(/in <lambda>\n[^\n]*\n[^\n]*\nRuntimeError: step mode cannot pause a thread that blocks \(lock.acquire\(\)\) inside a callback/);
  });

  it('names the step and the thread of an invalid schedule', () => {
    expect(() => StepSession.replaySync(TICKET, '005', { lib })).toThrow(/schedule step 2 \('5'\)/);
    expect(() => StepSession.replaySync(TICKET, '0?', { lib })).toThrow(/schedule step 1/);
  });

  it('shows locks with holder and waiters, and the deadlock', () => {
    const s = StepSession.create(program('two_locks.py'), { lib, granularity: 'line' });
    startAll(s);
    // start() let each thread take one step: into one() / two(), before their first line.
    expect(s.thread(1)?.line).toBe(9);
    expect(s.thread(2)?.line).toBe(16);
    s.step(1); // one: lock_a.acquire()
    s.step(2); // two: lock_b.acquire()
    s.step(1); // one blocks on lock_b
    s.step(2); // two blocks on lock_a: nobody can move
    const st = s.state();
    const a = st.locks.find((l) => l.name === 'lock_a');
    const b = st.locks.find((l) => l.name === 'lock_b');
    expect(a).toMatchObject({ holder: 1, waiters: [2], locked: true, global: true });
    expect(b).toMatchObject({ holder: 2, waiters: [1], locked: true, global: true });
    expect(st.finished).toBe(true);
    expect(st.deadlock).toMatch(/one waits on lock.acquire\(\).*two waits on lock.acquire\(\)/);
    expect(st.status).toBe(3);
  });
});

describe('RLock in the state', () => {
  it('shows the holder, the re-entry count and the thread waiting for it', () => {
    const src = readFileSync(join(here, '..', '..', 'scenarios', 'rlock', 'rlock.py'), 'utf8');
    const s = StepSession.create(src, { lib, granularity: 'line' });
    startAll(s);
    const rl = (): ReturnType<StepSession['state']>['locks'][number] | undefined => s.state().locks.find((l) => l.name === 'lock');
    runUntil(s, 1, () => (rl()?.count ?? 0) === 2);
    expect(rl()).toMatchObject({ holder: 1, count: 2, locked: true, waiters: [] });
    runUntil(s, 2, () => s.thread(2)?.status === 'blocked');
    expect(rl()).toMatchObject({ holder: 1, count: 2, waiters: [2] });
    expect(s.runnable().find((m) => m.lane === 2)?.reason).toBe('blocked on RLock.acquire');
  });
});

describe('instructions as CPython 3.12 dis prints them', () => {
  // ~/.pyenv/versions/3.12.1/bin/python3: dis.get_instructions of sell() in testdata/dis_ticket.py (scripts/gen-step-dis.py).
  const expected = JSON.parse(readFileSync(join(here, 'testdata', 'dis_ticket.json'), 'utf8')) as Record<string, [number, string, number | null, string, number][]>;

  it('`ticket -= 1` in a function is LOAD_GLOBAL, LOAD_CONST 1, BINARY_OP 23 (-=), STORE_GLOBAL, step by step', () => {
    const s = StepSession.create(program('dis_ticket.py'), { lib, granularity: 'bytecode' });
    const seen: [number, string, number | null, string, number][] = [];
    let inSell = false;
    while (!s.finished) {
      const t = s.thread(0) as ThreadView;
      if (t.func === 'sell' && t.instr) {
        inSell = true;
        seen.push([t.instr.offset, t.instr.opname, t.instr.arg, t.instr.argrepr, t.instr.line]);
      } else if (inSell) break;
      s.step(0);
    }
    expect(seen).toEqual(expected.sell);
    expect(seen.slice(1, 5).map((i) => `${i[1]} ${i[2]} (${i[3]})`)).toEqual(['LOAD_GLOBAL 0 (ticket)', 'LOAD_CONST 1 (1)', 'BINARY_OP 23 (-=)', 'STORE_GLOBAL 0 (ticket)']);
  });

  it('at module level, with ticket declared global in a function, it is the same four', () => {
    const s = StepSession.create(program('dis_ticket.py'), { lib, granularity: 'bytecode', path: 'dis_ticket.py' });
    const seen: [number, string, number | null, string, number][] = [];
    while (!s.finished) {
      const t = s.thread(0) as ThreadView;
      if (t.func === '<module>' && t.instr) seen.push([t.instr.offset, t.instr.opname, t.instr.arg, t.instr.argrepr.replace(/ at 0x[0-9a-f]+/, ''), t.instr.line]);
      s.step(0);
    }
    const mod = expected['<module>'] ?? [];
    // Every instruction the module executed, in CPython's order and numbering (the calls' instructions included).
    expect(seen).toEqual(mod.filter((i) => seen.some((x) => x[0] === i[0])));
    const line = mod.filter((i) => i[4] === 6).map((i) => i[1]).slice(0, 4);
    expect(line).toEqual(['LOAD_GLOBAL', 'LOAD_CONST', 'BINARY_OP', 'STORE_GLOBAL']);
    expect(seen.filter((i) => i[4] === 6).map((i) => i[1]).slice(0, 4)).toEqual(line);
  });
});
