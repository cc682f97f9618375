import { tsWorker } from '../engine/ts-worker.node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { realNowMs } from './clock';
import { PyException } from './errors';
import { checkTimeout, type QueueItem, SharedQueue } from './queue';
import { itemFor, parseItem, STOP } from './fixtures/queue-items';
import type { OpResult, QueueOp } from './fixtures/queue-op.node';

const producerEntry = new URL('./fixtures/queue-producer.node.ts', import.meta.url);
const consumerEntry = new URL('./fixtures/queue-consumer.node.ts', import.meta.url);
const opEntry = new URL('./fixtures/queue-op.node.ts', import.meta.url);
const churnEntry = new URL('./fixtures/queue-churn.node.ts', import.meta.url);

/**
 * Test-thread calls that should succeed at once still get a finite timeout: a
 * broken queue blocking this thread forever could not be timed out by vitest.
 */
const SOON = 2_000;

function makeQueue(maxsize: number, slots = Math.max(maxsize, 1), slotBytes = 32): SharedQueue {
  return new SharedQueue(SharedQueue.create({ slots, slotBytes }), maxsize);
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = realNowMs();
  const value = f();
  return { value, ms: realNowMs() - t0 };
}

/**
 * A worker's first message. Rejects if the worker throws, exits without
 * answering, or outlives `limitMs`, so no test can hang on a stuck worker.
 */
function runWorker<T>(entry: URL, data: object, limitMs = 15_000): Promise<T> {
  const w = tsWorker(entry, data);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`worker timed out after ${limitMs} ms`)), limitMs);
    w.once('message', (m: T) => resolve(m));
    w.once('error', reject);
    // After a message this rejection is ignored: the promise has settled.
    w.once('exit', (code) => reject(new Error(`worker exited (${code}) without a result`)));
  }).finally(() => {
    clearTimeout(timer);
    void w.terminate();
  });
}

