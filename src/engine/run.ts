/**
 * One run of a scenario: its shared memory, one worker per simulated thread,
 * and the controls. The main thread never blocks here: it drains the event
 * rings when asked (once a frame) and reads status cells.
 */
import { RUNNING, SharedClock } from '../runtime/clock';
import { type RuntimeEvent, decodeEvents } from '../runtime/events';
import { SharedMailbox } from '../runtime/mailbox';
import { type RunMemory, STATUS_SLOTS, S_BEHIND, allocateRunMemory } from '../runtime/memory';
import { ByteRing } from '../runtime/ring';
import { type QueueItem, SharedQueue } from '../runtime/queue';
import type { QueueInit, ThreadInit } from '../runtime/thread-context';
import type { ThreadExit } from '../workers/run-thread';
import type { Waiter } from './deadlock';
import { TimeKeeper } from './time-keeper';
import type { SpawnedThread, Spawner } from './spawner';

export interface ThreadSpec {
  name: string;
  target: string;
  /** Index of the simulated process (globals region) this thread lives in. */
  process: number;
  pid: number;
}

export interface RunSpec {
  scenario: string;
  params: Record<string, number | string | boolean>;
  threads: ThreadSpec[];
  globalNames: string[];
  /** Initial global values of each simulated process, in `globalNames` order. */
  globalsByProcess: number[][];
  lockNames: string[];
  /** queue.Queue / multiprocessing.Queue objects of the program. */
  queues?: QueueSpec[];
  speed: number;
  /**
   * Whether "every live thread blocked forever" ends the run as a deadlock.
   * Off where someone outside the threads (the student) can still unblock them.
   */
  detectDeadlock?: boolean;
  /** Whether the page can send commands to the run (an interactive thread reads them). */
  mailbox?: boolean;
  /**
   * Whether each simulated process has a GIL (CPython's default build). Off or
   * absent: no GIL at all, as in free-threaded CPython 3.13t. The GILs are extra
   * locks after `lockNames`, one per process (index lockNames.length + process).
   */
  gil?: boolean;
  /** Bytes of each worker's event ring (default 64 KiB); tests make it small to fill it. */
  ringBytes?: number;
}

export interface QueueSpec extends QueueInit {
  /** Capacity in items for an unbounded queue (maxsize 0); default 256. */
  slots?: number;
}

export interface QueueView {
  name: string;
  maxsize: number;
  items: QueueItem[];
  putters: number;
  getters: number;
}

export type RunEnd =
  | { kind: 'finished'; exits: ThreadExit[] }
  | { kind: 'failed'; message: string };

export class Run {
  readonly memory: RunMemory;
  readonly ended: Promise<RunEnd>;
  private readonly clock: SharedClock;
  private readonly rings: ByteRing[];
  private readonly threads: SpawnedThread[];
  private readonly status: Int32Array;
  private readonly locks: Int32Array;
  private readonly queues: SharedQueue[];
  private readonly mailbox: SharedMailbox | null;
  private readonly keeper: TimeKeeper;
  private terminated = false;

