/**
 * The lesson's program on real workers: MainThread does the whole job alone,
 * then starts N threads (one GIL between them), then N processes (a GIL each),
 * and times each phase. `w.start()` is a token on a start queue (the workers
 * already exist, waiting for it) and `w.join()` waits for N "done" tokens.
 */
import type { PyThread } from '../../runtime/thread-context';
import type { ParamValues, ThreadTarget } from '../types';
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
function share(py: PyThread, L: GilLines, j: Job, i: number, n: number): number {
  if (j.work === 'io') {
    let done = 0;
    for (let r = i; r < j.requests; r += n) {
      py.line(L.loop);
      py.sleep(j.latency, L.step);
      done++;
    }
    py.print(`work(${i}, ${n}) fetched ${done} pages`, L.print);
    return done;
  }
  const starts: number[] = [];
  const limit = j.limit | 0;
  const stride = (n * CHUNK) | 0;
  for (let lo = (i * CHUNK) | 0; lo < limit; lo += stride) {
    for (let b = lo; b < Math.min(lo + CHUNK, limit); b += BATCH) starts.push(b);
  }
  let found = 0;
  py.line(L.loop);
  py.compute(starts.length, L.step, (u) => {
    const lo = starts[u] ?? 0;
    const hi = Math.min(lo + BATCH, limit);
    for (let k = lo; k < hi; k++) if (isPrime(k)) found++;
  });
  py.print(`work(${i}, ${n}) found ${found} primes`, L.print);
  return found;
}

/** `timed(Worker, n)`: start n workers, join them, return the wall time. */
function timed(py: PyThread, L: GilLines, phase: Phase, n: number): number {
  py.line(L.timedStart);
  const start = py.now();
  for (let i = 0; i < n; i++) py.put(startQueue(phase), i, L.startCall);
  for (let i = 0; i < n; i++) py.get(doneQueue(phase), L.joinCall);
  py.line(L.timedReturn);
  return py.now() - start;
}

export const main: ThreadTarget = (py, p) => {
  const j = job(p);
  const L = gilLines(j.work);
  const n = j.workers;
  py.line(L.mainStart);
  const start = py.now();
  py.line(L.mainWork);
  py.mark('found', share(py, L, j, 0, 1), L.mainWork);
  const t1 = py.now() - start;
  py.mark('t1', t1, L.mainT1);
  py.line(L.mainThreads);
  const tt = timed(py, L, 'threads', n);
  py.mark('tt', tt, L.mainThreads);
  py.line(L.mainProcesses);
  const tp = timed(py, L, 'processes', n);
  py.mark('tp', tp, L.mainProcesses);
  py.print(`1 thread: ${t1.toFixed(2)}s`, L.print1);
  py.print(`${n} threads: ${tt.toFixed(2)}s, speedup ${(t1 / tt).toFixed(2)}x`, L.printThreads);
  py.print(`${n} processes: ${tp.toFixed(2)}s, speedup ${(t1 / tp).toFixed(2)}x`, L.printProcesses);
};

/** A thread or process of `timed`: waits for `w.start()`, does work(i, n), ends (join returns). */
function worker(phase: Phase): ThreadTarget {
  return (py, p) => {
    const j = job(p);
    const L = gilLines(j.work);
    // `| 0`: a number read back from shared memory is a double, and double `%` would make the work ~4x slower than MainThread's.
    const i = Number(py.get(startQueue(phase), L.startCall)) | 0;
    py.mark('found', share(py, L, j, i, j.workers), L.print);
    py.put(doneQueue(phase), i, L.print);
  };
}

export const threadWork: ThreadTarget = worker('threads');
export const processWork: ThreadTarget = worker('processes');
