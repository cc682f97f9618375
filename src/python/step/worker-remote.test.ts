// The step panel's endpoint on real workers (worker-remote.ts): the same
// schedule through it gives the one-worker stepper's output and globals; a
// refused step answers with a reason; every wait is bounded.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { nodeLib } from '../vm/lib-loader.node';
import { ticketSource } from '../../scenarios/ticket/source';
import { StepHost, type InvariantSpec, type StepView } from './remote';
import { workerStepHosts } from './worker-hosts.node';
import { ticketScenario } from '../../scenarios/ticket/scenario';
import { paramDefaults } from '../../scenarios/scenario';
import { OVERSELL } from '../../scenarios/ticket/step-links';

const TEST_MS = 180_000;

const workersHost = workerStepHosts();

const source = ticketSource({ tickets: 3, sellers: 2, fixed: false, lock: false, lang: 'en' });

/** A schedule the one-worker stepper made by always stepping the highest movable lane: it oversells or not as CPython could. */
function oneWorkerSchedule(): string {
  const one = new StepHost(nodeLib());
  let v = one.open({ source, granularity: 'bytecode', freeThreaded: false });
  for (let k = 0; k < 2000 && !v.state.finished; k++) {
    const ok = v.movable.filter((m) => m.ok).map((m) => m.lane);
    v = one.step(ok[ok.length - 1] as number);
  }
  return v.state.schedule;
}

