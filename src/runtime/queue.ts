/**
 * Python's `queue.Queue(maxsize)` on shared memory, after CPython's Lib/queue.py
 * and parlib-simple's buffer.js: one mutex (SharedLock) and three condition
 * variables (not_empty, not_full, all_tasks_done) over a ring of fixed-size slots.
 *
 * A condition variable is one Int32 sequence counter. wait = read seq, unlock,
 * Atomics.wait(seq, old), relock; notify = Atomics.add(seq) + Atomics.notify.
 * A notify that lands between the read and the wait changes seq, so the wait
 * returns at once instead of losing the wakeup. Every waiter re-checks its
 * predicate in a loop, since a woken thread can find the item already taken.
 *
 * Every shared cell, slot payloads included, is read and written with Atomics,
 * so the lock-free `snapshot()` reader never races with plain writes.
 *
 * Layout, in Int32 cells: HEADER cells, then `slots` records of `stride` cells:
 *   +0 tag (NUMBER or STRING), +1 UTF-8 byte length, +2.. float64 or UTF-8 bytes.
 */
import { realNowMs } from './clock';
import { PyException } from './errors';
import { LOCK_SLOTS, type RealNow, SharedLock, type WaitClock, asWaitClock } from './lock';

export type QueueItem = string | number;
export type GetResult = { ok: true; item: QueueItem } | { ok: false };

const SLOTS = LOCK_SLOTS; // the lock takes cells 0..LOCK_SLOTS-1
const SLOT_BYTES = SLOTS + 1;
const HEAD = SLOTS + 2; // index of the oldest item
const COUNT = SLOTS + 3;
const UNFINISHED = SLOTS + 4; // Python's unfinished_tasks
const NOT_EMPTY = SLOTS + 5; // condition sequence counters
const NOT_FULL = SLOTS + 6;
const ALL_DONE = SLOTS + 7;
const PUTTERS = SLOTS + 8; // threads waiting in put / get
const GETTERS = SLOTS + 9;
const VERSION = SLOTS + 10; // seqlock for snapshot(): odd while a writer changes the contents
// How many items were ever put / got: each op's exact place in the queue's own
// order, which timestamps taken after the lock is released cannot give.
const PUT_SERIAL = SLOTS + 11;
const GET_SERIAL = SLOTS + 12;
const HEADER = SLOTS + 13;

const NUMBER = 1;
const STRING = 2;
const RECORD_HEAD = 2; // tag + byte length

/**
 * The queue's internal mutex is never shown as a Python lock, so no thread is
 * recorded as its holder (SharedLock stores me + 1 = 0, "free").
 */
const INTERNAL = -1;

/**
 * Bounds the lock-free snapshot loop: a worker terminated in the middle of a
 * write leaves VERSION odd for good, and the main thread must not spin forever.
 * Both bounds must pass: on a loaded machine a live writer can be descheduled
 * mid-write for longer than 10 000 tries, and the stale fallback of a reader
 * that never succeeded is an empty queue (queue.test.ts saw `[]`).
 */
const SNAPSHOT_TRIES = 10_000;
const SNAPSHOT_MS = 50;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Python's timeout check in Queue.put/get. CPython's put only checks it when
 * maxsize > 0 (an unbounded put never waits), so callers mirror that.
 */
export function checkTimeout(block: boolean, timeout: number | null): void {
  if (block && timeout !== null && timeout < 0) {
    throw new PyException('ValueError', "'timeout' must be a non-negative number", 0);
  }
}

function payloadCells(slotBytes: number): number {
  // At least two cells so any slot can hold a float64.
  return Math.max(2, Math.ceil(slotBytes / 4));
}

export class SharedQueue {
  private readonly cells: Int32Array;
  private readonly lock: SharedLock;
  private readonly slots: number;
  private readonly slotBytes: number;
  private readonly stride: number;
  /** maxsize 0 means unbounded in Python; here the slots run out first. */
  private readonly capacity: number;
  private lastSnapshot: QueueItem[] = [];
  /** 0-based place of this instance's last successful put or get in the queue's order (-1 before any). */
  lastSerial = -1;

  static create(opts: { slots: number; slotBytes: number }): SharedArrayBuffer {
    const { slots, slotBytes } = opts;
    if (!Number.isInteger(slots) || slots < 1) throw new RangeError(`slots must be a positive integer, got ${slots}`);
    if (!Number.isInteger(slotBytes) || slotBytes < 0) {
      throw new RangeError(`slotBytes must be a non-negative integer, got ${slotBytes}`);
    }
    const stride = RECORD_HEAD + payloadCells(slotBytes);
    const buffer = new SharedArrayBuffer((HEADER + slots * stride) * 4);
    const cells = new Int32Array(buffer);
    // Written before the buffer is shared, so every worker reads the same shape.
    cells[SLOTS] = slots;
    cells[SLOT_BYTES] = slotBytes;
    return buffer;
  }

