/**
 * A single-producer/single-consumer byte ring on a SharedArrayBuffer, after
 * padenot/ringbuf.js: the writer publishes with a release store of `write`,
 * the reader with a release store of `read`. Positions count bytes forever
 * (as uint32), so full/empty need no spare slot.
 *
 * Nothing is ever dropped: a writer that finds the ring full waits until the
 * reader (the main thread, once a frame) frees space.
 *
 * Few atomics per record: the writer keeps its own write position and the
 * last read position it saw, and looks at the shared read position only when
 * that cached one says the ring is full. With `publishEvery` > 1 it also
 * publishes a batch of records with one store instead of one store each (the
 * writer then calls `publish()` before it blocks or ends; a full ring
 * publishes by itself, so the reader can always free space).
 */
import { type EventKind, recordBytes, writeRecord } from './events';

const H_WRITE = 0;
const H_READ = 1;
const HEADER_BYTES = 8;

export class ByteRing {
  private readonly header: Int32Array;
  private readonly data: Uint8Array;
  private readonly view: DataView;
  private scratch = new Uint8Array(256);
  private readonly encoder = new TextEncoder();
  readonly capacity: number;
  /** Records per publishing store (1: every record is visible at once, as the runtime needs). */
  publishEvery = 1;
  /** The writer's own write position (-1: not read from the header yet). */
  private wLocal = -1;
  /** The read position the writer last saw: free space is at least what it implies. */
  private rSeen = 0;
  private pending = 0;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 2);
    this.data = new Uint8Array(buffer, HEADER_BYTES);
    this.view = new DataView(buffer, HEADER_BYTES);
    this.capacity = this.data.length;
  }

  static create(capacity: number): SharedArrayBuffer {
    return new SharedArrayBuffer(HEADER_BYTES + capacity);
  }

  /** Bytes waiting to be read. */
  available(): number {
    return (Atomics.load(this.header, H_WRITE) - Atomics.load(this.header, H_READ)) >>> 0;
  }

  /**
   * Append `bytes` as one unit. Blocks (Atomics.wait: workers only) while the
   * ring lacks room; `onFull` is told once so the UI can show it is behind.
   */
  write(bytes: Uint8Array, onFull?: () => void): void {
    if (bytes.length > this.capacity) throw new RangeError('record larger than the ring');
    const w = this.room(bytes.length, onFull);
    this.copyIn(w % this.capacity, bytes);
    this.advance(w, bytes.length);
  }

  /**
   * Append one event record, encoded straight into the ring (no allocation
   * per event; a record that would wrap past the end goes through a copy).
   * Blocks like `write` while the ring lacks room.
   */
  writeEvent(t: number, kind: EventKind, line: number, a: number, b: number, text: string, onFull?: () => void): void {
    let body: Uint8Array | null = null;
    if (text !== '') {
      if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3);
      const { written } = this.encoder.encodeInto(text, this.scratch);
      body = this.scratch.subarray(0, written);
    }
    const size = recordBytes(body?.length ?? 0);
    if (size > this.capacity) throw new RangeError('record larger than the ring');
    const w = this.room(size, onFull);
    const at = w % this.capacity;
    if (at + size <= this.capacity && at % 8 === 0) writeRecord(this.view, at, t, kind, line, a, b, body);
    else {
      const tmp = new Uint8Array(size);
      writeRecord(new DataView(tmp.buffer), 0, t, kind, line, a, b, body);
      this.copyIn(at, tmp);
    }
    this.advance(w, size);
  }

  /** Make every record written so far visible to the reader (one store). */
  publish(): void {
    if (this.pending === 0) return;
    this.pending = 0;
    Atomics.store(this.header, H_WRITE, this.wLocal | 0);
  }

  /** The write position once `size` bytes fit, waiting for the reader if they do not. */
  private room(size: number, onFull?: () => void): number {
    if (this.wLocal < 0) {
      this.wLocal = Atomics.load(this.header, H_WRITE) >>> 0;
      this.rSeen = Atomics.load(this.header, H_READ) >>> 0;
    }
    const w = this.wLocal;
    if (this.capacity - ((w - this.rSeen) >>> 0) >= size) return w;
    let told = false;
    for (;;) {
      const r = Atomics.load(this.header, H_READ);
      this.rSeen = r >>> 0;
      if (this.capacity - ((w - r) >>> 0) >= size) return w;
      // The reader can only free what it can see.
      this.publish();
      if (!told) {
        told = true;
        onFull?.();
      }
      Atomics.wait(this.header, H_READ, r, 50);
    }
  }

  private advance(w: number, size: number): void {
    this.wLocal = (w + size) >>> 0;
    if (++this.pending >= this.publishEvery) this.publish();
  }

  /** Take everything written so far (a copy in unshared memory). Never blocks. */
  drain(): Uint8Array {
    const r = Atomics.load(this.header, H_READ) >>> 0;
    const n = (Atomics.load(this.header, H_WRITE) - r) >>> 0;
    const out = new Uint8Array(n);
    if (n === 0) return out;
    const start = r % this.capacity;
    const first = Math.min(n, this.capacity - start);
    out.set(this.data.subarray(start, start + first), 0);
    if (first < n) out.set(this.data.subarray(0, n - first), first);
    Atomics.store(this.header, H_READ, (r + n) | 0);
    Atomics.notify(this.header, H_READ);
    return out;
  }

  private copyIn(start: number, bytes: Uint8Array): void {
    const first = Math.min(bytes.length, this.capacity - start);
    this.data.set(bytes.subarray(0, first), start);
    if (first < bytes.length) this.data.set(bytes.subarray(first), 0);
  }
}
