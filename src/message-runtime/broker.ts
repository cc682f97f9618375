/**
 * The main-thread half of the message runtime: it owns everything the
 * shared-memory runtime keeps in a SharedArrayBuffer (clock and pause gate,
 * locks, queues, globals per simulated process, thread states) and answers
 * each worker's calls, writing the same RuntimeEvents PyThread writes, so the
 * trace model and the UI need no change.
 *
 * Blocking is a reply not sent yet: a thread waiting on a lock gets its
 * answer when the lock is handed to it. Pause holds every call that arrives
 * until resume (each call is a checkpoint, as on shared memory), and
 * simulated time stands still for sleeps and timeouts. The workers stay real
 * and concurrent: their calls arrive interleaved as they really run, so
 * `ticket -= 1` is still a read call then a write call that others can split.
 */
import { PyException } from '../runtime/errors';
import { EventKind, type RuntimeEvent, ThreadState, packQueueRef } from '../runtime/events';
import type { QueueItem } from '../runtime/queue';
import type { Waiter } from '../engine/deadlock';
import type { QueueView, RunSpec } from '../engine/run';
import { BrokerLock } from './broker-lock';
import { BrokerQueue } from './broker-queue';
import { Deadlines } from './deadlines';
import type { Call, Reply } from './protocol';
import { SimClock } from './sim-clock';

/** How a GIL appears in events, as thread-context.ts's GIL_NAME (that module needs SharedArrayBuffer). */
const GIL_NAME = 'GIL';

export type BrokerSpec = Pick<
  RunSpec,
  'threads' | 'globalNames' | 'globalsByProcess' | 'lockNames' | 'queues' | 'speed' | 'gil' | 'mailbox'
>;

/** Sends a reply to the call `id` of `worker`. */
export type Respond = (worker: number, id: number, reply: Reply) => void;

interface ThreadRec {
  name: string;
  pid: number;
  process: number;
  state: ThreadState;
  /** Lock or queue index + 1 while waiting, else 0. */
  blockedOn: number;
  timed: boolean;
  lastLine: number;
  /** Id of the call being served, or -1. */
  pending: number;
  hasGil: boolean;
  /** Between computeBegin and its next other call: real CPU work that simulated time counts. */
  computing: boolean;
}

type Value = QueueItem | boolean | null;

export class Broker {
  readonly clock: SimClock;
  private readonly deadlines: Deadlines;
  private readonly threads: ThreadRec[];
  private readonly locks: BrokerLock[];
  private readonly queues: BrokerQueue[];
  private readonly globals: number[][];
  private events: RuntimeEvent[] = [];
  /** Calls that arrived while paused, in arrival order. */
  private held: { worker: number; id: number; call: Call }[] = [];
  private inbox: string[] = [];
  private readers: number[] = [];
  private arrivedCount = 0;
  /** Told (once per burst, in a microtask) whenever a thread's state changes. */
  onActivity: () => void = () => {};
  private activityQueued = false;

  constructor(
    private readonly spec: BrokerSpec,
    private readonly respond: Respond,
    realNow: () => number = () => performance.now(),
  ) {
    this.clock = new SimClock(spec.speed, realNow, () => this.clockChanged());
    this.deadlines = new Deadlines(this.clock);
    this.threads = spec.threads.map((t) => ({
      name: t.name,
      pid: t.pid,
      process: t.process,
      state: ThreadState.New,
      blockedOn: 0,
      timed: false,
      lastLine: 0,
      pending: -1,
      hasGil: false,
      computing: false,
    }));
    const gils = spec.gil === true ? spec.globalsByProcess.length : 0;
    this.locks = Array.from({ length: spec.lockNames.length + gils }, () => new BrokerLock());
    this.queues = (spec.queues ?? []).map((q) => new BrokerQueue(q.maxsize));
    this.globals = spec.globalsByProcess.map((g) => g.slice());
  }

  // ---- the run's side ----

  /** Workers that have called start (loaded and at their first line). */
  get arrived(): number {
    return this.arrivedCount;
  }

  /** A call from `worker`; answered now, later (it blocks), or after resume (paused). */
  receive(worker: number, id: number, call: Call): void {
    if (call.op === 'start') {
      this.arrivedCount++;
      this.activity();
    }
    if (this.clock.state === 'stopped') this.respond(worker, id, { ok: false, stopped: true });
    else if (this.clock.state === 'paused') this.held.push({ worker, id, call });
    else this.serve(worker, id, call);
  }

