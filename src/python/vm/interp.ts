// The bytecode loop. Frames are data: a Python→Python call, a generator
// resumption, a class instantiation's __init__ and a `with` block's
// __enter__/__exit__ push a frame in this same loop, so blocking never holds
// the JS stack. Natives that call back into Python use a nested run (runNested).

import { PyObj, PyFunction, PyException, PyTuple, PyCell, type PyVal, type PyDictLike } from './objects';
import { PyDict, PySet } from './collections';
import { T, raise, typeOf, NotImplemented } from './types';
import * as ops from './ops';
import { binop, inplace, unary, BINOPS } from './arith';
import { fastBinary, fastCompare, popArgs } from './fast-ops';
import { Frame, PyGenerator } from './frame';
import type { Thread } from './wait';
import { active } from './generators';
import { constValue, callEx, splitKw, withEnter } from './interp-helpers';
import { dataOp } from './interp-data';
import { excOp, cleanupThrow } from './interp-exc';
export { ReraiseSignal } from './interp-exc';
import { scoped } from './suggest';
import { frameFor, invoke, quickFrame, PUSHED } from './interp-call';
import { genResume, leaveFrame, resumeGen, returnGenerator, send } from './interp-frames';
import { unwind } from './interp-unwind';
import { loadGlobal } from './global-cache';
import { nameOp, findName, unbound, nameError, derefError } from './interp-names';
export { nameError } from './interp-names';

const CMP = ['<', '<=', '==', '!=', '>', '>='];

/** The loop's opcodes as small ints (a jump table, not a chain of string compares); DATA/EXC/NAME: a helper's. */
enum Op { OTHER, DATA, EXC, NAME, NOP, EXTENDED_ARG, CACHE, RESUME, LOAD_CONST, RETURN_CONST, RETURN_VALUE, LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_AND_CLEAR, STORE_FAST, DELETE_FAST, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME, MAKE_CELL, COPY_FREE_VARS, LOAD_CLOSURE, LOAD_DEREF, LOAD_FROM_DICT_OR_DEREF, LOAD_LOCALS, STORE_DEREF, DELETE_DEREF, POP_TOP, PUSH_NULL, COPY, SWAP, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, UNARY_NEGATIVE, UNARY_INVERT, UNARY_NOT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT, JUMP, JUMP_BACKWARD, GET_ITER, GET_YIELD_FROM_ITER, FOR_ITER, END_FOR, SEND, END_SEND, YIELD_VALUE, RETURN_GENERATOR, CLEANUP_THROW, KW_NAMES, CALL, CALL_FUNCTION_EX, BEFORE_WITH, WITH_EXCEPT_START, INTERPRETER_EXIT }

function encodeOps(names: string[]): Uint8Array {
  return Uint8Array.from(names, (n) => (Op as unknown as Record<string, number>)[n] ?? Op.OTHER);
}

import type { RunResult, Host } from './interp-host';
export type { RunResult, Host } from './interp-host';

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
    return frameFor(this, fn, args, kw);
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
    return genResume(this, g, value, exc);
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

  /** Runs the thread's frames until the frame stack shrinks to `base`, the thread blocks, or it should switch. */
  run(th: Thread, base: number): RunResult {
    this.th = th;
    active.interp = this;
    const frames = th.frames;
    let f = frames[frames.length - 1] as Frame;
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
        const r = unwind(this, th, caught, base);
        if (r !== null) return r;
        f = frames[frames.length - 1] as Frame;
      }
    }
  }

  private loop(th: Thread, f: Frame, base: number): RunResult | null {
    const host = this.host;
    const builtins = host.builtins;
    const frames = th.frames;
    // A Python call or return goes on with the next frame here (`continue frame`): leaving to run() and coming
    // back cost a try block and this set-up per call.
    frame: for (;;) {
      const info = f.info;
      const ops_ = info.ops;
      const codes = info.codes ?? (info.codes = encodeOps(ops_));
      const args = info.args;
      const code = info.code;
      const consts = info.constVals ?? (info.constVals = new Array<PyVal | undefined>(code.consts.length));
      const stack = f.stack;
      const locals = f.locals;
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
          case Op.LOAD_CONST: {
            // Decoded once per code object and slot (constValue's WeakMap per use was 9% of an integer loop).
            let v = consts[arg];
            if (v === undefined) v = consts[arg] = constValue(code.consts[arg] ?? null);
            stack.push(v);
            break;
          }
          case Op.RETURN_CONST: case Op.RETURN_VALUE: {
            const v = codes[pc] === Op.RETURN_VALUE ? (stack.pop() as PyVal) : constValue(code.consts[arg] ?? null);
            const r = leaveFrame(this, th, f, v, false, base);
            if (r !== null) return r;
            f = frames[frames.length - 1] as Frame;
            if (f.pendingThrow !== null) return null;
            continue frame;
          }
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
          {
            // A comparison's bool is the common case: truthy() is too large for V8 to inline.
            const v = stack.pop() as PyVal;
            if (v === false || (v !== true && !ops.truthy(v))) f.pc = info.targets[pc] as number;
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack.pop() as PyVal;
            if (v === true || (v !== false && ops.truthy(v))) f.pc = info.targets[pc] as number;
            break;
          }
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
          case Op.SEND:
            if (send(th, f, info.targets[pc] as number)) return null;
            break;
          case Op.END_SEND: {
            const v = stack.pop();
            stack.pop();
            stack.push(v);
            break;
          }
          case Op.YIELD_VALUE:
            return leaveFrame(this, th, f, stack.pop() as PyVal, true, base);
          case Op.RETURN_GENERATOR:
            return returnGenerator(this, th, f, base);
          case Op.CLEANUP_THROW:
            cleanupThrow(stack);
            break;
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
            const from = method === undefined ? at + 2 : at + 1;
            // A Python function called with exactly its positional parameters: its locals straight from the stack.
            if (fn instanceof PyFunction && kwn === null && this.onCall === null && quickFrame(this, th, fn, stack, from, at)) {
              f = frames[frames.length - 1] as Frame;
              if (f.pendingThrow !== null) return null;
              continue frame;
            }
            const callArgs = popArgs(stack, from, at);
            const kw = kwn && kwn.length ? splitKw(callArgs, kwn) : null;
            const r = invoke(this, th, fn, callArgs, kw);
            if (r === PUSHED) {
              f = frames[frames.length - 1] as Frame;
              if (f.pendingThrow !== null) return null;
              continue frame;
            }
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
            const r = invoke(this, th, fn, a, kw);
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
            const r = invoke(this, th, withEnter(stack), [], null);
            if (r === PUSHED) return null;
            stack.push(r);
            break;
          }
          case Op.WITH_EXCEPT_START: {
            const val = stack[stack.length - 1] as PyVal;
            const exit = stack[stack.length - 4] as PyVal;
            const tb = val instanceof PyException ? null : null;
            const r = invoke(this, th, exit, [typeOf(val), val, tb], null);
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
}

export { NotImplemented, PyDict, PySet };
