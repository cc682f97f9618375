/**
 * What scripts/gen-procs-expect.py wrote for the process lessons (CPython 3.12's
 * printed phrases), and the same phrases picked out of a VM run's stdout.
 */
import { readFileSync } from 'node:fs';

/** What scripts/gen-procs-expect.py wrote for a lesson: the pattern of its printed phrases, and CPython's cases. */
export interface CpythonExpect<C> {
  phrases: string;
  /** Parts of a phrase the scheduler decides, replaced by "?" (null: none). */
  vary?: string | null;
  cases: (C & { name: string; status: number; phrases: string[] })[];
}

export function readExpect<C>(url: URL): CpythonExpect<C> {
  return JSON.parse(readFileSync(url, 'utf8')) as CpythonExpect<C>;
}

/**
 * The printed phrases (the pattern's matches in the console's text), every pid replaced by
 * its rank among the run's pids, sorted: as scripts/gen-procs-expect.py writes CPython's.
 */
export function phrases(lines: readonly string[], pattern: string, vary?: string | null): string[] {
  const found = (lines.join('\n').match(new RegExp(pattern, 'g')) ?? []).map((l) => (vary ? l.replace(new RegExp(vary, 'g'), '?') : l));
  const re = /(pid\s*=?\s*|主进程ID)(\d+)/g;
  const pids = [...new Set(found.flatMap((l) => [...l.matchAll(re)].map((m) => Number(m[2]))))].sort((a, b) => a - b);
  return found.map((l) => l.replace(re, (_, pre: string, d: string) => `${pre}<pid${pids.indexOf(Number(d))}>`)).sort();
}
