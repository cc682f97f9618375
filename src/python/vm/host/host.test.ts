/**
 * The host with real worker_threads, one per thread, before the interpreter
 * runs on it: a stand-in loop (fixtures/stand-in.node.ts) shows the GIL's
 * switch points, free-threaded lost updates, sleep releasing the GIL, the
 * switch interval, deadlock detection, thread exceptions and daemons.
 * Assertions are on counts and orders the GIL rules make certain, never on
 * real durations.
 */
import { describe, expect, it } from 'vitest';
import { ThreadHost, type HostResult } from './host';
import { nodeSpawn } from './spawn.node';
import { F_END, I_COUNTER, I_FORCED, type Job, type Payload, SHARED_BYTES } from './fixtures/stand-in';

const entry = new URL('./fixtures/stand-in.node.ts', import.meta.url).href;

interface Run extends HostResult {
  stdout: string;
  stderr: string;
  counter: number;
  forced: number;
  end: number;
}

async function run(job: Job, freeThreaded = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const host = new ThreadHost({
    spawn: nodeSpawn,
    freeThreaded,
    write: (fd, text) => {
      if (fd === 2) stderr += text;
      else stdout += text;
    },
  });
  const shared = new SharedArrayBuffer(SHARED_BYTES);
  const payload: Payload = { job, shared };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`run hung:\n${host.describe()}\nstdout ${stdout}\nstderr ${stderr}`)), HANG_MS);
  });
  const r = await Promise.race([host.run(entry, payload), hung]).finally(() => {
    clearTimeout(timer);
    host.terminate();
  });
  const i32 = new Int32Array(shared);
  if (process.env.HOST_VERBOSE) console.log(JSON.stringify(job), freeThreaded, { counter: i32[I_COUNTER], forced: i32[I_FORCED], end: new Float64Array(shared)[F_END], status: r.status });
  return { ...r, stdout, stderr, counter: i32[I_COUNTER] ?? -1, forced: i32[I_FORCED] ?? -1, end: new Float64Array(shared)[F_END] ?? NaN };
}

const N = 100_000;
/** A run that takes this long (real ms) has hung: fail with the table's state rather than time out blind. */
const HANG_MS = 50_000;
/** Busy work per iteration: enough that a thread's 100 000 iterations span many 5 ms intervals. */
const WORK = 100;

describe('one worker per thread, CPython 3.12 GIL', () => {
  it('4 × 100 000 counter += 1 with the breaker checked only at the back edge: exactly 400 000, across real hand-overs', async () => {
    const r = await run({ job: 'counter', threads: 4, n: N, work: WORK, call: false, interval: null });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.forced).toBeGreaterThan(0);
    expect(r.counter).toBe(4 * N);
    expect(r.stdout).toBe(`counter=${4 * N} forced=${r.forced}\n`);
  }, 120_000);

  it('counter += f() (a check between the load and the store) loses updates', async () => {
    const r = await run({ job: 'counter', threads: 4, n: N, work: WORK, call: true, interval: null });
    expect(r.status).toBe(0);
    expect(r.forced).toBeGreaterThan(0);
    expect(r.counter).toBeLessThan(4 * N);
  }, 120_000);

  it('setswitchinterval is honoured: with 1000 s nobody is asked to drop, so even counter += f() is exact', async () => {
    const r = await run({ job: 'counter', threads: 4, n: N, work: WORK, call: true, interval: 1000 });
    expect(r.forced).toBe(0);
    expect(r.counter).toBe(4 * N);
  }, 120_000);

  it('free-threaded mode: no GIL, no hand-overs, and the plain loop loses updates', async () => {
    const r = await run({ job: 'counter', threads: 4, n: N, work: WORK, call: false, interval: null }, true);
    expect(r.forced).toBe(0);
    expect(r.counter).toBeLessThan(4 * N);
  }, 120_000);

  it('sleep releases the GIL: two sleepers of 1 s finish after 1 s of simulated time, not 2', async () => {
    const r = await run({ job: 'sleep', threads: 2, seconds: 1 });
    expect(r.status).toBe(0);
    expect(r.end).toBeGreaterThanOrEqual(1);
    expect(r.end).toBeLessThan(1.9);
  }, 60_000);

  it('every thread blocked for good: one deadlock line naming who waits on what, status 3', async () => {
    const r = await run({ job: 'deadlock' });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^deadlock: /);
    for (const who of ['MainThread waits on join Thread-1 (worker)', 'Thread-1 (worker) waits on lock.acquire()', 'Thread-2 (worker) waits on lock.acquire()']) {
      expect(lines[0]).toContain(who);
    }
    expect(r.deadlock).toBe(`${lines[0]}\n`);
  }, 60_000);

  it('an exception in a thread prints and the others go on', async () => {
    const r = await run({ job: 'raise' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('Exception in thread Thread-1 (worker):\nboom\n');
    expect(r.stdout).toBe('Thread-2 done\nmain done\n');
  }, 60_000);

  it('a daemon thread dies when the main thread ends', async () => {
    const r = await run({ job: 'daemon' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('main done\n');
    expect(r.deadlock).toBeNull();
  }, 60_000);
});
