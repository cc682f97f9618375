/**
 * The worker side of the message runtime: PyApi over postMessage. Every call
 * is a request to the main thread's broker and resolves with its reply, so a
 * program that awaits each call sees the same Python semantics as on shared
 * memory: a blocked acquire is a reply that has not come yet, a pause is a
 * checkpoint the broker holds until resume.
 *
 * This file and its imports must load without SharedArrayBuffer: nothing from
 * thread-context.ts, gil.ts or the other shared-memory modules.
 */
import { PyException, RunStopped } from '../runtime/errors';
import type { ThreadHost } from '../runtime/py-api';
import type { QueueItem } from '../runtime/queue';
import { SlowMotion, napBySpinning } from '../runtime/slow-motion';
import type { ThreadExit } from '../workers/run-target';
import { type Call, type FromWorker, type MessageThreadInit, type Op, type Reply, isToWorker } from './protocol';

/** CPython's `sys.getswitchinterval()` in real ms, as gil.ts (which needs SharedArrayBuffer to load). */
export const SWITCH_INTERVAL_MS = 5;

let hashSink = 0;

/** One default unit of CPU work, as PyThread's (about 10 µs of integer hashing). */
function hashUnit(i: number): void {
  let h = (hashSink ^ i) | 0;
  for (let k = 0; k < 4096; k++) h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + k;
  hashSink = h;
}

/** Sends calls to the broker and matches replies; at most one call is outstanding. */
export class WorkerLink {
  private nextId = 1;
  private waiting: { id: number; resolve: (r: Reply) => void } | null = null;

  constructor(private readonly post: (m: FromWorker) => void) {}

  request(call: Call): Promise<Reply> {
    const id = this.nextId++;
    return new Promise<Reply>((resolve) => {
      this.waiting = { id, resolve };
      this.post({ t: 'call', id, call });
    });
  }

  /** A message from the main thread; anything but the awaited reply is ignored. */
  receive(m: unknown): void {
    if (!isToWorker(m) || m.t !== 'reply') return;
    const w = this.waiting;
    if (!w || w.id !== m.id) return;
    this.waiting = null;
    w.resolve(m.reply);
  }

  exit(exit: ThreadExit): void {
    this.post({ t: 'exit', exit });
  }
}

type Value = QueueItem | boolean | null;

function protocolError(op: Op, v: Value): Error {
  return new Error(`broker answered ${op} with ${String(v)}`);
}

export class MessagePyThread implements ThreadHost {
  readonly name: string;
  readonly pid: number;
  private pending: Op | null = null;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    init: MessageThreadInit,
    private readonly link: WorkerLink,
  ) {
    this.name = init.name;
    this.pid = init.pid;
  }

  start(): Promise<void> {
    return this.void({ op: 'start' });
  }

  now(): Promise<number> {
    return this.number({ op: 'now' });
  }

  line(line: number): Promise<void> {
    return this.void({ op: 'line', line });
  }

  sleep(seconds: number, line: number): Promise<void> {
    return this.void({ op: 'sleep', seconds, line });
  }

  print(text: string, line: number): Promise<void> {
    return this.void({ op: 'print', text, line });
  }

  acquire(lock: string, line: number, blocking = true, timeout = -1): Promise<boolean> {
    return this.boolean({ op: 'acquire', lock, line, blocking, timeout });
  }

  release(lock: string, line: number): Promise<void> {
    return this.void({ op: 'release', lock, line });
  }

  getGlobal(name: string, line: number): Promise<number> {
    return this.number({ op: 'getGlobal', name, line });
  }

  setGlobal(name: string, value: number, line: number): Promise<void> {
    return this.void({ op: 'setGlobal', name, value, line });
  }

  put(queue: string, item: QueueItem, line: number, block = true, timeout: number | null = null): Promise<void> {
    return this.void({ op: 'put', queue, item, line, block, timeout });
  }

  get(queue: string, line: number, block = true, timeout: number | null = null): Promise<QueueItem> {
    const call: Call = { op: 'get', queue, line, block, timeout };
    return this.call(call).then((v) => {
      if (typeof v === 'string' || typeof v === 'number') return v;
      throw protocolError(call.op, v);
    });
  }

  qsize(queue: string, line: number): Promise<number> {
    return this.number({ op: 'qsize', queue, line });
  }

  empty(queue: string, line: number): Promise<boolean> {
    return this.boolean({ op: 'empty', queue, line });
  }

  full(queue: string, line: number): Promise<boolean> {
    return this.boolean({ op: 'full', queue, line });
  }

  taskDone(queue: string, line: number): Promise<void> {
    return this.void({ op: 'taskDone', queue, line });
  }

  join(queue: string, line: number): Promise<void> {
    return this.void({ op: 'join', queue, line });
  }

  readCommand(line: number): Promise<string> {
    const call: Call = { op: 'readCommand', line };
    return this.call(call).then((v) => {
      if (typeof v === 'string') return v;
      throw protocolError(call.op, v);
    });
  }

  /**
   * The work runs here, in this worker, for real. Every switch interval the
   * broker is asked whether to hand the GIL over (and holds the call while
   * paused); between two checks no message is sent.
   */
  async compute(units: number, line: number, unit: (i: number) => void = hashUnit): Promise<void> {
    let speed = Number(await this.call({ op: 'computeBegin', line }));
    let since = performance.now();
    const slow = new SlowMotion(() => speed, napBySpinning);
    for (let i = 0; i < units; i++) {
      const t0 = performance.now();
      unit(i);
      slow.after(performance.now() - t0);
      if (performance.now() - since >= SWITCH_INTERVAL_MS) {
        speed = Number(await this.call({ op: 'computeTick' }));
        since = performance.now();
      }
    }
  }

  mark(label: string, value: number, line: number): Promise<void> {
    return this.void({ op: 'mark', label, value, line });
  }

  /** Waits for a call the program left unawaited, so the end is reported after it. */
  async finish(): Promise<void> {
    await this.inFlight;
    await this.void({ op: 'finish' });
  }

  async fail(error: PyException): Promise<void> {
    await this.inFlight;
    await this.void({ op: 'fail', message: error.message, line: error.line });
  }

  /**
   * Throws at once (not in the promise) when a call is still outstanding: a
   * program that forgot an await, or one written for the shared-memory
   * runtime only, stops with a clear error at its second call.
   */
  private call(call: Call): Promise<Value> {
    if (this.pending !== null) {
      throw new Error(`py.${call.op}() was called before py.${this.pending}() returned: a program must await every py call`);
    }
    this.pending = call.op;
    const p = this.link.request(call).then((reply): Value => {
      this.pending = null;
      if (reply.ok) return reply.value;
      if ('stopped' in reply) throw new RunStopped();
      throw new PyException(reply.error.pyType, reply.error.pyMessage, reply.error.line);
    });
    this.inFlight = p.catch(() => undefined);
    return p;
  }

  private void(call: Call): Promise<void> {
    return this.call(call).then(() => undefined);
  }

  private number(call: Call): Promise<number> {
    return this.call(call).then((v) => {
      if (typeof v === 'number') return v;
      throw protocolError(call.op, v);
    });
  }

  private boolean(call: Call): Promise<boolean> {
    return this.call(call).then((v) => {
      if (typeof v === 'boolean') return v;
      throw protocolError(call.op, v);
    });
  }
}
