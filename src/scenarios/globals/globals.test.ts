/**
 * The globals lesson's Python on the VM, the way the page runs it: threads
 * and child processes run the same `work`; the threads' increments meet in
 * the main process's one `n`, each child counts in its own copy (the stores
 * to `n`, per process, as the VM reports them). Printed phrases equal CPython
 * 3.12's (testdata/cpython.json, scripts/gen-procs-expect.py).
 */
import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { phrases, readExpect } from '../processes/cpython-expect.node';
import { runVmCode } from '../vm-lesson.node';
import { processNs } from './analysis';
import { globalsScenario } from './scenario';
import { rebindGlobals } from './source';

const cpython = readExpect<{ lang: 'zh' | 'en'; params: ParamValues }>(new URL('./testdata/cpython.json', import.meta.url));

function run(over: ParamValues, lang: 'zh' | 'en' = 'en', edit: (code: string) => string = (c) => c) {
  const p = { ...paramDefaults(globalsScenario), ...over };
  return { ...runVmCode(globalsScenario, edit(globalsScenario.source(p, lang).code), { params: p }), p };
}

describe('the globals lesson on the VM', () => {
  it.each(cpython.cases.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints', (_, c) => {
    const r = run(c.params, c.lang);
    expect(r.status).toBe(c.status === 0 ? 'finished' : 'error');
    expect(phrases(r.lines, cpython.phrases, cpython.vary)).toEqual(c.phrases);
  });

  it('threads share one n; each process has its own; main keeps only the threads’ increments', () => {
    const r = run({ workers: 2, increments: 5, sleep: 0.1 });
    expect(r.status).toBe('finished');
    expect(r.model.lanes.map((l) => l.name)).toEqual(['MainThread', 'Process-1', 'Process-2', 'Thread-1 (work)', 'Thread-2 (work)']);
    expect(r.outcome.data).toMatchObject({ analysis: 'globals', 'thread-total': '10', 'process-totals': '5,5', 'main-total': '10' });
    expect(r.outcome.tone).toBe('good');
    const ns = processNs(r.facts);
    expect(ns?.map((p) => [p.name, p.value, p.final])).toEqual([['MainProcess', 10, true], ['Process-1', 5, true], ['Process-2', 5, true]]);
    expect(ns?.[1]?.lanes.map((l) => [l.name, l.seen.join(',')])).toEqual([['Process-1', '1,2,3,4,5']]);
    const threadNs = (ns?.[0]?.lanes ?? []).flatMap((l) => l.seen).sort((a, b) => a - b);
    expect(threadNs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // A child's stores are its own: the main script's final n is the main process's, and a child's value track is its own.
    expect(r.facts.globals.find((g) => g.name === 'n')?.value).toBe('10');
    expect(r.model.values.map((v) => v.name)).toEqual(expect.arrayContaining(['n', 'n (Process-1)', 'n (Process-2)']));
    expect(r.lines.at(-1)).toBe('主进程 n=10');
  });

  it('the main process prints n after every worker ended; times follow the sleeps', () => {
    const r = run({ workers: 1, increments: 3, sleep: 0.2 });
    const last = r.model.console.at(-1);
    expect(last?.text).toBe('主进程 n=3');
    const workersEnd = Math.max(...r.facts.threads.slice(1).map((t) => t.end));
    expect(last?.t).toBeGreaterThanOrEqual(workersEnd);
    // Three sleeps of 0.2 s each side, side by side: each worker lives about 0.6 s, not the sum.
    for (const t of r.facts.threads.slice(1)) expect(t.end - t.start).toBeGreaterThanOrEqual(0.6);
    for (const t of r.facts.threads.slice(1)) expect(t.end - t.start).toBeLessThan(1.2);
  });

  it('a program that starts no child process: the outcome misses the children’s n', () => {
    const r = run({ workers: 2, increments: 3, sleep: 0 }, 'en', (c) => c.replace('for w in ps + ts:\n        w.start()', 'for w in ts:\n        w.start()').replace('for w in ps + ts:\n        w.join()', 'for w in ts:\n        w.join()'));
    expect(r.status).toBe('finished');
    expect(r.outcome.data['process-totals']).toBe('');
    expect(r.outcome.tone).toBe('bad');
  });

  it('without a numeric n the analysis steps aside', () => {
    const r = run({}, 'en', (c) => c.replaceAll(/\bn\b/g, 'count'));
    expect(r.outcome.data.analysis).toBe('generic');
    expect(r.outcome.verdict.en).toContain('steps aside');
  });

  it('the controls rewrite their numbers in an edited program', () => {
    const code = `${globalsScenario.source(paramDefaults(globalsScenario), 'en').code}print('edited')\n`;
    const w = rebindGlobals(code, 'workers', 3) ?? '';
    expect(w.match(/for i in range\(3\)\]/g)).toHaveLength(2);
    const k = rebindGlobals(code, 'increments', 7) ?? '';
    expect(k.match(/args=\(7,\)/g)).toHaveLength(2);
    expect(rebindGlobals(code, 'sleep', 0.25)).toContain('time.sleep(0.25)');
    expect(rebindGlobals('print(1)\n', 'sleep', 0.5)).toBeNull();
  });
});
