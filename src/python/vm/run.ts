// Running a whole program: the entry point the CLI, the conformance runner and
// the tests use.

import type { InputSource } from './input';
import { installCtors } from './ctors';
import { installStrMethods } from './methods-str';
import { installCollectionMethods, installViews, installDescriptors, installTypeNew } from './methods-coll';
import { installSpecial } from './special';
import { installMemberMethods } from './slots';
import { installBytesMethods } from './methods-bytes';
import { installGenerators } from './generators';
import { installComplex } from './complex-type';
import { installNumberMethods } from './methods-num';
import { intDigits } from './int-digits';
import { setMul } from './modules';
import { binop, setTruthy } from './arith';
import * as ops from './ops';
import { World } from './world';
import { unboxValueMethods } from './boxed';
import { installValueDunders } from './value-dunders';
import { installMappingProxy } from './mappingproxy';
import { T } from './types';
import type { LibLoader } from './process';
import type { VmEventSink } from './events';
import type { CodeObject } from '../code';
import type { HeapBuffer } from '../heap';
import type { WorkerCtx } from './worker-mode';
import type { RunGate } from './run-control';

let installed = false;
/** Fills in the builtin types' methods once per worker (before any program or attach). */
export function install(): void {
  if (installed) return;
  installed = true;
  installCtors();
  installStrMethods();
  installCollectionMethods();
  installViews();
  installDescriptors();
  installTypeNew();
  installSpecial();
  installMemberMethods();
  installBytesMethods();
  installGenerators();
  installComplex();
  installNumberMethods();
  installValueDunders();
  installMappingProxy();
  unboxValueMethods([T.int, T.float, T.str]);
  setMul((a, b) => binop('*', a, b));
  setTruthy(ops.truthy);
}

export interface RunOptions {
  source: string;
  /** The path tracebacks show (CPython shows the absolute path of the script). */
  path: string;
  stdin?: string;
  speed?: number;
  lib?: LibLoader;
  argv?: string[];
  /** Real milliseconds after which the run is abandoned (a runaway loop in a test). */
  timeLimitMs?: number;
  /** Byte size of the process heap (default 256 MiB). */
  heapBytes?: number;
  /** Run on this booted heap (shared with other workers) instead of a new one. */
  heap?: HeapBuffer;
  /** Streams output as it is written (the CLI); otherwise it is collected. */
  write?(fd: number, text: string): void;
  /** Receives what the program does as it runs (events.ts): the page's driver, tests. */
  events?: VmEventSink;
  /** Called now and then while Python runs (a watcher flushes its buffer). */
  poll?(): void;
  /** Pause, step and a live speed (WorldOptions.control). */
  control?: RunGate;
  /** Library modules compiled by earlier runs (WorldOptions.codeCache). */
  codeCache?: Map<string, CodeObject>;
  /** Lines typed while it runs (WorldOptions.input), and the flush before waiting for one. */
  input?: InputSource;
  flush?(): void;
  /** Worker mode: run as the main thread of a ThreadHost run (worker-mode.ts). */
  worker?: WorkerCtx;
  /** No GIL (3.13t): WorldOptions.freeThreaded, with its schedule's seed. */
  freeThreaded?: boolean;
  seed?: number;
  /** Virtual cores of the run (cores.ts; default 4). */
  cores?: number;
  /** What moves simulated time while Python runs (WorldOptions.clock). */
  clock?: 'real' | 'work';
  /** 'gil' events: who holds each process's GIL (WorldOptions.gilEvents). */
  gilEvents?: boolean;
  /** Threads alive at once in the run (WorldOptions.maxThreads). */
  maxThreads?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export const noLib: LibLoader = { load: () => null };

export function runProgram(o: RunOptions): RunResult {
  install();
  // Each program starts with CPython's default limit, whatever the previous one set.
  intDigits.limit = 4300;
  let stdout = '';
  let stderr = '';
  const world = new World({
    speed: o.speed ?? Infinity,
    stdin: o.stdin ?? '',
    lib: o.lib ?? noLib,
    argv: o.argv ?? [o.path],
    timeLimitMs: o.timeLimitMs,
    heapBytes: o.heapBytes,
    events: o.events,
    poll: o.poll,
    control: o.control,
    codeCache: o.codeCache,
    heap: o.heap,
    input: o.input,
    flush: o.flush,
    worker: o.worker,
    freeThreaded: o.freeThreaded,
    seed: o.seed,
    cores: o.cores,
    clock: o.clock,
    gilEvents: o.gilEvents,
    maxThreads: o.maxThreads,
    write: (fd, text) => {
      if (o.write) o.write(fd, text);
      else if (fd === 2) stderr += text;
      else stdout += text;
    },
  });
  const status = world.runMain(o.source, o.path);
  return { stdout, stderr, status };
}
