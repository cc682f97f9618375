// A Python process: its builtins and modules, its threads, imports, class
// creation, and running the main module. (Its heap is the JS objects it
// reaches; see README.md.)

import { PyModule, PyFunction, PyMethod, PyTuple, PyType, PyException, PyObj, PyBuiltin, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, EXC, raise, isSubtype, typeName } from './types';
import * as ops from './ops';
import { Interp, type Host } from './interp';
import { Frame, codeInfo, argShapes } from './frame';
import { builtin } from './native';
import { makeBuiltins } from './builtins';
import { makeClass } from './ctors';
import { makeSys, makeTime, makeMath, makeOs, type ProcessApi } from './modules';
import { Thread, type Wait } from './wait';
import { formatException, type SourceLines } from './traceback';
import { compileCheck } from '../parser';
import { compileModule } from '../compiler';
import { CompileNotSupported } from '../compiler-errors';
import { PySyntaxError, formatSyntaxError } from '../errors';
import type { CodeObject } from '../code';
import type * as A from '../ast';
import type { World } from './world';
import { makeVmModule } from './vm-module';
import { execBuiltins } from './exec-builtins';
import { isWatchable, numericValue, safeRepr, queueIdOf } from './events';
import { lockIdOf, queueMaxsize } from '../step/watch-objects';
import { watchRepr } from '../step/watch-repr';
import { makeRandom } from './random';
import { cloneGraph } from './fork';
import { publishMainGlobals } from './heap-bridge';
import { registerModule } from './code-table';
import { loadCode, packFits } from './code-share';
import type { PackedModule } from './code-pack';
import { registerProcessBuiltin } from './named';
import { DEFAULT_RECURSION_LIMIT, recursionLimitOf, setRecursionLimitOf } from './host/recursion-limit';
import { hc } from './heap-state';
import { foldConstants, wrapChainedTests, TRUTH } from './fold';
import { workerReadline } from './worker-input';

/** Where library modules (`src/python/lib/**.py`) come from. */
export interface LibLoader {
  /**
   * Source and file path of module `name` (dotted), or null when there is none; `packed`: its code
   * compiled ahead (the page's build), used only when it fits the source (code-share.ts).
   */
  load(name: string): { source: string; path: string; isPackage: boolean; packed?: PackedModule | null } | null;
  /** Told when module `name` was compiled here (no form fitted): a loader with a cache may keep its form. */
  compiled?(name: string, path: string, source: string): void;
}

/** Records *args / **kwargs of every function in a module (CodeObject has no co_flags yet). */
function noteArgShapes(mod: A.Module, code: CodeObject): void {
  const shapes = new Map<string, { varargs: boolean; varkw: boolean }>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as { _type?: string; args?: A.Arguments; name?: string; lineno?: number; decorator_list?: { lineno: number }[] };
    if ((n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef' || n._type === 'Lambda') && n.args) {
      const name = n._type === 'Lambda' ? '<lambda>' : (n.name as string);
      const line = n.decorator_list?.length ? (n.decorator_list[0] as { lineno: number }).lineno : (n.lineno as number);
      shapes.set(`${name}@${line}`, { varargs: !!n.args.vararg, varkw: !!n.args.kwarg });
    }
    for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
  };
  visit(mod);
  const walk = (c: CodeObject): void => {
    const s = shapes.get(`${c.name}@${c.firstlineno}`);
    if (s) argShapes.set(c, s);
    for (const k of c.consts) if (k && typeof k === 'object' && 'instructions' in k) walk(k);
  };
  walk(code);
}

/** Reports every store to the main script's globals (data only: not functions, classes, modules; a lock by its id). */
function watchGlobals(proc: Process, d: PyDict): void {
  proc.interp.watched = d;
  proc.interp.onStore = (name, old, v) => {
    // A Lock, an RLock and a Condition by the lock their acquire takes.
    const lock = lockIdOf(v);
    if (lock < 0 && !isWatchable(v)) return;
    const queue = lock < 0 ? queueIdOf(v) : -1;
    const maxsize = queue >= 0 ? queueMaxsize(v) : null;
    const world = proc.world;
    world.emit({
      kind: 'global-store',
      ...world.who(proc.interp.th),
      name,
      old: old === undefined ? null : watchRepr(old),
      value: watchRepr(v),
      num: numericValue(v),
      lock,
      queue,
      ...(maxsize === null ? {} : { maxsize }),
    });
  };
}

