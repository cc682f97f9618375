/**
 * Test support for worker-mode runs in Node: a run that hangs fails with the
 * thread table instead of a blind timeout, and its workers always end; and the
 * CPython 3.12 output a testdata program is checked against.
 */
import { readFileSync } from 'node:fs';
import { nodeSpawn } from '../host/spawn.node';
import type { ThreadHost } from '../host/host';
import { runWorkers, type WorkerRunOptions, type WorkerRunResult } from './run-workers';

const entry = new URL('./py-thread.node.ts', import.meta.url).href;

/** What CPython 3.12 printed for a testdata program (NAME.expected.json, written by testdata/gen-expect.py). */
export interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

export function readExpected(dir: URL, name: string): Expected {
  return JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as Expected;
}

/** Runs on real worker_threads; after `hangMs` of real time the run is reported hung (with its thread table) and ended. */
export async function guardedRun(o: Omit<WorkerRunOptions, 'spawn' | 'entry'>, hangMs = 60_000): Promise<WorkerRunResult> {
  let host: ThreadHost | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${o.path} hung:\n${host?.describe() ?? ''}`)), hangMs);
  });
  const onHost = (h: ThreadHost): void => {
    host = h;
    o.onHost?.(h);
  };
  try {
    return await Promise.race([runWorkers({ ...o, spawn: nodeSpawn, entry, onHost }), hung]);
  } finally {
    clearTimeout(timer);
    (host as ThreadHost | null)?.terminate();
  }
}
