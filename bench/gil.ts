/**
 * The GIL experiment, headless: the gil scenario's own program on real
 * worker_threads, CPU work (counting primes), N workers against this
 * machine's cores. Prints speedups over one thread as ratios; never asserts
 * a timing. Only correctness is checked: every phase finds the same primes,
 * and no GIL ever has two holders.
 */
import os from 'node:os';
import { RunDriver, type RunReport } from '../src/engine/driver';
import { type SpawnedThread, WorkerTerminated } from '../src/engine/spawner';
// '.js' spelling: tsx would take an extensionless '….node' for a native addon.
import { tsWorker } from '../src/engine/ts-worker.node.js';
import type { ThreadInit } from '../src/runtime/thread-context';
import { gilScenario } from '../src/scenarios/gil/scenario';
import { type Outcome, paramDefaults } from '../src/scenarios/scenario';
import type { ParamValues } from '../src/scenarios/types';
import { applyEvents, emptyTrace } from '../src/trace/model';
import type { ThreadExit } from '../src/workers/run-thread';

const threadEntry = new URL('../src/workers/thread.node.ts', import.meta.url);

/** One simulated thread as a worker_thread (as src/engine/node-spawner.node.ts, which tsx cannot import here). */
export function spawnThread(init: ThreadInit): SpawnedThread {
  const worker = tsWorker(threadEntry, init);
  let settled = false;
  const exit = new Promise<ThreadExit>((resolve, reject) => {
    worker.once('message', (m: ThreadExit) => {
      settled = true;
      resolve(m);
    });
    worker.once('error', reject);
    worker.once('exit', () => {
      if (!settled) reject(new WorkerTerminated());
    });
  });
  exit.catch(() => {});
  return { exit, terminate: () => void worker.terminate() };
}

/** The scenario run to its end, as the app runs it; its outcome. */
function runGil(over: ParamValues): Promise<{ report: RunReport; outcome: Outcome }> {
  const params = { ...paramDefaults(gilScenario), ...over };
  const spec = { ...gilScenario.runSpec(params), speed: 1 };
  const trace = emptyTrace(spec.threads.map((t) => t.name));
  return new Promise((resolve) => {
    new RunDriver(
      spec,
      spawnThread,
      {
        onEvents: (ev) => applyEvents(trace, ev),
        onStatus: (report) => {
          if (report.status === 'running' || report.status === 'paused') return;
          resolve({ report, outcome: gilScenario.outcome(trace, params, report.globals, report.globalsByProcess) });
        },
      },
      (fn) => {
        const h = setTimeout(fn, 16);
        return () => clearTimeout(h);
      },
    );
  });
}

/** Big enough that one thread takes a few hundred ms, small enough for a 2-core CI box. */
const LIMIT = 2_000_000;

export interface GilBenchRow {
  workers: number;
  gilThreads: number;
  freeThreads: number;
  processes: number;
}

export interface GilBench {
  cores: number;
  rows: GilBenchRow[];
  /** Problems found (counts disagreeing, a GIL held twice); empty when all is well. */
  bad: string[];
}

const ratio = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '—');

async function once(workers: number, freethreaded: boolean, bad: string[]): Promise<{ threads: number; processes: number }> {
  const r = await runGil({ work: 'cpu', workers, limit: LIMIT, freethreaded });
  const d = r.outcome.data;
  const label = `${workers} workers${freethreaded ? ', free-threaded' : ''}`;
  if (r.report.status !== 'finished') bad.push(`${label}: run ${r.report.status}`);
  if (d['counts-agree'] !== 'true') bad.push(`${label}: phases found different prime counts`);
  if (d['gil-overlaps'] !== '0') bad.push(`${label}: a GIL had two holders ${d['gil-overlaps']} times`);
  return { threads: Number(d['speedup-threads']), processes: Number(d['speedup-processes']) };
}

export async function benchGil(): Promise<GilBench> {
  const cores = os.availableParallelism();
  const counts = [...new Set([2, cores, Math.min(8, cores * 2)])].filter((n) => n >= 2 && n <= 8).sort((a, b) => a - b);
  const bad: string[] = [];
  const rows: GilBenchRow[] = [];
  for (const workers of counts) {
    const withGil = await once(workers, false, bad);
    const free = await once(workers, true, bad);
    // Processes ran in both runs; the median of two is their mean.
    rows.push({ workers, gilThreads: withGil.threads, freeThreads: free.threads, processes: (withGil.processes + free.processes) / 2 });
  }
  return { cores, rows, bad };
}

export function printGil(b: GilBench): void {
  console.log(`  primes below ${LIMIT.toLocaleString('en-US')}; speedup = one thread's wall time / N workers' wall time; ${b.cores} cores`);
  console.log(`  ${'N'.padStart(3)} ${'N/cores'.padStart(8)} ${'threads+GIL'.padStart(12)} ${'free-threaded'.padStart(14)} ${'processes'.padStart(10)}`);
  for (const r of b.rows) {
    console.log(
      `  ${String(r.workers).padStart(3)} ${(r.workers / b.cores).toFixed(2).padStart(8)} ${ratio(r.gilThreads).padStart(12)} ${ratio(r.freeThreads).padStart(14)} ${ratio(r.processes).padStart(10)}`,
    );
  }
}
