/**
 * The process lesson's own Python on the VM, the way the page runs it: three
 * processes (the VM makes their pids up), each printing its own pid. Printed
 * lines equal CPython 3.12's as a multiset, pids replaced by their rank
 * (testdata/cpython.json, scripts/gen-procs-expect.py).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { phrases, readExpect } from './cpython-expect.node';
import { runVmCode } from '../vm-lesson.node';
import { processesScenario } from './scenario';
import { rebindCount } from './source';

const cpython = readExpect<{ lang: 'zh' | 'en'; params: ParamValues }>(new URL('./testdata/cpython.json', import.meta.url));

function code(over: ParamValues, lang: 'zh' | 'en' = 'en'): string {
  return processesScenario.source({ ...paramDefaults(processesScenario), ...over }, lang).code;
}

function run(src: string) {
  return runVmCode(processesScenario, src);
}

describe('the process lesson on the VM', () => {
  it('with the tutorial counts it is the tutorial program verbatim', () => {
    const tutorial = readFileSync(new URL('./testdata/tutorial.py', import.meta.url), 'utf8');
    expect(code({ dance: 20, song: 50 }, 'zh')).toBe(tutorial);
    // The English text differs only in its comments: every line number stays.
    expect(code({}, 'en').split('\n')).toHaveLength(tutorial.split('\n').length);
  });

  it.each(cpython.cases.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints', (_, c) => {
    const r = run(code(c.params, c.lang));
    expect(r.status).toBe(c.status === 0 ? 'finished' : 'error');
    expect(phrases(r.lines, cpython.phrases)).toEqual(c.phrases);
  });

  it('three processes, each printing its own distinct pid; the lanes and the outcome say so', () => {
    const r = run(code({ dance: 20, song: 50 }, 'zh'));
    expect(r.facts.processes.map((p) => p.name)).toEqual(['MainProcess', 'Process-1', 'Process-2']);
    const [main, p1, p2] = r.facts.processes;
    expect(p1?.ppid).toBe(main?.pid);
    expect(p2?.ppid).toBe(main?.pid);
    expect(r.model.lanes.map((l) => l.name)).toEqual(['MainThread', 'Process-1', 'Process-2']);
    expect(r.model.lanes.map((l) => l.pid)).toEqual(r.facts.processes.map((p) => p.pid));
    const pids = r.facts.processes.map((p) => p.pid);
    expect(new Set(pids).size).toBe(3);
    expect(r.lines[0]).toBe(`主进程ID${pids[0]}`);
    expect(r.lines.filter((l) => l === `dancing  pid=${pids[1]}`)).toHaveLength(20);
    expect(r.lines.filter((l) => l === `song  pid=${pids[2]}`)).toHaveLength(50);
    expect(r.outcome.data).toMatchObject({ analysis: 'processes', pids: pids.join(','), prints: '71', 'main-prints': '1', dancing: '20', song: '50', consistent: 'true', distinct: 'true', 'exit-status': '0' });
    expect(r.outcome.tone).toBe('good');
    // The parent ends last: at exit multiprocessing joins its children.
    expect(main?.end).toBeGreaterThanOrEqual(Math.max(p1?.end ?? Infinity, p2?.end ?? Infinity));
  });

  it('the children start only after the main process printed and called start()', () => {
    const r = run(code({ dance: 3, song: 4 }));
    const mainPrint = r.model.console.find((c) => c.worker === 0)?.t ?? Infinity;
    for (const w of [1, 2]) expect(r.model.console.find((c) => c.worker === w)?.t).toBeGreaterThanOrEqual(mainPrint);
    const [, p1, p2] = r.facts.processes;
    expect(p1?.start).toBeGreaterThanOrEqual(mainPrint);
    expect(p2?.start).toBeGreaterThanOrEqual(p1?.start ?? Infinity);
  });

  it('the outcome catches a process whose prints carry another pid', () => {
    const edited = code({ dance: 2, song: 2 }).replace("print(f'song  pid={os.getpid()}')", "print(f'song  pid={os.getppid()}')");
    const r = run(edited);
    expect(r.status).toBe('finished');
    expect(r.outcome.data.consistent).toBe('false');
    expect(r.outcome.data.distinct).toBe('false');
    expect(r.outcome.tone).toBe('bad');
  });

  it('a program that starts no process: the analysis steps aside', () => {
    const r = run("import os\nprint(f'pid={os.getpid()}')\n");
    expect(r.outcome.data.analysis).toBe('generic');
    expect(r.outcome.verdict.en).toContain('steps aside');
  });

  it('a slider rewrites its args=(N,) in an edited program, and only that', () => {
    const edited = `${code({ dance: 3, song: 4 })}print('done')\n`;
    const next = rebindCount(edited, 'song', 9);
    expect(next).toContain('target=song,args=(9,)');
    expect(next).toContain('target=dance,args=(3,)');
    expect(next?.endsWith("print('done')\n")).toBe(true);
    expect(rebindCount('print(1)\n', 'dance', 2)).toBeNull();
    expect(processesScenario.vm?.rebind?.(edited, 'dance', 7)).toContain('target=dance,args=(7,)');
  });
});
