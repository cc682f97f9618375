/**
 * Worker mode's event stream (src/python/vm/host/event-sink.ts, event-merge.ts):
 * VmEvents per second of wall time while a program runs, worker mode (each
 * thread's worker stamps and batches, the host merges) against single-worker
 * mode (one World emits), as a ratio. The program is the counter lesson's, as
 * the page runs it (src/scenarios/counter/gil.py at its most rounds): four
 * threads storing one global in a loop, nearly all events. Worker mode's time is
 * from its first event to the end (worker start-up is measured in vm-workers.ts).
 * Printed, never asserted; both runs must end with the same count.
 */
import { readFileSync } from 'node:fs';
import { nodeSpawn } from '../src/python/vm/host/spawn.node.js';
import { runWorkers } from '../src/python/vm/workers/run-workers';
import { runVm } from '../src/workers/python-vm-run';
import { libLoader } from '../src/python/vm/conformance-runner.node.js';
import type { VmEvent } from '../src/python/vm/events';

const entry = new URL('../src/python/vm/workers/py-thread.node.ts', import.meta.url).href;
/** The lesson's threads and its `rounds` at the most the page allows (scenario.ts). */
const THREADS = 4;
const N = 1000;
// The file itself, with the rounds written in as scenario.ts's rewrite does (a `?raw` import needs Vite).
const PROGRAM = readFileSync(new URL('../src/scenarios/counter/gil.py', import.meta.url), 'utf8').replace(/^N = \d+$/m, `N = ${N}`);

export interface WorkerEventsBench {
  workerPerSec: number;
  singlePerSec: number;
  workerEvents: number;
  singleEvents: number;
  /** Worker mode's wall time with and without a listener (start-up included in both): what emitting costs there. */
  withMs: number;
  withoutMs: number;
  bad: string[];
}

export async function benchWorkerEvents(): Promise<WorkerEventsBench> {
  const bad: string[] = [];
  let workerEvents = 0;
  let first = -1;
  const t00 = performance.now();
  const r = await runWorkers({
    source: PROGRAM, path: '/bench/events.py', spawn: nodeSpawn, entry,
    onEvents: (b) => {
      if (first < 0) first = performance.now();
      workerEvents += b.length;
    },
  });
  const workerMs = performance.now() - first;
  const withMs = performance.now() - t00;
  const t01 = performance.now();
  const quiet = await runWorkers({ source: PROGRAM, path: '/bench/events.py', spawn: nodeSpawn, entry });
  const withoutMs = performance.now() - t01;
  if (quiet.status !== 0) bad.push(`worker mode without events: status ${quiet.status}`);
  if (r.status !== 0 || r.stdout !== `${THREADS * N}\n`) bad.push(`worker mode: status ${r.status}, printed ${JSON.stringify(r.stdout)}`);
  const single: VmEvent[] = [];
  const t0 = performance.now();
  const s = runVm({ source: PROGRAM, path: '/bench/events.py', speed: Infinity }, libLoader(), (b) => single.push(...b));
  const singleMs = performance.now() - t0;
  if (s.kind !== 'done' || s.status !== 0) bad.push(`single-worker: ${s.kind}`);
  return { workerPerSec: (workerEvents * 1000) / workerMs, singlePerSec: (single.length * 1000) / singleMs, workerEvents, singleEvents: single.length, withMs, withoutMs, bad };
}

export function printWorkerEvents(b: WorkerEventsBench): void {
  console.log(`  events/s, worker mode: ${b.workerPerSec.toFixed(0)} (${b.workerEvents} events); single-worker: ${b.singlePerSec.toFixed(0)} (${b.singleEvents} events, store coalescing on)`);
  console.log(`  worker mode / single-worker: ${(b.workerPerSec / b.singlePerSec).toFixed(2)}×; worker mode's run ${b.withMs.toFixed(0)} ms with events, ${b.withoutMs.toFixed(0)} ms without`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void benchWorkerEvents().then((b) => {
    printWorkerEvents(b);
    if (b.bad.length) console.log(`  wrong: ${b.bad.join('; ')}`);
  });
}
