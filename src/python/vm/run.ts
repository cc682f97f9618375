// Running a whole program: the entry point the CLI, the conformance runner and
// the tests use.

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
import type { WorldOptions } from './world-options';
import { unboxValueMethods } from './boxed';
import { installValueDunders } from './value-dunders';
import { installMappingProxy } from './mappingproxy';
import { T } from './types';
import type { LibLoader } from './process';

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

/** The World's options a run passes through as they are (world-options.ts says what each does). */
type PassedOptions = Pick<
  WorldOptions,
  'argv' | 'timeLimitMs' | 'heapBytes' | 'heap' | 'events' | 'poll' | 'control' | 'codeCache' | 'input' | 'flush' | 'worker' | 'freeThreaded' | 'seed' | 'cores' | 'clock' | 'gilEvents' | 'maxThreads'
>;

export interface RunOptions extends PassedOptions {
  source: string;
  /** The path tracebacks show (CPython shows the absolute path of the script). */
  path: string;
  stdin?: string;
  /** Simulated seconds per real second while every thread waits; default Infinity (jumps at once). */
  speed?: number;
  lib?: LibLoader;
  /** Streams output as it is written (the CLI); otherwise it is collected. */
  write?(fd: number, text: string): void;
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