/**
 * Reports the library's calls into the script's functions: a thread's target, a pool's task
 * (its argument and result are what a pool lesson reads). Dunders are the language calling, not
 * work handed over, and calls within the script are plain calls: neither is reported.
 */
function reportCallbacks(proc: Process): void {
  const world = proc.world;
  proc.interp.onCall = (fn, args, from, to) => {
    if (to !== world.mainPath || from === undefined || from === to || fn.name.startsWith('__')) return 0;
    // Worker mode: every worker reports calls, so the id comes from the run's counter.
    const call = world.worker ? world.worker.rt.nextCallId() : ++world.calls;
    world.emit({ kind: 'call', ...world.who(proc.interp.th), fn: fn.qualname, args: safeRepr(new PyTuple(T.tuple, args)), call });
    return call;
  };
  proc.interp.onCallEnd = (call, v, exc) => {
    world.emit({ kind: 'return', ...world.who(proc.interp.th), call, value: exc ? exc.cls.name : safeRepr(v), raised: exc !== null });
  };
}

export function compileSource(source: string, filename: string): CodeObject {
  // compileCheck adds the errors CPython's compiler and symtable raise ('break' outside loop, nonlocal at module level).
  const mod = compileCheck(source, filename);
  foldConstants(mod);
  wrapChainedTests(mod);
  const code = compileModule(mod, filename);
  noteArgShapes(mod, code);
  registerModule(code, filename);
  return code;
}

const NATIVE_MODULES = new Set(['sys', 'time', 'math', 'os', '_vm', '_random']);

export class Process implements Host, ProcessApi {
  builtins = new PyDict(T.dict);
  modules = new PyDict(T.dict);
  interp: Interp;
  threads: Thread[] = [];
  private ownRecursionLimit = DEFAULT_RECURSION_LIMIT;
  /** sys.setrecursionlimit: this Process's, or in worker mode the process's (one for all its workers, as CPython's interpreter). */
  get recursionLimit(): number {
    const w = this.world.worker;
    return w ? recursionLimitOf(w.rt.memory, w.rt.proc) : this.ownRecursionLimit;
  }
  set recursionLimit(n: number) {
    const w = this.world.worker;
    if (w) setRecursionLimitOf(w.rt.memory, w.rt.proc, n);
    else this.ownRecursionLimit = n;
  }
  private ownSwitchInterval = 0.005;
  /** sys.setswitchinterval: this World's scheduler's, or in worker mode the process's GIL words. */
  get switchInterval(): number {
    return this.world.worker ? this.world.worker.rt.gil.switchInterval() : this.ownSwitchInterval;
  }
  set switchInterval(v: number) {
    if (this.world.worker) this.world.worker.rt.gil.setSwitchInterval(v);
    else this.ownSwitchInterval = v;
  }
  /** sys._is_gil_enabled(): false without a GIL, in either mode. */
  get gilEnabled(): boolean {
    return this.world.worker ? !this.world.worker.rt.freeThreaded : this.world.free === null;
  }
  sources = new Map<string, string[]>();
  exitStatus: number | null = null;
  mainThread: Thread;
  shutdownCalled = false;
  argv: string[];
  pid: number;
  ppid: number;
  name = 'MainProcess';

  constructor(public world: World, pid: number, ppid: number, argv: string[]) {
    this.pid = pid;
    this.ppid = ppid;
    this.argv = argv;
    this.interp = new Interp(this);
    if (world.ev) reportCallbacks(this);
    const b = makeBuiltins({ write: (fd, t) => this.write(fd, t), flush: (fd) => this.flush(fd), readline: (forInput) => this.readLine(forInput === true), stdout: () => this.sysStdout() });
    b.set('__build_class__', builtin('__build_class__', (a, kw) => this.buildClass(a, kw)));
    b.set(TRUTH, builtin(TRUTH, (a) => ops.truthy(a[0] as PyVal)));
    b.set('globals', builtin('globals', () => this.currentFrame()?.globals ?? null));
    b.set('locals', builtin('locals', () => this.locals()));
    for (const [k, v] of execBuiltins(this)) b.set(k, v);
    b.set('__import__', builtin('__import__', (a) => this.importModule(String(a[0]), a[3] ?? null, Number(a[4] ?? 0n), this.currentFrame()?.globals ?? new PyDict(T.dict))));
    const heap = hc();
    for (const [k, v] of b) {
      registerProcessBuiltin(heap, `builtins.${k}`, v);
      this.builtins.setStr(k, v);
    }
    // A builtin another worker stored names its native module; this worker makes that module on first need.
    heap.loadNative ??= (name) => NATIVE_MODULES.has(name) && this.loadModule(name) !== null;
    this.mainThread = new Thread(world.nextIdent(), 'MainThread');
    this.threads.push(this.mainThread);
    const bmod = new PyModule(T.module, 'builtins', this.builtins);
    this.builtins.setStr('__name__', 'builtins');
    this.modules.setStr('builtins', bmod);
  }