  constructor(
    readonly spec: RunSpec,
    spawn: Spawner,
  ) {
    this.memory = allocateRunMemory({
      workers: spec.threads.length,
      locks: spec.lockNames.length + (spec.gil === true ? spec.globalsByProcess.length : 0),
      globalsPerProcess: spec.globalsByProcess.map((g) => g.length),
      speed: spec.speed,
      queueSlots: (spec.queues ?? []).map((q) => (q.maxsize > 0 ? q.maxsize : (q.slots ?? 256))),
      mailbox: spec.mailbox === true,
      ...(spec.ringBytes === undefined ? {} : { ringBytes: spec.ringBytes }),
    });
    this.mailbox = this.memory.mailbox ? new SharedMailbox(this.memory.mailbox) : null;
    spec.globalsByProcess.forEach((values, p) => {
      const region = this.memory.globals[p];
      if (region) new Float64Array(region).set(values);
    });
    this.clock = new SharedClock(new Int32Array(this.memory.control), new Float64Array(this.memory.clock));
    this.rings = this.memory.rings.map((b) => new ByteRing(b));
    this.status = new Int32Array(this.memory.status);
    this.locks = new Int32Array(this.memory.locks);
    const queueInits: QueueInit[] = (spec.queues ?? []).map((q) => ({ name: q.name, maxsize: q.maxsize, kind: q.kind }));
    this.queues = queueInits.map((q, i) => new SharedQueue(this.memory.queues[i] ?? new SharedArrayBuffer(0), q.maxsize));
    this.keeper = new TimeKeeper(this.memory, spec.threads.length, this.queues, this.mailbox);
    this.threads = spec.threads.map((t, worker) => {
      const init: ThreadInit = {
        memory: this.memory,
        worker,
        name: t.name,
        pid: t.pid,
        process: t.process,
        scenario: spec.scenario,
        target: t.target,
        params: spec.params,
        globalNames: spec.globalNames,
        lockNames: spec.lockNames,
        queues: queueInits,
        ...(spec.gil === true ? { gilLock: spec.lockNames.length + t.process } : {}),
      };
      return spawn(init);
    });
    this.ended = Promise.all(this.threads.map((t) => t.exit)).then(
      (exits): RunEnd => ({ kind: 'finished', exits }),
      (e: unknown): RunEnd => ({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }

  /** Every event written since the last drain, in per-worker order. */
  drain(into: RuntimeEvent[] = []): RuntimeEvent[] {
    this.rings.forEach((ring, worker) => decodeEvents(worker, ring.drain(), into));
    return into;
  }

  keepTime(): Waiter[] | null {
    if (this.terminated || this.clock.state() !== RUNNING) return null;
    const verdict = this.keeper.judge(this.clock.now());
    const jumping = this.clock.jumpingTo();
    if (verdict.kind === 'jump' && jumping !== verdict.to) {
      this.clock.jumpTo(verdict.to);
      this.keeper.wakeTimedWaiters();
    } else if (verdict.kind === 'busy' && (jumping !== null || this.clock.holding())) {
      // A woken thread runs (or the student's input came mid-jump): time runs at the real rate again.
      this.clock.endJump();
      this.keeper.wakeTimedWaiters();
    }
    return verdict.kind === 'deadlock' ? verdict.waiters : null;
  }

  watch(fn: () => void): () => void {
    let on = true;
    const loop = (): void => {
      if (!on || this.terminated) return;
      const seen = this.clock.activity();
      fn();
      void this.clock.waitActivity(seen, 1000).then(loop);
    };
    loop();
    return () => {
      on = false;
    };
  }

  takeBehind(): boolean {
    let behind = false;
    for (let w = 0; w < this.spec.threads.length; w++) {
      if (Atomics.exchange(this.status, w * STATUS_SLOTS + S_BEHIND, 0) === 1) behind = true;
    }
    return behind;
  }

  /** Every queue's contents and waiters now, read without blocking. */
  queueViews(): QueueView[] {
    return this.queues.map((q, i) => {
      const w = q.waiting();
      const spec = this.spec.queues?.[i];
      return { name: spec?.name ?? `q${i}`, maxsize: q.maxsize, items: q.snapshot(), putters: w.putters, getters: w.getters };
    });
  }

  /** A global's current value in a simulated process (e.g. `ticket`). */
  global(name: string, process = 0): number {
    const i = this.spec.globalNames.indexOf(name);
    const region = this.memory.globals[process];
    if (i < 0 || !region) return NaN;
    return new Float64Array(region)[i] ?? NaN;
  }

  /**
   * Hands a command (one line of Python) to the run's interactive thread.
   * Never blocks; false when the run has no mailbox, has ended, or the mailbox is full.
   */
  send(command: string): boolean {
    if (!this.mailbox || this.terminated) return false;
    return this.mailbox.send(command);
  }

  simNow(): number {
    return this.clock.now();
  }

  /** True once every worker has loaded and arrived at the start line. */
  allArrived(): boolean {
    return this.clock.arrived() >= this.threads.length;
  }

  pause(): void {
    this.clock.pause();
    this.keeper.wakeTimedWaiters();
  }

  resume(): void {
    this.clock.resume();
    this.keeper.wakeTimedWaiters();
  }

  setSpeed(speed: number): void {
    this.clock.setSpeed(speed);
    this.keeper.wakeTimedWaiters();
  }

  get workerCount(): number {
    return this.threads.length;
  }

  /** End every worker of this run; safe to call twice. */
  terminate(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.clock.stop();
    for (const t of this.threads) t.terminate();
  }
}
