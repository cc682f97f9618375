// The bytecode loop. Frames are data: a Python→Python call, a generator
// resumption, a class instantiation's __init__ and a `with` block's
// __enter__/__exit__ push a frame in this same loop, so blocking never holds
// the JS stack. Natives that call back into Python use a nested run (runNested).

import { PyObj, PyFunction, PyException, PyTuple, PyCell, PyMethod, PyBuiltin, PyType, type PyVal, type PyDictLike } from './objects';
import { PyDict, PySet } from './collections';
import { T, EXC, raise, typeOf, isSubtype, NotImplemented } from './types';
import * as ops from './ops';
import { binop, inplace, unary, BINOPS } from './arith';
import { fastBinary, fastCompare, popArgs } from './fast-ops';
import { Frame, PyGenerator, codeInfo } from './frame';
import { bindArgs } from './calls';
import { Suspend, type Thread } from './wait';
import { PyFault } from './values-fallback';
import { HeapFull } from '../heap';
import { memoryError } from './heap-bridge';
import { active } from './generators';
import { constValue, callEx } from './interp-helpers';
import { dataOp } from './interp-data';
import { excOp, ReraiseSignal } from './interp-exc';
export { ReraiseSignal } from './interp-exc';
import { scoped } from './suggest';
import { leaveFrame, resumeGen } from './interp-frames';
import { loadGlobal } from './global-cache';
import { nameOp, findName, causes, findHandler, unbound, nameError, derefError, sendTo } from './interp-names';
export { nameError } from './interp-names';

const CMP = ['<', '<=', '==', '!=', '>', '>='];
/** Marks that a call pushed a frame instead of producing a value. */
const PUSHED = Symbol('pushed');
type Invoked = PyVal | typeof PUSHED;

/** The loop's opcodes as small ints (a jump table, not a chain of string compares); DATA/EXC/NAME: a helper's. */
enum Op { OTHER, DATA, EXC, NAME, NOP, EXTENDED_ARG, CACHE, RESUME, LOAD_CONST, RETURN_CONST, RETURN_VALUE, LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_AND_CLEAR, STORE_FAST, DELETE_FAST, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME, MAKE_CELL, COPY_FREE_VARS, LOAD_CLOSURE, LOAD_DEREF, LOAD_FROM_DICT_OR_DEREF, LOAD_LOCALS, STORE_DEREF, DELETE_DEREF, POP_TOP, PUSH_NULL, COPY, SWAP, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, UNARY_NEGATIVE, UNARY_INVERT, UNARY_NOT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT, JUMP, JUMP_BACKWARD, GET_ITER, GET_YIELD_FROM_ITER, FOR_ITER, END_FOR, SEND, END_SEND, YIELD_VALUE, RETURN_GENERATOR, CLEANUP_THROW, KW_NAMES, CALL, CALL_FUNCTION_EX, BEFORE_WITH, WITH_EXCEPT_START, INTERPRETER_EXIT }

function encodeOps(names: string[]): Uint8Array {
  return Uint8Array.from(names, (n) => (Op as unknown as Record<string, number>)[n] ?? Op.OTHER);
}

export type RunResult = 'done' | 'blocked' | 'switch';

export interface Host {
  /** At an eval-breaker point: true when the thread should give up the GIL now. */
  shouldSwitch(th: Thread): boolean;
  importModule(name: string, fromlist: PyVal, level: number, globals: PyDict): PyVal;
  builtins: PyDict;
  recursionLimit: number;
  /** Runs the other threads until th's wait ends (th blocked inside a nested run); the wait's result. */
  waitNested(th: Thread, wait: import('./wait').Wait): PyVal;
  /** A GIL hand-over inside a nested run (th keeps its JS stack): another thread's turn runs from here. */
  switchNested(th: Thread): void;
  /** INTRINSIC_PRINT (compile(..., 'single')): sys.displayhook(value). */
  displayhook(v: PyVal): void;
}

function current(fallback: Interp): Interp {
  return active.interp instanceof Interp ? active.interp : fallback;
}