  now(): number {
    return this.world.clock.now();
  }
  /** Worker mode: sleeps this worker now (GIL released) and says so; single-worker mode sleeps by Suspend instead. */
  sleepNow(seconds: number): boolean {
    const world = this.world;
    if (!world.worker) return false;
    const th = this.interp.th;
    if (world.ev) world.emit({ kind: 'wait-start', ...world.who(th), what: 'time.sleep()', lock: -1, sleep: true, deadline: this.now() + Math.max(0, seconds) });
    world.worker.rt.sleep(seconds);
    // As single-worker's sleep: its wait always ends by its deadline.
    if (world.ev) world.emit({ kind: 'wait-end', ...world.who(th), timedOut: true });
    return true;
  }
  write(fd: number, text: string): void {
    this.world.write(fd, text);
  }
  /** Worker mode keeps a process's partial line in the host until its newline (host/process-lines.ts): flush() passes it on. */
  flush(fd: number): void {
    this.world.worker?.rt.flushWrites(fd);
  }
  readline(): string | null {
    return this.readLine(false);
  }
  /** Worker mode reads the run's stdin (worker-input.ts); single-worker mode the World's lines and console. */
  private readLine(forInput: boolean): string | null {
    // A multiprocessing child reads os.devnull: its _bootstrap replaces sys.stdin so (CPython 3.12), whatever the parent's stdin.
    if (this.isChild) return null;
    const w = this.world.worker;
    return w ? workerReadline(this.world, w, this.interp.th) : this.world.readline(forInput);
  }
  excInfo(): PyException | null {
    return this.interp.th?.excInfo ?? null;
  }
  shouldSwitch(th: Thread): boolean {
    return this.world.shouldSwitch(th);
  }
  waitNested(th: Thread, wait: Wait): PyVal {
    return this.world.waitNested(th, wait);
  }
  switchNested(th: Thread): void {
    this.world.switchNested(th);
  }

  builtinsModule(): PyModule {
    return this.modules.getStr('builtins') as PyModule;
  }

  runNested(frame: Frame): PyVal {
    return this.interp.runNested(frame);
  }

  displayhook(v: PyVal): void {
    const hook = ops.getAttrOpt(this.loadModule('sys'), 'displayhook');
    if (hook === undefined) throw raise('RuntimeError', 'lost sys.displayhook');
    ops.call(hook, [v]);
  }

  currentFrame(): Frame | undefined {
    const fs = this.interp.th?.frames ?? [];
    return fs[fs.length - 1];
  }

  locals(): PyVal {
    const f = this.currentFrame();
    if (!f) return null;
    if (f.names) return f.names as PyDict;
    const d = new PyDict(T.dict);
    f.info.localsplus.forEach((n, i) => {
      const v = f.locals[i];
      const val = v instanceof PyObj && v.cls === T.cell ? (v as unknown as { value: PyVal | undefined }).value : v;
      if (val !== undefined) d.setStr(n, val);
    });
    return d;
  }

  sourceLines(): SourceLines {
    return { line: (file, n) => this.sources.get(file)?.[n - 1] ?? null };
  }

  formatException(e: PyException, skip = 0): string {
    return formatException(e, this.sourceLines(), new Set(), skip);
  }

  private buildClass(args: PyVal[], kw: Map<string, PyVal> | null): PyVal {
    const [body, name, ...bases] = args as [PyFunction, string, ...PyType[]];
    let meta: PyType = T.type;
    const m = kw?.get('metaclass');
    if (m instanceof PyType) meta = m;
    else for (const b of bases) if (b instanceof PyType && b.cls !== T.type) meta = b.cls;
    for (const b of bases) if (!(b instanceof PyType)) throw raise('TypeError', `bases must be types, not ${typeName(b)}`);
    const ns = new PyDict(T.dict);
    ns.setStr('__module__', body.globals.getStr('__name__') ?? '__main__');
    ns.setStr('__qualname__', body.qualname);
    const info = codeInfo(body.code, this.filenameOf(body.globals as PyDict));
    const locals = new Array<PyVal | undefined>(info.nlocals);
    for (let i = 0; i < body.closure.length; i++) locals[info.freeStart + i] = body.closure[i];
    const frame = new Frame(info, locals, body.globals as PyDict, ns, body);
    const cell = this.interp.runNested(frame);
    if (cell !== null && cell instanceof PyObj) ns.setStr('__classcell__', cell);
    if (meta !== T.type && meta.heap) return ops.call(meta, [name, new PyTuple(T.tuple, bases), ns]);
    return makeClass(name, bases, ns, meta);
  }

