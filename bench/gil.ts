/**
 * The GIL experiment, headless: the gil lesson's own Python on the VM (one
 * worker, virtual cores = this machine's), CPU work (counting primes), N
 * workers. Prints the program's speed-ups over one thread as ratios; never
 * asserts a timing. Only correctness is checked: every phase finds the same
 * primes.
 */
import os from 'node:os';
// '.js' spelling: tsx would take an extensionless '….node' for a native addon.
import { runVmLesson } from '../src/scenarios/vm-lesson.node.js';
import { gilScenario } from '../src/scenarios/gil/scenario';
import type { ParamValues } from '../src/scenarios/types';

const runGilLesson = (over: ParamValues, cores: number) => runVmLesson(gilScenario, over, 'en', { cores });

/** One thread takes about a second on the VM. */
const LIMIT = 30_000;

export interface GilBenchRow {
  workers: number;
  gilThreads: number;
  /** Timed as 3.13t (no GIL: every thread on a virtual core). */
  freeThreads: number;
  processes: number;
}

export interface GilBench {
  cores: number;
  rows: GilBenchRow[];
  /** Problems found (a run failing, counts disagreeing); empty when all is well. */
  bad: string[];
}

const ratio = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '—');

export async function benchGil(): Promise<GilBench> {
  const cores = os.availableParallelism();
  const counts = [...new Set([2, cores, Math.min(8, cores * 2)])].filter((n) => n >= 2 && n <= 8).sort((a, b) => a - b);
  const bad: string[] = [];
  const rows: GilBenchRow[] = [];
  for (const workers of counts) {
    const r = runGilLesson({ work: 'cpu', workers, limit: LIMIT }, cores);
    const d = r.outcome.data;
    if (r.status !== 'finished') bad.push(`${workers} workers: run ${r.status}`);
    if (d['counts-agree'] !== 'true') bad.push(`${workers} workers: phases found different prime counts`);
    const free = runGilLesson({ work: 'cpu', workers, limit: LIMIT, freethreaded: true }, cores).outcome.data;
    if (free['counts-agree'] !== 'true') bad.push(`${workers} workers, free-threaded: phases found different prime counts`);
    rows.push({ workers, gilThreads: Number(d['speedup-threads']), freeThreads: Number(free['speedup-threads']), processes: Number(d['speedup-processes']) });
  }
  return Promise.resolve({ cores, rows, bad });
}

export function printGil(b: GilBench): void {
  console.log(`  primes below ${LIMIT.toLocaleString('en-US')} on the VM; speedup = one thread's time / N workers' time (simulated, ${b.cores} virtual cores)`);
  console.log(`  ${'N'.padStart(3)} ${'N/cores'.padStart(8)} ${'threads+GIL'.padStart(12)} ${'free-threaded'.padStart(14)} ${'processes'.padStart(10)}`);
  for (const r of b.rows) {
    console.log(
      `  ${String(r.workers).padStart(3)} ${(r.workers / b.cores).toFixed(2).padStart(8)} ${ratio(r.gilThreads).padStart(12)} ${ratio(r.freeThreads).padStart(14)} ${ratio(r.processes).padStart(10)}`,
    );
  }
}
