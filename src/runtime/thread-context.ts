/**
 * The Python-shaped API a simulated thread calls: `time.sleep`, `print`,
 * `threading.Lock`, `global` variables, `threading.current_thread().name`.
 * Every call names the Python source line it mirrors, so the code panel and the
 * timeline say the same thing. Every call is also a checkpoint: pause stops
 * the thread there and resume continues exactly there.
 */
import { PAUSED, RUNNING, SharedClock, STOPPED } from './clock';
import { PyException, RunStopped } from './errors';
import { EventKind, ThreadState, packQueueRef } from './events';
import { Gil } from './gil';
import { SharedLock, type WaitClock } from './lock';
import { type RunMemory, STATUS_SLOTS, S_BEHIND, S_BLOCKED_ON, S_LINE, S_SEQ, S_STATE, S_TIMED, S_WAIT, Wait } from './memory';
import { type QueueItem, SharedQueue } from './queue';
import { ByteRing } from './ring';
import { SharedMailbox } from './mailbox';
import { SlowMotion, napOnSharedMemory } from './slow-motion';

export interface ThreadInit {
  memory: RunMemory;
  /** Index of this worker in the run: its ring, its status cells. */
  worker: number;
  /** `threading.current_thread().name` */
  name: string;
  /** `os.getpid()` of the simulated process this thread belongs to. */
  pid: number;
  /** Which globals region (simulated process) this thread shares. */
  process: number;
  scenario: string;
  target: string;
  params: Record<string, number | string | boolean>;
  globalNames: string[];
  lockNames: string[];
  /** Queues of the run, by name; their buffers are `memory.queues` in the same order. */
  queues: QueueInit[];
  /** Lock index of this thread's process GIL; absent when the run has none (free-threaded). */
  gilLock?: number;
}

export interface QueueInit {
  name: string;
  maxsize: number;
  /** Display name of the exception module, `queue` for both queue.Queue and multiprocessing.Queue. */
  kind: 'thread' | 'process';
}

/** How a GIL appears in events (Acquired/Released text): the timeline draws its holds as lock bars. */
export const GIL_NAME = 'GIL';

/** Where `hashUnit` leaves its result, so the JIT cannot drop the work. */
let hashSink = 0;

/** One default unit of CPU work: a few thousand rounds of an integer hash (about 10 µs). */
function hashUnit(i: number): void {
  let h = (hashSink ^ i) | 0;
  for (let k = 0; k < 4096; k++) h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + k;
  hashSink = h;
}

/** Longest a blocked queue call waits before it looks at the pause gate and the clock again. */
const QUEUE_SLICE_MS = 50;

export class PyThread {
  readonly name: string;
  readonly pid: number;
  private readonly clock: SharedClock;
  private readonly ring: ByteRing;
  private readonly status: Int32Array;
  private readonly deadlines: Float64Array;
  private readonly base: number;
  private readonly globals: Float64Array;
  private readonly lockCells: Int32Array;
  private lastLine = 0;
  private readonly queues: SharedQueue[];
  private readonly gil: Gil | null;
  private readonly mailbox: SharedMailbox | null;

  constructor(private readonly init: ThreadInit) {
    this.name = init.name;
    this.pid = init.pid;
    const m = init.memory;
    this.clock = new SharedClock(new Int32Array(m.control), new Float64Array(m.clock));
    const ring = m.rings[init.worker];
    const globals = m.globals[init.process];
    if (!ring || !globals) throw new Error(`no shared memory for worker ${init.worker}`);
    this.ring = new ByteRing(ring);
    this.globals = new Float64Array(globals);
    this.status = new Int32Array(m.status);
    this.deadlines = new Float64Array(m.deadlines);
    this.base = init.worker * STATUS_SLOTS;
    this.lockCells = new Int32Array(m.locks);
    this.gil = init.gilLock === undefined ? null : this.makeGil(init.gilLock);
    this.mailbox = m.mailbox ? new SharedMailbox(m.mailbox) : null;
    this.queues = init.queues.map((q, i) => {
      const buffer = m.queues[i];
      if (!buffer) throw new Error(`no shared memory for queue ${q.name}`);
      return new SharedQueue(buffer, q.maxsize);
    });
  }

  /** Simulated seconds since the run began (`time.time()` relative to start). */
  now(): number {
    return this.clock.now();
  }

