// Step mode on real workers with processes (issues 11/12): every thread of every
// process is a lane, and one schedule gives on the workers what it gives on the
// one-worker stepper, step by step: the same lanes (names, pids, lines,
// instructions, who may move and why not), the same queue items in the watch,
// the same output. The programs' output is CPython 3.12's (as a multiset: the
// schedule picks one interleaving CPython could also print).

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { nodeLib } from '../vm/lib-loader.node';
import { StepHost, type StepView } from './remote';
import { workerStepHosts } from './worker-hosts.node';
import { paramDefaults } from '../../scenarios/scenario';
import { poolScenario } from '../../scenarios/pool/scenario';
import { processPoolScenario } from '../../scenarios/process-pool/scenario';

const TEST_MS = 300_000;
const queueProgram = readFileSync(new URL('./testdata/process_queue_step.py', import.meta.url), 'utf8');
/** `python3.12 testdata/process_queue_step.py` (its lines in any order a schedule may give). */
const CPYTHON_LINES = ['child Process-1 True', 'got 0', 'got 10', 'end Process-1 0'];

const workersHost = workerStepHosts();

/** What a step shows of each lane and of the queues: what the two steppers must agree on. */
function seen(v: StepView) {
  return {
    step: v.state.step,
    threads: v.state.threads.map((t) => ({ lane: t.lane, name: t.name, pid: t.pid, status: t.status, waiting: t.waiting, line: t.line, op: t.instr?.opname ?? null, offset: t.instr?.offset ?? null, func: t.func })),
    movable: v.movable.map((m) => ({ lane: m.lane, ok: m.ok, reason: m.reason })),
    queues: v.state.queues.map((q) => ({ name: q.name, items: q.items, maxsize: q.maxsize })),
    time: v.state.time,
  };
}

/**
 * Steps both steppers through the same schedule, lane `pick(k, movable)` of the one-worker stepper's movable
 * lanes at step k, comparing every step; returns the last views.
 */
async function lockstep(source: string, pick: (k: number, ok: number[]) => number, each?: (o: StepView) => void): Promise<{ o: StepView; w: StepView }> {
  const one = new StepHost(nodeLib());
  const h = workersHost();
  let o = one.open({ source, granularity: 'line', freeThreaded: false });
  let w = await h.open({ source, granularity: 'line', freeThreaded: false });
  for (let k = 0; k < 2000 && !o.state.finished; k++) {
    expect(seen(w)).toEqual(seen(o));
    each?.(o);
    const ok = o.movable.filter((m) => m.ok).map((m) => m.lane);
    const lane = pick(k, ok);
    o = one.step(lane);
    w = await h.step(lane);
    expect(w.problem).toBeNull();
  }
  expect(seen(w)).toEqual(seen(o));
  expect(w.state.finished).toBe(true);
  expect(w.state.status).toBe(o.state.status);
  expect(w.state.stdout).toBe(o.state.stdout);
  return { o, w };
}

const lines = (s: string): string[] => s.split('\n').filter(Boolean).sort();

describe('step mode on workers with processes', () => {
  it('a Process and a multiprocessing.Queue: the same lanes, lines, queue items and output at every step as the one-worker stepper', { timeout: TEST_MS }, async () => {
    const items: string[][] = [];
    const pids = new Set<number>();
    for (const pick of [(k: number, ok: number[]) => ok[ok.length - 1] as number, (k: number, ok: number[]) => ok[(k * 7) % ok.length] as number]) {
      const { o } = await lockstep(queueProgram, pick, (v) => {
        for (const q of v.state.queues) if (q.name === 'q' && q.items.length) items.push(q.items);
        for (const t of v.state.threads) pids.add(t.pid);
      });
      expect(lines(o.state.stdout)).toEqual([...CPYTHON_LINES].sort());
    }
    // The child is a lane of its own process, and the watch showed the items it put before the parent took them.
    expect([...pids].sort()).toEqual([4243, 4244]);
    expect(items).toContainEqual(['0']);
    expect(items.some((x) => x.includes('10'))).toBe(true);
  });

  it('the schedule replayed from a link on workers ends as on the one-worker stepper', { timeout: TEST_MS }, async () => {
    const one = new StepHost(nodeLib());
    let o = one.open({ source: queueProgram, granularity: 'bytecode', freeThreaded: false });
    for (let k = 0; k < 2000 && !o.state.finished; k++) {
      const ok = o.movable.filter((m) => m.ok).map((m) => m.lane);
      o = one.step(ok[(k * 5) % ok.length] as number);
    }
    const w = await workersHost().open({ source: queueProgram, granularity: 'bytecode', freeThreaded: false, schedule: o.state.schedule });
    expect(w.problem).toBeNull();
    expect(w.state.finished).toBe(true);
    expect(w.state.stdout).toBe(o.state.stdout);
    expect(lines(w.state.stdout)).toEqual([...CPYTHON_LINES].sort());
  });

  it('process_api.py (a child with threads of its own, join with a timeout, a slot reused): the same steps, and CPython 3.12\'s lines', { timeout: TEST_MS }, async () => {
    const dir = new URL('../vm/workers/testdata/', import.meta.url);
    const source = readFileSync(new URL('process_api.py', dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL('process_api.expected.json', dir), 'utf8')) as { stdout: string };
    const { o } = await lockstep(source, (k, ok) => ok[(k * 7) % ok.length] as number);
    expect(lines(o.state.stdout)).toEqual(lines(expected.stdout));
  });

  it("a queue.SimpleQueue's items are in both steppers' watch (its deque, not a queue.Queue's `queue`)", { timeout: TEST_MS }, async () => {
    const source = ['import queue, threading', 'sq = queue.SimpleQueue()', 'def work():', '    sq.put(1)', "    sq.put('a')", 't = threading.Thread(target=work)', 't.start()', 't.join()', 'print(sq.get(), sq.get())', ''].join('\n');
    const items: string[][] = [];
    const { o } = await lockstep(source, (k, ok) => ok[ok.length - 1] as number, (v) => items.push(v.state.queues.find((q) => q.name === 'sq')?.items ?? []));
    expect(items).toContainEqual(['1', "'a'"]);
    // CPython 3.12 prints `1 a`.
    expect(o.state.stdout).toBe('1 a\n');
  });

  it("a Pool and a ProcessPoolExecutor: the pool's thread and worker processes are lanes in the one-worker order, the same steps", { timeout: TEST_MS }, async () => {
    for (const scn of [poolScenario, processPoolScenario]) {
      const source = scn.source(paramDefaults(scn), 'en').code;
      const { o } = await lockstep(source, (k, ok) => ok[(k * 7) % ok.length] as number);
      // The pool's worker processes: 3 pids besides the parent's, the tasks each printed by one of them.
      expect(new Set(o.state.threads.map((t) => t.pid)).size).toBe(4);
    }
  });
});