  drain(into: RuntimeEvent[] = []): RuntimeEvent[] {
    for (const e of this.events) into.push(e);
    this.events = [];
    return into;
  }

  global(name: string, process = 0): number {
    const i = this.spec.globalNames.indexOf(name);
    return i < 0 ? NaN : (this.globals[process]?.[i] ?? NaN);
  }

  queueViews(): QueueView[] {
    return this.queues.map((q, i) => ({
      name: this.spec.queues?.[i]?.name ?? `q${i}`,
      maxsize: q.maxsize,
      items: q.items(),
      ...q.waiting(),
    }));
  }

  /** A command for the run's interactive thread (`readCommand`); false without a mailbox or once stopped. */
  send(command: string): boolean {
    if (this.spec.mailbox !== true || this.clock.state === 'stopped') return false;
    this.inbox.push(command);
    this.deliverCommands();
    return true;
  }

  /**
   * The virtual-time rule: when every live thread waits in a call, time
   * jumps to the earliest deadline; with none and no input to come, the
   * waiters of the deadlock. The broker serves every wait, so what it knows
   * is exact: a thread without a pending call is running.
   */
  keepTime(): Waiter[] | null {
    if (this.clock.state !== 'running') return null;
    let live = 0;
    let busy = false;
    for (const t of this.threads) {
      if (t.state === ThreadState.Done) continue;
      live++;
      const waits = t.state === ThreadState.Sleeping || t.state === ThreadState.WaitingLock || t.state === ThreadState.WaitingQueue;
      if (t.pending < 0 || !waits) busy = true;
    }
    if (busy) {
      if (this.clock.jumpingTo() !== null) this.clock.endJump();
      return null;
    }
    if (live === 0) return null;
    const earliest = this.deadlines.earliest();
    if (earliest !== Infinity) {
      if (this.clock.jumpingTo() !== earliest) this.clock.jumpTo(earliest);
      return null;
    }
    if (this.readers.length > 0) return null;
    return this.deadlock();
  }

  /** The waiters if every live thread waits without a timeout on a held lock or on a queue. */
  deadlock(): Waiter[] | null {
    const waiters: Waiter[] = [];
    let live = 0;
    for (const [worker, t] of this.threads.entries()) {
      if (t.state === ThreadState.Done) continue;
      if (t.state === ThreadState.New) return null;
      live++;
      if (t.state !== ThreadState.WaitingLock && t.state !== ThreadState.WaitingQueue) return null;
      const on = t.blockedOn - 1;
      if (t.timed || on < 0) return null;
      if (t.state === ThreadState.WaitingQueue) {
        waiters.push({ worker, kind: 'queue', lock: on, holder: -1 });
        continue;
      }
      const lock = this.locks[on];
      if (!lock?.locked) return null;
      waiters.push({ worker, kind: 'lock', lock: on, holder: lock.holder });
    }
    return live > 0 ? waiters : null;
  }

  // ---- clock ----

  private clockChanged(): void {
    this.deadlines.schedule();
    if (this.clock.state === 'running') {
      const held = this.held;
      this.held = [];
      for (const h of held) this.serve(h.worker, h.id, h.call);
      this.deliverCommands();
    } else if (this.clock.state === 'stopped') {
      this.deadlines.clear();
      for (const h of this.held) this.respond(h.worker, h.id, { ok: false, stopped: true });
      this.held = [];
      for (const [worker, t] of this.threads.entries()) {
        if (t.pending < 0) continue;
        const id = t.pending;
        t.pending = -1;
        this.respond(worker, id, { ok: false, stopped: true });
      }
    }
  }

  // ---- serving calls ----

  private serve(worker: number, id: number, call: Call): void {
    const t = this.thread(worker);
    t.pending = id;
    const computing = call.op === 'computeBegin' || call.op === 'computeTick';
    if (computing !== t.computing) {
      t.computing = computing;
      this.clock.setComputing(this.threads.some((x) => x.computing));
    }
    this.clock.tick();
    try {
      this.dispatch(worker, t, call);
    } catch (e) {
      const err = e instanceof PyException ? e : new PyException('SystemError', e instanceof Error ? e.message : String(e), t.lastLine);
      this.raise(worker, err);
    }
  }

