/**
 * `npm run bench`: what shared memory buys over message passing, measured side
 * by side in one process. See bench/README.md for how to read the output.
 *
 * Timings are printed, never asserted: the machines this runs on are small and
 * noisy. Only correctness is asserted (exact lock counts, every event once, in
 * order), and a failure makes the exit code non-zero.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
// tsx resolves an extensionless '…/ts-worker.node' as a native addon and fails;
// the '.js' spelling maps to the .ts file for both tsx and tsc.
import { tsWorker } from '../src/engine/ts-worker.node.js';
import { realNowMs } from '../src/runtime/clock';
import { decodeEvents, type RuntimeEvent } from '../src/runtime/events';
import { LOCK_SLOTS } from '../src/runtime/lock';
import { ByteRing } from '../src/runtime/ring';
import { EventLog } from '../src/trace/event-log';
import { benchGil, printGil } from './gil';
import { benchTimeline, printTimeline } from './timeline';
import { benchInitialLoad, printInitialLoad } from './initial-load';
import { benchFirstLine, printFirstLine } from './python-vm';
import { benchHeap, printHeap } from './heap';
import { benchVmCpython, printVmCpython } from './vm-cpython';
import { benchVirtualTime, printVirtualTime } from './virtual-time';
import { benchVmHost, printVmHost } from './vmhost';
import { benchStep, printStep } from './step';
import { benchVmWorkers, printVmWorkers } from './vm-workers';
import { benchWorkerEvents, printWorkerEvents } from './vm-worker-events';
import {
  benchEvent,
  GATE_BYTES,
  GATE_DEADLINE,
  GATE_GO,
  type FromLockWorker,
  BATCH_RECORDS,
  type FromRingWorker,
  type LockMode,
  type LockResult,
  type RingMode,
  type ToLockWorker,
  type ToRingWorker,
} from './protocol';

const REPEATS = 3;
const LOCK_MS = 1000;
// Long enough for the JIT to settle before the timed runs; its counts are still checked.
const WARMUP_MS = 200;
const RING_TARGET_MS = 1000;
const RING_BYTES = 64 * 1024;
/** Batched mode: a larger ring, so a batch of records never fills most of it. */
const BATCH_RING_BYTES = 256 * 1024;
const CALIBRATE_EVENTS = 20_000;
/** The issue's "8 workers into the page". */
const EVENT_WORKERS = 8;

const lockEntry = new URL('./lock-worker.node.ts', import.meta.url);
const ringEntry = new URL('./ring-worker.node.ts', import.meta.url);

// ---------------------------------------------------------------- plumbing

/** Starts a worker and waits until its entry is loaded and listening. */
function spawn(entry: URL): Promise<Worker> {
  const w = tsWorker(entry, {});
  return new Promise((resolve, reject) => {
    w.once('message', () => resolve(w));
    w.once('error', reject);
  });
}

/**
 * One job across `workers`: listens to them until `onMessage` calls finish.
 * A worker error or exit rejects, so a crashed worker cannot hang the bench.
 */
function session<T, R>(
  workers: readonly Worker[],
  begin: () => void,
  onMessage: (from: number, m: T, finish: (r: R) => void) => void,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const offs: (() => void)[] = [];
    const cleanup = (): void => offs.forEach((off) => off());
    const finish = (r: R): void => {
      cleanup();
      resolve(r);
    };
    const fail = (e: unknown): void => {
      cleanup();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    workers.forEach((w, i) => {
      const onMsg = (m: T): void => {
        try {
          onMessage(i, m, finish);
        } catch (e) {
          fail(e);
        }
      };
      const onExit = (code: number): void => fail(new Error(`worker ${i} exited with code ${code}`));
      w.on('message', onMsg);
      w.on('error', fail);
      w.on('exit', onExit);
      offs.push(() => {
        w.off('message', onMsg);
        w.off('error', fail);
        w.off('exit', onExit);
      });
    });
    begin();
  });
}

