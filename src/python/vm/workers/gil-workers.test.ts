/**
 * The GIL lesson (src/scenarios/gil) in worker mode: every Python thread and
 * process on a worker_thread of its own, on the work clock
 * (host/work-clock.ts), with 'gil' events. The same figures as the one-worker
 * VM's (gil.test.ts, which checks that VM against CPython 3.12's phrases in
 * testdata/cpython.json): CPU work, 2 threads sharing a GIL ≈ 1×, 2 processes
 * ≈ 2× on 2 or more cores; the job really done in every phase; each process's
 * GIL held by one thread at a time, the two processes' at once.
 */
import { describe, expect, it } from 'vitest';
import type { VmEvent } from '../events';
import { guardedRun } from './guarded-run.node';
import { VmTrace, type VmFacts } from '../../../trace/vm-trace';
import { paramDefaults, type Outcome } from '../../../scenarios/scenario';
import { gilOutcome, gilScenario } from '../../../scenarios/gil/scenario';
import { runVmLesson } from '../../../scenarios/vm-lesson.node';
import type { ParamValues } from '../../../scenarios/types';

import { gilCpythonCases as cpython } from '../../../scenarios/gil/cpython-cases.node';
const PHRASE = /work\(\d+, \d+\) (?:found \d+ primes|fetched \d+ pages)|\d+ threads?: [\d.]+s(?:, speedup [\d.]+x)?|\d+ processes: [\d.]+s, speedup [\d.]+x/g;
const phrases = (text: string): string[] => (text.match(PHRASE) ?? []).map((p) => p.replace(/\d+\.\d+/g, '#')).sort();

interface Run {
  stdout: string;
  status: number;
  facts: VmFacts;
  outcome: Outcome;
}

/** The lesson as the page runs it on workers: its program, the work clock, 'gil' events, `cores` virtual cores. */
async function runOnWorkers(over: ParamValues, cores: number, clock: 'work' | 'real' = 'work'): Promise<Run> {
  const p = { ...paramDefaults(gilScenario), ...over };
  const events: VmEvent[] = [];
  const r = await guardedRun(
    { source: gilScenario.source(p, 'en').code, path: 'main.py', onEvents: (b) => events.push(...b), clock, gilEvents: true, cores, freeThreaded: p.freethreaded === true },
    240_000,
  );
  const vt = new VmTrace('main.py', gilScenario.vm?.watch ?? []);
  vt.apply(events);
  const status = vt.facts.deadlock !== '' ? 'deadlock' : r.status === 0 ? 'finished' : 'error';
  return { stdout: r.stdout, status: r.status, facts: vt.facts, outcome: gilOutcome(vt.facts, status, p) };
}

const num = (o: Outcome, k: string): number => Number(o.data[k]);

/** Holds of one process's GIL that overlap, per process (0: one holder at a time). */
function overlapsByPid(facts: VmFacts): Map<number, number> {
  const out = new Map<number, number>();
  const last = new Map<number, number>();
  for (const h of [...facts.gil].sort((a, b) => a.start - b.start)) {
    const prev = last.get(h.pid) ?? -Infinity;
    if (h.start < prev - 1e-12) out.set(h.pid, (out.get(h.pid) ?? 0) + 1);
    else out.set(h.pid, out.get(h.pid) ?? 0);
    last.set(h.pid, Math.max(prev, Number.isNaN(h.end) ? facts.end : h.end));
  }
  return out;
}