  constructor(
    buffer: SharedArrayBuffer,
    readonly maxsize: number,
  ) {
    this.cells = new Int32Array(buffer);
    this.lock = new SharedLock(this.cells, 0);
    this.slots = Atomics.load(this.cells, SLOTS);
    this.slotBytes = Atomics.load(this.cells, SLOT_BYTES);
    this.stride = RECORD_HEAD + payloadCells(this.slotBytes);
    if (maxsize > this.slots) throw new RangeError(`maxsize ${maxsize} exceeds the ${this.slots} slots`);
    this.capacity = maxsize > 0 ? maxsize : this.slots;
  }

  /** Python's put; false where Python raises Full. `timeoutMs` < 0 waits forever. */
  put(item: QueueItem, block: boolean, timeoutMs: number, now: RealNow | WaitClock, woke?: () => void): boolean {
    // Encode before locking: a too-long string raises without touching the queue.
    const record = this.encode(item);
    const c = this.cells;
    this.enter();
    const ready = () => Atomics.load(c, COUNT) < this.capacity;
    if (!this.waitUntil(ready, NOT_FULL, PUTTERS, block, timeoutMs, now, woke)) {
      this.leave();
      return false;
    }
    const count = Atomics.load(c, COUNT);
    const at = this.recordAt((Atomics.load(c, HEAD) + count) % this.slots);
    Atomics.add(c, VERSION, 1);
    for (let i = 0; i < record.length; i++) Atomics.store(c, at + i, record[i] ?? 0);
    Atomics.store(c, COUNT, count + 1);
    Atomics.add(c, VERSION, 1);
    this.lastSerial = Atomics.add(c, PUT_SERIAL, 1);
    Atomics.add(c, UNFINISHED, 1);
    if (Atomics.load(c, GETTERS) > 0) this.notify(NOT_EMPTY, 1);
    this.leave();
    return true;
  }

  /** Python's get; `{ ok: false }` where Python raises Empty. `timeoutMs` < 0 waits forever. */
  get(block: boolean, timeoutMs: number, now: RealNow | WaitClock, woke?: () => void): GetResult {
    const c = this.cells;
    this.enter();
    const ready = () => Atomics.load(c, COUNT) > 0;
    if (!this.waitUntil(ready, NOT_EMPTY, GETTERS, block, timeoutMs, now, woke)) {
      this.leave();
      return { ok: false };
    }
    const head = Atomics.load(c, HEAD);
    // Only the lock holder writes, so this read cannot be torn.
    const item = this.decode(this.recordAt(head));
    if (item === undefined) {
      this.leave();
      throw new Error('queue memory is corrupted');
    }
    Atomics.add(c, VERSION, 1);
    Atomics.store(c, HEAD, (head + 1) % this.slots);
    Atomics.sub(c, COUNT, 1);
    Atomics.add(c, VERSION, 1);
    this.lastSerial = Atomics.add(c, GET_SERIAL, 1);
    if (Atomics.load(c, PUTTERS) > 0) this.notify(NOT_FULL, 1);
    this.leave();
    return { ok: true, item };
  }

  qsize(): number {
    return Atomics.load(this.cells, COUNT);
  }

  empty(): boolean {
    return this.qsize() === 0;
  }

  full(): boolean {
    return this.maxsize > 0 && this.qsize() >= this.maxsize;
  }

  /** Python's task_done: wakes every join() when the last unfinished task is done. */
  taskDone(): void {
    const c = this.cells;
    this.enter();
    const unfinished = Atomics.load(c, UNFINISHED) - 1;
    if (unfinished < 0) {
      this.leave();
      throw new PyException('ValueError', 'task_done() called too many times', 0);
    }
    Atomics.store(c, UNFINISHED, unfinished);
    if (unfinished === 0) this.notify(ALL_DONE, Infinity);
    this.leave();
  }

  /**
   * Python's join: wait until every item put has been marked done. Python has no
   * timeout here; ours lets the runtime wake up to pause or stop. False on timeout.
   */
  join(timeoutMs: number, now: RealNow | WaitClock, woke?: () => void): boolean {
    this.enter();
    const ready = () => Atomics.load(this.cells, UNFINISHED) === 0;
    // Joiners are not counted: taskDone wakes them all, so no count is needed to skip a notify.
    const ok = this.waitUntil(ready, ALL_DONE, -1, true, timeoutMs, now, woke);
    this.leave();
    return ok;
  }

  /**
   * The contents, oldest first, read without the lock under a seqlock. Never
   * waits, so the browser main thread can call it; if writers keep it from
   * getting a stable read it returns the last stable one.
   */
  snapshot(): QueueItem[] {
    const c = this.cells;
    const until = realNowMs() + SNAPSHOT_MS;
    for (let attempt = 0; attempt < SNAPSHOT_TRIES || realNowMs() < until; attempt++) {
      const version = Atomics.load(c, VERSION);
      if (version % 2 !== 0) continue;
      const items = this.readContents();
      if (items !== null && Atomics.load(c, VERSION) === version) {
        this.lastSnapshot = items;
        return items.slice();
      }
    }
    return this.lastSnapshot.slice();
  }

