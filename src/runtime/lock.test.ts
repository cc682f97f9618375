import { tsWorker } from '../engine/ts-worker.node';
import { describe, expect, it } from 'vitest';
import { PyException } from './errors';
import { LOCK_SLOTS, SharedLock } from './lock';
import { realNowMs } from './clock';

const fixture = new URL('./fixtures/counter.node.ts', import.meta.url);

async function count(workers: number, n: number, useLock: boolean): Promise<number> {
  const lockCells = new SharedArrayBuffer(LOCK_SLOTS * 4);
  const counter = new SharedArrayBuffer(4);
  const start = new SharedArrayBuffer(8);
  const gate = new Int32Array(start);
  const done = Array.from({ length: workers }, (_, me) => {
    const w = tsWorker(fixture, { lockCells, counter, start, me, n, useLock });
    return new Promise<void>((resolve, reject) => {
      w.once('message', () => resolve());
      w.once('error', reject);
    }).finally(() => w.terminate());
  });
  while (Atomics.load(gate, 1) < workers) await new Promise((r) => setTimeout(r, 5));
  Atomics.store(gate, 0, 1);
  Atomics.notify(gate, 0);
  await Promise.all(done);
  return new Int32Array(counter)[0] ?? 0;
}

describe('SharedLock', () => {
  it('gives mutual exclusion under contention: the exact total', async () => {
    expect(await count(4, 100_000, true)).toBe(400_000);
  });

  it('without the lock, contending workers lose updates', async () => {
    // A lost update is overwhelmingly likely at this size; retry a few times so
    // a rare lucky schedule cannot make the test flaky.
    let lost = false;
    for (let attempt = 0; attempt < 5 && !lost; attempt++) {
      lost = (await count(2, 2_000_000, false)) < 4_000_000;
    }
    expect(lost).toBe(true);
  });

  it('acquire with a timeout returns false in time when the lock is held', () => {
    const lock = new SharedLock(new Int32Array(new SharedArrayBuffer(LOCK_SLOTS * 4)), 0);
    expect(lock.acquire(0, true, -1, realNowMs)).toBe(true);
    const t0 = realNowMs();
    expect(lock.acquire(1, true, 50, realNowMs)).toBe(false);
    const waited = realNowMs() - t0;
    expect(waited).toBeGreaterThanOrEqual(45);
    expect(waited).toBeLessThan(2000);
    expect(lock.acquire(1, false, 0, realNowMs)).toBe(false);
  });

  it('records the holder for display and clears it on release', () => {
    const lock = new SharedLock(new Int32Array(new SharedArrayBuffer(LOCK_SLOTS * 4)), 0);
    expect(lock.holderIndex()).toBe(-1);
    lock.acquire(3, true, -1, realNowMs);
    expect(lock.holderIndex()).toBe(3);
    expect(lock.locked()).toBe(true);
    lock.release(17);
    expect(lock.locked()).toBe(false);
    expect(lock.holderIndex()).toBe(-1);
  });

  it('release of an unlocked lock raises RuntimeError', () => {
    const lock = new SharedLock(new Int32Array(new SharedArrayBuffer(LOCK_SLOTS * 4)), 0);
    expect(() => lock.release(21)).toThrow(PyException);
    try {
      lock.release(21);
    } catch (e) {
      expect(e).toBeInstanceOf(PyException);
      expect((e as PyException).message).toBe('RuntimeError: release unlocked lock');
      expect((e as PyException).line).toBe(21);
    }
  });
});