/** Releases every worker of a job at once; returns the start time. */
function openGate(gate: SharedArrayBuffer, durationMs: number): number {
  const now = realNowMs();
  new Float64Array(gate)[GATE_DEADLINE] = now + durationMs;
  const go = new Int32Array(gate, 0, 2);
  Atomics.store(go, GATE_GO, 1);
  Atomics.notify(go, GATE_GO);
  return now;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const ratio = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + 'x';

// ---------------------------------------------------------------- checks

let checksRun = 0;
let checksFailed = 0;

function check(label: string, ok: boolean, detail: string): void {
  checksRun++;
  if (!ok) checksFailed++;
  console.log(`  check ${label}: ${detail}  ${ok ? 'OK' : 'FAILED'}`);
}

// ---------------------------------------------------------------- 1. locks

interface LockRun {
  pairs: number;
  counter: number;
  rate: number;
}

async function lockRun(mode: LockMode, workers: readonly Worker[], durationMs: number): Promise<LockRun> {
  const lockCells = new SharedArrayBuffer(LOCK_SLOTS * 4);
  const counter = new SharedArrayBuffer(4);
  const gate = new SharedArrayBuffer(GATE_BYTES);
  const results: LockResult[] = [];
  let ready = 0;
  // The broker: the main thread owns the lock and hands it out in FIFO order.
  let held = false;
  const waiting: Worker[] = [];
  const grant = (w: Worker): void => w.postMessage({ type: 'grant' } satisfies ToLockWorker);

  await session<FromLockWorker, void>(
    workers,
    () =>
      workers.forEach((w, me) =>
        w.postMessage({ type: 'run', mode, me, lockCells, counter, gate } satisfies ToLockWorker),
      ),
    (from, m, finish) => {
      switch (m.type) {
        case 'hello':
          break;
        case 'ready':
          if (++ready === workers.length) openGate(gate, durationMs);
          break;
        case 'acquire': {
          const w = workers[from];
          if (!w) throw new Error(`acquire from unknown worker ${from}`);
          if (held) waiting.push(w);
          else {
            held = true;
            grant(w);
          }
          break;
        }
        case 'release': {
          if (!held) throw new Error('broker: release of an unlocked lock');
          const next = waiting.shift();
          if (next) grant(next);
          else held = false;
          break;
        }
        case 'result':
          results.push(m);
          if (results.length === workers.length) finish();
          break;
      }
    },
  );
  const pairs = results.reduce((s, r) => s + r.ops, 0);
  const elapsedMs = Math.max(...results.map((r) => r.t1)) - Math.min(...results.map((r) => r.t0));
  return { pairs, counter: new Int32Array(counter)[0] ?? 0, rate: pairs / (elapsedMs / 1000) };
}

interface Variant<M> {
  label: string;
  mode: M;
  workers: number;
  rates: number[];
  runs: number;
  bad: string | null;
}

async function benchLocks(pool: readonly Worker[]): Promise<Variant<LockMode>[]> {
  const variants: Variant<LockMode>[] = [
    { label: 'SharedLock (futex)', mode: 'futex', workers: 1, rates: [], runs: 0, bad: null },
    { label: 'SharedLock (futex)', mode: 'futex', workers: 2, rates: [], runs: 0, bad: null },
    { label: 'postMessage broker', mode: 'broker', workers: 1, rates: [], runs: 0, bad: null },
    { label: 'postMessage broker', mode: 'broker', workers: 2, rates: [], runs: 0, bad: null },
  ];
  // Rounds run every variant once, so slow drift on a shared machine (thermal,
  // neighbours) spreads over all variants instead of skewing one.
  for (let round = 0; round <= REPEATS; round++) {
    const warmup = round === 0;
    for (const v of variants) {
      const r = await lockRun(v.mode, pool.slice(0, v.workers), warmup ? WARMUP_MS : LOCK_MS);
      v.runs++;
      if (r.counter !== r.pairs && v.bad === null) v.bad = `counter ${int(r.counter)} != ${int(r.pairs)} pairs`;
      if (!warmup) v.rates.push(r.rate);
    }
  }
  return variants;
}

// ---------------------------------------------------------------- 2. events

/** Follows the stream and records the first event that is not the one expected next. */
class EventChecker {
  private next = 0;
  private error: string | null = null;

  constructor(private readonly n: number) {}

  take(events: readonly RuntimeEvent[]): void {
    for (const e of events) {
      if (this.error !== null) return;
      const want = benchEvent(this.next);
      if (this.next >= this.n) this.error = `extra event after ${this.n}`;
      else if (
        e.a !== want.a ||
        e.b !== want.b ||
        e.t !== want.t ||
        e.kind !== want.kind ||
        e.line !== want.line ||
        e.text !== want.text
      ) {
        this.error = `event #${this.next}: got a=${e.a} kind=${e.kind} text=${JSON.stringify(e.text)}`;
      }
      this.next++;
    }
  }

  result(): string | null {
    if (this.error === null && this.next !== this.n) return `received ${int(this.next)} of ${int(this.n)} events`;
    return this.error;
  }
}

/** The same check over events decoded into columns (no object per event). */
class ColumnChecker {
  private next = 0;
  private error: string | null = null;

  constructor(private readonly n: number) {}

  take(log: EventLog): void {
    for (let i = 0; i < log.length && this.error === null; i++, this.next++) {
      const want = benchEvent(this.next);
      if (this.next >= this.n) this.error = `extra event after ${this.n}`;
      else if (log.a[i] !== want.a || log.b[i] !== want.b || log.t[i] !== want.t || log.kind[i] !== want.kind || log.line[i] !== want.line || log.textAt(i) !== want.text) {
        this.error = `event #${this.next}: got a=${log.a[i]} kind=${log.kind[i]} text=${JSON.stringify(log.textAt(i))}`;
      }
    }
  }

  result(): string | null {
    if (this.error === null && this.next !== this.n) return `received ${int(this.next)} of ${int(this.n)} events`;
    return this.error;
  }
}

interface RingRun {
  rate: number;
  error: string | null;
}

/**
 * `workers` each send `n` events at once, each through its own ring (or its
 * own port); the rate counts every worker's events over the wall time from
 * "go" until the main thread decoded the last one.
 */
async function ringRun(mode: RingMode, workers: readonly Worker[], n: number): Promise<RingRun> {
  const rings = workers.map(() => ByteRing.create(mode === 'batch' ? BATCH_RING_BYTES : RING_BYTES));
  const readers = rings.map((r) => new ByteRing(r));
  const gate = new SharedArrayBuffer(GATE_BYTES);
  const checkers = workers.map(() => (mode === 'batch' ? new ColumnChecker(n) : new EventChecker(n)));
  const batch: RuntimeEvent[] = [];
  const log = new EventLog();
  let tGo = 0;
  let tLast = 0;
  let ready = 0;
  let sent = 0;
  let over = false;

  const take = (from: number, bytes: Uint8Array): void => {
    const c = checkers[from];
    if (c instanceof ColumnChecker) {
      // Straight into reused columns, as a store would keep them: no object per event.
      log.clear();
      log.appendRecords(from, bytes);
      c.take(log);
    } else {
      batch.length = 0;
      decodeEvents(from, bytes, batch);
      c?.take(batch);
    }
    tLast = realNowMs();
  };

  try {
    await session<FromRingWorker, void>(
      workers,
      () => rings.forEach((ring, i) => workers[i]?.postMessage({ type: 'run', mode, n, ring, gate } satisfies ToRingWorker)),
      (from, m, finish) => {
        if (m instanceof Uint8Array) {
          take(from, m);
          return;
        }
        switch (m.type) {
          case 'hello':
            break;
          case 'ready':
            if (++ready < workers.length) break;
            tGo = openGate(gate, 0);
            if (mode !== 'post') {
              // setImmediate, not setTimeout(0): the latter is clamped to 1 ms,
              // which would cap the ring at one 64 KiB drain per millisecond.
              const pump = (): void => {
                if (over) return;
                // Every worker's 'sent' before the drain: rings empty after it hold everything.
                const allSent = sent === workers.length;
                let got = 0;
                readers.forEach((ring, i) => {
                  const bytes = ring.drain();
                  got += bytes.length;
                  if (bytes.length > 0) take(i, bytes);
                });
                if (got === 0 && allSent) return finish();
                setImmediate(pump);
              };
              setImmediate(pump);
            }
            break;
          case 'sent':
            sent++;
            // Same port as the events, so they have all been delivered by now.
            if (mode === 'post' && sent === workers.length) finish();
            break;
        }
      },
    );
  } finally {
    over = true;
  }
  const errors = checkers.map((c, i) => c.result() && `worker ${i}: ${c.result()}`).filter((e) => e);
  return { rate: (n * workers.length) / ((tLast - tGo) / 1000), error: errors[0] ?? null };
}

async function benchEvents(pool: readonly Worker[]): Promise<(Variant<RingMode> & { n: number })[]> {
  const many = pool.length;
  const variants: (Variant<RingMode> & { n: number })[] = [
    { label: `ByteRing ${RING_BYTES / 1024} KiB`, mode: 'ring', workers: 1, rates: [], runs: 0, bad: null, n: 0 },
    { label: 'postMessage per event', mode: 'post', workers: 1, rates: [], runs: 0, bad: null, n: 0 },
    { label: `ByteRing ${RING_BYTES / 1024} KiB`, mode: 'ring', workers: many, rates: [], runs: 0, bad: null, n: 0 },
    { label: 'postMessage per event', mode: 'post', workers: many, rates: [], runs: 0, bad: null, n: 0 },
    { label: `ByteRing ${BATCH_RING_BYTES / 1024} KiB, ${BATCH_RECORDS}/publish, columns`, mode: 'batch', workers: 1, rates: [], runs: 0, bad: null, n: 0 },
    { label: `ByteRing ${BATCH_RING_BYTES / 1024} KiB, ${BATCH_RECORDS}/publish, columns`, mode: 'batch', workers: many, rates: [], runs: 0, bad: null, n: 0 },
  ];
  const record = (v: Variant<RingMode>, r: RingRun): void => {
    v.runs++;
    if (r.error !== null && v.bad === null) v.bad = r.error;
  };
  // Size N (per worker) so one run takes about RING_TARGET_MS: a cold first
  // pass warms the JIT, the second measures a warm rate.
  for (const v of variants) {
    const ws = pool.slice(0, v.workers);
    const cold = await ringRun(v.mode, ws, CALIBRATE_EVENTS);
    record(v, cold);
    const warm = await ringRun(v.mode, ws, Math.max(CALIBRATE_EVENTS, Math.round((cold.rate * 0.25) / v.workers)));
    record(v, warm);
    v.n = Math.min(20_000_000, Math.max(CALIBRATE_EVENTS, Math.round((warm.rate * RING_TARGET_MS) / 1000 / v.workers)));
  }
  for (let round = 0; round < REPEATS; round++) {
    for (const v of variants) {
      const r = await ringRun(v.mode, pool.slice(0, v.workers), v.n);
      record(v, r);
      v.rates.push(r.rate);
    }
  }
  return variants;
}

// ---------------------------------------------------------------- report

function table(rows: readonly { label: string; extra: string; rates: readonly number[] }[], extraHead: string): void {
  const head = ['variant'.padEnd(24), extraHead.padStart(10)];
  for (let i = 1; i <= REPEATS; i++) head.push(`run ${i}`.padStart(13));
  head.push('median'.padStart(13));
  console.log('  ' + head.join(' '));
  for (const r of rows) {
    const cells = [r.label.padEnd(24), r.extra.padStart(10), ...r.rates.map((x) => int(x).padStart(13))];
    cells.push(int(median(r.rates)).padStart(13));
    console.log('  ' + cells.join(' '));
  }
}

async function main(): Promise<void> {
  const t0 = realNowMs();
  console.log(
    `Concurrency Lab bench: node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.arch()}`,
  );
  console.log(`Median of ${REPEATS} runs after a warm-up; rates are per second of wall time. Timings are never asserted.`);

  const lockPool = await Promise.all([spawn(lockEntry), spawn(lockEntry)]);
  const ringPool = await Promise.all(Array.from({ length: EVENT_WORKERS }, () => spawn(ringEntry)));
  try {
    console.log(`\n1. Lock: acquire/release pairs per second (each run ${LOCK_MS} ms)`);
    const locks = await benchLocks(lockPool);
    table(
      locks.map((v) => ({ label: v.label, extra: String(v.workers), rates: v.rates })),
      'workers',
    );
    for (const v of locks) {
      check(
        `${v.label} x${v.workers}`,
        v.bad === null,
        v.bad ?? `shared counter == total pairs in all ${v.runs} runs`,
      );
    }
    const [f1, f2, b1, b2] = locks.map((v) => median(v.rates));
    const lockUncontended = (f1 ?? NaN) / (b1 ?? NaN);
    const lockContended = (f2 ?? NaN) / (b2 ?? NaN);
    console.log(`  ratio futex / postMessage, uncontended (1 worker):  ${ratio(lockUncontended)}`);
    console.log(`  ratio futex / postMessage, contended (2 workers):   ${ratio(lockContended)}`);
    console.log(`  ratio futex contended / uncontended:                ${ratio((f2 ?? NaN) / (f1 ?? NaN))}`);

    console.log(`\n2. Events, 1 and ${EVENT_WORKERS} workers -> main thread: events per second (N per worker sized for ~${RING_TARGET_MS} ms)`);
    const events = await benchEvents(ringPool);
    table(
      events.map((v) => ({ label: `${v.label} x${v.workers}`, extra: int(v.n), rates: v.rates })),
      'N/worker',
    );
    for (const v of events) {
      check(`${v.label} x${v.workers}`, v.bad === null, v.bad ?? `every event arrived exactly once, in order, in all ${v.runs} runs`);
    }
    const [ringRate, postRate, ringMany, postMany, batchRate, batchMany] = events.map((v) => median(v.rates));
    const eventRatio = (ringRate ?? NaN) / (postRate ?? NaN);
    const eventRatioMany = (ringMany ?? NaN) / (postMany ?? NaN);
    console.log(`  ratio ByteRing / postMessage, 1 worker:   ${ratio(eventRatio)}`);
    console.log(`  ratio ByteRing / postMessage, ${EVENT_WORKERS} workers:  ${ratio(eventRatioMany)}`);
    console.log(`  ByteRing, ${EVENT_WORKERS} workers: ${int(ringMany ?? NaN)} events/s against the target of 5,000,000 (${ratio((ringMany ?? NaN) / 5e6)} of it)`);
    console.log(`  ByteRing batched into columns, 1 worker: ${int(batchRate ?? NaN)} events/s (${ratio((batchRate ?? NaN) / (postRate ?? NaN))} postMessage)`);
    console.log(`  ByteRing batched into columns, ${EVENT_WORKERS} workers: ${int(batchMany ?? NaN)} events/s against the target of 5,000,000 (${ratio((batchMany ?? NaN) / 5e6)} of it)`);

    console.log('\n3. Virtual time: 20 simulated seconds of sleeps at max speed');
    const vt = await benchVirtualTime();
    printVirtualTime(vt);
    check('virtual time', vt.bad.length === 0, vt.bad.join('; ') || 'every run sold 20 tickets once and ended at 20 simulated seconds');

    console.log('\n4. The GIL: one thread vs N threads (GIL / free-threaded) vs N processes, CPU work');
    const gil = await benchGil();
    printGil(gil);
    check('GIL experiment', gil.bad.length === 0, gil.bad.join('; ') || 'every phase found the same primes');
    const atCores = gil.rows.find((r) => r.workers === gil.cores) ?? gil.rows[0];

    console.log('\n5. The shared heap vs JS Array / Map, one thread (time ratios)');
    const heap = benchHeap();
    printHeap(heap);
    check('shared heap', heap.bad.length === 0, heap.bad.join('; ') || 'every workload computed the expected sums');

    console.log('\n6. Timeline: frame time while zooming and panning, headless Chromium');
    const tl = await benchTimeline();
    printTimeline(tl);

    console.log('\n7. Initial load: JavaScript before first paint');
    const load = await benchInitialLoad();
    printInitialLoad(load);

    console.log('\n8. Run → first Python line (the custom scenario\'s starter: worker start, library, compile)');
    const firstLine = await benchFirstLine();
    printFirstLine(firstLine);
    check('python vm starter', firstLine.ok, firstLine.ok ? 'printed its 6 sales and the last line' : 'wrong output');

    console.log('\n9. The VM worker host: GIL hand-over between two workers, a thread worker\'s start-up');
    const vmh = await benchVmHost();
    printVmHost(vmh);
    check('VM worker host', vmh.bad.length === 0, vmh.bad.join('; ') || 'every run ended with status 0');

    console.log('\n9b. Worker mode: Run → first Python line with one worker per Python thread');
    const vmw = await benchVmWorkers();
    printVmWorkers(vmw);
    check('VM worker mode', vmw.bad.length === 0, vmw.bad.join('; ') || 'both programs printed their line');

    console.log('\n9c. Worker mode\'s event stream: events/s against single-worker');
    const vwe = await benchWorkerEvents();
    printWorkerEvents(vwe);
    check('VM worker events', vwe.bad.length === 0, vwe.bad.join('; ') || 'both runs counted to the end');

    console.log('\n10. Pure Python: our VM (single worker) vs CPython 3.12, same run (time ratios, target within 3x)');
    const vm = benchVmCpython();
    printVmCpython(vm);
    check('VM vs CPython', vm.bad.length === 0, vm.bad.join('; ') || 'every workload printed what CPython printed');

    console.log('\n11. The step engine: back (replay to step n - 1) and schedules searched per second');
    const stepB = benchStep();
    printStep(stepB);
    check('step engine', stepB.bad.length === 0, stepB.bad.join('; ') || 'back then forward gave the identical state');

    console.log('\nSummary');
    console.log(`  lock, futex vs postMessage broker, uncontended:  ${ratio(lockUncontended)}`);
    console.log(`  lock, futex vs postMessage broker, contended:    ${ratio(lockContended)}`);
    console.log(`  events, ByteRing vs postMessage, 1 worker:       ${ratio(eventRatio)}`);
    console.log(`  events, ByteRing vs postMessage, ${EVENT_WORKERS} workers:      ${ratio(eventRatioMany)}`);
    console.log(`  timeline frame p95, canvas (target 16 ms):       ${tl.canvas.p95.toFixed(1)} ms; old SVG p50 / canvas p50: ${ratio(tl.svg.p50 / tl.canvas.p50)}`);
    console.log(`  initial load, gzip (target 150 KB):              ${(load.total / 1024).toFixed(1)} KB`);
    console.log(`  Run → first Python line, worker (target 300 ms): ${firstLine.warm.toFixed(0)} ms (first worker ${firstLine.cold.toFixed(0)} ms)`);
    if (atCores) {
      console.log(`  GIL, ${atCores.workers} processes vs 1 thread (${gil.cores} cores):      ${ratio(atCores.processes)}`);
      console.log(`  GIL, ${atCores.workers} free-threaded threads vs 1 thread:     ${ratio(atCores.freeThreads)}`);
      console.log(`  GIL, ${atCores.workers} threads with the GIL vs 1 thread:      ${ratio(atCores.gilThreads)}`);
    }
    for (const r of vm.rows) console.log(`  VM / CPython, ${r.label}:`.padEnd(50) + ratio(r.vmMs / r.cpyMs));
    console.log(
      `  correctness checks: ${checksFailed === 0 ? `all ${checksRun} passed` : `${checksFailed} of ${checksRun} FAILED`}`,
    );
    console.log(`  total time: ${((realNowMs() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await Promise.all([...lockPool, ...ringPool].map((w) => w.terminate()));
  }
  process.exitCode = checksFailed === 0 ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error('bench failed:', e);
  process.exitCode = 2;
});
