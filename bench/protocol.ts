/**
 * Messages between bench/run.ts and its workers. The workers live for the whole
 * bench and take one job at a time, so start-up (tsx compiling the entry) and
 * JIT warm-up never land inside a timed window.
 *
 * Every job's `gate` is GATE_BYTES of shared memory: Int32 at 0 is the "go"
 * flag, Float64 at 8 the deadline in realNowMs() milliseconds. The main thread
 * writes the deadline before it stores "go", so a worker that saw "go" sees it.
 */
import { EventKind, type RuntimeEvent } from '../src/runtime/events';

export const GATE_BYTES = 16;
export const GATE_GO = 0;
export const GATE_DEADLINE = 1; // Float64 index

export type LockMode = 'futex' | 'broker';
/** ring: one record published at a time, decoded to objects (the runtime today); batch: batches published with one store, decoded into columns; post: postMessage per event. */
export type RingMode = 'ring' | 'batch' | 'post';

/** Records per publishing store in 'batch' mode. */
export const BATCH_RECORDS = 256;

// ---- lock workers ----

export interface LockRunMsg {
  type: 'run';
  mode: LockMode;
  me: number;
  lockCells: SharedArrayBuffer;
  counter: SharedArrayBuffer;
  gate: SharedArrayBuffer;
}
export type ToLockWorker = LockRunMsg | { type: 'grant' };

export interface LockResult {
  type: 'result';
  ops: number;
  t0: number;
  t1: number;
}
export type FromLockWorker =
  | { type: 'hello' }
  | { type: 'ready' }
  | { type: 'acquire' }
  | { type: 'release' }
  | LockResult;

// ---- ring worker ----

export interface RingRunMsg {
  type: 'run';
  mode: RingMode;
  n: number;
  ring: SharedArrayBuffer;
  gate: SharedArrayBuffer;
}
export type ToRingWorker = RingRunMsg;

/** Events themselves travel as raw encoded records (Uint8Array), in 'post' mode. */
export type FromRingWorker = { type: 'hello' } | { type: 'ready' } | { type: 'sent'; t0: number; t1: number } | Uint8Array;

/**
 * Event number `i` of a run. Its fields carry `i` several ways so the reader
 * can tell a lost, repeated, reordered or torn record from a good one; every
 * 8th carries text, because real Print events vary the record length and that
 * exercises the ring's wrap-around with odd sizes.
 */
export function benchEvent(i: number): Omit<RuntimeEvent, 'worker'> {
  const print = i % 8 === 7;
  return {
    t: i / 1000,
    kind: print ? EventKind.Print : EventKind.Line,
    line: (i % 97) + 1,
    a: i,
    b: i | 0,
    text: print ? `print ${i}` : '',
  };
}
