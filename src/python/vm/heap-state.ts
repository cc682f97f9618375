// This worker's view of its process heap: the Heap over the shared buffer and
// the per-worker tables that turn refs into JS wrappers and back. Kept free of
// VM imports so objects.ts can use it without an import cycle at load time;
// heap-bridge.ts installs the conversions (`conv`) once the classes exist.

import { bootHeap, DEFAULT_HEAP_BYTES, type Heap, type Ref } from '../heap';
import type { PyObj, PyVal } from './objects';

/** Per worker, per process heap: the same ref gives the same wrapper. */
export class HeapCtx {
  /** ref → the wrapper this worker made for it (identity: one wrapper per ref). */
  readonly objs = new Map<Ref, PyObj>();
  /** Wrappers whose heap form was made on demand (tuples, builtin types, worker-local objects). */
  readonly lazy = new Map<PyObj, Ref>();
  /** str → ref for strs this worker stored, so storing the same text again allocates nothing. */
  readonly strs = new Map<string, Ref>();
  /** The MemoryError raised when the heap is full, made while there was still room (as CPython preallocates it). */
  memoryError: PyObj | null = null;
  /** Per-process builtins by registered name (named.ts): what a NAMED or NATIVE ref resolves to in this worker. */
  readonly named = new Map<string, PyObj>();
  /** Makes native module `name` in this worker's process so its builtins are registered; false when there is none. */
  loadNative: ((name: string) => boolean) | null = null;
  /** Marks this worker's worker-local objects (OPAQUE) so another worker can tell it never saw them. */
  readonly token: number;
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
};

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