  private filenameOf(g: PyDict): string {
    const f = g.getStr('__file__');
    return typeof f === 'string' ? f : '<string>';
  }

  /** Makes a module object for source, compiles and runs it now (nested), as import does. */
  execModule(name: string, source: string, path: string, isPackage: boolean, packed?: PackedModule | null): PyModule {
    const d = new PyDict(T.dict);
    d.setStr('__name__', name);
    d.setStr('__file__', path);
    d.setStr('__builtins__', this.modules.getStr('builtins') as PyVal);
    d.setStr('__package__', isPackage ? name : name.split('.').slice(0, -1).join('.'));
    d.setStr('__doc__', null);
    const mod = new PyModule(T.module, name, d);
    this.modules.setStr(name, mod);
    this.sources.set(path, source.split('\n'));
    let code: CodeObject;
    try {
      // Code objects are never changed by running them (fork shares them too), so a host may keep them between runs.
      const cache = this.world.opts.codeCache;
      const key = `${path}\u0000${source}`;
      const cached = cache?.get(key);
      code = cached ?? loadCode(source, path, packed);
      if (!cached && !(packed && packFits(packed, source, path))) this.world.lib.compiled?.(name, path, source);
      cache?.set(key, code);
    } catch (e) {
      this.modules.delStr(name);
      if (e instanceof CompileNotSupported) throw raise('NotImplementedError', `${e.message} is not supported yet`);
      if (e instanceof PySyntaxError) throw raise('SyntaxError', `${e.message} (${path}, line ${e.lineno})`);
      throw e;
    }
    const frame = new Frame(codeInfo(code, path), [], d, d, null);
    try {
      this.interp.runNested(frame);
    } catch (e) {
      this.modules.delStr(name);
      throw e;
    }
    return mod;
  }

  isChild = false;
  done = false;

  /** _vm.fork: a child whose objects are a copy of this process's, running func(*args) in its MainThread. */
  fork(func: PyVal, args: PyVal[]): number {
    const child = this.world.newProcess(this.pid);
    child.isChild = true;
    child.shutdownCalled = true;
    child.sources = this.sources;
    const seed = new Map<object, object>([[this, child], [this.builtins, child.builtins], [this.interp, child.interp], [this.world, this.world]]);
    for (const [k, m] of this.modules.entries()) {
      const nat = typeof k === 'string' && m instanceof PyModule ? child.nativeModule(k) : null;
      if (!nat || !(m instanceof PyModule)) continue;
      seed.set(m, nat);
      // A native's function read out of its module before the fork (`get_ident = _vm.get_ident` in
      // threading) is the child's own function too: the parent's would answer for the parent.
      if (m.ns instanceof PyDict && nat.ns instanceof PyDict) {
        for (const [key, v] of m.ns.entries()) {
          const own = typeof key === 'string' ? nat.ns.getStr(key) : undefined;
          if (v instanceof PyBuiltin && own instanceof PyBuiltin) seed.set(v, own);
        }
      }
    }
    seed.set(this.modules.getStr('builtins') as PyModule, child.modules.getStr('builtins') as PyModule);
    const clone = cloneGraph(seed);
    for (const [k, m] of this.modules.entries()) if (typeof k === 'string' && k !== 'builtins') child.modules.setStr(k, clone(m));
    // The child's copy of the main script's globals is watched too: its stores are its own (a global is not shared).
    if (this.world.ev && this.interp.watched) watchGlobals(child, clone(this.interp.watched));
    child.switchInterval = this.switchInterval;
    child.recursionLimit = this.recursionLimit;
    child.startCall(child.mainThread, clone(func), clone(args), null);
    return child.pid;
  }

  /** sys.stdout as the program left it; undefined while there is no sys (print writes to fd 1). */
  private sysStdout(): PyVal | undefined {
    const sys = this.modules.getStr('sys');
    return sys instanceof PyModule ? sys.ns.getStr('stdout') : undefined;
  }

