// testdata/watch_sync.py and what CPython 3.12 showed at its MARK line
// (testdata/watch_sync.json, from scripts/gen-watch-repr.py), for the watch
// tests of both steppers; and the masking that makes our reprs comparable
// (addresses as 0x…, idents by thread name, as the generator wrote CPython's).

import { readFileSync } from 'node:fs';
import { nodeLib } from '../vm/lib-loader.node';
import { StepSession, type StepState } from './session';

export const watchSyncSource = readFileSync(new URL('./testdata/watch_sync.py', import.meta.url), 'utf8');

export interface WatchSyncExpected {
  mark: number;
  globals: Record<string, string>;
  rlock: { locked: boolean; owner: string | null; count: number };
  semaphores: Record<string, number>;
  events: Record<string, boolean>;
  queues: Record<string, { maxsize: number; items: string[] }>;
  locked: Record<string, boolean>;
}

export const cpythonAtMark = JSON.parse(readFileSync(new URL('./testdata/watch_sync.json', import.meta.url), 'utf8')) as WatchSyncExpected;

/** The one-worker stepper at MARK: every other thread first, as far as it goes; the main thread only when nobody else can move. */
export function oneWorkerAtMark(): StepSession {
  const s = StepSession.create(watchSyncSource, { lib: nodeLib(), granularity: 'line', freeThreaded: false });
  for (let k = 0; k < 2000; k++) {
    const main = s.thread(0);
    const others = s.movableLanes().filter((l) => l !== 0);
    if (main && main.line === cpythonAtMark.mark && others.length === 0) return s;
    s.step(others[0] ?? 0);
  }
  throw new Error('never reached the MARK line');
}

/** The state's globals with idents by thread name and addresses as 0x…. */
export function maskedGlobals(st: StepState): Record<string, string> {
  // Idents by the name their Thread global's repr gives them (a finished worker thread's lane may carry its slot's next ident), and the main thread's.
  const names = new Map<string, string>([[String(st.threads[0]?.ident), st.threads[0]?.name ?? '']]);
  for (const v of Object.values(st.globals)) {
    const m = /^<\w+\((.+), (?:started|stopped)(?: daemon)? (\d+)\)>$/.exec(v);
    if (m) names.set(m[2] as string, m[1] as string);
  }
  const mask = (s: string): string => s.replace(/\b\d{9,}\b/g, (d) => (names.has(d) ? `<ident:${names.get(d)}>` : d)).replace(/0x[0-9a-f]+|0x…/g, '0x…');
  return Object.fromEntries(Object.entries(st.globals).map(([k, v]) => [k, mask(v)]));
}
