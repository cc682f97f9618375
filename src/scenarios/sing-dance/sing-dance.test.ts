/**
 * The sing/dance lesson's own Python on the VM, the way the page runs it
 * (the worker's runVm, events through VmTrace): the printed lines equal
 * CPython 3.12's (as a multiset: which thread wakes first at a tick is the
 * scheduler's), and the virtual clock says what CPython's wall clock says:
 * two threads of 50 × 0.1 s take 5 s, not 10 (testdata/cpython.json,
 * scripts/gen-sing-dance-expect.py).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runVmLesson } from '../vm-lesson.node';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { singDanceScenario, singDanceThreads } from './scenario';

interface CpythonCase {
  name: string;
  threads: number;
  iterations: number;
  sleep: number;
  prints: string[];
  elapsed: number;
}
const cpython = JSON.parse(readFileSync(new URL('./testdata/cpython.json', import.meta.url), 'utf8')) as CpythonCase[];

const runLesson = (over: ParamValues) => runVmLesson(singDanceScenario, over);

describe('the sing/dance lesson on the VM', () => {
  it('the defaults are the tutorial program verbatim', () => {
    const lesson = readFileSync(new URL('./testdata/lesson.py', import.meta.url), 'utf8');
    expect(singDanceScenario.source(paramDefaults(singDanceScenario), 'zh').code).toBe(lesson);
  });

  it('names threads as Python does, and shows MainThread first', () => {
    expect(singDanceThreads(3).map((t) => t.name)).toEqual(['Thread-1 (dance)', 'Thread-2 (sing)', 'Thread-3 (dance)']);
    expect(singDanceScenario.runSpec({ threads: 2 }).threads.map((t) => t.name)).toEqual(['MainThread', 'Thread-1 (dance)', 'Thread-2 (sing)']);
  });

  it.each(cpython.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints, in the time it takes', (_, c) => {
    const r = runLesson({ threads: c.threads, iterations: c.iterations, sleep: c.sleep });
    expect(r.status).toBe('finished');
    expect(r.model.console.map((l) => l.text).sort()).toEqual(c.prints);
    // The virtual clock adds the run's own computing time to the sleeps, as CPython's wall clock does
    // (more on a loaded machine): never less, and side by side.
    const elapsed = Number(r.outcome.data.elapsed);
    expect(elapsed).toBeGreaterThanOrEqual(c.iterations * c.sleep);
    expect(elapsed - c.elapsed).toBeLessThan(0.3);
    if (c.threads > 1) expect(elapsed).toBeLessThan(Number(r.outcome.data.serial) * 0.75);
    expect(r.model.lanes.map((l) => l.name)).toEqual(['MainThread', ...singDanceThreads(c.threads).map((t) => t.name)]);
  });

  it('two sleeping threads overlap: elapsed is one thread’s 5 s, not the 10 s of both, and the output interleaves', () => {
    const r = runLesson({});
    expect(r.outcome.data).toMatchObject({ serial: '10.00', 'one-thread': '5.00', prints: '100' });
    expect(Number(r.outcome.data.elapsed)).toBeGreaterThanOrEqual(5);
    expect(Number(r.outcome.data.elapsed)).toBeLessThan(5.3);
    expect(Number(r.outcome.data.switches)).toBeGreaterThan(3);
    expect(r.outcome.tone).toBe('good');
    // Each print comes from the lane of the thread that printed it.
    for (const l of r.model.console) expect(r.model.lanes[l.worker]?.name).toContain(l.text === 'sing' ? '(sing)' : '(dance)');
  });

  it('one thread is neither together nor apart', () => {
    const r = runLesson({ threads: 1, iterations: 3, sleep: 0.5 });
    expect(r.outcome.data).toMatchObject({ serial: '1.50', switches: '0', prints: '3' });
    expect(Number(r.outcome.data.elapsed)).toBeGreaterThanOrEqual(1.5);
    expect(r.outcome.tone).toBe('neutral');
  });
});