  nativeModule(name: string): PyModule | null {
    if (!NATIVE_MODULES.has(name)) return null;
    switch (name) {
      case 'sys': return makeSys(this);
      case 'time': return makeTime(this);
      case 'math': return makeMath();
      case 'os': return makeOs(this);
      case '_vm': return makeVmModule(this);
      case '_random': return makeRandom();
    }
    return null;
  }

  loadModule(name: string): PyModule {
    const have = this.modules.getStr(name);
    if (have instanceof PyModule) return have;
    const parent = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : null;
    if (parent) this.loadModule(parent);
    const nat = this.nativeModule(name);
    if (nat) {
      this.modules.setStr(name, nat);
      if (name === 'os') this.modules.setStr('os.path', (nat.ns.getStr('path') as PyVal) ?? null);
      return nat;
    }
    const lib = this.world.lib.load(name);
    if (!lib) {
      const e = raise('ModuleNotFoundError', `No module named '${name}'`);
      e.dict.set('name', name);
      throw e;
    }
    const clock = this.world.clock;
    clock.hold();
    let mod: PyModule;
    try {
      mod = this.execModule(name, lib.source, lib.path, lib.isPackage, lib.packed);
    } finally {
      clock.unhold();
    }
    if (parent) {
      const p = this.modules.getStr(parent);
      if (p instanceof PyModule) p.ns.setStr(name.slice(parent.length + 1), mod);
    }
    return mod;
  }

  importModule(name: string, fromlist: PyVal, level: number, globals: PyDict): PyVal {
    let full = name;
    if (level > 0) {
      const pkg = String(globals.getStr('__package__') ?? '');
      const parts = pkg.split('.');
      const base = parts.slice(0, parts.length - (level - 1)).join('.');
      full = name ? `${base}.${name}` : base;
    }
    const mod = this.loadModule(full);
    if (fromlist !== null && ops.truthy(fromlist)) {
      for (const n of ops.toArray(fromlist)) {
        if (typeof n === 'string' && n !== '*' && ops.getAttrOpt(mod, n) === undefined) {
          try {
            this.loadModule(`${full}.${n}`);
          } catch (e) {
            if (!(e instanceof PyException && isSubtype(e.cls, EXC.ModuleNotFoundError as PyType))) throw e;
          }
        }
      }
      return mod;
    }
    return this.loadModule(full.split('.')[0] as string);
  }

  /** Compiles the main program and makes the main thread's first frame; false (and stderr) on a SyntaxError. */
  startMain(source: string, path: string): boolean {
    this.sources.set(path, source.split('\n'));
    let code: CodeObject;
    try {
      code = compileSource(source, path);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        this.write(2, formatSyntaxError(e, source));
        this.exitStatus = 1;
        return false;
      }
      if (e instanceof CompileNotSupported) {
        this.write(2, `NotImplementedError: ${e.message} is not supported yet\n`);
        this.exitStatus = 1;
        return false;
      }
      throw e;
    }
    const d = new PyDict(T.dict);
    d.setStr('__name__', '__main__');
    d.setStr('__file__', path);
    d.setStr('__builtins__', this.modules.getStr('builtins') as PyVal);
    d.setStr('__doc__', null);
    d.setStr('__package__', null);
    d.setStr('__spec__', null);
    this.modules.setStr('__main__', new PyModule(T.module, '__main__', d));
    if (this.world.ev) watchGlobals(this, d);
    // The first process's globals at a fixed heap word: the door for the other workers of this process.
    if (this.ppid === 1) publishMainGlobals(d);
    const frame = new Frame(codeInfo(code, path), [], d, d, null);
    frame.returnMode = 'thread';
    this.mainThread.frames.push(frame);
    return true;
  }

  /** Worker mode: a thread's worker reports stores to the main script's globals too (the process's `__main__`, shared). */
  watchMain(): void {
    const main = this.modules.getStr('__main__');
    const d = main instanceof PyModule ? main.ns : undefined;
    if (this.world.ev && d instanceof PyDict) watchGlobals(this, d);
  }

  /** Runs `f(*args)` as the whole body of thread th. */
  startCall(th: Thread, f: PyVal, args: PyVal[], kw: Map<string, PyVal> | null): void {
    this.interp.th = th;
    if (f instanceof PyMethod && f.func instanceof PyFunction) {
      args = [f.self, ...args];
      f = f.func;
    }
    if (f instanceof PyFunction) {
      const fr = this.interp.frameFor(f, args, kw);
      fr.returnMode = 'thread';
      th.frames.push(fr);
      return;
    }
    // A native callable: run a tiny trampoline frame-less call at first schedule.
    th.pendingNative = () => ops.call(f, args, kw);
  }
}

