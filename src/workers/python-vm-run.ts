/**
 * One Python program on the VM in this worker, every thread of every process
 * as a green thread (the VM's single-worker mode). Events go out in batches
 * (a few dozen a second at most), so a chatty program costs few messages;
 * the page terminates the worker to stop it.
 */
import { runProgram } from '../python/vm/run';
import type { LibLoader } from '../python/vm/process';
import type { CodeObject } from '../python/code';
import { compileSource } from '../python/vm/process';
import type { VmEvent } from '../python/vm/events';
import { PySyntaxError, formatSyntaxError } from '../python/errors';
import { CompileNotSupported } from '../python/compiler-errors';
import { StoreCoalescer } from './store-coalescer';
import { SharedMailbox } from '../runtime/mailbox';

export interface VmRunRequest {
  source: string;
  /** The script's path in tracebacks. */
  path: string;
  /** Simulated seconds per real second of the clock's jumps (Infinity: at once). */
  speed: number;
  /** A SharedMailbox the page writes typed lines to: input() waits for them (needs SharedArrayBuffer). */
  input?: SharedArrayBuffer;
  /** Virtual cores the run's processes share (src/python/vm/cores.ts): the page's navigator.hardwareConcurrency; default 4. */
  cores?: number;
  /** What moves simulated time while Python runs: real time (default) or the work done (src/python/vm/cores.ts). */
  clock?: 'real' | 'work';
  /** Send 'gil' events: who holds each process's GIL (a timeline draws the holds). */
  gil?: boolean;
  /** Time the threads as free-threaded Python (3.13t) would run them: each on a core of its own (src/python/vm/cores.ts). */
  freeThreaded?: boolean;
}

export type VmRunResult =
  | { kind: 'done'; status: number }
  /** The program does not compile: nothing ran. `text` is what CPython prints. */
  | { kind: 'syntax'; msg: string; lineno: number; offset: number; text: string }
  | { kind: 'unsupported'; text: string };

const BATCH_MS = 30;
/** The library compiled once per worker: a warm worker starts a program without recompiling threading. */
const codeCache = new Map<string, CodeObject>();

/**
 * Makes a fresh worker ready before Run: the VM's code parsed and compiled by
 * the JS engine, the usual modules compiled to bytecode. Its output goes nowhere.
 */
export function warmUp(lib: LibLoader): void {
  runProgram({ source: 'import threading, queue, time, random\n', path: '<warm-up>', lib, codeCache, write: () => {} });
}
const BATCH_MAX = 2000;
/** Stores of one global per batch before they are folded (store-coalescer.ts). */
const STORES_PER_BATCH = 64;

export function runVm(req: VmRunRequest, lib: LibLoader, send: (batch: VmEvent[]) => void): VmRunResult {
  try {
    compileSource(req.source, req.path);
  } catch (e) {
    if (e instanceof PySyntaxError) return { kind: 'syntax', msg: e.msg, lineno: e.lineno, offset: e.offset, text: formatSyntaxError(e, req.source) };
    if (e instanceof CompileNotSupported) return { kind: 'unsupported', text: `NotImplementedError: ${e.message} is not supported yet` };
    throw e;
  }
  let batch: VmEvent[] = [];
  let last = performance.now();
  const stores = new StoreCoalescer(STORES_PER_BATCH);
  const flush = (): void => {
    last = performance.now();
    const tail = batch[batch.length - 1];
    for (const e of stores.drain(tail ? tail.t : 0)) batch.push(e);
    if (batch.length === 0) return;
    const out = batch;
    batch = [];
    send(out);
  };
  // Sleeping for real between the clock's jumps needs Atomics.wait on shared memory.
  const speed = typeof SharedArrayBuffer === 'undefined' ? Infinity : req.speed;
  const r = runProgram({
    source: req.source,
    path: req.path,
    speed,
    cores: req.cores,
    clock: req.clock,
    gilEvents: req.gil,
    freeThreaded: req.freeThreaded,
    lib,
    codeCache,
    write: () => {},
    events: {
      emit(event) {
        const e = stores.admit(event);
        if (!e) return;
        batch.push(e);
        if (batch.length >= BATCH_MAX || performance.now() - last >= BATCH_MS) flush();
      },
    },
    poll() {
      if (performance.now() - last >= BATCH_MS) flush();
    },
    input: req.input ? new SharedMailbox(req.input) : undefined,
    flush,
  });
  flush();
  return { kind: 'done', status: r.status };
}