async function until(what: string, pred: () => boolean, limitMs = 15_000): Promise<void> {
  const deadline = realNowMs() + limitMs;
  while (!pred()) {
    if (realNowMs() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/**
 * Starts a queue-op worker and resolves once it is about to make its call. The
 * result is wrapped: an async function returning a bare promise would adopt it
 * and wait for the call to finish.
 */
async function startOp(q: SharedQueue, buffer: SharedArrayBuffer, op: QueueOp): Promise<{ done: Promise<OpResult> }> {
  const started = new SharedArrayBuffer(4);
  const result = runWorker<OpResult>(opEntry, { buffer, maxsize: q.maxsize, started, op });
  // Surface an early worker failure instead of waiting for `started` forever.
  let failed: unknown = null;
  result.catch((e: unknown) => (failed = e));
  await until('the op worker to start', () => failed !== null || Atomics.load(new Int32Array(started), 0) === 1);
  if (failed !== null) throw failed;
  return { done: result };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SharedQueue in one thread', () => {
  it('is FIFO for strings and numbers, across wrap-around', () => {
    const q = makeQueue(4, 4, 16);
    const items: QueueItem[] = ['a', 1.5, '', 'héllo 🐍', -0, NaN, 2 ** 53, -7];
    const out: QueueItem[] = [];
    // 8 items through 4 slots: head wraps.
    for (const item of items) {
      if (q.full()) {
        const r = q.get(false, 0, realNowMs);
        if (r.ok) out.push(r.item);
      }
      expect(q.put(item, false, 0, realNowMs)).toBe(true);
    }
    for (let r = q.get(false, 0, realNowMs); r.ok; r = q.get(false, 0, realNowMs)) out.push(r.item);
    expect(out).toEqual(items);
    expect(Object.is(out[4], -0)).toBe(true);
  });

  it('reports qsize, empty and full', () => {
    const q = makeQueue(2);
    expect([q.qsize(), q.empty(), q.full()]).toEqual([0, true, false]);
    q.put('x', true, SOON, realNowMs);
    expect([q.qsize(), q.empty(), q.full()]).toEqual([1, false, false]);
    q.put('y', true, SOON, realNowMs);
    expect([q.qsize(), q.empty(), q.full()]).toEqual([2, false, true]);
  });

  it('put on a full Queue(2) with block=False fails at once and changes nothing', () => {
    const q = makeQueue(2);
    q.put(1, false, 0, realNowMs);
    q.put(2, false, 0, realNowMs);
    const { value, ms } = timed(() => q.put(3, false, 5_000, realNowMs));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(250);
    // timeout=0 with block=True also raises Full at once, as in CPython.
    expect(timed(() => q.put(3, true, 0, realNowMs)).ms).toBeLessThan(250);
    expect(q.snapshot()).toEqual([1, 2]);
  });

  it('put with a 50 ms timeout on a full queue fails after the timeout', () => {
    const q = makeQueue(1);
    q.put('only', true, SOON, realNowMs);
    const { value, ms } = timed(() => q.put('more', true, 50, realNowMs));
    expect(value).toBe(false);
    expect(ms).toBeGreaterThanOrEqual(45);
    expect(ms).toBeLessThan(2_000);
    expect(q.waiting()).toEqual({ putters: 0, getters: 0 });
  });

  it('get on an empty queue: at once without blocking, after the timeout with one', () => {
    const q = makeQueue(3);
    const now = timed(() => q.get(false, 5_000, realNowMs));
    expect(now.value).toEqual({ ok: false });
    expect(now.ms).toBeLessThan(250);
    const later = timed(() => q.get(true, 50, realNowMs));
    expect(later.value).toEqual({ ok: false });
    expect(later.ms).toBeGreaterThanOrEqual(45);
    expect(later.ms).toBeLessThan(2_000);
    expect(q.waiting()).toEqual({ putters: 0, getters: 0 });
  });

  it('maxsize 0 is never full() but is bounded by its slots', () => {
    const q = makeQueue(0, 3);
    for (let i = 0; i < 3; i++) expect(q.put(i, false, 0, realNowMs)).toBe(true);
    expect(q.full()).toBe(false);
    expect(q.put(3, false, 0, realNowMs)).toBe(false);
    expect(q.snapshot()).toEqual([0, 1, 2]);
  });

  it('rejects a maxsize above the slots and a string longer than a slot', () => {
    const buffer = SharedQueue.create({ slots: 4, slotBytes: 8 });
    expect(() => new SharedQueue(buffer, 5)).toThrow(RangeError);
    const q = new SharedQueue(buffer, 4);
    expect(q.put('12345678', false, 0, realNowMs)).toBe(true);
    // 'é' is 2 UTF-8 bytes: 9 bytes do not fit 8, though it is 8 characters.
    expect(() => q.put('é1234567', false, 0, realNowMs)).toThrow(RangeError);
    expect(q.snapshot()).toEqual(['12345678']);
    expect(q.qsize()).toBe(1);
  });

  it('task_done too many times raises ValueError; join waits for unfinished tasks', () => {
    const q = makeQueue(2);
    expect(q.join(0, realNowMs)).toBe(true);
    q.put('a', true, SOON, realNowMs);
    q.get(true, SOON, realNowMs);
    // Got but not marked done: join still waits.
    const { value, ms } = timed(() => q.join(50, realNowMs));
    expect(value).toBe(false);
    expect(ms).toBeGreaterThanOrEqual(45);
    q.taskDone();
    expect(q.join(0, realNowMs)).toBe(true);
    let err: unknown = null;
    try {
      q.taskDone();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyException);
    expect((err as PyException).message).toBe('ValueError: task_done() called too many times');
    // The failed call must have released the queue's lock.
    expect(q.put('b', false, 0, realNowMs)).toBe(true);
  });

  it('snapshot reads the contents in FIFO order without waiting', () => {
    const q = makeQueue(3);
    expect(q.snapshot()).toEqual([]);
    q.put('a', true, SOON, realNowMs);
    q.put('b', true, SOON, realNowMs);
    q.get(true, SOON, realNowMs);
    q.put('c', true, SOON, realNowMs);
    q.put(4, true, SOON, realNowMs); // wraps
    const wait = vi.spyOn(Atomics, 'wait');
    expect(q.snapshot()).toEqual(['b', 'c', 4]);
    expect(wait).not.toHaveBeenCalled();
    // Changing the copy does not change the queue.
    q.snapshot().pop();
    expect(q.qsize()).toBe(3);
  });

  it('checkTimeout follows CPython', () => {
    const bad = () => checkTimeout(true, -1);
    expect(bad).toThrow(PyException);
    expect(bad).toThrow("ValueError: 'timeout' must be a non-negative number");
    expect(() => checkTimeout(false, -1)).not.toThrow();
    expect(() => checkTimeout(true, null)).not.toThrow();
    expect(() => checkTimeout(true, 0)).not.toThrow();
  });
});

describe('SharedQueue across worker threads', () => {
  // A missed wakeup still ends when the waiter's 10 s timeout re-checks the
  // queue, so the tests bound the wake latency, not only the result.
  const PROMPT_MS = 1_000;

  it('a get blocked in one worker is woken by a put from another worker', async () => {
    const buffer = SharedQueue.create({ slots: 2, slotBytes: 16 });
    const q = new SharedQueue(buffer, 2);
    const getter = await startOp(q, buffer, { kind: 'get', timeoutMs: 10_000 });
    await until('the getter to block', () => q.waiting().getters === 1);
    const putter = await startOp(q, buffer, { kind: 'put', item: 'wake', timeoutMs: 10_000 });
    const put = await putter.done;
    expect(put.result).toBe(true);
    const got = await getter.done;
    expect(got.result).toEqual({ ok: true, item: 'wake' });
    expect(got.startedAt).toBeLessThan(put.startedAt);
    expect(got.endedAt - put.endedAt).toBeLessThan(PROMPT_MS);
    expect(q.waiting()).toEqual({ putters: 0, getters: 0 });
    expect(q.qsize()).toBe(0);
  });

  it('a put blocked in one worker is woken by a get from another worker', async () => {
    const buffer = SharedQueue.create({ slots: 1, slotBytes: 16 });
    const q = new SharedQueue(buffer, 1);
    expect(q.put('first', false, 0, realNowMs)).toBe(true);
    const putter = await startOp(q, buffer, { kind: 'put', item: 'second', timeoutMs: 10_000 });
    await until('the putter to block', () => q.waiting().putters === 1);
    const getter = await startOp(q, buffer, { kind: 'get', timeoutMs: 10_000 });
    const got = await getter.done;
    expect(got.result).toEqual({ ok: true, item: 'first' });
    const put = await putter.done;
    expect(put.result).toBe(true);
    expect(put.startedAt).toBeLessThan(got.startedAt);
    expect(put.endedAt - got.endedAt).toBeLessThan(PROMPT_MS);
    expect(q.snapshot()).toEqual(['second']);
    expect(q.waiting()).toEqual({ putters: 0, getters: 0 });
  });

  it('join in a worker returns once another thread marks every task done', async () => {
    const buffer = SharedQueue.create({ slots: 2, slotBytes: 16 });
    const q = new SharedQueue(buffer, 2);
    q.put('a', false, 0, realNowMs);
    q.put('b', false, 0, realNowMs);
    const joiner = await startOp(q, buffer, { kind: 'join', timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(q.get(false, 0, realNowMs).ok).toBe(true);
    expect(q.get(false, 0, realNowMs).ok).toBe(true);
    q.taskDone();
    const lastDoneAt = realNowMs();
    q.taskDone();
    const joined = await joiner.done;
    expect(joined.result).toBe(true);
    expect(joined.startedAt).toBeLessThan(lastDoneAt);
    expect(joined.endedAt).toBeGreaterThanOrEqual(lastDoneAt);
    expect(joined.endedAt - lastDoneAt).toBeLessThan(PROMPT_MS);
  });

  it('snapshot never shows a torn queue while a worker keeps changing it', async () => {
    const n = 5;
    const buffer = SharedQueue.create({ slots: n, slotBytes: 8 });
    const q = new SharedQueue(buffer, n);
    for (let k = 0; k < n; k++) q.put(k, false, 0, realNowMs);
    const control = new Int32Array(new SharedArrayBuffer(8));
    const churn = runWorker<string>(churnEntry, { buffer, maxsize: n, control: control.buffer });
    let failed: unknown = null;
    churn.catch((e: unknown) => (failed = e));
    await until('the churn to start', () => failed !== null || Atomics.load(control, 1) > 0);
    if (failed !== null) throw failed;
    // A tight synchronous loop, so reads overlap the worker's writes as often as
    // possible; it runs until it has seen the queue turn over many times, since a
    // loaded machine may schedule the worker rarely.
    const firsts = new Set<QueueItem>();
    const end = realNowMs() + 5_000;
    let reads = 0;
    try {
      while ((reads < 10_000 || firsts.size < 200) && realNowMs() < end) {
        const seen = q.snapshot();
        reads++;
        // Between the worker's get and put it holds n - 1 items.
        expect(seen.length === n || seen.length === n - 1, `snapshot ${JSON.stringify(seen)}`).toBe(true);
        const first = seen[0];
        if (typeof first !== 'number') throw new Error(`snapshot ${JSON.stringify(seen)}`);
        expect(seen, 'consecutive numbers').toEqual(seen.map((_, k) => first + k));
        firsts.add(first);
      }
    } finally {
      Atomics.store(control, 0, 1);
    }
    expect(await churn).toBe('done');
    expect(reads).toBeGreaterThan(1_000);
    // The reads really overlapped a changing queue.
    expect(firsts.size).toBeGreaterThan(10);
  });

  it.each([
    { producers: 4, consumers: 3, perProducer: 2000, maxsize: 8, slots: 16 },
    { producers: 3, consumers: 3, perProducer: 1000, maxsize: 1, slots: 1 },
  ])(
    '$producers producers x $perProducer items, $consumers consumers, maxsize $maxsize: every item exactly once, in order',
    async ({ producers, consumers, perProducer, maxsize, slots }) => {
      const buffer = SharedQueue.create({ slots, slotBytes: 16 });
      const q = new SharedQueue(buffer, maxsize);
      const gate = new SharedArrayBuffer(8);
      const g = new Int32Array(gate);
      const producing = Array.from({ length: producers }, (_, me) =>
        runWorker<string>(producerEntry, { buffer, maxsize, gate, me, n: perProducer }),
      );
      const consuming = Array.from({ length: consumers }, () =>
        runWorker<QueueItem[]>(consumerEntry, { buffer, maxsize, gate }),
      );
      let failed: unknown = null;
      for (const p of [...producing, ...consuming]) p.catch((e: unknown) => (failed ??= e));
      await until('every worker to reach the gate', () => failed !== null || Atomics.load(g, 1) === producers + consumers);
      if (failed !== null) throw failed;
      Atomics.store(g, 0, 1);
      Atomics.notify(g, 0);

      // Watch the queue live, as the UI does, while the items move.
      const wait = vi.spyOn(Atomics, 'wait');
      let producersDone = false;
      const allProduced = Promise.all(producing).finally(() => (producersDone = true));
      let snapshots = 0;
      while (!producersDone) {
        const seen = q.snapshot();
        expect(seen.length).toBeLessThanOrEqual(maxsize);
        const last = new Map<number, number>();
        for (const item of seen) {
          const { producer, i } = parseItem(item);
          expect(item).toStrictEqual(itemFor(producer, i));
          expect(i).toBeGreaterThan(last.get(producer) ?? -1);
          last.set(producer, i);
        }
        snapshots++;
        await new Promise((r) => setImmediate(r));
      }
      expect(wait).not.toHaveBeenCalled();
      wait.mockRestore();
      expect(snapshots).toBeGreaterThan(0);
      await allProduced;

      for (let c = 0; c < consumers; c++) expect(q.put(STOP, true, 10_000, realNowMs)).toBe(true);
      const received = await Promise.all(consuming);

      const seen = new Set<string>();
      for (const got of received) {
        const last = new Map<number, number>();
        for (const item of got) {
          const { producer, i } = parseItem(item);
          expect(item).toStrictEqual(itemFor(producer, i));
          const key = `${producer}:${i}`;
          expect(seen.has(key), `duplicate ${key}`).toBe(false);
          seen.add(key);
          // One consumer takes a producer's items in the order they were put.
          expect(i).toBeGreaterThan(last.get(producer) ?? -1);
          last.set(producer, i);
        }
      }
      expect(seen.size).toBe(producers * perProducer);
      expect(q.qsize()).toBe(0);
      expect(q.waiting()).toEqual({ putters: 0, getters: 0 });
      // Consumers marked every item (and every STOP) done.
      expect(q.join(0, realNowMs)).toBe(true);
    },
    30_000,
  );
});