  /** Whether a put could go ahead now (room left), for the time keeper. */
  hasRoom(): boolean {
    return Atomics.load(this.cells, COUNT) < this.capacity;
  }

  unfinishedTasks(): number {
    return Atomics.load(this.cells, UNFINISHED);
  }

  /** Wake every waiter (they re-check their predicate and the time): the clock moved. */
  wakeAll(): void {
    for (const cond of [NOT_EMPTY, NOT_FULL, ALL_DONE]) this.notify(cond, Infinity);
  }

  /** How many threads are blocked in put and in get, for display. */
  waiting(): { putters: number; getters: number } {
    return { putters: Atomics.load(this.cells, PUTTERS), getters: Atomics.load(this.cells, GETTERS) };
  }

  // ---- internals ----

  private enter(): void {
    // Blocks forever, so the clock is only read to compute an infinite deadline.
    this.lock.acquire(INTERNAL, true, -1, realNowMs);
  }

  private leave(): void {
    this.lock.release(0);
  }

  /**
   * With the lock held, wait until `ready()` as CPython's put/get loops do:
   * re-check after every wakeup and recompute the time left from a fixed
   * deadline. False when not ready in time; the lock is held on return.
   * `waiters` is the cell counting blocked threads, or -1 for none.
   * `woke` runs, lock held, when a wait ends and before the item is taken or
   * placed: the thread says it runs before the queue stops looking as it
   * waited for (the time keeper reads both).
   */
  private waitUntil(
    ready: () => boolean,
    cond: number,
    waiters: number,
    block: boolean,
    timeoutMs: number,
    clock: RealNow | WaitClock,
    woke: () => void = () => {},
  ): boolean {
    if (ready()) return true;
    if (!block) return false;
    const wc = asWaitClock(clock);
    const deadline = timeoutMs < 0 ? Infinity : (wc.deadline ?? wc.now() + timeoutMs);
    while (!ready()) {
      if (deadline !== Infinity && wc.now() >= deadline) {
        woke();
        return false;
      }
      const remaining = deadline === Infinity ? Infinity : Math.max(0, wc.waitMs(deadline));
      const c = this.cells;
      const seq = Atomics.load(c, cond);
      // Counted before unlocking, so a notifier that sees zero waiters really has none to wake.
      if (waiters >= 0) Atomics.add(c, waiters, 1);
      this.leave();
      Atomics.wait(c, cond, seq, remaining);
      this.enter();
      if (waiters >= 0) Atomics.sub(c, waiters, 1);
    }
    woke();
    return true;
  }

  private notify(cond: number, count: number): void {
    Atomics.add(this.cells, cond, 1);
    Atomics.notify(this.cells, cond, count);
  }

  private recordAt(slot: number): number {
    return HEADER + slot * this.stride;
  }

  private encode(item: QueueItem): Int32Array {
    if (typeof item === 'number') {
      const record = new Int32Array(RECORD_HEAD + 2);
      record[0] = NUMBER;
      new Float64Array(record.buffer, RECORD_HEAD * 4, 1)[0] = item;
      return record;
    }
    const bytes = encoder.encode(item);
    if (bytes.length > this.slotBytes) {
      throw new RangeError(`a string of ${bytes.length} UTF-8 bytes does not fit a ${this.slotBytes}-byte queue slot`);
    }
    const record = new Int32Array(RECORD_HEAD + Math.ceil(bytes.length / 4));
    record[0] = STRING;
    record[1] = bytes.length;
    new Uint8Array(record.buffer, RECORD_HEAD * 4).set(bytes);
    return record;
  }

  /**
   * Copy a record out with atomic loads into private memory (TextDecoder
   * refuses shared views). Undefined for a record torn by a concurrent write,
   * which only the lock-free snapshot can meet.
   */
  private decode(at: number): QueueItem | undefined {
    const c = this.cells;
    const tag = Atomics.load(c, at);
    const length = tag === NUMBER ? 8 : Atomics.load(c, at + 1);
    if ((tag !== NUMBER && tag !== STRING) || length < 0 || length > Math.max(8, this.slotBytes)) return undefined;
    const payload = new Int32Array(Math.ceil(length / 4));
    for (let i = 0; i < payload.length; i++) payload[i] = Atomics.load(c, at + RECORD_HEAD + i);
    if (tag === NUMBER) return new Float64Array(payload.buffer)[0];
    return decoder.decode(new Uint8Array(payload.buffer, 0, length));
  }

  private readContents(): QueueItem[] | null {
    const c = this.cells;
    const head = Atomics.load(c, HEAD);
    const count = Atomics.load(c, COUNT);
    if (head < 0 || head >= this.slots || count < 0 || count > this.slots) return null;
    const items: QueueItem[] = [];
    for (let k = 0; k < count; k++) {
      const item = this.decode(this.recordAt((head + k) % this.slots));
      if (item === undefined) return null;
      items.push(item);
    }
    return items;
  }
}
