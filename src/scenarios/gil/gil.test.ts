import { describe, expect, it } from 'vitest';
import type { MakeRun } from '../../engine/run-like';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { runScenario } from '../testing.node';
import { gilHolds, gilOverlaps, maxGilsAtOnce } from './analysis';
import { gilScenario, gilThreads } from './scenario';
import { gilLines, gilSource } from './source';

/** π(200 000) and π(1 000 000): the job is really done, whoever does it. */
const PRIMES_BELOW_200K = 17984;
const PRIMES_BELOW_1M = 78498;

describe('gil', () => {
  it('names workers as Python does', () => {
    expect(gilThreads(2).map((t) => t.name)).toEqual(['MainThread', 'Thread-1 (work)', 'Thread-2 (work)', 'Process-1', 'Process-2']);
    expect(new Set(gilThreads(3).map((t) => t.process)).size).toBe(4);
  });

  it('line map points at the lines the program reports', () => {
    for (const work of ['cpu', 'io'] as const) {
      const code = gilSource({ work, workers: 2, limit: 1000, requests: 4, latency: 0.1, freethreaded: false }, 'en').split('\n');
      const L = gilLines(work);
      expect(code[L.startCall - 1]).toContain('w.start()');
      expect(code[L.joinCall - 1]).toContain('w.join()');
      expect(code[L.mainWork - 1]).toContain('work(0, 1)');
      expect(code[L.print - 1]).toContain('print(');
    }
  });
});

const runtimes: [string, MakeRun | undefined][] = [
  ['shared memory', undefined],
  ['message runtime', messageRun(nodeMessageSpawner)],
];

describe.each(runtimes)('gil on %s', (_runtime, makeRun) => {
  it('GIL threads take turns every switch interval, never at once; processes each hold their own at once', async () => {
    // A job long enough (a few hundred ms) that both threads compute side by side
    // for many switch intervals, and both processes surely compute at once: on
    // the message runtime each start is a round trip, so the second process
    // begins a little later than on shared memory.
    const r = await runScenario(gilScenario, { work: 'cpu', workers: 2, limit: 1_000_000 }, 1, makeRun);
    expect(r.report.status).toBe('finished');
    const d = r.outcome.data;
    expect(d['counts-agree']).toBe('true');
    expect(Number(d.result)).toBe(PRIMES_BELOW_1M);
    const holds = gilHolds(r.trace);
    const mainHolds = holds.filter((h) => h.worker <= 2);
    // Thread-1 and Thread-2 both computed under the main process's GIL, in turns.
    expect(new Set(mainHolds.map((h) => h.worker))).toEqual(new Set([0, 1, 2]));
    expect(gilOverlaps(holds, 1e-4)).toBe(0);
    expect(d['gil-overlaps']).toBe('0');

    // The hand-over. On the message runtime the work runs in the worker while
    // the broker has the GIL marked as held; after every 5 ms of work the worker
    // asks the broker (computeTick), which hands the GIL to the waiting thread,
    // as gil.ts's tick does on shared memory.
    const threads = mainHolds.filter((h) => h.worker > 0);
    // Each thread drops the GIL only at its end or on a hand-over, so a thread
    // holding it again after the other one did was made to give it up mid-work.
    const switches = threads.filter((h, k) => k > 0 && h.worker !== threads[k - 1]?.worker).length;
    expect(switches).toBeGreaterThanOrEqual(3);
    // A hand-over comes only once the holder has computed a switch interval (5 ms
    // real, = simulated at speed 1): a lower bound, so a busy machine cannot break it.
    const handedOver = threads.filter((h, k) => threads.slice(k + 1).some((later) => later.worker === h.worker));
    expect(handedOver.length).toBeGreaterThan(0);
    for (const h of handedOver) expect(h.end - h.start).toBeGreaterThanOrEqual(0.004);

    // Each process has its own GIL: the two processes' holds overlap in time.
    const procHolds = holds.filter((h) => h.worker > 2);
    expect(new Set(procHolds.map((h) => h.lock)).size).toBe(2);
    expect(maxGilsAtOnce(procHolds, 1e-4)).toBe(2);
    expect(d['process-lanes']).toBe('2');
    expect(d['thread-lanes']).toBe('2');
    expect(Number(d['speedup-threads'])).toBeGreaterThan(0);
    expect(Number(d['speedup-processes'])).toBeGreaterThan(0);
  }, 60_000);

  it('free-threaded: no GIL at all, and the job is still done', async () => {
    const r = await runScenario(gilScenario, { work: 'cpu', workers: 2, limit: 200_000, freethreaded: true }, 1, makeRun);
    expect(r.report.status).toBe('finished');
    expect(gilHolds(r.trace)).toHaveLength(0);
    expect(r.outcome.data['counts-agree']).toBe('true');
    expect(Number(r.outcome.data.result)).toBe(PRIMES_BELOW_200K);
  }, 60_000);

  it('IO work: every page fetched in each phase, and waits overlap for threads and processes', async () => {
    // A modest speed keeps the waits long next to the runtime's own costs, even on a busy machine.
    const r = await runScenario(gilScenario, { work: 'io', workers: 4, requests: 8, latency: 0.1 }, 2, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data.result).toBe('8');
    expect(r.outcome.data['counts-agree']).toBe('true');
    // Sleeping releases the GIL, so 4 threads wait side by side: far below one thread's 0.8 s.
    const one = Number(r.outcome.data['wall-one']);
    expect(one).toBeGreaterThanOrEqual(0.8);
    expect(Number(r.outcome.data['wall-threads'])).toBeLessThan(one * 0.75);
    expect(Number(r.outcome.data['wall-processes'])).toBeLessThan(one * 0.75);
  }, 60_000);
});
