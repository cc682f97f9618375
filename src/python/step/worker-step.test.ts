// Step mode on real workers (issue 12): each Python thread on a worker of its
// own, parked on its slot before every step. The one-worker stepper is the
// reference: the same schedule must give the same output and final globals;
// free-threaded bytecode steps sell one ticket twice on real workers; a step
// that may not happen is refused with its reason instead of hanging.

import { describe, it, expect, afterEach } from 'vitest';
import { nodeLib } from '../vm/lib-loader.node';
import { nodeSpawn } from '../vm/host/spawn.node';
import { ticketSource } from '../../scenarios/ticket/source';
import { StepSession, StepRefused, GIL_REASON, type StepOptions } from './session';
import { WorkerStepSession, type WorkerStepOptions } from './worker-session';
import type { ThreadView } from './state';
import { startAll } from './start-all';

const lib = nodeLib();
const entry = new URL('../vm/workers/py-thread.node.ts', import.meta.url).href;
/** Workers start in 0.3–2.5 s each under tsx on the loaded box; a step takes milliseconds. */
const TEST_MS = 180_000;

const open: WorkerStepSession[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

function workerOpts(o: Partial<WorkerStepOptions>): WorkerStepOptions {
  return { spawn: nodeSpawn, entry, timeoutMs: 60_000, ...o };
}

async function replayOnWorkers(source: string, schedule: string, o: Partial<WorkerStepOptions>): Promise<WorkerStepSession> {
  const s = await WorkerStepSession.start(source, workerOpts(o));
  open.push(s);
  for (const ch of schedule) await s.step(parseInt(ch, 36));
  return s;
}

/**
 * The schedule on both steppers side by side: before every step, each lane
 * the one-worker stepper lets move may move on workers too, and each lane it
 * refuses for the GIL is refused for the GIL there, and workers refuse for
 * the GIL only lanes it refuses too. (Workers may let a thread
 * move sooner: one woken by another's library code, e.g. start()'s Event, is
 * ready at once; the one-worker stepper waits for the waker's step.)
 */
async function lockstep(source: string, schedule: string, o: StepOptions): Promise<WorkerStepSession> {
  const ref = StepSession.create(source, { lib, ...o });
  const w = await WorkerStepSession.start(source, workerOpts({ granularity: o.granularity, freeThreaded: o.freeThreaded }));
  open.push(w);
  const gil = (ms: { lane: number; ok: boolean; reason: string | null }[]): number[] => ms.filter((m) => !m.ok && (m.reason ?? '').startsWith(GIL_REASON)).map((m) => m.lane);
  for (let i = 0; i < schedule.length; i++) {
    const at = `before step ${i} of ${schedule}`;
    expect(w.movableLanes(), at).toEqual(expect.arrayContaining(ref.movableLanes()));
    expect(gil(w.runnable()), at).toEqual(expect.arrayContaining(gil(ref.runnable())));
    // A GIL refusal on workers only where the one-worker stepper refuses too (for the GIL, or blocked).
    const refOk = ref.movableLanes();
    for (const lane of gil(w.runnable())) expect(refOk, `${at}: lane ${lane}`).not.toContain(lane);
    const lane = parseInt(schedule[i] as string, 36);
    ref.step(lane);
    await w.step(lane);
  }
  return w;
}

/** A whole run on the one-worker stepper, its choices seeded: the reference. */
function seededRun(source: string, opts: StepOptions, max = 4000): StepSession {
  const s = StepSession.create(source, { lib, ...opts });
  while (!s.finished && s.steps < max) s.step(s.pickAny());
  if (!s.finished) throw new Error(`the seeded run did not finish in ${max} steps`);
  return s;
}

const TICKET = ticketSource({ tickets: 3, sellers: 2, fixed: false, lock: false, lang: 'en' });
const LOCKED = ticketSource({ tickets: 3, sellers: 2, fixed: true, lock: true, lang: 'en' });
/** The lesson as written: the `else` branch leaves without release(), so the other seller waits for ever. */
const SEED = ticketSource({ tickets: 2, sellers: 2, fixed: false, lock: true, lang: 'en' });

const COUNTER = `import threading
counter = 0
def work():
    global counter
    for i in range(3):
        counter += 1
t1 = threading.Thread(target=work)
t2 = threading.Thread(target=work)
t1.start()
t2.start()
t1.join()
t2.join()
print('counter', counter)
`;

describe('step mode on real workers: the same schedule, the same run', () => {
  for (const [name, source, names] of [
    ['the lock-off ticket lesson', TICKET, ['ticket']],
    ['a two-thread counter', COUNTER, ['counter']],
    // A free lock with two waiters: the schedule, not the lock's queue, says who takes it.
    ['the locked ticket lesson', LOCKED, ['ticket']],
    ['the lesson as written (deadlock, status 3)', SEED, ['ticket']],
  ] as const) {
    for (const granularity of ['line', 'bytecode'] as const) {
      it(`${name}, ${granularity} steps, GIL on`, { timeout: TEST_MS }, async () => {
        const ref = seededRun(source, { granularity, seed: 7 });
        if (source === SEED) expect(ref.status).toBe(3);
        const w = await lockstep(source, ref.schedule, { granularity });
        expect(w.schedule).toBe(ref.schedule);
        expect(w.finished).toBe(true);
        expect(w.stdout).toBe(ref.stdout);
        expect(w.status).toBe(ref.status);
        expect(w.deadlock).toBe(ref.deadlock);
        const g = ref.state().globals;
        for (const n of names) expect(w.globals()[n], n).toBe(g[n]);
      });
    }
  }
});

const DECREMENT = TICKET.split('\n').findIndex((l) => l.trim() === 'ticket-=1') + 1;
const atLoadTicket = (t: ThreadView): boolean => t.instr?.opname === 'LOAD_GLOBAL' && t.instr.argrepr === 'ticket' && t.line === DECREMENT;

/** Steps `lane` until `stop` holds for its view (or it cannot move). */
function drive(s: StepSession, lane: number, stop: (t: ThreadView) => boolean): void {
  for (let i = 0; i < 500; i++) {
    if (stop(s.thread(lane) as ThreadView) || !s.movableLanes().includes(lane)) return;
    s.step(lane);
  }
  throw new Error(`lane ${lane} never got there`);
}


describe('step mode on real workers: the race and the refusals', () => {
  it('free-threaded bytecode steps: both sellers load the same ticket, and it is sold twice on real workers', { timeout: TEST_MS }, async () => {
    const ref = StepSession.create(TICKET, { lib, granularity: 'bytecode', freeThreaded: true });
    startAll(ref);
    drive(ref, 1, (t) => t.status === 'blocked');
    drive(ref, 2, (t) => t.status === 'blocked');
    drive(ref, 1, atLoadTicket);
    drive(ref, 2, atLoadTicket);
    ref.step(1);
    ref.step(2);
    while (!ref.finished) ref.step(ref.movableLanes()[0] as number);
    const w = await replayOnWorkers(TICKET, ref.schedule, { granularity: 'bytecode', freeThreaded: true });
    expect(w.stdout).toBe(ref.stdout);
    // Both stored 2 from the same load of 3: one ticket sold twice, so two sales print the same count left.
    const left = [...w.stdout.matchAll(/卖出一张，剩(\d+) 张/g)].map((m) => m[1]);
    expect(left.length, w.stdout).toBeGreaterThan(1);
    expect(new Set(left).size, w.stdout).toBeLessThan(left.length);
    expect(w.globals()['ticket']).toBe(ref.state().globals['ticket']);
  });

  it('a step that never comes to rest rejects after the timeout instead of hanging', { timeout: TEST_MS }, async () => {
    const w = await WorkerStepSession.start('x = 1\nx = sum(range(10**12))\nprint(x)\n', workerOpts({ timeoutMs: 3000 }));
    open.push(w);
    let err: unknown = null;
    for (let i = 0; i < 5 && err === null; i++) err = await w.step(0).then(() => null, (e: unknown) => e);
    expect(String(err)).toMatch(/did not come to rest within \d+ ms/);
    expect(w.stdout).toBe('');
  });

  it('a step the rules forbid is refused with its reason, without running anything', { timeout: TEST_MS }, async () => {
    const w = await WorkerStepSession.start(TICKET, workerOpts({ granularity: 'bytecode' }));
    open.push(w);
    await expect(w.step(5)).rejects.toThrow(/no such thread/);
    // The main thread to t1.start(), t1's first step, and on to t2's creation: t1 is then parked where it may switch.
    for (let i = 0; i < 400 && w.positions().length < 3; i++) await w.step(w.movableLanes().includes(0) ? 0 : (w.movableLanes().at(-1) as number));
    expect(w.positions().length).toBe(3);
    // Step t1 until it stops between two instructions that are no switch point: the others are refused, naming the GIL.
    let refused: unknown = null;
    for (let i = 0; i < 200 && refused === null; i++) {
      await w.step(1);
      const other = w.runnable().find((m) => m.lane !== 1 && !m.ok && m.reason?.startsWith(GIL_REASON));
      if (other) refused = await w.step(other.lane).then(() => null, (e: unknown) => e);
    }
    expect(refused).toBeInstanceOf(StepRefused);
    expect((refused as StepRefused).reason).toContain(GIL_REASON);
    const before = w.schedule;
    // A sleeping seller cannot move: refused, and the run is unchanged.
    for (let i = 0; i < 200; i++) {
      const sleeping = w.runnable().find((m) => !m.ok && (m.reason ?? '').includes('sleep'));
      if (sleeping) {
        await expect(w.step(sleeping.lane)).rejects.toThrow(/blocked on time\.sleep/);
        return;
      }
      await w.step(w.movableLanes()[0] as number);
    }
    throw new Error(`no seller slept after ${before}`);
  });
});