  /** Arrive at the start line, wait for every thread of the run, then run. */
  start(): void {
    this.clock.arrive();
    this.checkpoint();
    this.emit(EventKind.Start, 0, this.pid, 0, this.name);
    this.setState(ThreadState.Running, 0, false);
  }

  /** The thread is about to run `line`. */
  line(line: number): void {
    this.checkpoint();
    if (line !== this.lastLine) {
      this.lastLine = line;
      Atomics.store(this.status, this.base + S_LINE, line);
      this.emit(EventKind.Line, line, 0, 0, '');
    }
  }

  /** `time.sleep(seconds)` in simulated seconds; pause and speed changes apply at once. */
  sleep(seconds: number, line: number): void {
    this.line(line);
    if (!(seconds >= 0)) throw new PyException('ValueError', 'sleep length must be non-negative', line);
    // time.sleep releases the GIL (Py_BEGIN_ALLOW_THREADS) and takes it back after.
    const hadGil = this.gil?.drop() ?? false;
    const deadline = this.clock.now() + seconds;
    this.setState(ThreadState.Sleeping, 0, true, Wait.Sleep, deadline);
    for (;;) {
      this.checkpoint();
      const epoch = this.clock.epoch();
      if (this.clock.now() >= deadline) break;
      this.clock.waitForChange(epoch, this.clock.realMsUntil(deadline));
    }
    this.setState(ThreadState.Running, 0, false);
    if (hadGil) this.gil?.take();
  }

  print(text: string, line: number): void {
    this.line(line);
    this.emit(EventKind.Print, line, 0, 0, text);
  }

  /** `lock.acquire(blocking=True, timeout=-1)`, timeout in simulated seconds. */
  acquire(lockName: string, line: number, blocking = true, timeout = -1): boolean {
    this.line(line);
    if (!blocking && timeout !== -1) {
      throw new PyException('ValueError', "can't specify a timeout for a non-blocking call", line);
    }
    if (timeout < 0 && timeout !== -1) {
      throw new PyException('ValueError', 'timeout value must be a non-negative number', line);
    }
    const index = this.lockIndex(lockName);
    const lock = new SharedLock(this.lockCells, index);
    let got = lock.acquire(this.init.worker, false, 0, this.clock.waitClock);
    if (!got && blocking) {
      const hadGil = this.gil?.drop() ?? false;
      const deadline = timeout < 0 ? Infinity : this.clock.now() + timeout;
      this.setState(ThreadState.WaitingLock, index + 1, timeout >= 0, Wait.Lock, deadline);
      got = lock.acquire(this.init.worker, true, timeout < 0 ? -1 : timeout * 1000, this.waitUntil(deadline));
      this.setState(ThreadState.Running, 0, false);
      if (hadGil) this.gil?.take();
    }
    if (got) this.emit(EventKind.Acquired, line, index, 0, lockName);
    return got;
  }

  /** `lock.release()`; releasing an unlocked lock raises `RuntimeError`. */
  release(lockName: string, line: number): void {
    this.line(line);
    const index = this.lockIndex(lockName);
    new SharedLock(this.lockCells, index).release(line);
    this.emit(EventKind.Released, line, index, 0, lockName);
  }

  /** Read a module global. Reads and writes are separate steps, as in bytecode. */
  getGlobal(name: string, line: number): number {
    this.line(line);
    const i = this.globalIndex(name);
    const v = this.globals[i] ?? 0;
    this.emit(EventKind.GlobalRead, line, v, i, name);
    return v;
  }

  setGlobal(name: string, value: number, line: number): void {
    this.line(line);
    const i = this.globalIndex(name);
    this.globals[i] = value;
    this.emit(EventKind.GlobalWrite, line, value, i, name);
  }

  /**
   * `q.put(item, block=True, timeout=None)`; raises `queue.Full` as Python does.
   * A blocked put waits in short slices so pause, speed and stop apply at once.
   */
  put(queueName: string, item: QueueItem, line: number, block = true, timeout: number | null = null): void {
    this.line(line);
    const index = this.queueIndex(queueName);
    const q = this.queueAt(index);
    if (q.maxsize > 0 && block && timeout !== null && timeout < 0) {
      throw new PyException('ValueError', "'timeout' must be a non-negative number", line);
    }
    const ok = this.blockingCall(index, Wait.QueuePut, block, timeout, (ms, woke, until) => q.put(item, ms !== 0, ms, until, woke));
    if (!ok) throw new PyException('queue.Full', '', line);
    this.emit(EventKind.QueuePut, line, packQueueRef(index, q.lastSerial), q.qsize(), String(item));
  }

