/**
 * Commands from the page to one worker, on shared memory: a single-producer,
 * single-consumer ring of short UTF-8 texts (one Python line each).
 *
 * The page's main thread must never block, so it only stores and notifies;
 * the worker is the one that waits (Atomics.wait, in slices its caller
 * chooses, so pause and stop still reach it between slices).
 *
 * Layout, in Int32 cells: WRITTEN and TAKEN are running counts (the writer
 * owns WRITTEN, the reader TAKEN), then `slots` records of one length cell
 * and the text's bytes packed four to a cell. A record is written in full
 * before WRITTEN moves, and read in full before TAKEN moves, so neither side
 * ever sees half a message; a message is taken once, in the order sent.
 */

const WRITTEN = 0;
const TAKEN = 1;
const SLOTS = 2;
const SLOT_BYTES = 3;
const HEADER = 4;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class SharedMailbox {
  private readonly cells: Int32Array;
  private readonly slots: number;
  private readonly slotBytes: number;
  private readonly stride: number;

  static create(opts: { slots?: number; slotBytes?: number } = {}): SharedArrayBuffer {
    const slots = opts.slots ?? 16;
    const slotBytes = opts.slotBytes ?? 256;
    if (!Number.isInteger(slots) || slots < 1) throw new RangeError(`slots must be a positive integer, got ${slots}`);
    if (!Number.isInteger(slotBytes) || slotBytes < 1) throw new RangeError(`slotBytes must be a positive integer, got ${slotBytes}`);
    const buffer = new SharedArrayBuffer((HEADER + slots * (1 + Math.ceil(slotBytes / 4))) * 4);
    const cells = new Int32Array(buffer);
    // Written before the buffer is shared, so both sides read the same shape.
    cells[SLOTS] = slots;
    cells[SLOT_BYTES] = slotBytes;
    return buffer;
  }

  constructor(buffer: SharedArrayBuffer) {
    this.cells = new Int32Array(buffer);
    this.slots = Atomics.load(this.cells, SLOTS);
    this.slotBytes = Atomics.load(this.cells, SLOT_BYTES);
    this.stride = 1 + Math.ceil(this.slotBytes / 4);
  }

  /** Longest message in UTF-8 bytes. */
  get maxBytes(): number {
    return this.slotBytes;
  }

  /** Messages sent and not yet taken. */
  pending(): number {
    return (Atomics.load(this.cells, WRITTEN) - Atomics.load(this.cells, TAKEN)) | 0;
  }

  /**
   * Writer side (the page): never waits. False when the ring is full or the
   * text is too long, so the caller can say so instead of losing it silently.
   */
  send(text: string): boolean {
    const bytes = encoder.encode(text);
    if (bytes.length > this.slotBytes) return false;
    const c = this.cells;
    const written = Atomics.load(c, WRITTEN);
    if (((written - Atomics.load(c, TAKEN)) | 0) >= this.slots) return false;
    const at = this.recordAt(written);
    const packed = new Int32Array(Math.ceil(bytes.length / 4));
    new Uint8Array(packed.buffer).set(bytes);
    Atomics.store(c, at, bytes.length);
    for (let i = 0; i < packed.length; i++) Atomics.store(c, at + 1 + i, packed[i] ?? 0);
    // Publishing the count after the record is what makes the record whole to the reader.
    Atomics.store(c, WRITTEN, (written + 1) | 0);
    Atomics.notify(c, WRITTEN);
    return true;
  }

  /**
   * Reader side (one worker): the next message, waiting up to `timeoutMs`
   * real ms (0 = do not wait); null if none came in time.
   */
  take(timeoutMs: number): string | null {
    const c = this.cells;
    const taken = Atomics.load(c, TAKEN);
    if (Atomics.load(c, WRITTEN) === taken) {
      if (timeoutMs <= 0) return null;
      // Returns at once if a message landed between the load above and this wait.
      Atomics.wait(c, WRITTEN, taken, timeoutMs);
      if (Atomics.load(c, WRITTEN) === taken) return null;
    }
    const at = this.recordAt(taken);
    const length = Atomics.load(c, at);
    const packed = new Int32Array(Math.ceil(length / 4));
    for (let i = 0; i < packed.length; i++) packed[i] = Atomics.load(c, at + 1 + i);
    const text = decoder.decode(new Uint8Array(packed.buffer, 0, length));
    Atomics.store(c, TAKEN, (taken + 1) | 0);
    return text;
  }

  /** Messages sent so far (a running count; a watcher compares it with what it last saw). */
  sentCount(): number {
    return Atomics.load(this.cells, WRITTEN);
  }

  /**
   * Resolves once the sent count is no longer `seen`, or after `timeoutMs`:
   * for a watcher on an event loop that must not block (Atomics.waitAsync).
   */
  async sentSince(seen: number, timeoutMs: number): Promise<void> {
    const r = Atomics.waitAsync(this.cells, WRITTEN, seen, timeoutMs);
    if (r.async) await r.value;
  }

  /** Reader side: true once a message waits (left for take), waiting up to `timeoutMs` real ms. */
  wait(timeoutMs: number): boolean {
    const c = this.cells;
    const taken = Atomics.load(c, TAKEN);
    if (Atomics.load(c, WRITTEN) !== taken) return true;
    if (timeoutMs > 0) Atomics.wait(c, WRITTEN, taken, timeoutMs);
    return Atomics.load(c, WRITTEN) !== taken;
  }

  private recordAt(count: number): number {
    // Unsigned, so the index stays non-negative once a count passes 2^31.
    return HEADER + ((count >>> 0) % this.slots) * this.stride;
  }
}
