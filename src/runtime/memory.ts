/**
 * One run's shared memory, made on the main thread and handed to every worker
 * once at start (a SharedArrayBuffer is shared, never copied).
 */
import { SharedClock } from './clock';
import { LOCK_SLOTS } from './lock';
import { SharedMailbox } from './mailbox';
import { SharedQueue } from './queue';
import { ByteRing } from './ring';

/** Per-worker status cells the main thread reads to draw and to spot a deadlock. */
export const STATUS_SLOTS = 7;
export const S_STATE = 0; // ThreadState
export const S_LINE = 1;
export const S_BLOCKED_ON = 2; // lock index + 1, or 0
export const S_TIMED = 3; // 1 when the current wait has a timeout (cannot deadlock)
export const S_BEHIND = 4; // 1 once the worker found its event ring full (the page is behind)
export const S_WAIT = 5; // what a blocked thread waits for (Wait)
export const S_SEQ = 6; // bumped after every status change, so a reader can tell a stable view

/** What a blocked thread waits for: the time keeper asks each whether it can still wake. */
export const Wait = {
  None: 0,
  Sleep: 1,
  Lock: 2,
  QueueGet: 3,
  QueuePut: 4,
  QueueJoin: 5,
  Input: 6,
} as const;
export type Wait = (typeof Wait)[keyof typeof Wait];

export interface RunMemory {
  control: SharedArrayBuffer;
  clock: SharedArrayBuffer;
  locks: SharedArrayBuffer;
  /** One globals region per simulated process: threads of a process share it. */
  globals: SharedArrayBuffer[];
  status: SharedArrayBuffer;
  /** Per worker, the simulated second its current wait ends (Infinity: none). */
  deadlines: SharedArrayBuffer;
  rings: SharedArrayBuffer[];
  /** One buffer per queue of the run (queue.Queue or multiprocessing.Queue). */
  queues: SharedArrayBuffer[];
  /** Commands from the page to the run's interactive thread (a REPL), when it has one. */
  mailbox?: SharedArrayBuffer;
}

export interface MemoryShape {
  workers: number;
  locks: number;
  /** Number of global slots of each simulated process. */
  globalsPerProcess: number[];
  speed: number;
  ringBytes?: number;
  /** Slots of each queue (its capacity in items). */
  queueSlots?: number[];
  /** Whether the run takes commands from the page (see SharedMailbox). */
  mailbox?: boolean;
}

/** Longest item a queue slot holds, in UTF-8 bytes. */
export const QUEUE_ITEM_BYTES = 96;

export function allocateRunMemory(shape: MemoryShape): RunMemory {
  const { control, clock } = SharedClock.create(shape.speed);
  return {
    control,
    clock,
    locks: new SharedArrayBuffer(Math.max(1, shape.locks) * LOCK_SLOTS * 4),
    globals: shape.globalsPerProcess.map((n) => new SharedArrayBuffer(Math.max(1, n) * 8)),
    status: new SharedArrayBuffer(Math.max(1, shape.workers) * STATUS_SLOTS * 4),
    deadlines: new SharedArrayBuffer(Math.max(1, shape.workers) * 8),
    rings: Array.from({ length: shape.workers }, () => ByteRing.create(shape.ringBytes ?? 1 << 16)),
    queues: (shape.queueSlots ?? []).map((slots) => SharedQueue.create({ slots, slotBytes: QUEUE_ITEM_BYTES })),
    ...(shape.mailbox ? { mailbox: SharedMailbox.create() } : {}),
  };
}
