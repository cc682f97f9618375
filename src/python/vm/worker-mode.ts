// Worker mode (issue 10): this worker runs exactly one Python thread, and the
// run's ThreadRuntime (host/) is its GIL, clock, locks and output. The World
// keeps its single-worker scheduler, which here only ever has this thread;
// what changes is that blocking natives block the worker (GIL released)
// instead of throwing Suspend, and the eval breaker is the shared GIL word.

import type { ThreadRuntime } from './host/thread-runtime';
import type { HeapBuffer, Ref } from '../heap';
import type { ForkCopy } from './fork-copies';
import { H_PAUSE } from './host/layout';
import type { PackedModule } from './code-pack';

/** What every worker of a run in worker mode knows (its own runtime; how to start a sibling). */
export interface WorkerCtx {
  rt: ThreadRuntime;
  /** URL of the thread entry (workers/py-thread.node.ts or a page's bundle). */
  entry: string;
  /** The process heap every thread of this process shares (filled in once the World booted it). */
  heap: HeapBuffer | null;
  /** The main script (threads compile its code objects from it). */
  mainPath: string;
  mainSource: string;
  /** The main thread's ident (`threading.main_thread().ident`, `_vm.main_ident()`). */
  mainIdent: number;
  pid: number;
  /** Ref of the main process's `sys.modules`, so a thread's imports find the modules the process has. */
  modules: Ref;
  /** A child process: the parent's locks held when it forked (its copies start held). */
  heldAtFork?: number[];
}

/** A thread's ident from its slot in the run's thread table: one per live thread, as CPython's. */
export function identOfSlot(slot: number): number {
  return 140000000000000 + (slot + 1) * 4096;
}

/** What a started thread's worker receives (WorkerInit.payload). */
export interface ThreadPayload {
  kind: 'thread';
  heap: HeapBuffer;
  mainPath: string;
  mainSource: string;
  mainIdent: number;
  pid: number;
  modules: Ref;
  /** The callable, its args tuple and kwargs dict (or None), as heap refs. */
  func: Ref;
  args: Ref;
  kwargs: Ref;
  /** Files whose code the process has loaded (the thread loads them before taking the GIL). */
  files: string[];
  /** Their code (and the main script's), packed by the starter, by file: the thread unpacks instead of compiling. */
  packs?: Record<string, PackedModule>;
  /** Host lock handle released when the thread ends (`join` waits on it), or -1. */
  doneLock: number;
  /** The process's WorkerCtx.heldAtFork (a thread of a child process). */
  heldAtFork?: number[];
}

/** What the main thread's worker receives. */
export interface MainPayload {
  kind: 'main';
  source: string;
  path: string;
  argv: string[];
  heapBytes?: number;
}

/**
 * What a child process's main worker receives (multiprocessing's fork): a
 * heap of its own, a byte copy of the parent's taken under the parent's GIL
 * (fork copies memory), so every ref means the same object, copied.
 */
export interface ProcessPayload extends Omit<ThreadPayload, 'kind' | 'kwargs' | 'doneLock' | 'mainIdent'> {
  kind: 'process';
  ppid: number;
  heldAtFork: number[];
  /** The parent's worker-local objects (a Random's state), rebuilt in the child under their refs. */
  copies: ForkCopy[];
}

export type PyThreadPayload = MainPayload | ThreadPayload | ProcessPayload;

/** The eval breaker of worker mode: one load of the pause word, one of the GIL's drop-request word, and the hand-over when it is set. */
export function evalBreaker(w: WorkerCtx): void {
  // Step mode notes the switch point (a GIL rule of the stepper); a live run pays one null test.
  const s = w.rt.step;
  if (s !== null) s.switchPoint = true;
  // The page's pause (host/pause-gate.ts): the thread stands here, between two instructions, GIL kept. One load while running.
  const rt = w.rt;
  const p = rt.pause;
  if (p.header[H_PAUSE] !== 0) p.stand();
  // A batch gone old leaves here, so a thread that prints and then only computes is seen.
  const ev = rt.events;
  if (ev?.due() === true) ev.flush();
  // 'gil' events: a take is told here, after the thread's World has announced it (the main's take comes before its thread-start).
  if (rt.gilPending) rt.showTake();
  // The work clock (host/work-clock.ts): this check is a unit of work; it may wait for the other lanes or ask this holder to drop the GIL.
  const m = rt.work;
  if (m !== null) m.tick();
  const g = rt.gil;
  if (g.breaker[g.breakerIndex] === 0) return;
  // The GIL may change hands: what this thread reported goes first, so the stream never waits on a thread that is not running.
  rt.handOver();
}