export class Interp {
  th!: Thread;
  /** What the last nested run returned (set by leaveFrame). */
  nestedResult: PyVal = null;
  /** The module globals whose stores are reported (the main script's, when someone watches), and to whom. */
  watched: PyDict | null = null;
  onStore: ((name: string, old: PyVal | undefined, value: PyVal) => void) | null = null;
  /** Asked at each call from one file into another (a pool calling the script): an id ≠ 0 reports its end. */
  onCall: ((fn: PyFunction, args: PyVal[], from: string | undefined, to: string) => number) | null = null;
  onCallEnd: ((call: number, value: PyVal, exc: PyException | null) => void) | null = null;
  /** The step engine (src/python/step): asked before each instruction; true stops the thread before it. */
  gate: ((th: Thread, f: Frame) => boolean) | null = null;
  constructor(public host: Host) {
    // Every process has its own Interp but ops.rt is one global: route through the interpreter that
    // runs now (active.interp), not the last one built, or a child's fork would take over the parent's callbacks.
    ops.rt.callFunction = (f, args, kw) => current(this).callNested(f, args, kw);
    ops.rt.iterNext = (it) => (it instanceof PyGenerator ? current(this).genResume(it, null, null) : undefined);
  }

  /** A frame for calling fn with bound arguments (checks the recursion limit). */
  frameFor(fn: PyFunction, args: PyVal[], kw: Map<string, PyVal> | null): Frame {
    if (this.th.frames.length >= this.host.recursionLimit) throw raise('RecursionError', 'maximum recursion depth exceeded');
    const info = codeInfo(fn.code, this.filenameOf(fn));
    const frame = new Frame(info, bindArgs(fn, info, args, kw), fn.globals as PyDict, null, fn);
    if (this.onCall && !info.isGenerator) frame.call = this.onCall(fn, args, this.th.frames.at(-1)?.info.filename, info.filename);
    return frame;
  }

  private filenameOf(fn: PyFunction): string {
    // Code compiled by compile() names its own file ('<console>'), whatever its globals say.
    if (fn.code.filename !== '<unknown>') return fn.code.filename;
    const f = (fn.globals as PyDict).getStr('__file__');
    return typeof f === 'string' ? f : '<string>';
  }

  callNested(f: PyFunction, args: PyVal[], kw: Map<string, PyVal> | null): PyVal {
    return this.runNested(this.frameFor(f, args, kw));
  }

  runNested(frame: Frame): PyVal {
    const th = this.th;
    frame.returnMode = 'nested';
    th.frames.push(frame);
    th.nested++;
    try {
      this.run(th, th.frames.length - 1);
    } finally {
      th.nested--;
    }
    return this.nestedResult;
  }

  /** Resumes a generator from native code: the yielded value, or undefined when it returned. */
  genResume(g: PyGenerator, value: PyVal, exc: PyException | null): PyVal | undefined {
    if (g.finished) {
      if (exc) throw exc;
      return undefined;
    }
    if (g.running) throw raise('ValueError', 'generator already executing');
    const f = g.frame;
    if (!g.started && value !== null && !exc) throw raise('TypeError', "can't send non-None value to a just-started generator");
    g.started = true;
    g.running = true;
    f.stack.push(value);
    if (exc) f.pendingThrow = exc;
    this.genDone = false;
    const v = this.runNested(f);
    return this.genDone ? undefined : v;
  }
  genDone = false;

  /**
   * An eval-breaker point inside a native→Python callback (`sum(gen)`): CPython
   * hands the GIL over there too, so another thread takes its turn now, from
   * inside this JS call, and th goes on where it stopped.
   */
  private switchNested(th: Thread): void {
    this.host.switchNested(th);
    this.th = th;
    active.interp = this;
  }

  /** Calls `f` the way CALL does: Python functions get a frame pushed on this thread. */
  private invoke(th: Thread, f: PyVal, args: PyVal[], kw: Map<string, PyVal> | null): Invoked {
    if (f instanceof PyFunction) {
      th.frames.push(this.frameFor(f, args, kw));
      return PUSHED;
    }
    if (f instanceof PyBuiltin) return f.fn(f.self === undefined ? args : [f.self, ...args], kw);
    if (f instanceof PyMethod) return this.invoke(th, f.func, [f.self, ...args], kw);
    if (f instanceof PyType && f.heap && f.cls === T.type) {
      const init = ops.userDunder(f, '__init__');
      if (init instanceof PyFunction && ops.userDunder(f, '__new__') === undefined) {
        const obj = ops.baseInstance(f, args, kw, true);
        const fr = this.frameFor(init, [obj, ...args], kw);
        fr.returnMode = 'init';
        fr.initObj = obj;
        th.frames.push(fr);
        return PUSHED;
      }
    }
    return ops.call(f, args, kw);
  }

