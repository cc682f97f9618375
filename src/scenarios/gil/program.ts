/**
 * The lesson's program on real workers: MainThread does the whole job alone,
 * then starts N threads (one GIL between them), then N processes (a GIL each),
 * and times each phase. `w.start()` is a token on a start queue (the workers
 * already exist, waiting for it) and `w.join()` waits for N "done" tokens.
 * Every call is awaited, so it runs on both runtimes (see AsyncThreadTarget).
 */
import type { PyApi } from '../../runtime/py-api';
import type { AsyncThreadTarget, ParamValues } from '../types';
import { type Phase, doneQueue, startQueue } from './queues';
import { type GilLines, type Work, gilLines } from './source';

/** Numbers per chunk, as CHUNK in the source; chunks are dealt round-robin so shares cost the same. */
const CHUNK = 10_000;
/** Numbers tested per unit of `compute`: tens of microseconds, so GIL switches come on time. */
const BATCH = 500;


interface Job {
  work: Work;
  workers: number;
  limit: number;
  requests: number;
  latency: number;
}

function job(p: ParamValues): Job {
  const num = (k: string, d: number): number => (typeof p[k] === 'number' ? (p[k] as number) : d);
  return {
    work: p.work === 'io' ? 'io' : 'cpu',
    workers: num('workers', 2),
    limit: num('limit', 3_000_000),
    requests: num('requests', 8),
    latency: num('latency', 0.2),
  };
}

function isPrime(k: number): boolean {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) if (k % d === 0) return false;
  return true;
}

/** `work(i, n)`: this worker's share of the job, really done. Returns primes found or pages fetched. */
async function share(py: PyApi, L: GilLines, j: Job, i: number, n: number): Promise<number> {
  if (j.work === 'io') {
    let done = 0;
    for (let r = i; r < j.requests; r += n) {
      await py.line(L.loop);
      await py.sleep(j.latency, L.step);
      done++;
    }
    await py.print(`work(${i}, ${n}) fetched ${done} pages`, L.print);
    return done;
  }
  const starts: number[] = [];
  const limit = j.limit | 0;
  const stride = (n * CHUNK) | 0;
  for (let lo = (i * CHUNK) | 0; lo < limit; lo += stride) {
    for (let b = lo; b < Math.min(lo + CHUNK, limit); b += BATCH) starts.push(b);
  }
  let found = 0;
  await py.line(L.loop);
  await py.compute(starts.length, L.step, (u) => {
    const lo = starts[u] ?? 0;
    const hi = Math.min(lo + BATCH, limit);
    for (let k = lo; k < hi; k++) if (isPrime(k)) found++;
  });
  await py.print(`work(${i}, ${n}) found ${found} primes`, L.print);
  return found;
}

/** `timed(Worker, n)`: start n workers, join them, return the wall time. */
async function timed(py: PyApi, L: GilLines, phase: Phase, n: number): Promise<number> {
  await py.line(L.timedStart);
  const start = await py.now();
  for (let i = 0; i < n; i++) await py.put(startQueue(phase), i, L.startCall);
  for (let i = 0; i < n; i++) await py.get(doneQueue(phase), L.joinCall);
  await py.line(L.timedReturn);
  return (await py.now()) - start;
}

export const main: AsyncThreadTarget = async (py, p) => {
  const j = job(p);
  const L = gilLines(j.work);
  const n = j.workers;
  await py.line(L.mainStart);
  const start = await py.now();
  await py.line(L.mainWork);
  await py.mark('found', await share(py, L, j, 0, 1), L.mainWork);
  const t1 = (await py.now()) - start;
  await py.mark('t1', t1, L.mainT1);
  await py.line(L.mainThreads);
  const tt = await timed(py, L, 'threads', n);
  await py.mark('tt', tt, L.mainThreads);
  await py.line(L.mainProcesses);
  const tp = await timed(py, L, 'processes', n);
  await py.mark('tp', tp, L.mainProcesses);
  await py.print(`1 thread: ${t1.toFixed(2)}s`, L.print1);
  await py.print(`${n} threads: ${tt.toFixed(2)}s, speedup ${(t1 / tt).toFixed(2)}x`, L.printThreads);
  await py.print(`${n} processes: ${tp.toFixed(2)}s, speedup ${(t1 / tp).toFixed(2)}x`, L.printProcesses);
};

/** A thread or process of `timed`: waits for `w.start()`, does work(i, n), ends (join returns). */
function worker(phase: Phase): AsyncThreadTarget {
  return async (py, p) => {
    const j = job(p);
    const L = gilLines(j.work);
    // `| 0`: a number read back from shared memory (or a message) is a double, and double `%` would make the work ~4x slower than MainThread's.
    const i = Number(await py.get(startQueue(phase), L.startCall)) | 0;
    await py.mark('found', await share(py, L, j, i, j.workers), L.print);
    await py.put(doneQueue(phase), i, L.print);
  };
}

export const threadWork: AsyncThreadTarget = worker('threads');
export const processWork: AsyncThreadTarget = worker('processes');
