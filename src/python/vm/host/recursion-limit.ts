// sys.setrecursionlimit in worker mode: CPython keeps one limit per
// interpreter, so it lives in the process's GIL words (shared by every worker
// of the process) rather than in each worker's Process.

import { GIL_WORDS, G_RECURSION_LIMIT, type RunMemory } from './layout';

/** CPython 3.12's default (Py_DEFAULT_RECURSION_LIMIT). */
export const DEFAULT_RECURSION_LIMIT = 1000;

export function recursionLimitOf(m: RunMemory, proc: number): number {
  // 0 until the program sets one: the memory is zeroed at creation.
  return m.gils[proc * GIL_WORDS + G_RECURSION_LIMIT] || DEFAULT_RECURSION_LIMIT;
}

export function setRecursionLimitOf(m: RunMemory, proc: number, n: number): void {
  // Int32: CPython's limit is a C int too.
  Atomics.store(m.gils, proc * GIL_WORDS + G_RECURSION_LIMIT, Math.min(n, 0x7fffffff));
}
