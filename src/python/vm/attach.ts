// Another worker of a running process: attach to its heap, find `__main__`'s
// globals at their fixed ref, and run Python on the same objects. The entry
// the worker-per-thread host calls (CONTRACTS.md §4).

import { W_MAIN_GLOBALS, NULL, type Heap, type HeapBuffer, type Ref } from '../heap';
import { PyTuple, PyException, type PyVal } from './objects';
import { PyDict } from './collections';
import { World } from './world';
import { install, noLib } from './run';
import { fromRef, toRef } from './heap-bridge';
import { hc } from './heap-state';
import { T } from './types';
import { compileSource, type LibLoader, type Process } from './process';
import { setFileCompiler } from './code-table';

export interface AttachOptions {
  /** Where library modules come from (the same loader the first worker used). */
  lib?: LibLoader;
  /** stdout/stderr of Python code run here (default: dropped). */
  write?(fd: number, text: string): void;
}

export interface AttachedProcess {
  readonly heap: Heap;
  /** `__main__`'s globals: the same heap dict the first worker's module runs on. */
  readonly globals: PyDict;
  readonly globalsRef: Ref;
  /** This worker's process (its builtins and imports; its objects are the shared heap's). */
  readonly process: Process;
  /** `func(*args)` in this worker; `args` a tuple ref. The result's ref, or the Python exception, thrown. */
  call(func: Ref, args: Ref): Ref;
  toRef(v: PyVal): Ref;
  fromRef(r: Ref): PyVal | undefined;
}

/**
 * `buffer` is a booted process heap whose main module has started (its
 * globals are published); `sources` maps file paths to their text so this
 * worker can compile the same code objects (functions refer to code by file).
 */
export function attachProcess(buffer: HeapBuffer, sources: Record<string, string>, opts: AttachOptions = {}): AttachedProcess {
  install();
  const world = new World({ speed: Infinity, stdin: '', lib: opts.lib ?? noLib, heap: buffer, write: opts.write ?? (() => {}) });
  const process = world.newProcess(1);
  for (const [path, text] of Object.entries(sources)) process.sources.set(path, text.split('\n'));
  // A function's code is found by file: compile the same source here, on first need.
  setFileCompiler((file) => (sources[file] !== undefined ? compileSource(sources[file], file) : null));
  const h = hc().h;
  const globalsRef = Atomics.load(h.i32, W_MAIN_GLOBALS);
  if (globalsRef === NULL) throw new Error('the process has not published its __main__ globals yet');
  const globals = fromRef(globalsRef);
  if (!(globals instanceof PyDict)) throw new Error('the heap word for __main__ globals does not hold a dict');
  return {
    heap: h,
    globals,
    globalsRef,
    process,
    call(func: Ref, args: Ref): Ref {
      const f = fromRef(func) as PyVal;
      const a = fromRef(args);
      const list = a instanceof PyTuple ? a.items : [];
      const out = world.runCall(process, f, list);
      if (out.error instanceof PyException) throw out.error;
      return toRef(out.result);
    },
    toRef,
    fromRef,
  };
}

export const emptyArgs = (): Ref => toRef(new PyTuple(T.tuple, []));