  /** `q.get(block=True, timeout=None)`; raises `_queue.Empty` as Python does. */
  get(queueName: string, line: number, block = true, timeout: number | null = null): QueueItem {
    this.line(line);
    const index = this.queueIndex(queueName);
    const q = this.queueAt(index);
    if (block && timeout !== null && timeout < 0) {
      throw new PyException('ValueError', "'timeout' must be a non-negative number", line);
    }
    let got: QueueItem | undefined;
    const ok = this.blockingCall(index, Wait.QueueGet, block, timeout, (ms, woke, until) => {
      const r = q.get(ms !== 0, ms, until, woke);
      if (r.ok) got = r.item;
      return r.ok;
    });
    if (!ok || got === undefined) throw new PyException('_queue.Empty', '', line);
    this.emit(EventKind.QueueGet, line, packQueueRef(index, q.lastSerial), q.qsize(), String(got));
    return got;
  }

  qsize(queueName: string, line: number): number {
    this.line(line);
    return this.queueAt(this.queueIndex(queueName)).qsize();
  }

  empty(queueName: string, line: number): boolean {
    this.line(line);
    return this.queueAt(this.queueIndex(queueName)).empty();
  }

  full(queueName: string, line: number): boolean {
    this.line(line);
    return this.queueAt(this.queueIndex(queueName)).full();
  }

  taskDone(queueName: string, line: number): void {
    this.line(line);
    try {
      this.queueAt(this.queueIndex(queueName)).taskDone();
    } catch (e) {
      if (e instanceof PyException) throw new PyException(e.pyType, e.pyMessage, line);
      throw e;
    }
  }

  /** `q.join()`: waits until every item put has been marked done. */
  join(queueName: string, line: number): void {
    this.line(line);
    const index = this.queueIndex(queueName);
    const q = this.queueAt(index);
    this.blockingCall(index, Wait.QueueJoin, true, null, (ms, woke, until) => q.join(ms, until, woke));
  }

  /**
   * Runs `attempt` (given a wait in simulated ms: 0 = do not wait, < 0 =
   * forever) once without waiting, then once more waiting until it succeeds
   * or the simulated timeout passes. The time keeper wakes the wait whenever
   * the clock jumps, so a timeout ends exactly on time at any speed.
   */
  private blockingCall(
    index: number,
    wait: Wait,
    block: boolean,
    timeout: number | null,
    attempt: (waitMs: number, woke: () => void, until: WaitClock) => boolean,
  ): boolean {
    if (attempt(0, () => {}, this.clock.waitClock)) return true;
    if (!block) return false;
    const hadGil = this.gil?.drop() ?? false;
    const deadline = timeout === null ? Infinity : this.clock.now() + timeout;
    this.setState(ThreadState.WaitingQueue, index + 1, timeout !== null, wait, deadline);
    let running = false;
    const woke = (): void => {
      running = true;
      this.setState(ThreadState.Running, 0, false);
    };
    try {
      this.checkpoint();
      return attempt(timeout === null ? -1 : Math.max(timeout * 1000, 1e-9), woke, this.waitUntil(deadline));
    } finally {
      if (!running) this.setState(ThreadState.Running, 0, false);
      if (hadGil) this.gil?.take();
    }
  }

  /** A wait clock whose deadline is the one this thread published for the time keeper. */
  private waitUntil(deadline: number): WaitClock {
    return { ...this.clock.waitClock, deadline: deadline * 1000 };
  }

  private queueAt(index: number): SharedQueue {
    const q = this.queues[index];
    if (!q) throw new PyException('NameError', `queue ${index} is not defined`, this.lastLine);
    return q;
  }

  private queueIndex(name: string): number {
    const i = this.init.queues.findIndex((q) => q.name === name);
    if (i < 0) throw new PyException('NameError', `name '${name}' is not defined`, this.lastLine);
    return i;
  }

