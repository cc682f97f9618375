// One process's heap: a SharedArrayBuffer (or an ArrayBuffer of the same layout
// where SAB is unavailable) seen through typed arrays, and this worker's
// allocation chunk. Every worker of the process makes its own Heap over the
// same buffer; only the chunk and the decode caches are private.

import { GenCache } from './gen-cache';
import {
  FLAG_SHIFT,
  H_KIND,
  H_SIZE,
  H_TYPE,
  HEADER_BYTES,
  HEAP_HEADER_BYTES,
  HEAP_MAGIC,
  HEAP_VERSION,
  W_IDENT,
  W_LIMIT,
  W_MAGIC,
  W_TOP,
  W_VERSION,
  type KindCode,
  type Ref,
} from './layout';

/** Allocation past the heap's limit; the interpreter raises MemoryError. */
export class HeapFull extends Error {
  constructor(readonly requested: number, readonly limit: number) {
    super(`heap full: ${requested} bytes requested, limit ${limit}`);
    this.name = 'HeapFull';
  }
}

/** A ref that is not what the operation needs (a bug in the caller, not a Python error). */
export class HeapTypeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeapTypeError';
  }
}

/** Bytes a worker takes from the shared top at once, so most allocations touch no shared word. */
export const CHUNK_BYTES = 64 * 1024;
/** Objects at least this big go straight to the shared top instead of wasting a chunk's tail. */
const BIG_OBJECT = CHUNK_BYTES / 4;
const STR_CACHE_MAX = 1 << 16;
/** Refs are positive int32 byte offsets. */
export const MAX_HEAP_BYTES = 2 ** 30;

export type HeapBuffer = SharedArrayBuffer | ArrayBuffer;

export class Heap {
  readonly i32: Int32Array;
  readonly u8: Uint8Array;
  readonly u16: Uint16Array;
  readonly f64: Float64Array;
  /** True when other workers may touch the buffer (then locks really wait). */
  readonly shared: boolean;
  /** This worker's chunk: [cur, end) byte offsets. */
  private cur = 0;
  private end = 0;
  /** str is immutable and never freed, so a decoded JS string stays valid for the offset forever. */
  readonly strCache = new GenCache<Ref, string>(STR_CACHE_MAX);
  /** Remembers a decoded str; the cache is bounded, so a str-heavy program cannot double its memory in JS. */
  cacheStr(r: Ref, s: string): void {
    this.strCache.set(r, s);
  }
  /** JS string -> a str ref with that text, so attribute names are allocated once per worker. */
  readonly interned = new Map<string, Ref>();

  constructor(readonly buffer: HeapBuffer) {
    this.i32 = new Int32Array(buffer);
    this.u8 = new Uint8Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.f64 = new Float64Array(buffer);
    this.shared = typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer;
  }

  get limit(): number {
    return this.i32[W_LIMIT] as number;
  }

  /** Bytes handed out so far (chunks count whole). */
  get used(): number {
    return Atomics.load(this.i32, W_TOP);
  }

  /**
   * `bytes` of zeroed memory, 8-aligned, with the header written. The memory
   * is fresh (there is no GC, nothing is reused), hence already zero.
   */
  alloc(kind: KindCode, type: Ref, bytes: number, flags = 0): Ref {
    const size = (bytes + 7) & ~7;
    let at = this.cur;
    if (at + size > this.end) {
      const chunk = size >= BIG_OBJECT ? -1 : this.tryTake(CHUNK_BYTES);
      if (chunk < 0) {
        // A big object, or the last bytes before the limit: exactly what is asked.
        at = this.take(size);
      } else {
        at = chunk;
        this.end = chunk + CHUNK_BYTES;
        this.cur = at + size;
      }
    } else this.cur = at + size;
    const w = at >> 2;
    const i = this.i32;
    i[w + H_TYPE] = type;
    i[w + H_KIND] = kind | (flags << FLAG_SHIFT);
    i[w + H_SIZE] = size;
    return at;
  }

