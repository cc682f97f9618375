/**
 * The event record a worker writes to its ring: a fixed 32-byte head and an
 * optional UTF-8 text, padded to a multiple of 8 bytes so every head stays
 * 8-aligned and the reader takes a whole drain through typed-array views in
 * bulk (no DataView call per field). Records are whole, so the reader can
 * decode any prefix of complete records it drained.
 *
 *   0  f64  simulated time (s)
 *   8  i32  kind
 *  12  i32  source line (1-based, 0 = none)
 *  16  f64  a
 *  24  i32  b
 *  28  u32  text length in bytes
 *  32  text
 */
export const EventKind = {
  Start: 1,
  Line: 2,
  State: 3,
  Print: 4,
  Acquired: 5,
  Released: 6,
  GlobalRead: 7,
  GlobalWrite: 8,
  Mark: 9,
  Error: 10,
  Done: 11,
  QueuePut: 12,
  QueueGet: 13,
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

/** What a worker is doing, as the timeline shows it. */
export const ThreadState = {
  New: 0,
  Running: 1,
  Sleeping: 2,
  WaitingLock: 3,
  Done: 4,
  WaitingQueue: 5,
  /** In a join: a thread's or process's `join()`, a pool's join, `Future.result()`, Python's shutdown waiting for its threads. */
  Joining: 6,
  /** Waiting on an Event, Condition, Semaphore or Barrier, or on a lock inside the library: no lock of the program's own. */
  WaitingEvent: 7,
} as const;
export type ThreadState = (typeof ThreadState)[keyof typeof ThreadState];

/**
 * A QueuePut/QueueGet event's `a`: the queue's index and the op's serial in
 * that queue's own order, packed into one exact float64 (the record has no
 * spare field). An `a` that is a bare index reads as serial 0.
 */
const QUEUE_REF_SPAN = 1024;

export function packQueueRef(queue: number, serial: number): number {
  return Math.max(0, serial) * QUEUE_REF_SPAN + queue;
}

export function unpackQueueRef(a: number): { queue: number; serial: number } {
  return { queue: a % QUEUE_REF_SPAN, serial: Math.floor(a / QUEUE_REF_SPAN) };
}

export interface RuntimeEvent {
  worker: number;
  t: number;
  kind: EventKind;
  line: number;
  a: number;
  b: number;
  text: string;
}

export const HEAD = 32;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Bytes a record takes in the ring: the head plus its text padded to 8. */
export function recordBytes(textBytes: number): number {
  return HEAD + ((textBytes + 7) & ~7);
}

/** Writes one record at `offset` of `view` (8-aligned); the text bytes follow the head. */
export function writeRecord(view: DataView, offset: number, t: number, kind: EventKind, line: number, a: number, b: number, text: Uint8Array | null): void {
  view.setFloat64(offset, t, true);
  view.setInt32(offset + 8, kind, true);
  view.setInt32(offset + 12, line, true);
  view.setFloat64(offset + 16, a, true);
  view.setInt32(offset + 24, b, true);
  view.setUint32(offset + 28, text?.length ?? 0, true);
  if (text && text.length > 0) new Uint8Array(view.buffer, view.byteOffset + offset + HEAD, text.length).set(text);
}

export function encodeEvent(t: number, kind: EventKind, line: number, a: number, b: number, text: string): Uint8Array {
  const body = text === '' ? null : encoder.encode(text);
  const out = new Uint8Array(recordBytes(body?.length ?? 0));
  writeRecord(new DataView(out.buffer), 0, t, kind, line, a, b, body);
  return out;
}

/** Every complete record of `bytes`, appended to `into`. */
export function decodeEvents(worker: number, bytes: Uint8Array, into: RuntimeEvent[]): void {
  if (bytes.byteOffset % 8 !== 0) {
    // Typed views need alignment: an unaligned slice is copied once.
    decodeEvents(worker, bytes.slice(), into);
    return;
  }
  const n = bytes.length;
  const f64 = new Float64Array(bytes.buffer, bytes.byteOffset, n >> 3);
  const i32 = new Int32Array(bytes.buffer, bytes.byteOffset, n >> 2);
  let p = 0;
  while (p + HEAD <= n) {
    const q = p >> 2;
    const len = (i32[q + 7] ?? 0) >>> 0;
    into.push({
      worker,
      t: f64[p >> 3] ?? 0,
      kind: (i32[q + 2] ?? 0) as EventKind,
      line: i32[q + 3] ?? 0,
      a: f64[(p >> 3) + 2] ?? 0,
      b: i32[q + 6] ?? 0,
      text: len === 0 ? '' : decoder.decode(bytes.subarray(p + HEAD, p + HEAD + len)),
    });
    p += recordBytes(len);
  }
}