  private dispatch(worker: number, t: ThreadRec, c: Call): void {
    switch (c.op) {
      case 'start':
        this.emit(worker, EventKind.Start, 0, t.pid, 0, t.name);
        this.setState(worker, ThreadState.Running, 0, false);
        return this.ok(worker);
      case 'now':
        return this.ok(worker, this.clock.now());
      case 'line':
        this.line(worker, c.line);
        return this.ok(worker);
      case 'sleep':
        return this.sleep(worker, c.seconds, c.line);
      case 'print':
        this.line(worker, c.line);
        this.emit(worker, EventKind.Print, c.line, 0, 0, c.text);
        return this.ok(worker);
      case 'acquire':
        return this.acquire(worker, c.lock, c.line, c.blocking, c.timeout);
      case 'release': {
        this.line(worker, c.line);
        const index = this.lockIndex(c.lock, c.line);
        this.releaseLock(worker, index, c.line, c.lock);
        return this.ok(worker);
      }
      case 'getGlobal': {
        this.line(worker, c.line);
        const i = this.globalIndex(c.name, c.line);
        const v = this.globals[t.process]?.[i] ?? 0;
        this.emit(worker, EventKind.GlobalRead, c.line, v, i, c.name);
        return this.ok(worker, v);
      }
      case 'setGlobal': {
        this.line(worker, c.line);
        const i = this.globalIndex(c.name, c.line);
        const region = this.globals[t.process];
        if (region) region[i] = c.value;
        this.emit(worker, EventKind.GlobalWrite, c.line, c.value, i, c.name);
        return this.ok(worker);
      }
      case 'put':
        return this.put(worker, c.queue, c.item, c.line, c.block, c.timeout);
      case 'get':
        return this.get(worker, c.queue, c.line, c.block, c.timeout);
      case 'qsize':
      case 'empty':
      case 'full': {
        this.line(worker, c.line);
        const q = this.queue(this.queueIndex(c.queue, c.line));
        return this.ok(worker, c.op === 'qsize' ? q.qsize() : c.op === 'empty' ? q.empty() : q.full());
      }
      case 'taskDone':
        this.line(worker, c.line);
        this.queue(this.queueIndex(c.queue, c.line)).taskDone(c.line);
        return this.ok(worker);
      case 'join':
        return this.join(worker, c.queue, c.line);
      case 'readCommand':
        return this.readCommand(worker, c.line);
      case 'computeBegin':
        this.line(worker, c.line);
        // The answer carries the watching speed: slow motion stretches the work in the worker.
        return this.takeGil(worker, () => this.ok(worker, this.clock.speed));
      case 'computeTick':
        return this.computeTick(worker);
      case 'mark':
        this.emit(worker, EventKind.Mark, c.line, c.value, 0, c.label);
        return this.ok(worker);
      case 'finish':
        this.finish(worker);
        return this.ok(worker);
      case 'fail':
        this.emit(worker, EventKind.Error, c.line, 0, 0, c.message);
        this.finish(worker);
        return this.ok(worker);
    }
  }

  private sleep(worker: number, seconds: number, line: number): void {
    this.line(worker, line);
    if (!(seconds >= 0)) throw new PyException('ValueError', 'sleep length must be non-negative', line);
    // time.sleep releases the GIL and takes it back after.
    const hadGil = this.dropGil(worker);
    this.setState(worker, ThreadState.Sleeping, 0, true);
    this.deadlines.add(worker, this.clock.now() + seconds, () => this.wake(worker, hadGil, () => this.ok(worker)));
  }

  private acquire(worker: number, name: string, line: number, blocking: boolean, timeout: number): void {
    this.line(worker, line);
    if (!blocking && timeout !== -1) throw new PyException('ValueError', "can't specify a timeout for a non-blocking call", line);
    if (timeout < 0 && timeout !== -1) throw new PyException('ValueError', 'timeout value must be a non-negative number', line);
    const index = this.lockIndex(name, line);
    const lock = this.lock(index);
    const acquired = () => {
      this.emit(worker, EventKind.Acquired, line, index, 0, name);
      this.ok(worker, true);
    };
    if (lock.tryAcquire(worker)) return acquired();
    if (!blocking) return this.ok(worker, false);
    const hadGil = this.dropGil(worker);
    this.setState(worker, ThreadState.WaitingLock, index + 1, timeout >= 0);
    lock.wait({
      worker,
      grant: () => {
        this.deadlines.cancel(worker);
        this.wake(worker, hadGil, acquired);
      },
    });
    if (timeout >= 0) {
      this.deadlines.add(worker, this.clock.now() + timeout, () => {
        lock.cancel(worker);
        this.wake(worker, hadGil, () => this.ok(worker, false));
      });
    }
  }