  /** Moves the shared top by `n` bytes unless that passes the limit (a failed request takes nothing). */
  private take(n: number): number {
    const at = this.tryTake(n);
    if (at < 0) throw new HeapFull(n, this.i32[W_LIMIT] as number);
    return at;
  }

  private tryTake(n: number): number {
    const i = this.i32;
    const limit = i[W_LIMIT] as number;
    for (;;) {
      const top = Atomics.load(i, W_TOP);
      if (top + n > limit) return -1;
      if (Atomics.compareExchange(i, W_TOP, top, top + n) === top) return top;
    }
  }

  kind(r: Ref): number {
    return (this.i32[(r >> 2) + H_KIND] as number) & 0xff;
  }

  flags(r: Ref): number {
    return (this.i32[(r >> 2) + H_KIND] as number) >>> FLAG_SHIFT;
  }

  /** The type ref in an object's header (small ints have none here: see typeOf in objects.ts). */
  typeRef(r: Ref): Ref {
    return this.i32[(r >> 2) + H_TYPE] as number;
  }

  setTypeRef(r: Ref, t: Ref): void {
    this.i32[(r >> 2) + H_TYPE] = t;
  }

  /** Field `f` (a word offset from layout.ts) of object `r`. */
  get(r: Ref, f: number): number {
    return this.i32[(r >> 2) + f] as number;
  }

  set(r: Ref, f: number, v: number): void {
    this.i32[(r >> 2) + f] = v;
  }

  /** A field read that orders after another worker's `publish` of it. */
  load(r: Ref, f: number): number {
    return Atomics.load(this.i32, (r >> 2) + f);
  }

  /** Stores a ref so that a worker reading it sees the object's fields written before. */
  publish(r: Ref, f: number, v: number): void {
    Atomics.store(this.i32, (r >> 2) + f, v);
  }

  /** A fresh thread ident, distinct across every worker of the heap. */
  nextIdent(): number {
    return Atomics.add(this.i32, W_IDENT, 1);
  }
}

export interface HeapOptions {
  /** Byte size (default 256 MiB). The buffer is reserved at once; the OS commits pages as they are touched. */
  bytes?: number;
  /** Default: a SharedArrayBuffer where the platform has one. */
  shared?: boolean;
}

export const DEFAULT_HEAP_BYTES = 256 * 1024 * 1024;

/** An empty heap (header only). bootHeap in boot.ts fills in the builtins. */
export function createBuffer(opts: HeapOptions = {}): HeapBuffer {
  const bytes = opts.bytes ?? DEFAULT_HEAP_BYTES;
  if (bytes > MAX_HEAP_BYTES || bytes < 4096 || bytes % 8 !== 0) throw new RangeError(`heap size ${bytes}`);
  const shared = opts.shared ?? typeof SharedArrayBuffer !== 'undefined';
  const buf = shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const i = new Int32Array(buf);
  i[W_MAGIC] = HEAP_MAGIC;
  i[W_VERSION] = HEAP_VERSION;
  i[W_LIMIT] = bytes;
  i[W_TOP] = HEAP_HEADER_BYTES;
  i[W_IDENT] = 1;
  return buf;
}

/** Another worker's view of a booted heap's buffer. */
export function attachHeap(buffer: HeapBuffer): Heap {
  const i = new Int32Array(buffer, 0, 4);
  if (i[W_MAGIC] !== HEAP_MAGIC || i[W_VERSION] !== HEAP_VERSION) throw new Error('not a heap buffer of this version');
  return new Heap(buffer);
}

/**
 * A new process's heap as Linux's fork makes it: a byte copy, so every ref
 * means the same object in both and nothing is shared afterwards. Copy while
 * no other thread of the parent writes (the interpreter forks holding the GIL;
 * in free-threaded mode it stops the world first).
 */
export function forkHeap(parent: Heap, opts: { shared?: boolean } = {}): Heap {
  const shared = opts.shared ?? parent.shared;
  const bytes = parent.buffer.byteLength;
  const buf = shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const top = parent.used;
  new Uint8Array(buf).set(parent.u8.subarray(0, top));
  return new Heap(buf);
}

export const OBJECT_HEADER_BYTES = HEADER_BYTES;