describe('the GIL lesson on workers, on the work clock', () => {
  const c = cpython.find((x) => x.work === 'cpu' && x.workers === 2);

  it('CPU, 2 workers on 2 cores: CPython\'s phrases, threads ≈ 1×, processes ≈ 2×, the one-worker VM\'s figures; GIL holds per process, never two at once', async () => {
    expect(c, 'testdata/cpython.json has the CPU case with 2 workers').toBeDefined();
    if (!c) return;
    const over = { work: 'cpu', workers: 2, limit: c.limit };
    const w = await runOnWorkers(over, 2);
    expect(w.status).toBe(0);
    expect(phrases(w.stdout)).toEqual(c.phrases);
    const d = w.outcome.data;
    expect(d.analysis).toBe('gil');
    expect(d['counts-agree']).toBe('true');
    const st = num(w.outcome, 'speedup-threads');
    const sp = num(w.outcome, 'speedup-processes');
    expect(st, 'threads sharing one GIL').toBeGreaterThan(0.85);
    expect(st, 'threads sharing one GIL').toBeLessThan(1.15);
    expect(sp, '2 processes on 2 cores').toBeGreaterThan(1.7);
    expect(sp, '2 processes on 2 cores').toBeLessThan(2.2);

    // The one-worker VM on the same work clock: each phase's time within 10 %.
    const one = runVmLesson(gilScenario, over, 'en', { cores: 2 }).outcome;
    for (const k of ['wall-one', 'wall-threads', 'wall-processes']) {
      expect(num(w.outcome, k), k).toBeGreaterThan(num(one, k) * 0.9);
      expect(num(w.outcome, k), k).toBeLessThan(num(one, k) * 1.1);
    }

    // 'gil' events: holds in the main process and in each child, none overlapping within a process.
    const pids = new Set(w.facts.gil.map((h) => h.pid));
    expect(pids.size).toBe(3);
    for (const [pid, n] of overlapsByPid(w.facts)) expect(n, `overlapping holds of pid ${pid}'s GIL`).toBe(0);
    expect(d['gil-overlaps']).toBe('0');
    // The threads took turns of a switch interval (5 ms of work) each.
    const mainPid = w.facts.processes[0]?.pid;
    const name = new Map(w.facts.threads.map((t) => [t.lane, t.name] as const));
    const turns = w.facts.gil.filter((h) => h.pid === mainPid && (name.get(h.lane) ?? '').startsWith('Thread-'));
    const switches = turns.filter((h, k) => k > 0 && h.lane !== turns[k - 1]?.lane).length;
    expect(switches).toBeGreaterThanOrEqual(10);
    const handedOver = turns.filter((h, k) => turns.slice(k + 1).some((later) => later.lane === h.lane));
    for (const h of handedOver) expect(h.end - h.start).toBeGreaterThanOrEqual(0.005 - 1e-9);
    // The two processes computed at once: two GILs held at the same instant.
    expect(d['gils-at-once']).toBe('2');
  }, 300_000);

  it('the same figures on every run, whatever the machine is doing (processes within 0.01 s: the lanes keep step within a slack)', async () => {
    const over = { work: 'cpu', workers: 2, limit: 10000 };
    const a = (await runOnWorkers(over, 2)).outcome;
    const b = (await runOnWorkers(over, 2)).outcome;
    for (const k of ['wall-one', 'wall-threads']) expect(b.data[k], k).toBe(a.data[k]);
    expect(Math.abs(num(b, 'wall-processes') - num(a, 'wall-processes'))).toBeLessThanOrEqual(0.01 + 1e-9);
    expect(num(a, 'wall-one')).toBeGreaterThan(0);
  }, 300_000);

  it('CPU, 2 processes on 1 core take turns: ≈ 1×, as the one-worker VM\'s virtual cores say', async () => {
    const w = await runOnWorkers({ work: 'cpu', workers: 2, limit: 10000 }, 1);
    expect(w.status).toBe(0);
    expect(w.outcome.data['counts-agree']).toBe('true');
    const sp = num(w.outcome, 'speedup-processes');
    expect(sp).toBeGreaterThan(0.85);
    expect(sp).toBeLessThan(1.15);
  }, 300_000);

  it('free-threaded: threads ≈ 2× like processes, and no GIL holds', async () => {
    const w = await runOnWorkers({ work: 'cpu', workers: 2, limit: 10000, freethreaded: true }, 2);
    expect(w.status).toBe(0);
    expect(w.outcome.data['counts-agree']).toBe('true');
    expect(w.facts.gil).toEqual([]);
    for (const k of ['speedup-threads', 'speedup-processes']) {
      expect(num(w.outcome, k), k).toBeGreaterThan(1.7);
      expect(num(w.outcome, k), k).toBeLessThan(2.2);
    }
  }, 300_000);

  it('IO work: the sleeps overlap in threads and processes alike (2 workers, 4 requests of 0.1 s)', async () => {
    const w = await runOnWorkers({ work: 'io', workers: 2, requests: 4, latency: 0.1 }, 2);
    expect(w.status).toBe(0);
    expect(w.outcome.data['counts-agree']).toBe('true');
    expect(num(w.outcome, 'wall-one')).toBeGreaterThanOrEqual(0.4);
    expect(num(w.outcome, 'wall-one')).toBeLessThan(0.45);
    for (const k of ['speedup-threads', 'speedup-processes']) {
      expect(num(w.outcome, k), k).toBeGreaterThan(1.7);
      expect(num(w.outcome, k), k).toBeLessThan(2.05);
    }
  }, 300_000);
});
