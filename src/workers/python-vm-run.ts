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
import { EventBatcher } from './event-batcher';
import { SharedMailbox } from '../runtime/mailbox';
import { RunControl, type RunGate } from '../python/vm/run-control';

export interface VmRunRequest {
  source: string;
  /** The script's path in tracebacks. */
  path: string;
  /** Simulated seconds per real second of the clock's jumps (Infinity: at once). */
  speed: number;
  /** The page's pause/step/speed words (run-control.ts; needs SharedArrayBuffer). Its speed wins over `speed`. */
  control?: SharedArrayBuffer;
  /** No GIL, as CPython 3.13t: threads interleave between any two instructions (vm/free-threads.ts). */
  freeThreaded?: boolean;
  /** The free-threaded schedule's seed (tests); absent, each run draws its own. */
  seed?: number;
  /** Virtual cores the run's processes share (src/python/vm/cores.ts): the page's navigator.hardwareConcurrency; default 4. */
  cores?: number;
  /** What moves simulated time while Python runs: real time (default) or the work done (src/python/vm/cores.ts). */
  clock?: 'real' | 'work';
  /** Send 'gil' events: who holds each process's GIL (a timeline draws the holds). */
  gil?: boolean;
  /** A SharedMailbox the page writes typed lines to: input() waits for them (needs SharedArrayBuffer). */
  input?: SharedArrayBuffer;
}

/** Where a run's output goes: event batches in order, and (after the batch before it) word that the run now stands paused at simulated time `pausedAt`. */
export type VmSend = (batch: VmEvent[], pausedAt?: number) => void;

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

export function runVm(req: VmRunRequest, lib: LibLoader, send: VmSend): VmRunResult {
  try {
    compileSource(req.source, req.path);
  } catch (e) {
    if (e instanceof PySyntaxError) return { kind: 'syntax', msg: e.msg, lineno: e.lineno, offset: e.offset, text: formatSyntaxError(e, req.source) };
    if (e instanceof CompileNotSupported) return { kind: 'unsupported', text: `NotImplementedError: ${e.message} is not supported yet` };
    throw e;
  }
  let last = performance.now();
  const batcher = new EventBatcher((out) => send(out));
  const flush = (): void => {
    last = performance.now();
    batcher.flush();
  };
  // Sleeping for real between the clock's jumps needs Atomics.wait on shared memory.
  const speed = typeof SharedArrayBuffer === 'undefined' ? Infinity : req.speed;
  const ctl = req.control ? new RunControl(req.control) : null;
  const control: RunGate | undefined = ctl
    ? {
        speed: () => ctl.speed,
        // The page learns of the pause after every event before it, so what it shows is where the program stands.
        hold: (now, before) =>
          ctl.hold(() => {
            before?.();
            flush();
            send([], now);
          }),
        nap: (ms) => ctl.nap(ms),
      }
    : undefined;
  const r = runProgram({
    source: req.source,
    path: req.path,
    speed,
    cores: req.cores,
    clock: req.clock,
    gilEvents: req.gil,
    lib,
    codeCache,
    write: () => {},
    events: {
      emit(event) {
        ctl?.noteEvent();
        if (!batcher.add(event)) return;
        if (batcher.size >= BATCH_MAX || performance.now() - last >= BATCH_MS) flush();
      },
    },
    poll() {
      if (performance.now() - last >= BATCH_MS) flush();
    },
    control,
    input: req.input ? new SharedMailbox(req.input) : undefined,
    flush,
    freeThreaded: req.freeThreaded === true,
    seed: req.seed,
  });
  flush();
  return { kind: 'done', status: r.status };
}
