/**
 * The process pools' printed phrases, compared with CPython's: the pid each
 * process prints is its own (written <pid>), and the time a task measured is
 * compared within a tolerance (CPython adds its own overhead to each sleep).
 */
import { expect } from 'vitest';

const PHRASE = /\d+ 开始执行，进程ID <pid>|\d+ 执行完毕花费 [0-9.e-]+ s|-+======(?:start|stop)=====-+/g;
const ELAPSED = /^(\d+) 执行完毕花费 ([0-9.e-]+) s$/;

export function phrasesOf(lines: readonly string[]): string[] {
  return lines.join('\n').replace(/进程ID \d+/g, '进程ID <pid>').match(PHRASE) ?? [];
}

const shape = (p: string): string => p.replace(ELAPSED, '$1 执行完毕花费 <t> s');

function elapsedByTask(ps: readonly string[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const p of ps) {
    const e = ELAPSED.exec(p);
    if (e) m.set(Number(e[1]), Number(e[2]));
  }
  return m;
}

/** The VM printed the phrases CPython printed (a multiset), each task's measured time within `tol` seconds of CPython's (null: unseeded sleeps). */
export function expectSamePhrases(vm: readonly string[], cpython: readonly string[], tol: number | null = 0.1): void {
  expect(vm.map(shape).sort()).toEqual(cpython.map(shape).sort());
  // The tutorial's own text does not seed its sleeps: only the phrases can be compared.
  if (tol === null) return;
  const want = elapsedByTask(cpython);
  for (const [task, t] of elapsedByTask(vm)) expect(Math.abs(t - (want.get(task) ?? NaN))).toBeLessThan(tol);
}