  /**
   * Like `input()`: the next line the student sends from the page (see
   * SharedMailbox). Drawn as sleeping, as the OS shows a thread blocked
   * reading its terminal. Waits in short slices so pause and stop still apply.
   * Without a mailbox there is no input at all, so `EOFError` as at end of file.
   */
  readCommand(line: number): string {
    this.line(line);
    const box = this.mailbox;
    if (!box) throw new PyException('EOFError', '', line);
    const ready = box.take(0);
    if (ready !== null) return ready;
    this.setState(ThreadState.Sleeping, 0, false, Wait.Input);
    try {
      for (;;) {
        this.checkpoint();
        const text = box.take(QUEUE_SLICE_MS);
        if (text !== null) return text;
      }
    } finally {
      this.setState(ThreadState.Running, 0, false);
    }
  }

  /**
   * `units` pieces of real CPU work (`unit(i)`; by default a small hash loop),
   * run as Python bytecode runs: holding this process's GIL, offering it to a
   * waiting thread every switch interval, pausable between two units. Without
   * a GIL (free-threaded) threads compute truly in parallel. Keep a unit short
   * (tens of microseconds) so switches and pause come on time.
   */
  compute(units: number, line: number, unit: (i: number) => void = hashUnit): void {
    this.line(line);
    this.gil?.take();
    const slow = new SlowMotion(() => this.clock.speed(), napOnSharedMemory);
    for (let i = 0; i < units; i++) {
      const t0 = performance.now();
      unit(i);
      slow.after(performance.now() - t0);
      this.checkpoint();
      this.gil?.tick();
    }
  }

  private makeGil(index: number): Gil {
    return new Gil(this.lockCells, index, this.init.worker, {
      waiting: (on) => (on ? this.setState(ThreadState.WaitingLock, index + 1, false, Wait.Lock) : this.setState(ThreadState.Running, 0, false)),
      acquired: () => this.emit(EventKind.Acquired, this.lastLine, index, 0, GIL_NAME),
      releasing: () => this.emit(EventKind.Released, this.lastLine, index, 0, GIL_NAME),
    });
  }

  /** A scenario fact the outcome panel counts (e.g. "sold ticket 7"). */
  mark(label: string, value: number, line: number): void {
    this.emit(EventKind.Mark, line, value, 0, label);
  }

  finish(): void {
    this.gil?.drop();
    this.setState(ThreadState.Done, 0, false);
    this.emit(EventKind.Done, this.lastLine, 0, 0, '');
  }

  /** An uncaught exception ends this thread (as in Python: the others go on). */
  fail(error: PyException): void {
    this.emit(EventKind.Error, error.line, 0, 0, error.message);
    this.finish();
  }

  private checkpoint(): void {
    for (;;) {
      const epoch = this.clock.epoch();
      const s = this.clock.state();
      if (s === RUNNING) return;
      if (s === STOPPED) throw new RunStopped();
      if (s === PAUSED) this.clock.waitForChange(epoch, 1000);
    }
  }

  /**
   * Publishes what this thread is doing for the time keeper: what it waits
   * for and until when, then bumps its sequence cell (so a reader can tell a
   * stable view) and wakes the keeper.
   */
  private setState(state: ThreadState, blockedOn: number, timed: boolean, wait: Wait = Wait.None, deadline = Infinity): void {
    if (state === ThreadState.Running) this.clock.release();
    this.deadlines[this.init.worker] = deadline;
    Atomics.store(this.status, this.base + S_WAIT, wait);
    Atomics.store(this.status, this.base + S_BLOCKED_ON, blockedOn);
    Atomics.store(this.status, this.base + S_TIMED, timed ? 1 : 0);
    Atomics.store(this.status, this.base + S_STATE, state);
    Atomics.add(this.status, this.base + S_SEQ, 1);
    this.emit(EventKind.State, this.lastLine, state, blockedOn, '');
    this.clock.bumpActivity();
  }

  private emit(kind: EventKind, line: number, a: number, b: number, text: string): void {
    this.ring.writeEvent(this.clock.now(), kind, line, a, b, text, this.markBehind);
  }

  /** The ring is full: this thread waits for the page, which should say it is behind. */
  private readonly markBehind = (): void => {
    Atomics.store(this.status, this.base + S_BEHIND, 1);
  };

  private lockIndex(name: string): number {
    const i = this.init.lockNames.indexOf(name);
    if (i < 0) throw new PyException('NameError', `name '${name}' is not defined`, this.lastLine);
    return i;
  }

  private globalIndex(name: string): number {
    const i = this.init.globalNames.indexOf(name);
    if (i < 0) throw new PyException('NameError', `name '${name}' is not defined`, this.lastLine);
    return i;
  }
}