  /** Releases lock `index` (any thread may) and hands it to its oldest waiter. */
  private releaseLock(worker: number, index: number, line: number, name: string): void {
    const next = this.lock(index).release(line);
    this.emit(worker, EventKind.Released, line, index, 0, name);
    next?.grant();
  }

  private put(worker: number, name: string, item: QueueItem, line: number, block: boolean, timeout: number | null): void {
    this.line(worker, line);
    const index = this.queueIndex(name, line);
    const q = this.queue(index);
    // CPython checks the timeout only where a put can wait: a bounded queue.
    if (q.maxsize > 0 && block && timeout !== null && timeout < 0) {
      throw new PyException('ValueError', "'timeout' must be a non-negative number", line);
    }
    const emitPut = (serial: number) =>
      this.emit(worker, EventKind.QueuePut, line, packQueueRef(index, serial), q.qsize(), String(item));
    const serial = q.tryPut(item);
    if (serial !== null) {
      emitPut(serial);
      this.ok(worker);
      q.settle();
      return;
    }
    if (!block) throw new PyException('queue.Full', '', line);
    const hadGil = this.dropGil(worker);
    this.setState(worker, ThreadState.WaitingQueue, index + 1, timeout !== null);
    q.waitPut({
      worker,
      item,
      done: (s) => {
        this.deadlines.cancel(worker);
        emitPut(s);
        this.wake(worker, hadGil, () => this.ok(worker));
      },
    });
    if (timeout !== null) {
      this.deadlines.add(worker, this.clock.now() + timeout, () => {
        q.cancel(worker);
        this.wake(worker, hadGil, () => this.raise(worker, new PyException('queue.Full', '', line)));
      });
    }
  }

  private get(worker: number, name: string, line: number, block: boolean, timeout: number | null): void {
    this.line(worker, line);
    const index = this.queueIndex(name, line);
    const q = this.queue(index);
    if (block && timeout !== null && timeout < 0) {
      throw new PyException('ValueError', "'timeout' must be a non-negative number", line);
    }
    const emitGet = (item: QueueItem, serial: number) =>
      this.emit(worker, EventKind.QueueGet, line, packQueueRef(index, serial), q.qsize(), String(item));
    const got = q.tryGet();
    if (got) {
      emitGet(got.item, got.serial);
      this.ok(worker, got.item);
      q.settle();
      return;
    }
    if (!block) throw new PyException('_queue.Empty', '', line);
    const hadGil = this.dropGil(worker);
    this.setState(worker, ThreadState.WaitingQueue, index + 1, timeout !== null);
    q.waitGet({
      worker,
      done: (item, serial) => {
        this.deadlines.cancel(worker);
        emitGet(item, serial);
        this.wake(worker, hadGil, () => this.ok(worker, item));
      },
    });
    if (timeout !== null) {
      this.deadlines.add(worker, this.clock.now() + timeout, () => {
        q.cancel(worker);
        this.wake(worker, hadGil, () => this.raise(worker, new PyException('_queue.Empty', '', line)));
      });
    }
  }

  private join(worker: number, name: string, line: number): void {
    this.line(worker, line);
    const index = this.queueIndex(name, line);
    const q = this.queue(index);
    if (q.unfinishedTasks === 0) return this.ok(worker);
    const hadGil = this.dropGil(worker);
    this.setState(worker, ThreadState.WaitingQueue, index + 1, false);
    q.waitJoin({ worker, done: () => this.wake(worker, hadGil, () => this.ok(worker)) });
  }

  /** Drawn as sleeping, as a thread blocked reading its terminal (see PyThread.readCommand). */
  private readCommand(worker: number, line: number): void {
    this.line(worker, line);
    if (this.spec.mailbox !== true) throw new PyException('EOFError', '', line);
    this.setState(worker, ThreadState.Sleeping, 0, false);
    this.readers.push(worker);
    this.deliverCommands();
  }

  private deliverCommands(): void {
    if (this.clock.state !== 'running') return;
    while (this.readers.length > 0 && this.inbox.length > 0) {
      const worker = this.readers.shift() ?? -1;
      const text = this.inbox.shift() ?? '';
      this.setState(worker, ThreadState.Running, 0, false);
      this.ok(worker, text);
    }
  }

  // ---- the GIL: one BrokerLock per process, after the program's locks ----

  private gilIndex(worker: number): number {
    return this.spec.lockNames.length + this.thread(worker).process;
  }

