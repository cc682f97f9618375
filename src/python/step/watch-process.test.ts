// A Process's repr in the step watch against CPython 3.12's at the MARK line of
// testdata/watch_process.py (testdata/watch_process.json, written by
// scripts/gen-watch-process.py): never started, joined, a running daemon,
// terminated, and the current process; pids masked by process name.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeLib } from '../vm/lib-loader.node';
import { StepSession } from './session';

const source = readFileSync(new URL('./testdata/watch_process.py', import.meta.url), 'utf8');
const cpython = JSON.parse(readFileSync(new URL('./testdata/watch_process.json', import.meta.url), 'utf8')) as { mark: number; globals: Record<string, string> };

/** Steps MainThread whenever it can move (the others only while it waits), until it stands at MARK. */
function atMark(): StepSession {
  const s = StepSession.create(source, { lib: nodeLib(), granularity: 'line', freeThreaded: false });
  for (let k = 0; k < 5000; k++) {
    const lanes = s.movableLanes();
    if (s.thread(0)?.line === cpython.mark && lanes.includes(0)) return s;
    const next = lanes.includes(0) ? 0 : lanes[0];
    if (next === undefined) break;
    s.step(next);
  }
  throw new Error('never reached the MARK line');
}

describe("the watch shows a Process as CPython 3.12's repr does", () => {
  it('initial, stopped with its exit code (0, -SIGTERM), started daemon, and the current process', () => {
    const st = atMark().state();
    const names = new Map<string, string>();
    for (const v of Object.values(st.globals)) {
      const m = /name='([^']+)' pid=(\d+)/.exec(v);
      if (m) names.set(m[2] as string, m[1] as string);
    }
    const main = /parent=(\d+)/.exec(st.globals.fresh ?? '')?.[1];
    if (main) names.set(main, 'MainProcess');
    const mask = (v: string): string => v.replace(/=(\d+)(?=[ >])/g, (all, pid: string) => (names.has(pid) ? `=<pid:${names.get(pid)}>` : all));
    const shown = Object.fromEntries(Object.keys(cpython.globals).map((k) => [k, mask(st.globals[k] ?? '')]));
    expect(shown).toEqual(cpython.globals);
  });
});