describe('WorkerStepHost (the step panel on real workers)', () => {
  it('a schedule through the endpoint gives the one-worker stepper output, globals and thread lines', { timeout: TEST_MS }, async () => {
    const schedule = oneWorkerSchedule();
    const one = new StepHost(nodeLib()).open({ source, granularity: 'bytecode', freeThreaded: false, schedule });
    expect(one.problem).toBeNull();
    const v = await workersHost().open({ source, granularity: 'bytecode', freeThreaded: false, schedule });
    expect(v.problem).toBeNull();
    expect(v.state.finished).toBe(true);
    expect(v.state.stdout).toBe(one.state.stdout);
    expect(v.state.globals.ticket).toBe(one.state.globals.ticket);
    expect(v.state.step).toBe(schedule.length);
    expect(v.state.stepEvents).toHaveLength(schedule.length + 1);
  });

  it('parked threads show the line and instruction the one-worker stepper shows; back replays to step n-1', { timeout: TEST_MS }, async () => {
    const schedule = oneWorkerSchedule().slice(0, 40);
    const one = new StepHost(nodeLib()).open({ source, granularity: 'bytecode', freeThreaded: false, schedule });
    const h = workersHost();
    const v = await h.open({ source, granularity: 'bytecode', freeThreaded: false, schedule });
    const pick = (t: { lane: number; line: number; instr: { opname: string; offset: number } | null }) => ({ lane: t.lane, line: t.line, op: t.instr?.opname, off: t.instr?.offset });
    expect(v.state.threads.map(pick)).toEqual(one.state.threads.map(pick));
    expect(v.state.globals.ticket).toBe(one.state.globals.ticket);
    // Step 0: the main thread before the module's first instruction, as the one-worker stepper shows it.
    const first = await workersHost().open({ source, granularity: 'bytecode', freeThreaded: false });
    const first1 = new StepHost(nodeLib()).open({ source, granularity: 'bytecode', freeThreaded: false });
    expect(first.state.threads.map(pick)).toEqual(first1.state.threads.map(pick));
    const b = await h.back();
    expect(b.state.schedule).toBe(schedule.slice(0, -1));
  });

  it('a refused step answers with its reason and runs nothing', { timeout: TEST_MS }, async () => {
    const h = workersHost();
    const v0 = await h.open({ source, granularity: 'line', freeThreaded: false });
    const v = await h.step(7);
    expect(v.problem?.reason).toBe('no such thread');
    expect(v.state.step).toBe(v0.state.step);
    const bad = await h.open({ source, granularity: 'line', freeThreaded: false, schedule: '0!' });
    expect(bad.problem).toMatchObject({ index: 1, lane: '!' });
  });

  it("the ticket lesson's oversell link (made on the one-worker stepper) oversells the same on workers", { timeout: TEST_MS }, async () => {
    const lesson = ticketScenario.source({ ...paramDefaults(ticketScenario), lock: false, tickets: 2 }, 'en').code;
    const req = { source: lesson, granularity: 'line' as const, freeThreaded: false, schedule: OVERSELL.schedule };
    const one = new StepHost(nodeLib()).open(req);
    const v = await workersHost().open(req);
    expect(v.problem).toBeNull();
    expect(v.state.step).toBe(OVERSELL.schedule.length);
    expect(v.state.globals.ticket).toBe(one.state.globals.ticket);
    expect(v.state.stdout).toBe(one.state.stdout);
  });

  it('the verdict on workers is the one-worker verdict for the same schedule, back included', { timeout: TEST_MS }, async () => {
    const lesson = ticketScenario.source({ ...paramDefaults(ticketScenario), lock: false, tickets: 2 }, 'en').code;
    const invariant: InvariantSpec = { kind: 'sold-twice' };
    const req = { source: lesson, granularity: 'line' as const, freeThreaded: false, schedule: OVERSELL.schedule, invariant };
    const one = new StepHost(nodeLib());
    const h = workersHost();
    const v1 = one.open(req);
    const v = await h.open(req);
    expect(v1.violation).toMatch(/below zero/);
    expect(v.violation).toBe(v1.violation);
    // Back undoes the verdict on both (the store of -1 has not happened).
    const b1 = one.back();
    const b = await h.back();
    expect(b.violation).toBe(b1.violation);
    // The other kinds read output, the end and a global's repr: the same words.
    const others: InvariantSpec = { kind: 'all', of: [{ kind: 'final', name: 'ticket', value: '0' }, { kind: 'below-zero', name: 'ticket' }, { kind: 'output', pattern: 'no such' }] };
    const end = { ...req, granularity: 'bytecode' as const, schedule: oneWorkerSchedule(), source, invariant: others };
    const e1 = one.open(end);
    const e = await h.open(end);
    expect(e1.state.finished).toBe(true);
    expect(e.violation).toBe(e1.violation);
    const late = { ...end, invariant: { kind: 'final', name: 'ticket', value: '3' } as InvariantSpec };
    expect((await h.open(late)).violation).toBe(one.open(late).violation);
    expect(one.open(late).violation).toMatch(/ticket ended as/);
  });

  it('the watch on workers (locals, locks, holders, waiters, queues, time) is the one-worker watch at every step of a schedule', { timeout: TEST_MS }, async () => {
    const prog = [
      'import threading, queue, time',
      'q = queue.Queue()',
      'lock = threading.Lock()',
      'def worker(n):',
      '    with lock:',
      '        for i in range(2):',
      '            m = n * 10 + i',
      '        q.put(n)',
      '        time.sleep(0.5)',
      '    q.get()',
      't1 = threading.Thread(target=worker, args=(1,))',
      't2 = threading.Thread(target=worker, args=(2,))',
      't1.start(); t2.start()',
      't1.join(); t2.join()',
      'print(q.qsize())',
      '',
    ].join('\n');
    for (const granularity of ['line', 'bytecode'] as const) {
      const one = new StepHost(nodeLib());
      let o = one.open({ source: prog, granularity, freeThreaded: false });
      const h = workersHost();
      let w = await h.open({ source: prog, granularity, freeThreaded: false });
      const pick = (v: StepView) => ({
        step: v.state.step,
        locks: v.state.locks.filter((l) => l.global).map((l) => ({ name: l.name, locked: l.locked, holder: l.holder, waiters: l.waiters })),
        queues: v.state.queues.map((q) => ({ name: q.name, items: q.items })),
        time: v.state.time,
        // A new thread's worker runs threading's bootstrap before its first stop (README): compare once it has stepped.
        locals: v.state.threads.map((t) => (v.state.schedule.includes(String(t.lane)) ? t.locals : null)),
        waiting: v.state.threads.map((t) => (v.state.locks.some((l) => l.global && l.id === t.waitLock) ? t.waiting : null)),
        // threading's own waits (start()'s Event.wait) fall at other moments on workers (README): the program's locks only.
        blockedOn: v.state.threads.map((t) => v.state.locks.find((l) => l.global && l.id === t.waitLock)?.name ?? null),
      });
      let sawWaiter = false;
      let sawItem = false;
      let sawLocal = false;
      for (let k = 0; k < 400 && !o.state.finished; k++) {
        expect(pick(w)).toEqual(pick(o));
        sawWaiter ||= o.state.locks.some((l) => l.global && l.holder !== null && l.waiters.length > 0);
        sawItem ||= o.state.queues.some((q) => q.items.length > 0);
        sawLocal ||= o.state.threads.some((t) => t.locals.n !== undefined && t.status === 'blocked');
        const ok = o.movable.filter((m) => m.ok).map((m) => m.lane);
        const lane = ok[ok.length - 1] as number;
        o = one.step(lane);
        w = await h.step(lane);
        expect(w.problem).toBeNull();
      }
      expect(pick(w)).toEqual(pick(o));
      expect(o.state.stdout).toBe('0\n');
      // The schedule went through the states the watch is for.
      expect(sawWaiter).toBe(true);
      expect(sawItem).toBe(true);
      expect(sawLocal).toBe(true);
    }
  });

  it('run to the next event on workers stops where the one-worker stepper stops (same schedule), round after round', { timeout: TEST_MS }, async () => {
    const locked = ticketSource({ tickets: 2, sellers: 2, fixed: true, lock: true, lang: 'en' });
    const one = new StepHost(nodeLib());
    let o = one.open({ source: locked, granularity: 'line', freeThreaded: false });
    // Until both sellers run and MainThread waits in join(): threading's start() waits at other moments on workers (README).
    for (let k = 0; k < 200 && !(o.state.threads.length === 3 && /join/.test(o.state.threads[0]?.waiting ?? '')); k++) {
      const ok = o.movable.filter((m) => m.ok).map((m) => m.lane);
      o = one.step(ok[ok.length - 1] as number);
    }
    const h = workersHost();
    let w = await h.open({ source: locked, granularity: 'line', freeThreaded: false, schedule: o.state.schedule });
    expect(w.problem).toBeNull();
    const grew: number[] = [];
    for (let round = 0; round < 8 && !o.state.finished; round++) {
      const ok = o.movable.filter((m) => m.ok).map((m) => m.lane);
      const pick = ok[ok.length - 1] as number;
      const before = o.state.step;
      o = one.runTo({ kind: 'event', pick });
      w = await h.runTo({ kind: 'event', pick });
      expect(w.problem).toBeNull();
      expect(w.state.schedule).toBe(o.state.schedule);
      expect(w.state.stdout).toBe(o.state.stdout);
      grew.push(o.state.step - before);
    }
    // Some round took more than one step: the stop is the event's, not just the next step.
    expect(grew.some((n) => n > 1)).toBe(true);
  });

  it("two locks in opposite order: at the deadlock the workers' watch and wait-for cycle are the one-worker's", { timeout: TEST_MS }, async () => {
    const src = readFileSync(new URL('../../scenarios/two-locks/deadlock.py', import.meta.url), 'utf8');
    const one = new StepHost(nodeLib());
    let o = one.open({ source: src, granularity: 'line', freeThreaded: false });
    for (let k = 0; k < 400 && !o.state.finished; k++) {
      const ok = o.movable.filter((m) => m.ok).map((m) => m.lane);
      o = one.step(ok[ok.length - 1] as number);
    }
    expect(o.state.deadlock).not.toBeNull();
    expect(o.graph.cycle).not.toBeNull();
    const w = await workersHost().open({ source: src, granularity: 'line', freeThreaded: false, schedule: o.state.schedule });
    expect(w.problem).toBeNull();
    expect(w.state.deadlock).toBe(o.state.deadlock);
    const pick = (v: StepView) => ({
      locks: v.state.locks.filter((l) => l.global).map((l) => ({ name: l.name, holder: l.holder, waiters: l.waiters })),
      threads: v.state.threads.map((t) => ({ status: t.status, line: t.line, locals: t.locals })),
      cycle: v.graph.cycle,
      explanation: v.graph.explanation,
    });
    expect(pick(w)).toEqual(pick(o));
  });
});