  /** Runs the thread's frames until the frame stack shrinks to `base`, the thread blocks, or it should switch. */
  run(th: Thread, base: number): RunResult {
    this.th = th;
    active.interp = this;
    const frames = th.frames;
    let f = frames[frames.length - 1] as Frame;
    let addTb = true;
    for (;;) {
      try {
        if (f.pendingThrow) {
          const e = f.pendingThrow;
          f.pendingThrow = null;
          f.pc--;
          f.pc++;
          throw e;
        }
        const r = this.loop(th, f, base);
        if (r !== null) return r;
        f = frames[frames.length - 1] as Frame;
      } catch (caught) {
        let err: unknown = caught;
        if (err instanceof Suspend) {
          if (th.nested > 0) {
            // Inside a native→Python callback the JS stack is in use: the other threads run from here until this wait ends.
            const v = this.host.waitNested(th, err.wait);
            this.th = th;
            active.interp = this;
            f = frames[frames.length - 1] as Frame;
            f.stack.push(v);
            continue;
          } else {
            th.state = 'blocked';
            th.wait = err.wait;
            return 'blocked';
          }
        }
        let e: PyException;
        if (err instanceof PyFault) err = raise(err.pyType, err.message);
        if (err instanceof PyException) e = err;
        else if (err instanceof ReraiseSignal) {
          e = err.exc;
          addTb = false;
        } else if (err instanceof RangeError && /call stack/.test(err.message)) e = raise('RecursionError', 'maximum recursion depth exceeded');
        else if (err instanceof HeapFull) e = memoryError();
        else throw err;
        f = frames[frames.length - 1] as Frame;
        if (addTb && th.excInfo && e !== th.excInfo && e.context === null && !causes(th.excInfo, e)) e.context = th.excInfo;
        // Unwind: find a handler in this frame or pop it and try the caller.
        for (;;) {
          if (addTb) {
            const i = f.pc - 1;
            const instr = f.info.code.instructions[i];
            const ln = instr?.lineno ?? null;
            if (instr && ln !== null && ln >= 0) {
              e.addFrame({ filename: f.info.filename, lineno: ln, name: f.info.code.name, col: instr.col, endCol: instr.endCol, endLineno: instr.endLineno });
            }
          }
          addTb = true;
          const h = findHandler(f.info, f.pc - 1);
          if (h) {
            f.stack.length = h.depth;
            if (h.lasti) f.stack.push(BigInt(f.info.offsets[f.pc - 1] ?? 0));
            f.stack.push(e);
            f.pc = h.target;
            break;
          }
          frames.pop();
          if (f.call) this.onCallEnd?.(f.call, null, e);
          if (f.generator instanceof PyGenerator) {
            f.generator.finished = true;
            f.generator.running = false;
          }
          if (f.returnMode === 'nested' || frames.length <= base) {
            if (frames.length === 0) {
              th.state = 'done';
              th.error = e;
              return 'done';
            }
            throw e;
          }
          f = frames[frames.length - 1] as Frame;
        }
      }
    }
  }

