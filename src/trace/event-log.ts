/**
 * A run's events in columns (typed arrays, one per field; text only for the
 * records that carry some), the compact form a run keeps for its record:
 * about 30 bytes an event instead of a JavaScript object each, and records
 * decoded straight from the workers' ring bytes land here without an object
 * per event. `eventAt`/`toEvents` build objects only when a record is saved
 * or replayed.
 */
import { type EventKind, HEAD, type RuntimeEvent, recordBytes } from '../runtime/events';

const decoder = new TextDecoder();

export class EventLog {
  length = 0;
  t = new Float64Array(1024);
  a = new Float64Array(1024);
  kind = new Uint8Array(1024);
  worker = new Uint16Array(1024);
  line = new Int32Array(1024);
  b = new Int32Array(1024);
  /** Index into `texts` + 1, or 0 for no text. */
  textRef = new Int32Array(1024);
  readonly texts: string[] = [];

  private ensure(n: number): void {
    if (n <= this.t.length) return;
    const size = Math.max(n, this.t.length * 2);
    const grow = <T extends Float64Array | Uint8Array | Uint16Array | Int32Array>(old: T, make: (k: number) => T): T => {
      const next = make(size);
      next.set(old.subarray(0, this.length));
      return next;
    };
    this.t = grow(this.t, (k) => new Float64Array(k));
    this.a = grow(this.a, (k) => new Float64Array(k));
    this.kind = grow(this.kind, (k) => new Uint8Array(k));
    this.worker = grow(this.worker, (k) => new Uint16Array(k));
    this.line = grow(this.line, (k) => new Int32Array(k));
    this.b = grow(this.b, (k) => new Int32Array(k));
    this.textRef = grow(this.textRef, (k) => new Int32Array(k));
  }

  /** Forget every event but keep the buffers (a bench's next round). */
  clear(): void {
    this.length = 0;
    this.texts.length = 0;
  }

  add(worker: number, t: number, kind: EventKind, line: number, a: number, b: number, text: string): void {
    this.ensure(this.length + 1);
    const i = this.length++;
    this.worker[i] = worker;
    this.t[i] = t;
    this.kind[i] = kind;
    this.line[i] = line;
    this.a[i] = a;
    this.b[i] = b;
    this.textRef[i] = text === '' ? 0 : this.texts.push(text);
  }

  push(events: readonly RuntimeEvent[]): void {
    for (const e of events) this.add(e.worker, e.t, e.kind, e.line, e.a, e.b, e.text);
  }

  /**
   * Every complete record of `bytes` (as ByteRing.drain returns them), decoded
   * into the columns: typed reads, no object per event. Returns the count.
   */
  appendRecords(worker: number, bytes: Uint8Array): number {
    const src = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    const n = src.length;
    const f64 = new Float64Array(src.buffer, src.byteOffset, n >> 3);
    const i32 = new Int32Array(src.buffer, src.byteOffset, n >> 2);
    // Fixed 32-byte heads: at most n / 32 records.
    this.ensure(this.length + (n >> 5));
    const before = this.length;
    let i = this.length;
    let p = 0;
    while (p + HEAD <= n) {
      const q = p >> 2;
      const len = (i32[q + 7] ?? 0) >>> 0;
      this.worker[i] = worker;
      this.t[i] = f64[p >> 3] ?? 0;
      this.kind[i] = i32[q + 2] ?? 0;
      this.line[i] = i32[q + 3] ?? 0;
      this.a[i] = f64[(p >> 3) + 2] ?? 0;
      this.b[i] = i32[q + 6] ?? 0;
      this.textRef[i] = len === 0 ? 0 : this.texts.push(decoder.decode(src.subarray(p + HEAD, p + HEAD + len)));
      i++;
      p += recordBytes(len);
    }
    this.length = i;
    return i - before;
  }

  textAt(i: number): string {
    const r = this.textRef[i] ?? 0;
    return r === 0 ? '' : (this.texts[r - 1] ?? '');
  }

  eventAt(i: number): RuntimeEvent {
    return { worker: this.worker[i] ?? 0, t: this.t[i] ?? 0, kind: (this.kind[i] ?? 0) as EventKind, line: this.line[i] ?? 0, a: this.a[i] ?? 0, b: this.b[i] ?? 0, text: this.textAt(i) };
  }

  /** Events `from`..`to` as objects (a record being saved, a replay). */
  toEvents(from = 0, to = this.length): RuntimeEvent[] {
    const out: RuntimeEvent[] = [];
    for (let i = from; i < to; i++) out.push(this.eventAt(i));
    return out;
  }

  /** Bytes held by the columns (not counting the text strings). */
  byteSize(): number {
    return this.t.byteLength + this.a.byteLength + this.kind.byteLength + this.worker.byteLength + this.line.byteLength + this.b.byteLength + this.textRef.byteLength;
  }
}
