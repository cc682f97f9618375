import { describe, expect, it } from 'vitest';
import { runScenario } from '../testing.node';
import { gilHolds, gilOverlaps, maxGilsAtOnce } from './analysis';
import { gilScenario, gilThreads } from './scenario';
import { gilLines, gilSource } from './source';

/** π(200 000): the job is really done, whoever does it. */
const PRIMES_BELOW_200K = 17984;

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

  it('GIL threads never hold it at once; processes each hold their own at once', async () => {
    const r = await runScenario(gilScenario, { work: 'cpu', workers: 2, limit: 200_000 }, 1);
    expect(r.report.status).toBe('finished');
    const d = r.outcome.data;
    expect(d['counts-agree']).toBe('true');
    expect(Number(d.result)).toBe(PRIMES_BELOW_200K);
    const holds = gilHolds(r.trace);
    const mainHolds = holds.filter((h) => h.worker <= 2);
    // Thread-1 and Thread-2 both computed under the main process's GIL, in turns.
    expect(new Set(mainHolds.map((h) => h.worker))).toEqual(new Set([0, 1, 2]));
    expect(gilOverlaps(holds, 1e-4)).toBe(0);
    expect(d['gil-overlaps']).toBe('0');
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
    const r = await runScenario(gilScenario, { work: 'cpu', workers: 2, limit: 200_000, freethreaded: true }, 1);
    expect(r.report.status).toBe('finished');
    expect(gilHolds(r.trace)).toHaveLength(0);
    expect(r.outcome.data['counts-agree']).toBe('true');
    expect(Number(r.outcome.data.result)).toBe(PRIMES_BELOW_200K);
  }, 60_000);

  it('IO work: every page fetched in each phase, and waits overlap for threads and processes', async () => {
    // A modest speed keeps the waits long next to the runtime's own costs, even on a busy machine.
    const r = await runScenario(gilScenario, { work: 'io', workers: 4, requests: 8, latency: 0.1 }, 2);
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
