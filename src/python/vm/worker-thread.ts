// A started Python thread in its own worker (worker mode): attach to the
// process heap, make this worker's Process (builtins, native modules) but share
// the process's Python modules, and run the callable. No Node, no DOM: the
// entry (workers/py-thread.node.ts) gives the library and the file reader.

import { NONE, NULL, Kind, MODULE_DICT, dictGetStr, type Ref } from '../heap';
import { PyModule, PyTuple, PyException, type PyType, type PyVal } from './objects';
import { PyDict } from './collections';
import { EXC, isSubtype } from './types';
import { World } from './world';
import type { LibLoader } from './process';
import { loadCode } from './code-share';
import { setFileCompiler } from './code-table';
import { fromRef } from './heap-bridge';
import { extKinds, hc } from './heap-state';
import type { Process } from './process';
import { shareSys } from './sys-share';
import { installForkCopies } from './fork-copies';
import type { ProcessPayload, ThreadPayload, WorkerCtx } from './worker-mode';

export interface ThreadHostApi {
  lib: LibLoader;
  write(fd: number, text: string): void;
  /** The text of a library file by the path its code objects name (null when there is none). */
  readSource(file: string): string | null;
  /** The thread's name, for `Exception in thread …` when no `threading` wrapper caught it. */
  name: string;
}

/** Modules each worker makes for itself: their functions are this worker's closures, their files this worker's views of fd 0–2. */
const OWN_MODULES = new Set(['builtins', 'sys', 'time', 'math', 'os', 'os.path', '_vm', '_random']);

/**
 * Everything that is not Python time: the worker's Process and the code of
 * every file the process has loaded, compiled before the thread takes the
 * GIL (CPython has no such step; here it takes real time, and the clock runs
 * while a thread is active). Returns the thread's run: its status.
 */
export function prepareThread(p: ThreadPayload | ProcessPayload, ctx: WorkerCtx, api: ThreadHostApi): () => number {
  const world = new World({ speed: Infinity, stdin: '', lib: api.lib, heap: p.heap, write: api.write, worker: ctx, argv: [p.mainPath] });
  const proc = world.newProcess(1);
  proc.pid = p.pid;
  proc.ppid = ctx.rt.ppid();
  // This worker's Process is a view: its own main thread is not a thread of the run.
  proc.mainThread.state = 'done';
  proc.shutdownCalled = true;
  world.mainPath = p.mainPath;
  const compile = (file: string): ReturnType<typeof loadCode> | null => {
    const text = file === p.mainPath ? p.mainSource : api.readSource(file);
    if (text === null) return null;
    proc.sources.set(file, text.split('\n'));
    return loadCode(text, file, p.packs?.[file]);
  };
  setFileCompiler(compile);
  // loadCode registers the module's code objects under its file (unpacked from the starter's form, or compiled).
  for (const file of [p.mainPath, ...p.files]) if (file !== '<string>') void compile(file);
  extKinds.nativeModule = (name) => (OWN_MODULES.has(name) ? proc.loadModule(name) : undefined);
  if (p.kind === 'process') installForkCopies(p.copies);
  return () => {
    const shared = fromRef(p.modules);
    if (shared instanceof PyDict) {
      for (const [k, v] of shared.entries()) if (typeof k === 'string' && !OWN_MODULES.has(k) && v instanceof PyModule) proc.modules.setStr(k, v);
    }
    shareBuiltins(proc, p.modules);
    shareSys(proc, p.modules);
    proc.watchMain();
    const func = fromRef(p.func) as PyVal;
    const args = fromRef(p.args);
    const kwd = p.kind === 'process' || p.kwargs === NONE ? null : fromRef(p.kwargs);
    const kw = kwd instanceof PyDict ? new Map(kwd.entries().map(([k, v]) => [String(k), v])) : null;
    const out = world.runCall(proc, func, args instanceof PyTuple ? args.items : [], kw);
    const e = out.error;
    if (p.kind === 'process') {
      // Its status is what _child_main returned (multiprocessing's exitcode); _bootstrap joined its threads already.
      const status = e === null && typeof out.result === 'bigint' ? Number(out.result) : e === null ? 0 : 1;
      if (world.ev) world.emit({ kind: 'process-end', t: proc.now(), pid: proc.pid, status });
      if (e === null) return status;
    }
    if (e === null) return 0;
    if (e instanceof PyException && isSubtype(e.cls, EXC.SystemExit as PyType)) return 0;
    // Through the World, so a listener gets the exception event and its write as from threading's own report.
    const th = proc.threads.at(-1);
    const text = `Exception in thread ${api.name}:\n${proc.formatException(e)}`;
    if (th) world.write(2, text, th);
    else api.write(2, text);
    return 1;
  };
}

/**
 * CPython has one builtins dict per interpreter: `builtins.x = 5` in one thread
 * is `x` in every other. The process's is the main worker's heap dict (found
 * through `sys.modules`), so this worker reads and writes that one; its
 * builtin functions there are NAMED refs, which resolve to this worker's own.
 */
function shareBuiltins(proc: Process, modules: Ref): void {
  const h = hc().h;
  const mod = dictGetStr(h, modules, 'builtins');
  if (mod === NULL || h.kind(mod) !== Kind.MODULE) return;
  const ns = fromRef(h.get(mod, MODULE_DICT));
  if (!(ns instanceof PyDict)) return;
  proc.builtins = ns;
  const own = proc.modules.getStr('builtins');
  if (own instanceof PyModule) own.ns = ns;
}