  /** Take this thread's GIL (if the run has one), then continue. */
  private takeGil(worker: number, then: () => void): void {
    const t = this.thread(worker);
    if (this.spec.gil !== true || t.hasGil) return then();
    const index = this.gilIndex(worker);
    const lock = this.lock(index);
    const got = () => {
      t.hasGil = true;
      this.emit(worker, EventKind.Acquired, t.lastLine, index, 0, GIL_NAME);
      then();
    };
    if (lock.tryAcquire(worker)) return got();
    this.setState(worker, ThreadState.WaitingLock, index + 1, false);
    lock.wait({
      worker,
      grant: () => {
        this.setState(worker, ThreadState.Running, 0, false);
        got();
      },
    });
  }

  /** Drop the GIL before blocking or at the end; whether it was held. */
  private dropGil(worker: number): boolean {
    const t = this.thread(worker);
    if (!t.hasGil) return false;
    t.hasGil = false;
    this.releaseLock(worker, this.gilIndex(worker), t.lastLine, GIL_NAME);
    return true;
  }

  /** The eval loop's switch-interval check: hand the GIL to a waiting thread and queue behind it. */
  private computeTick(worker: number): void {
    const t = this.thread(worker);
    if (!t.hasGil || this.lock(this.gilIndex(worker)).waiting === 0) return this.ok(worker, this.clock.speed);
    this.dropGil(worker);
    this.takeGil(worker, () => this.ok(worker, this.clock.speed));
  }

  /** A blocked thread runs again: its state, then its GIL back, then its answer. */
  private wake(worker: number, hadGil: boolean, answer: () => void): void {
    this.setState(worker, ThreadState.Running, 0, false);
    if (hadGil) this.takeGil(worker, answer);
    else answer();
  }

  private finish(worker: number): void {
    this.dropGil(worker);
    this.setState(worker, ThreadState.Done, 0, false);
    this.emit(worker, EventKind.Done, this.thread(worker).lastLine, 0, 0, '');
  }

  // ---- helpers ----

  private line(worker: number, line: number): void {
    const t = this.thread(worker);
    if (line === t.lastLine) return;
    t.lastLine = line;
    this.emit(worker, EventKind.Line, line, 0, 0, '');
  }

  private setState(worker: number, state: ThreadState, blockedOn: number, timed: boolean): void {
    const t = this.thread(worker);
    t.state = state;
    t.blockedOn = blockedOn;
    t.timed = timed;
    this.emit(worker, EventKind.State, t.lastLine, state, blockedOn, '');
    this.activity();
  }

  private activity(): void {
    if (this.activityQueued) return;
    this.activityQueued = true;
    queueMicrotask(() => {
      this.activityQueued = false;
      this.onActivity();
    });
  }

  private emit(worker: number, kind: EventKind, line: number, a: number, b: number, text: string): void {
    this.events.push({ worker, t: this.clock.now(), kind, line, a, b, text });
  }

  private ok(worker: number, value: Value = null): void {
    this.answer(worker, { ok: true, value });
  }

  private raise(worker: number, e: PyException): void {
    this.answer(worker, { ok: false, error: { pyType: e.pyType, pyMessage: e.pyMessage, line: e.line } });
  }

  private answer(worker: number, reply: Reply): void {
    const t = this.thread(worker);
    const id = t.pending;
    if (id < 0) return;
    t.pending = -1;
    this.respond(worker, id, reply);
    this.activity();
  }

  private thread(worker: number): ThreadRec {
    const t = this.threads[worker];
    if (!t) throw new Error(`no thread ${worker}`);
    return t;
  }

  private lock(index: number): BrokerLock {
    const l = this.locks[index];
    if (!l) throw new Error(`no lock ${index}`);
    return l;
  }

  private queue(index: number): BrokerQueue {
    const q = this.queues[index];
    if (!q) throw new Error(`no queue ${index}`);
    return q;
  }

  private lockIndex(name: string, line: number): number {
    const i = this.spec.lockNames.indexOf(name);
    if (i < 0) throw new PyException('NameError', `name '${name}' is not defined`, line);
    return i;
  }

  private globalIndex(name: string, line: number): number {
    const i = this.spec.globalNames.indexOf(name);
    if (i < 0) throw new PyException('NameError', `name '${name}' is not defined`, line);
    return i;
  }

  private queueIndex(name: string, line: number): number {
    const i = (this.spec.queues ?? []).findIndex((q) => q.name === name);
    if (i < 0) throw new PyException('NameError', `name '${name}' is not defined`, line);
    return i;
  }
}
