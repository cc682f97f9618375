/**
 * The GIL lesson's own Python on the VM, the way the page runs it (runVm,
 * events through VmTrace). The printed phrases are CPython 3.12's
 * (testdata/cpython.json, scripts/gen-gil-expect.py), timings masked: which
 * worker prints first is the scheduler's, the times are this machine's. The
 * times are checked as ratios of the program's own timings, on the VM's
 * virtual cores and work clock (src/python/vm/cores.ts): CPU work, threads
 * sharing a GIL ≈ 1×, processes ≈ min(N, cores)×; IO work, threads and
 * processes ≈ N×.
 */
import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import { gilScenario, gilThreads } from './scenario';
import { runVmLesson } from '../vm-lesson.node';
import type { ParamValues } from '../types';
import { gilSource } from './source';

import { gilCpythonCases as cpython } from './cpython-cases.node';

/** The lesson on `cores` virtual cores (the page uses the browser's). */
const runGilLesson = (over: ParamValues, cores: number) => runVmLesson(gilScenario, over, 'en', { cores });

const PHRASE = /work\(\d+, \d+\) (?:found \d+ primes|fetched \d+ pages)|\d+ threads?: [\d.]+s(?:, speedup [\d.]+x)?|\d+ processes: [\d.]+s, speedup [\d.]+x/g;
const phrases = (text: string): string[] => (text.match(PHRASE) ?? []).map((p) => p.replace(/\d+\.\d+/g, '#')).sort();

/** π(30 000): the job is really done, whoever does it. */
const PRIMES_BELOW_30K = 3245;