  private loop(th: Thread, f: Frame, base: number): RunResult | null {
    const host = this.host;
    const info = f.info;
    const ops_ = info.ops;
    const codes = info.codes ?? (info.codes = encodeOps(ops_));
    const args = info.args;
    const code = info.code;
    const stack = f.stack;
    const locals = f.locals;
    const builtins = host.builtins;
    for (;;) {
      const pc = f.pc++;
      if (this.gate !== null && this.gate(th, f)) {
        f.pc = pc;
        return 'switch';
      }
      const arg = args[pc] as number;
      switch (codes[pc]) {
        case Op.NOP: case Op.EXTENDED_ARG: case Op.CACHE:
          break;
        case Op.RESUME:
          if (host.shouldSwitch(th)) {
            if (th.nested === 0) return 'switch';
            this.switchNested(th);
          }
          break;
        case Op.LOAD_CONST:
          stack.push(constValue(code.consts[arg] ?? null));
          break;
        case Op.RETURN_CONST: {
          const r = leaveFrame(this, th, f, constValue(code.consts[arg] ?? null), false, base);
          return r;
        }
        case Op.RETURN_VALUE:
          return leaveFrame(this, th, f, stack.pop() as PyVal, false, base);
        case Op.LOAD_FAST: case Op.LOAD_FAST_CHECK: {
          const v = locals[arg];
          if (v === undefined) throw unbound(info.localsplus[arg] as string);
          stack.push(v);
          break;
        }
        case Op.LOAD_FAST_AND_CLEAR:
          stack.push(locals[arg]);
          locals[arg] = undefined;
          break;
        case Op.STORE_FAST:
          locals[arg] = stack.pop();
          break;
        case Op.DELETE_FAST:
          if (locals[arg] === undefined) throw unbound(info.localsplus[arg] as string);
          locals[arg] = undefined;
          break;
        case Op.LOAD_GLOBAL: {
          const name = code.names[arg >> 1] as string;
          const v = loadGlobal(info, pc, name, f.globals, builtins);
          if (v === undefined) throw scoped(nameError(name), f, builtins);
          if (arg & 1) stack.push(undefined);
          stack.push(v);
          break;
        }
        case Op.STORE_GLOBAL: {
          const v = stack.pop() as PyVal;
          if (f.globals === this.watched) this.onStore?.(code.names[arg] as string, f.globals.getStr(code.names[arg] as string), v);
          f.globals.setStr(code.names[arg] as string, v);
          break;
        }
        case Op.DELETE_GLOBAL:
          if (!f.globals.delStr(code.names[arg] as string)) throw nameError(code.names[arg] as string);
          break;
        case Op.LOAD_NAME: {
          const name = code.names[arg] as string;
          const v = findName(name, f.names, f.globals, builtins);
          if (v === undefined) throw scoped(nameError(name), f, builtins);
          stack.push(v);
          break;
        }
        case Op.STORE_NAME: {
          const into = f.names ?? f.globals;
          const v = stack.pop() as PyVal;
          if (into === this.watched) this.onStore?.(code.names[arg] as string, into.getStr(code.names[arg] as string), v);
          into.setStr(code.names[arg] as string, v);
          break;
        }
        case Op.DELETE_NAME:
          if (!(f.names ?? f.globals).delStr(code.names[arg] as string)) throw nameError(code.names[arg] as string);
          break;
        case Op.MAKE_CELL:
          locals[arg] = new PyCell(T.cell, locals[arg]);
          break;
        case Op.COPY_FREE_VARS:
          break;
        case Op.LOAD_CLOSURE:
          stack.push(locals[arg]);
          break;
        case Op.LOAD_DEREF: {
          const v = (locals[arg] as PyCell).value;
          if (v === undefined) throw derefError(info, arg);
          stack.push(v);
          break;
        }
        case Op.LOAD_FROM_DICT_OR_DEREF: {
          const d = stack.pop() as unknown as PyDictLike;
          const name = info.localsplus[arg] as string;
          const dv = d.getStr(name), v = dv !== undefined ? dv : (locals[arg] as PyCell).value;
          if (v === undefined) throw derefError(info, arg);
          stack.push(v);
          break;
        }
        case Op.LOAD_LOCALS:
          stack.push((f.names ?? f.globals) as PyObj);
          break;
        case Op.STORE_DEREF:
          (locals[arg] as PyCell).value = stack.pop();
          break;
        case Op.DELETE_DEREF:
          (locals[arg] as PyCell).value = undefined;
          break;
        case Op.POP_TOP:
          stack.pop();
          break;
        case Op.PUSH_NULL:
          stack.push(undefined);
          break;
        case Op.COPY:
          stack.push(stack[stack.length - arg]);
          break;
        case Op.SWAP: {
          const i = stack.length - 1, j = stack.length - arg;
          const t = stack[i];
          stack[i] = stack[j];
          stack[j] = t;
          break;
        }
        case Op.BINARY_OP: {
          const b = stack.pop() as PyVal;
          const a = stack.pop() as PyVal;
          const r = fastBinary(arg, a, b);
          stack.push(r !== undefined ? r : arg < 13 ? binop(BINOPS[arg] as string, a, b) : inplace(BINOPS[arg - 13] as string, a, b));
          break;
        }
        case Op.COMPARE_OP: {
          const b = stack.pop() as PyVal;
          const a = stack.pop() as PyVal;
          const r = fastCompare(arg, a, b);
          stack.push(r !== undefined ? r : ops.compare(CMP[arg >> 4] as string, a, b));
          break;
        }
        case Op.IS_OP: {
          const b = stack.pop() as PyVal;
          const a = stack.pop() as PyVal;
          const same = a === b || (typeof a === 'number' && typeof b === 'number' && Object.is(a, b));
          stack.push(arg ? !same : same);
          break;
        }
        case Op.CONTAINS_OP: {
          const b = stack.pop() as PyVal;
          const a = stack.pop() as PyVal;
          const r = ops.contains(b, a);
          stack.push(arg ? !r : r);
          break;
        }
        case Op.UNARY_NEGATIVE:
          stack.push(unary('-', stack.pop() as PyVal));
          break;
        case Op.UNARY_INVERT:
          stack.push(unary('~', stack.pop() as PyVal));
          break;
        case Op.UNARY_NOT:
          stack.push(!ops.truthy(stack.pop() as PyVal));
          break;
        case Op.POP_JUMP_IF_FALSE:
          if (!ops.truthy(stack.pop() as PyVal)) f.pc = info.targets[pc] as number;
          break;
        case Op.POP_JUMP_IF_TRUE:
          if (ops.truthy(stack.pop() as PyVal)) f.pc = info.targets[pc] as number;
          break;
        case Op.POP_JUMP_IF_NONE:
          if (stack.pop() === null) f.pc = info.targets[pc] as number;
          break;
        case Op.POP_JUMP_IF_NOT_NONE:
          if (stack.pop() !== null) f.pc = info.targets[pc] as number;
          break;
        case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT: case Op.JUMP:
          f.pc = info.targets[pc] as number;
          break;
        case Op.JUMP_BACKWARD:
          f.pc = info.targets[pc] as number;
          if (host.shouldSwitch(th)) {
            if (th.nested === 0) return 'switch';
            this.switchNested(th);
          }
          break;
        case Op.GET_ITER:
          stack.push(ops.getIter(stack.pop() as PyVal));
          break;
        case Op.GET_YIELD_FROM_ITER: {
          const v = stack[stack.length - 1] as PyVal;
          if (!(v instanceof PyGenerator)) stack[stack.length - 1] = ops.getIter(v);
          break;
        }
        case Op.FOR_ITER: {
          const it = stack[stack.length - 1] as PyVal;
          const exhaust = (info.targets[pc] as number) + 1;
          if (it instanceof PyGenerator) {
            if (resumeGen(th, it, null, 'for', exhaust)) return null;
            stack.pop();
            f.pc = exhaust;
            break;
          }
          const v = ops.next(it);
          if (v === undefined) {
            stack.pop();
            f.pc = exhaust;
          } else stack.push(v);
          break;
        }
        case Op.END_FOR:
          stack.pop();
          stack.pop();
          break;
        case Op.SEND: {
          const v = stack[stack.length - 1] as PyVal;
          const recv = stack[stack.length - 2] as PyVal;
          const target = info.targets[pc] as number;
          if (recv instanceof PyGenerator) {
            stack.pop();
            if (resumeGen(th, recv, v, 'send', target)) {
              stack.push(null);
              return null;
            }
            stack.push(null);
            f.pc = target;
            break;
          }
          const r = v === null ? ops.next(recv) : sendTo(recv, v);
          if (r === undefined) {
            stack[stack.length - 1] = null;
            f.pc = target;
          } else stack[stack.length - 1] = r;
          break;
        }
        case Op.END_SEND: {
          const v = stack.pop();
          stack.pop();
          stack.push(v);
          break;
        }
        case Op.YIELD_VALUE:
          return leaveFrame(this, th, f, stack.pop() as PyVal, true, base);
        case Op.RETURN_GENERATOR: {
          const fn = f.fn as PyFunction;
          const g = new PyGenerator(T.generator, f, fn.name, fn.qualname);
          f.generator = g;
          th.frames.pop();
          const saved = f.returnMode;
          f.returnMode = 'call';
          const caller = th.frames[th.frames.length - 1];
          if (saved === 'nested') {
            this.nestedResult = g;
            this.genDone = false;
            return 'done';
          }
          caller?.stack.push(g);
          return th.frames.length <= base ? 'done' : null;
        }
        case Op.CLEANUP_THROW: {
          const exc = stack.pop() as PyException;
          if (exc instanceof PyException && isSubtype(exc.cls, EXC.StopIteration as PyType)) {
            stack.pop();
            stack.pop();
            stack.push(exc.args[0] ?? null);
          } else throw new ReraiseSignal(exc);
          break;
        }
        case Op.KW_NAMES:
          f.kwnames = (constValue(code.consts[arg] ?? null) as PyTuple).items as string[];
          break;
        case Op.CALL: {
          const kwn = f.kwnames;
          f.kwnames = null;
          // One copy of the arguments (splice + slice made two).
          const at = stack.length - arg - 2;
          const method = stack[at];
          const fn = (method === undefined ? stack[at + 1] : method) as PyVal;
          const callArgs = popArgs(stack, method === undefined ? at + 2 : at + 1, at);
          let kw: Map<string, PyVal> | null = null;
          if (kwn && kwn.length) {
            kw = new Map();
            const vals = callArgs.splice(callArgs.length - kwn.length, kwn.length);
            kwn.forEach((k, i) => (kw as Map<string, PyVal>).set(k, vals[i] as PyVal));
          }
          const r = this.invoke(th, fn, callArgs, kw);
          if (r === PUSHED) return null;
          stack.push(r);
          if (host.shouldSwitch(th)) {
            if (th.nested === 0) return 'switch';
            this.switchNested(th);
          }
          break;
        }
        case Op.CALL_FUNCTION_EX: {
          const kwargs = arg & 1 ? (stack.pop() as PyVal) : null;
          const callargs = stack.pop() as PyVal;
          const fn = stack.pop() as PyVal;
          stack.pop();
          const [a, kw] = callEx(fn, callargs, kwargs);
          const r = this.invoke(th, fn, a, kw);
          if (r === PUSHED) return null;
          stack.push(r);
          // CHECK_EVAL_BREAKER() ends CALL_FUNCTION_EX too: `counter += abs(*args)` loses updates in 3.12.
          if (host.shouldSwitch(th)) {
            if (th.nested === 0) return 'switch';
            this.switchNested(th);
          }
          break;
        }
        case Op.BEFORE_WITH: {
          const mgr = stack.pop() as PyVal;
          const t = typeOf(mgr);
          const enter = ops.lookupType(t, '__enter__');
          const exit = ops.lookupType(t, '__exit__');
          if (enter === undefined || exit === undefined) {
            throw raise('TypeError', `'${t.name}' object does not support the context manager protocol`);
          }
          stack.push(ops.bindDescriptor(exit, mgr, t));
          const r = this.invoke(th, ops.bindDescriptor(enter, mgr, t), [], null);
          if (r === PUSHED) return null;
          stack.push(r);
          break;
        }
        case Op.WITH_EXCEPT_START: {
          const val = stack[stack.length - 1] as PyVal;
          const exit = stack[stack.length - 4] as PyVal;
          const tb = val instanceof PyException ? null : null;
          const r = this.invoke(th, exit, [typeOf(val), val, tb], null);
          if (r === PUSHED) return null;
          stack.push(r);
          break;
        }
        case Op.INTERPRETER_EXIT:
          return 'done';
        case Op.DATA:
          dataOp(ops_[pc] as string, arg, stack);
          break;
        case Op.EXC:
          excOp(ops_[pc] as string, arg, th, f, stack, host);
          break;
        case Op.NAME:
          nameOp(ops_[pc] as string, arg, f, stack, host);
          break;
        default: {
          // Which helper knows an opcode depends on its name only: remember it in this slot (CPython's quickening).
          const op = ops_[pc] as string;
          if (dataOp(op, arg, stack)) codes[pc] = Op.DATA;
          else if (excOp(op, arg, th, f, stack, host)) codes[pc] = Op.EXC;
          else if (nameOp(op, arg, f, stack, host)) codes[pc] = Op.NAME;
          else throw raise('SystemError', `opcode ${op} is not supported yet`);
        }
      }
    }
  }
}

export { NotImplemented, PyDict, PySet };
