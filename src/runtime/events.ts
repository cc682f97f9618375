/**
 * The event record a worker writes to its ring: a fixed 32-byte head and an
 * optional UTF-8 text. Records are whole, so the reader can decode any prefix
 * of complete records it drained.
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

const HEAD = 32;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeEvent(t: number, kind: EventKind, line: number, a: number, b: number, text: string): Uint8Array {
  const body = text === '' ? null : encoder.encode(text);
  const len = body?.length ?? 0;
  const out = new Uint8Array(HEAD + len);
  const v = new DataView(out.buffer);
  v.setFloat64(0, t, true);
  v.setInt32(8, kind, true);
  v.setInt32(12, line, true);
  v.setFloat64(16, a, true);
  v.setInt32(24, b, true);
  v.setUint32(28, len, true);
  if (body) out.set(body, HEAD);
  return out;
}

export function decodeEvents(worker: number, bytes: Uint8Array, into: RuntimeEvent[]): void {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 0;
  while (p + HEAD <= bytes.length) {
    const len = v.getUint32(p + 28, true);
    into.push({
      worker,
      t: v.getFloat64(p, true),
      kind: v.getInt32(p + 8, true) as EventKind,
      line: v.getInt32(p + 12, true),
      a: v.getFloat64(p + 16, true),
      b: v.getInt32(p + 24, true),
      text: len === 0 ? '' : decoder.decode(bytes.subarray(p + HEAD, p + HEAD + len)),
    });
    p += HEAD + len;
  }
}
