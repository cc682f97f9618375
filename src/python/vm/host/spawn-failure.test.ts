/**
 * A thread's worker that fails to start (the Worker constructor throws, the
 * worker errors or exits before its thread arrives) must not leave the
 * starter's clock hold open, which would stand the run's time still for
 * good: the host closes it and ends the run with CPython's start() error
 * and the reason. Real worker_threads for the threads that do start.
 */
import { describe, expect, it } from 'vitest';
import { type HostResult, type SpawnWorker, ThreadHost } from './host';
import { H_HOLDS, SLOT_WORDS, S_START_HOLD } from './layout';
import { nodeSpawn } from './spawn.node';
import { type Payload, SHARED_BYTES } from './fixtures/stand-in';

const entry = new URL('./fixtures/stand-in.node.ts', import.meta.url).href;
/** A run that takes this long (real ms) has hung. */
const HANG_MS = 40_000;

type Failure = 'throw' | 'error' | 'exit';

/** nodeSpawn, except that Thread-1's worker (slot 1) fails as `how` says. */
function failing(how: Failure): SpawnWorker {
  return (init, on) => {
    if (init.slot !== 1) return nodeSpawn(init, on);
    if (how === 'throw') throw new Error('no more workers');
    setTimeout(() => (how === 'error' ? on.error(new Error('no more workers')) : on.exit()), 10);
    return { terminate: () => {} };
  };
}

/** The clock holds left open when the run ended, and how many of them are start holds of threads the end stopped. */
interface Holds {
  total: number;
  startHolds: number[];
}

function holdsOf(host: ThreadHost): Holds {
  const startHolds: number[] = [];
  for (let slot = 0; slot < host.table.slotsUsed(); slot++) if (Atomics.load(host.memory.slots, slot * SLOT_WORDS + S_START_HOLD) === 1) startHolds.push(slot);
  return { total: Atomics.load(host.memory.header, H_HOLDS), startHolds };
}

async function run(how: Failure): Promise<HostResult & { stderr: string; holds: Holds }> {
  let stderr = '';
  const host = new ThreadHost({ spawn: failing(how), write: (fd, text) => void (fd === 2 ? (stderr += text) : 0) });
  const payload: Payload = { job: { job: 'sleep', threads: 2, seconds: 0.1 }, shared: new SharedArrayBuffer(SHARED_BYTES) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`run hung (holds ${Atomics.load(host.memory.header, H_HOLDS)}):\n${host.describe()}\nstderr ${stderr}`)), HANG_MS);
  });
  const r = await Promise.race([host.run(entry, payload), hung]).finally(() => {
    clearTimeout(timer);
    host.terminate();
  });
  return { ...r, stderr, holds: holdsOf(host) };
}

describe('a thread whose worker fails to start', () => {
  for (const [how, why] of [
    ['throw', 'no more workers'],
    ['error', 'no more workers'],
    ['exit', 'its worker exited'],
  ] as const) {
    it(`(${how}): the clock hold is released and the run ends with "can't start new thread" and why`, async () => {
      const r = await run(how);
      // Thread-1's hold is closed; any other still open is Thread-2's, which the run's end stopped before it ran.
      expect(r.holds.startHolds).not.toContain(1);
      expect(r.holds.total).toBe(r.holds.startHolds.length);
      expect(r.status).toBe(1);
      expect(r.deadlock).toBeNull();
      expect(r.stderr).toContain(`RuntimeError: can't start new thread: the worker of Thread-1 (worker) failed to start (${why})\n`);
    }, HANG_MS + 5_000);
  }
});