describe('the GIL lesson on the VM', () => {
  it('names the lanes before a run as Python will', () => {
    expect(gilThreads(2).map((t) => t.name)).toEqual(['MainThread', 'Thread-1 (work)', 'Thread-2 (work)', 'Process-1', 'Process-2']);
  });

  it('the shown program has its parameters as numbers in the text, and the same lines in both languages', () => {
    const o = { work: 'cpu', workers: 3, limit: 20000, requests: 4, latency: 0.1, freethreaded: false } as const;
    const en = gilSource(o, 'en').split('\n');
    const zh = gilSource(o, 'zh').split('\n');
    expect(en).toHaveLength(zh.length);
    expect(en).toContain('N = 3  # threads / processes');
    expect(en.some((l) => l.startsWith('LIMIT = 20000'))).toBe(true);
    expect(gilSource({ ...o, work: 'io' }, 'en')).toContain('LATENCY = 0.1');
  });

  it.each(cpython.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints', (_, c) => {
    const r = runGilLesson({ work: c.work, workers: c.workers, limit: c.limit, requests: c.requests, latency: c.latency }, 4);
    expect(r.status).toBe('finished');
    expect(phrases(r.stdout)).toEqual(c.phrases);
    expect(r.outcome.data['counts-agree']).toBe('true');
  }, 120_000);

  it('CPU work: N threads with one GIL ≈ 1×, N processes ≈ min(N, cores)× on the virtual cores', () => {
    for (const [workers, cores] of [
      [4, 4],
      [4, 2],
    ] as const) {
      const r = runGilLesson({ work: 'cpu', workers, limit: 30000 }, cores);
      expect(r.status).toBe('finished');
      const d = r.outcome.data;
      expect(Number(d.result)).toBe(PRIMES_BELOW_30K);
      expect(d['counts-agree']).toBe('true');
      expect(d['thread-lanes']).toBe(String(workers));
      expect(d['process-lanes']).toBe(String(workers));
      const st = Number(d['speedup-threads']);
      const sp = Number(d['speedup-processes']);
      const want = Math.min(workers, cores);
      expect(st, `threads, ${workers} on ${cores} cores`).toBeGreaterThan(0.8);
      expect(st, `threads, ${workers} on ${cores} cores`).toBeLessThan(1.25);
      expect(sp, `processes, ${workers} on ${cores} cores`).toBeGreaterThan(want * 0.75);
      expect(sp, `processes, ${workers} on ${cores} cores`).toBeLessThan(want * 1.25);
    }
  }, 240_000);

  it('the GIL: the threads take it in turns of a switch interval, never two at once; each process holds its own at once', () => {
    const r = runGilLesson({ work: 'cpu', workers: 2, limit: 20000 }, 4);
    const d = r.outcome.data;
    expect(d['gil-overlaps']).toBe('0');
    expect(r.facts.lockNames).toEqual(expect.arrayContaining(['GIL', 'GIL (Process-1)', 'GIL (Process-2)']));
    const mainPid = r.facts.processes[0]?.pid;
    const name = new Map(r.facts.threads.map((t) => [t.lane, t.name] as const));
    const turns = r.facts.gil.filter((h) => h.pid === mainPid && (name.get(h.lane) ?? '').startsWith('Thread-'));
    expect(new Set(turns.map((h) => name.get(h.lane)))).toEqual(new Set(['Thread-1 (work)', 'Thread-2 (work)']));
    const switches = turns.filter((h, k) => k > 0 && h.lane !== turns[k - 1]?.lane).length;
    expect(switches).toBeGreaterThanOrEqual(10);
    // A holder made to give the GIL up (it holds it again later) did so only after the switch interval (5 ms) of work.
    const handedOver = turns.filter((h, k) => turns.slice(k + 1).some((later) => later.lane === h.lane));
    expect(handedOver.length).toBeGreaterThan(5);
    for (const h of handedOver) expect(h.end - h.start).toBeGreaterThanOrEqual(0.005 - 1e-9);
    expect(Number(d['gil-holds'])).toBeGreaterThan(switches);
    // The two processes' GILs are held at the same time: two virtual cores.
    expect(d['gils-at-once']).toBe('2');
  }, 60_000);

  it('free-threaded (3.13t): no GIL, so threads ≈ min(N, cores)× like processes, and no GIL holds', () => {
    const r = runGilLesson({ work: 'cpu', workers: 4, limit: 20000, freethreaded: true }, 4);
    expect(r.code).toContain('python3.13t');
    const d = r.outcome.data;
    expect(d['counts-agree']).toBe('true');
    expect(r.facts.gil).toEqual([]);
    expect(d['gil-overlaps']).toBe('0');
    for (const key of ['speedup-threads', 'speedup-processes']) {
      expect(Number(d[key]), key).toBeGreaterThan(4 * 0.75);
      expect(Number(d[key]), key).toBeLessThan(4 * 1.25);
    }
    expect(r.outcome.verdict.en).toContain('Free-threaded');
  }, 60_000);

  it('the work clock gives the same timings on every run, whatever the machine is doing', () => {
    const a = runGilLesson({ work: 'cpu', workers: 2, limit: 10000 }, 4).outcome.data;
    const b = runGilLesson({ work: 'cpu', workers: 2, limit: 10000 }, 4).outcome.data;
    for (const k of ['wall-one', 'wall-threads', 'wall-processes', 'speedup-threads', 'speedup-processes']) expect(b[k], k).toBe(a[k]);
    expect(Number(a['wall-one'])).toBeGreaterThan(0);
  }, 60_000);

  it('IO work: threads and processes both overlap their waits, N× (the sleeps say so)', () => {
    const r = runGilLesson({ work: 'io', workers: 4, requests: 8, latency: 0.2 }, 2);
    expect(r.status).toBe('finished');
    const d = r.outcome.data;
    expect(d.result).toBe('8');
    expect(d['counts-agree']).toBe('true');
    // 8 requests of 0.2 s: 1.6 s on one thread, 0.4 s on 4 threads or 4 processes (more processes than cores: sleeping takes no core).
    expect(Number(d['wall-one'])).toBeGreaterThanOrEqual(1.6);
    expect(Number(d['wall-one'])).toBeLessThan(1.7);
    for (const key of ['speedup-threads', 'speedup-processes']) {
      expect(Number(d[key]), key).toBeGreaterThan(4 * 0.75);
      expect(Number(d[key]), key).toBeLessThanOrEqual(4.05);
    }
  }, 60_000);

  it('the verdict names the GIL for threads and the cores for processes; an edited program without the reports steps aside', () => {
    const r = runGilLesson({ work: 'cpu', workers: 2, limit: 10000 }, 4);
    expect(r.outcome.verdict.en).toContain('GIL');
    expect(r.outcome.data.analysis).toBe('gil');
    const p = paramDefaults(gilScenario);
    const edited = runGilLesson({ ...p, work: 'io', requests: 1, latency: 0.05, workers: 1 }, 4);
    expect(edited.outcome.data.analysis).toBe('gil');
    const plain = gilScenario.vm?.outcome({ ...edited.facts, printed: [] }, 'finished', p, edited.model);
    expect(plain?.data.analysis).toBe('generic');
    expect(plain?.verdict.en).toContain('steps aside');
  }, 60_000);
});
