// This worker's view of its process heap: the Heap over the shared buffer and
// the per-worker tables that turn refs into JS wrappers and back. Kept free of
// VM imports so objects.ts can use it without an import cycle at load time;
// heap-bridge.ts installs the conversions (`conv`) once the classes exist.

import { bootHeap, DEFAULT_HEAP_BYTES, lockObject, unlockObject, type Heap, type Ref } from '../heap';
import { GenCache } from '../heap/gen-cache';
import type { PyObj, PyType, PyVal } from './objects';

/** Per worker, per process heap: the same ref gives the same wrapper. */
export class HeapCtx {
  /** ref → the wrapper this worker made for it (identity: one wrapper per ref). */
  readonly objs = new Map<Ref, PyObj>();
  /** Wrappers whose heap form was made on demand (tuples, builtin types, worker-local objects). */
  readonly lazy = new Map<PyObj, Ref>();
  /** str → ref for strs this worker stored, so storing the same text again allocates nothing. */
  readonly strs = new GenCache<string, Ref>(1 << 16);
  /** The MemoryError raised when the heap is full, made while there was still room (as CPython preallocates it). */
  memoryError: PyObj | null = null;
  /** Per-process builtins by registered name (named.ts): what a NAMED or NATIVE ref resolves to in this worker. */
  readonly named = new Map<string, PyObj>();
  /** Makes native module `name` in this worker's process so its builtins are registered; false when there is none. */
  loadNative: ((name: string) => boolean) | null = null;
  /** Marks this worker's worker-local objects (OPAQUE) so another worker can tell it never saw them. */
  readonly token: number;
  /**
   * Free-threaded worker mode: list, dict, set and `__dict__` mutators take the
   * object's lock (3.13t's per-object critical sections), so threads on other
   * workers never corrupt them. Off (the GIL, one worker): one field test.
   */
  locking = false;
  /** Object locks this worker holds, with their depth: reentrant, as a user `__eq__` called from a dict's lookup may touch that dict. */
  readonly held = new Map<Ref, number>();
  constructor(readonly h: Heap) {
    this.token = h.nextIdent();
  }
  /** Remembers a heap-native wrapper. */
  adopt<T extends PyObj>(obj: T, ref: Ref): T {
    obj.ref = ref;
    this.objs.set(ref, obj);
    return obj;
  }
}

/**
 * `fn` inside object `r`'s critical section (callers test `c.locking` first,
 * so the GIL path builds no closure). Unlike 3.13t's, these sections are not
 * suspended while the thread blocks: two workers taking two objects' locks in
 * opposite orders (a user `__eq__` writing another dict) would deadlock.
 */
export function critical<R>(c: HeapCtx, r: Ref, fn: () => R): R {
  const depth = c.held.get(r) ?? 0;
  if (depth === 0) lockObject(c.h, r);
  c.held.set(r, depth + 1);
  try {
    return fn();
  } finally {
    if (depth === 0) {
      c.held.delete(r);
      unlockObject(c.h, r);
    } else c.held.set(r, depth);
  }
}

let current: HeapCtx | null = null;

/** The heap of the process this worker runs (a fresh default one when nothing set one, e.g. a unit test). */
export function hc(): HeapCtx {
  if (current === null) current = new HeapCtx(bootHeap({ bytes: DEFAULT_HEAP_BYTES }));
  return current;
}

export function setHeapCtx(c: HeapCtx): void {
  current = c;
}

/**
 * Kinds whose heap form belongs to a runtime the bridge does not know (worker
 * mode's locks: worker-start.ts). toRef gives NULL for objects it does not take.
 */
export const extKinds = {
  toRef: null as ((v: PyObj) => Ref) | null,
  lockFromRef: null as ((r: Ref) => PyObj | undefined) | null,
  /** Worker mode: a native module (sys, time, …) another worker stored is this worker's own (its files, its closures). */
  nativeModule: null as ((name: string) => PyObj | undefined) | null,
  /** Worker mode, a forked child: a worker-local object of the parent's that the fork copied (fork-copies.ts). */
  opaqueFromRef: null as ((r: Ref) => PyObj | undefined) | null,
};

/**
 * Native types of native modules (`_random.Random`) by name: every worker makes
 * the same ones, so a heap class based on one (random.Random) rebuilds in any worker.
 */
export const moduleTypes = new Map<string, PyType>();

/** The boundary conversions; heap-bridge.ts fills them in. */
export const conv = {
  toRef(v: PyVal | undefined): Ref {
    void v;
    throw new Error('heap bridge not installed');
  },
  fromRef(r: Ref): PyVal | undefined {
    void r;
    throw new Error('heap bridge not installed');
  },
};
