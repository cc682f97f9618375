// The bytecode loop. Frames are data: a Python→Python call, a generator
// resumption, a class instantiation's __init__ and a `with` block's
// __enter__/__exit__ push a frame in this same loop, so blocking never holds
// the JS stack. Natives that call back into Python use a nested run (runNested).

import { PyObj, PyFunction, PyException, PyTuple, PyList, PyCell, PyMethod, PyBuiltin, PyType, PySlice, PyModule, PySuper, PyCode, type PyVal, type PyDictLike } from './objects';
import { PyDict, PySet } from './collections';
import { T, EXC, raise, typeOf, typeName, isSubtype, NotImplemented } from './types';
import * as ops from './ops';
import { binop, inplace, unary, BINOPS } from './arith';
import { Frame, PyGenerator, codeInfo, type CodeInfo } from './frame';
import { bindArgs } from './calls';
import { Suspend, type Thread } from './wait';
import { PyFault } from './values-fallback';
import { active } from './generators';
import { constValue, formatValue, unpackSequence, unpackEx, makeException, excMatches, callEx, dictMerge } from './interp-helpers';

const CMP = ['<', '<=', '==', '!=', '>', '>='];
/** Marks that a call pushed a frame instead of producing a value. */
const PUSHED = Symbol('pushed');
type Invoked = PyVal | typeof PUSHED;

export type RunResult = 'done' | 'blocked' | 'switch';

export interface Host {
  /** At an eval-breaker point: true when the thread should give up the GIL now. */
  shouldSwitch(th: Thread): boolean;
  importModule(name: string, fromlist: PyVal, level: number, globals: PyDict): PyVal;
  builtins: PyDict;
  recursionLimit: number;
}

export class Interp {
  th!: Thread;
  private nestedResult: PyVal = null;
  constructor(public host: Host) {
    ops.rt.callFunction = (f, args, kw) => this.callNested(f, args, kw);
    ops.rt.iterNext = (it) => (it instanceof PyGenerator ? this.genResume(it, null, null) : undefined);
  }

  /** A frame for calling fn with bound arguments (checks the recursion limit). */
  frameFor(fn: PyFunction, args: PyVal[], kw: Map<string, PyVal> | null): Frame {
    if (this.th.frames.length >= this.host.recursionLimit) throw raise('RecursionError', 'maximum recursion depth exceeded');
    const info = codeInfo(fn.code, this.filenameOf(fn));
    return new Frame(info, bindArgs(fn, info, args, kw), fn.globals as PyDict, null, fn);
  }

  private filenameOf(fn: PyFunction): string {
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
  private genDone = false;

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
        const k = ops.baseCtor(f);
        if (!k) throw raise('TypeError', `cannot create '${f.name}' instances`);
        const obj = k(f, f.base === 'exception' ? args : [], null);
        if (obj instanceof PyObj) obj.cls = f;
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
            err = raise('RuntimeError', `blocking call (${err.wait.what}) inside a callback from native code is not supported in single-worker mode`);
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
              e.traceback.unshift({ filename: f.info.filename, lineno: ln, name: f.info.code.name, col: instr.col, endCol: instr.endCol, endLineno: instr.endLineno });
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

  /** Finishes frame f with value v (return or yield); null to continue, or a RunResult. */
  private leave(th: Thread, f: Frame, v: PyVal, yielded: boolean, base: number): RunResult | null {
    const frames = th.frames;
    frames.pop();
    const g = f.generator;
    if (g instanceof PyGenerator) {
      g.running = false;
      if (!yielded) {
        g.finished = true;
        g.returnValue = v;
      }
    }
    const caller = frames[frames.length - 1];
    switch (f.returnMode) {
      case 'nested':
        this.nestedResult = v;
        this.genDone = !yielded && g !== null;
        return 'done';
      case 'thread':
        th.result = v;
        th.state = 'done';
        return 'done';
      case 'init':
        if (v !== null) throw raise('TypeError', `__init__() should return None, not '${typeName(v)}'`);
        caller?.stack.push(f.initObj);
        break;
      case 'for':
        if (yielded) caller?.stack.push(v);
        else if (caller) {
          caller.stack.pop();
          caller.pc = f.exhaustTarget;
        }
        break;
      case 'send':
        if (caller) {
          caller.stack[caller.stack.length - 1] = v;
          if (!yielded) caller.pc = f.exhaustTarget;
        }
        break;
      default:
        caller?.stack.push(v);
    }
    return frames.length <= base ? 'done' : null;
  }

  private resumeGen(th: Thread, g: PyGenerator, value: PyVal, mode: 'for' | 'send', exhaust: number): boolean {
    if (g.finished) return false;
    if (g.running) throw raise('ValueError', 'generator already executing');
    g.started = true;
    g.running = true;
    const gf = g.frame;
    gf.returnMode = mode;
    gf.exhaustTarget = exhaust;
    gf.stack.push(value);
    th.frames.push(gf);
    return true;
  }

  private loop(th: Thread, f: Frame, base: number): RunResult | null {
    const host = this.host;
    const info = f.info;
    const ops_ = info.ops;
    const args = info.args;
    const code = info.code;
    const stack = f.stack;
    const locals = f.locals;
    const builtins = host.builtins;
    for (;;) {
      const pc = f.pc++;
      const op = ops_[pc] as string;
      const arg = args[pc] as number;
      switch (op) {
        case 'NOP': case 'EXTENDED_ARG': case 'CACHE':
          break;
        case 'RESUME':
          if (host.shouldSwitch(th) && th.nested === 0) return 'switch';
          break;
        case 'LOAD_CONST':
          stack.push(constValue(code.consts[arg] ?? null));
          break;
        case 'RETURN_CONST': {
          const r = this.leave(th, f, constValue(code.consts[arg] ?? null), false, base);
          return r;
        }
        case 'RETURN_VALUE':
          return this.leave(th, f, stack.pop() as PyVal, false, base);
        case 'LOAD_FAST': case 'LOAD_FAST_CHECK': {
          const v = locals[arg];
          if (v === undefined) throw unbound(info.localsplus[arg] as string);
          stack.push(v);
          break;
        }
        case 'LOAD_FAST_AND_CLEAR':
          stack.push(locals[arg]);
          locals[arg] = undefined;
          break;
        case 'STORE_FAST':
          locals[arg] = stack.pop();
          break;
        case 'DELETE_FAST':
          if (locals[arg] === undefined) throw unbound(info.localsplus[arg] as string);
          locals[arg] = undefined;
          break;
        case 'LOAD_GLOBAL': {
          const name = code.names[arg >> 1] as string;
          const v = f.globals.getStr(name) ?? builtins.getStr(name);
          if (v === undefined) throw nameError(name);
          if (arg & 1) stack.push(undefined);
          stack.push(v);
          break;
        }
        case 'STORE_GLOBAL':
          f.globals.setStr(code.names[arg] as string, stack.pop() as PyVal);
          break;
        case 'DELETE_GLOBAL':
          if (!f.globals.delStr(code.names[arg] as string)) throw nameError(code.names[arg] as string);
          break;
        case 'LOAD_NAME': {
          const name = code.names[arg] as string;
          const v = f.names?.getStr(name) ?? f.globals.getStr(name) ?? builtins.getStr(name);
          if (v === undefined) throw nameError(name);
          stack.push(v);
          break;
        }
        case 'STORE_NAME':
          (f.names ?? f.globals).setStr(code.names[arg] as string, stack.pop() as PyVal);
          break;
        case 'DELETE_NAME':
          if (!(f.names ?? f.globals).delStr(code.names[arg] as string)) throw nameError(code.names[arg] as string);
          break;
        case 'MAKE_CELL':
          locals[arg] = new PyCell(T.cell, locals[arg]);
          break;
        case 'COPY_FREE_VARS':
          break;
        case 'LOAD_CLOSURE':
          stack.push(locals[arg]);
          break;
        case 'LOAD_DEREF': {
          const v = (locals[arg] as PyCell).value;
          if (v === undefined) throw derefError(info, arg);
          stack.push(v);
          break;
        }
        case 'LOAD_FROM_DICT_OR_DEREF': {
          const d = stack.pop() as unknown as PyDictLike;
          const name = info.localsplus[arg] as string;
          const v = d.getStr(name) ?? (locals[arg] as PyCell).value;
          if (v === undefined) throw derefError(info, arg);
          stack.push(v);
          break;
        }
        case 'LOAD_LOCALS':
          stack.push((f.names ?? f.globals) as PyObj);
          break;
        case 'STORE_DEREF':
          (locals[arg] as PyCell).value = stack.pop();
          break;
        case 'DELETE_DEREF':
          (locals[arg] as PyCell).value = undefined;
          break;
        case 'POP_TOP':
          stack.pop();
          break;
        case 'PUSH_NULL':
          stack.push(undefined);
          break;
        case 'COPY':
          stack.push(stack[stack.length - arg]);
          break;
        case 'SWAP': {
          const i = stack.length - 1, j = stack.length - arg;
          const t = stack[i];
          stack[i] = stack[j];
          stack[j] = t;
          break;
        }
        case 'BINARY_OP': {
          const b = stack.pop() as PyVal;
          const a = stack.pop() as PyVal;
          stack.push(arg < 13 ? binop(BINOPS[arg] as string, a, b) : inplace(BINOPS[arg - 13] as string, a, b));
          break;
        }
        case 'COMPARE_OP': {
          const b = stack.pop() as PyVal;
          const a = stack.pop() as PyVal;
          stack.push(ops.compare(CMP[arg >> 4] as string, a, b));
          break;
        }
        case 'IS_OP': {
          const b = stack.pop() as PyVal;
          const a = stack.pop() as PyVal;
          const same = a === b || (typeof a === 'number' && typeof b === 'number' && Object.is(a, b));
          stack.push(arg ? !same : same);
          break;
        }
        case 'CONTAINS_OP': {
          const b = stack.pop() as PyVal;
          const a = stack.pop() as PyVal;
          const r = ops.contains(b, a);
          stack.push(arg ? !r : r);
          break;
        }
        case 'UNARY_NEGATIVE':
          stack.push(unary('-', stack.pop() as PyVal));
          break;
        case 'UNARY_INVERT':
          stack.push(unary('~', stack.pop() as PyVal));
          break;
        case 'UNARY_NOT':
          stack.push(!ops.truthy(stack.pop() as PyVal));
          break;
        case 'POP_JUMP_IF_FALSE':
          if (!ops.truthy(stack.pop() as PyVal)) f.pc = info.targets[pc] as number;
          break;
        case 'POP_JUMP_IF_TRUE':
          if (ops.truthy(stack.pop() as PyVal)) f.pc = info.targets[pc] as number;
          break;
        case 'POP_JUMP_IF_NONE':
          if (stack.pop() === null) f.pc = info.targets[pc] as number;
          break;
        case 'POP_JUMP_IF_NOT_NONE':
          if (stack.pop() !== null) f.pc = info.targets[pc] as number;
          break;
        case 'JUMP_FORWARD': case 'JUMP_BACKWARD_NO_INTERRUPT': case 'JUMP':
          f.pc = info.targets[pc] as number;
          break;
        case 'JUMP_BACKWARD':
          f.pc = info.targets[pc] as number;
          if (host.shouldSwitch(th) && th.nested === 0) return 'switch';
          break;
        case 'GET_ITER':
          stack.push(ops.getIter(stack.pop() as PyVal));
          break;
        case 'GET_YIELD_FROM_ITER': {
          const v = stack[stack.length - 1] as PyVal;
          if (!(v instanceof PyGenerator)) stack[stack.length - 1] = ops.getIter(v);
          break;
        }
        case 'FOR_ITER': {
          const it = stack[stack.length - 1] as PyVal;
          const exhaust = (info.targets[pc] as number) + 1;
          if (it instanceof PyGenerator) {
            if (this.resumeGen(th, it, null, 'for', exhaust)) return null;
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
        case 'END_FOR':
          stack.pop();
          stack.pop();
          break;
        case 'SEND': {
          const v = stack[stack.length - 1] as PyVal;
          const recv = stack[stack.length - 2] as PyVal;
          const target = info.targets[pc] as number;
          if (recv instanceof PyGenerator) {
            stack.pop();
            if (this.resumeGen(th, recv, v, 'send', target)) {
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
        case 'END_SEND': {
          const v = stack.pop();
          stack.pop();
          stack.push(v);
          break;
        }
        case 'YIELD_VALUE':
          return this.leave(th, f, stack.pop() as PyVal, true, base);
        case 'RETURN_GENERATOR': {
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
        case 'CLEANUP_THROW': {
          const exc = stack.pop() as PyException;
          if (exc instanceof PyException && isSubtype(exc.cls, EXC.StopIteration as PyType)) {
            stack.pop();
            stack.pop();
            stack.push(exc.args[0] ?? null);
          } else throw new ReraiseSignal(exc);
          break;
        }
        case 'LOAD_ATTR': {
          const name = code.names[arg >> 1] as string;
          const obj = stack.pop() as PyVal;
          if (arg & 1) {
            const t = typeOf(obj);
            if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof PyObj && obj.dict?.has(name)) && !t.heap) {
              const m = ops.lookupType(t, name);
              if (m instanceof PyBuiltin && m.self === undefined) {
                stack.push(m, obj);
                break;
              }
            } else if (t.heap && !(obj instanceof PyType)) {
              const m = ops.lookupType(t, name);
              if (m instanceof PyFunction && !(obj instanceof PyObj && obj.dict?.has(name)) && ops.userDunder(t, '__getattribute__') === undefined) {
                stack.push(m, obj);
                break;
              }
            }
            stack.push(undefined, ops.getAttr(obj, name));
          } else stack.push(ops.getAttr(obj, name));
          break;
        }
        case 'STORE_ATTR': {
          const obj = stack.pop() as PyVal;
          const v = stack.pop() as PyVal;
          ops.setAttr(obj, code.names[arg] as string, v);
          break;
        }
        case 'DELETE_ATTR':
          ops.delAttr(stack.pop() as PyVal, code.names[arg] as string);
          break;
        case 'LOAD_SUPER_ATTR': {
          const self = stack.pop() as PyVal;
          const cls = stack.pop() as PyVal;
          stack.pop();
          if (!(cls instanceof PyType)) throw raise('TypeError', 'super() argument 1 must be a type');
          const sup = new PySuper(T.super, cls, self);
          const name = code.names[arg >> 2] as string;
          const v = ops.getAttrOpt(sup, name);
          if (v === undefined) throw raise('AttributeError', `'super' object has no attribute '${name}'`);
          if (arg & 1) stack.push(undefined, v);
          else stack.push(v);
          break;
        }
        case 'BINARY_SUBSCR': {
          const k = stack.pop() as PyVal;
          const o = stack.pop() as PyVal;
          stack.push(ops.getItem(o, k));
          break;
        }
        case 'STORE_SUBSCR': {
          const k = stack.pop() as PyVal;
          const o = stack.pop() as PyVal;
          ops.setItem(o, k, stack.pop() as PyVal);
          break;
        }
        case 'DELETE_SUBSCR': {
          const k = stack.pop() as PyVal;
          ops.delItem(stack.pop() as PyVal, k);
          break;
        }
        case 'BINARY_SLICE': {
          const stop = stack.pop() as PyVal;
          const start = stack.pop() as PyVal;
          const o = stack.pop() as PyVal;
          stack.push(ops.getItem(o, new PySlice(T.slice, start, stop, null)));
          break;
        }
        case 'STORE_SLICE': {
          const stop = stack.pop() as PyVal;
          const start = stack.pop() as PyVal;
          const o = stack.pop() as PyVal;
          ops.setItem(o, new PySlice(T.slice, start, stop, null), stack.pop() as PyVal);
          break;
        }
        case 'BUILD_SLICE': {
          const step = arg === 3 ? (stack.pop() as PyVal) : null;
          const stop = stack.pop() as PyVal;
          stack.push(new PySlice(T.slice, stack.pop() as PyVal, stop, step));
          break;
        }
        case 'BUILD_TUPLE':
          stack.push(new PyTuple(T.tuple, stack.splice(stack.length - arg, arg) as PyVal[]));
          break;
        case 'BUILD_LIST':
          stack.push(new PyList(T.list, stack.splice(stack.length - arg, arg) as PyVal[]));
          break;
        case 'BUILD_SET': {
          const s = new PySet(T.set);
          for (const v of stack.splice(stack.length - arg, arg)) s.add(v as PyVal);
          stack.push(s);
          break;
        }
        case 'BUILD_MAP': {
          const d = new PyDict(T.dict);
          const items = stack.splice(stack.length - 2 * arg, 2 * arg) as PyVal[];
          for (let i = 0; i < items.length; i += 2) d.set(items[i] as PyVal, items[i + 1] as PyVal);
          stack.push(d);
          break;
        }
        case 'BUILD_CONST_KEY_MAP': {
          const keys = stack.pop() as PyTuple;
          const vals = stack.splice(stack.length - arg, arg) as PyVal[];
          const d = new PyDict(T.dict);
          keys.items.forEach((k, i) => d.set(k, vals[i] as PyVal));
          stack.push(d);
          break;
        }
        case 'BUILD_STRING':
          stack.push((stack.splice(stack.length - arg, arg) as string[]).join(''));
          break;
        case 'FORMAT_VALUE': {
          const spec = arg & 4 ? (stack.pop() as string) : '';
          stack.push(formatValue(stack.pop() as PyVal, arg & 3, spec));
          break;
        }
        case 'LIST_APPEND': {
          const v = stack.pop() as PyVal;
          (stack[stack.length - arg] as PyList).items.push(v);
          break;
        }
        case 'SET_ADD': {
          const v = stack.pop() as PyVal;
          (stack[stack.length - arg] as PySet).add(v);
          break;
        }
        case 'MAP_ADD': {
          const v = stack.pop() as PyVal;
          const k = stack.pop() as PyVal;
          (stack[stack.length - arg] as PyDict).set(k, v);
          break;
        }
        case 'LIST_EXTEND': {
          const v = stack.pop() as PyVal;
          (stack[stack.length - arg] as PyList).items.push(...ops.toArray(v));
          break;
        }
        case 'SET_UPDATE': {
          const v = stack.pop() as PyVal;
          const s = stack[stack.length - arg] as PySet;
          for (const x of ops.toArray(v)) s.add(x);
          break;
        }
        case 'DICT_UPDATE': case 'DICT_MERGE': {
          const v = stack.pop() as PyVal;
          dictMerge(stack[stack.length - arg] as PyDict, v, op === 'DICT_MERGE', stack[stack.length - arg - 2] as PyVal);
          break;
        }
        case 'UNPACK_SEQUENCE':
          stack.push(...unpackSequence(stack.pop() as PyVal, arg));
          break;
        case 'UNPACK_EX':
          stack.push(...unpackEx(stack.pop() as PyVal, arg & 0xff, arg >> 8));
          break;
        case 'CALL_INTRINSIC_1': {
          const v = stack.pop() as PyVal;
          switch (arg) {
            case 3:
              if (v instanceof PyException && isSubtype(v.cls, EXC.StopIteration as PyType)) {
                const e = raise('RuntimeError', 'generator raised StopIteration');
                e.cause = v;
                e.context = v;
                throw e;
              }
              throw new ReraiseSignal(v as PyException);
            case 5: stack.push(unary('+', v)); break;
            case 6: stack.push(new PyTuple(T.tuple, (v as PyList).items.slice())); break;
            case 2: {
              const mod = v as PyModule;
              for (const [k, x] of (mod.ns as PyDict).entries()) if (typeof k === 'string' && !k.startsWith('_')) (f.names ?? f.globals).setStr(k, x);
              stack.push(null);
              break;
            }
            default: stack.push(v);
          }
          break;
        }
        case 'KW_NAMES':
          f.kwnames = (constValue(code.consts[arg] ?? null) as PyTuple).items as string[];
          break;
        case 'CALL': {
          const kwn = f.kwnames;
          f.kwnames = null;
          const all = stack.splice(stack.length - arg - 2, arg + 2);
          const method = all[0];
          let fn: PyVal;
          let callArgs: PyVal[];
          if (method === undefined) {
            fn = all[1] as PyVal;
            callArgs = all.slice(2) as PyVal[];
          } else {
            fn = method;
            callArgs = all.slice(1) as PyVal[];
          }
          let kw: Map<string, PyVal> | null = null;
          if (kwn && kwn.length) {
            kw = new Map();
            const vals = callArgs.splice(callArgs.length - kwn.length, kwn.length);
            kwn.forEach((k, i) => (kw as Map<string, PyVal>).set(k, vals[i] as PyVal));
          }
          const r = this.invoke(th, fn, callArgs, kw);
          if (r === PUSHED) return null;
          stack.push(r);
          if (host.shouldSwitch(th) && th.nested === 0) return 'switch';
          break;
        }
        case 'CALL_FUNCTION_EX': {
          const kwargs = arg & 1 ? (stack.pop() as PyVal) : null;
          const callargs = stack.pop() as PyVal;
          const fn = stack.pop() as PyVal;
          stack.pop();
          const [a, kw] = callEx(fn, callargs, kwargs);
          const r = this.invoke(th, fn, a, kw);
          if (r === PUSHED) return null;
          stack.push(r);
          break;
        }
        case 'MAKE_FUNCTION': {
          const c = stack.pop() as PyCode;
          const fn = new PyFunction(T.function, c.code, f.globals, qualnameOf(c.code, f));
          if (arg & 8) fn.closure = (stack.pop() as PyTuple).items as PyCell[];
          if (arg & 4) stack.pop();
          if (arg & 2) for (const [k, v] of (stack.pop() as PyDict).entries()) fn.kwdefaults.set(k as string, v);
          if (arg & 1) fn.defaults = (stack.pop() as PyTuple).items;
          const c0 = c.code.consts[0];
          if (typeof c0 === 'string') fn.doc = c0;
          const mod = f.globals.getStr('__name__');
          fn.dict.set('__module__', mod ?? null);
          stack.push(fn);
          break;
        }
        case 'LOAD_BUILD_CLASS':
          stack.push(builtins.getStr('__build_class__') as PyVal);
          break;
        case 'SETUP_ANNOTATIONS':
          if ((f.names ?? f.globals).getStr('__annotations__') === undefined) (f.names ?? f.globals).setStr('__annotations__', new PyDict(T.dict));
          break;
        case 'IMPORT_NAME': {
          const fromlist = stack.pop() as PyVal;
          const level = stack.pop() as PyVal;
          stack.push(host.importModule(code.names[arg] as string, fromlist, Number(level ?? 0n), f.globals));
          break;
        }
        case 'IMPORT_FROM': {
          const mod = stack[stack.length - 1] as PyVal;
          const name = code.names[arg] as string;
          const v = ops.getAttrOpt(mod, name);
          if (v === undefined) {
            const mname = mod instanceof PyModule ? mod.name : '?';
            const file = mod instanceof PyModule ? mod.ns.getStr('__file__') : undefined;
            throw raise('ImportError', `cannot import name '${name}' from '${mname}' (${typeof file === 'string' ? file : 'unknown location'})`);
          }
          stack.push(v);
          break;
        }
        case 'RAISE_VARARGS': {
          if (arg === 0) {
            if (!th.excInfo) throw raise('RuntimeError', 'No active exception to reraise');
            throw new ReraiseSignal(th.excInfo, true);
          }
          const cause = arg === 2 ? (stack.pop() as PyVal) : undefined;
          const e = makeException(stack.pop() as PyVal);
          if (cause !== undefined) {
            e.cause = cause === null ? null : makeException(cause);
            e.suppressContext = true;
          }
          throw e;
        }
        case 'RERAISE': {
          // The lasti below only moves f_lasti in CPython; the handler search uses the current position.
          const e = stack.pop() as PyException;
          if (arg) stack.pop();
          throw new ReraiseSignal(e);
        }
        case 'PUSH_EXC_INFO': {
          const v = stack.pop() as PyException;
          stack.push(th.excInfo ?? null);
          th.excInfo = v;
          stack.push(v);
          break;
        }
        case 'POP_EXCEPT': {
          const v = stack.pop() as PyVal;
          th.excInfo = v instanceof PyException ? v : null;
          break;
        }
        case 'CHECK_EXC_MATCH': {
          const t = stack.pop() as PyVal;
          stack.push(excMatches(stack[stack.length - 1] as PyVal, t));
          break;
        }
        case 'LOAD_ASSERTION_ERROR':
          stack.push(EXC.AssertionError as PyType);
          break;
        case 'BEFORE_WITH': {
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
        case 'WITH_EXCEPT_START': {
          const val = stack[stack.length - 1] as PyVal;
          const exit = stack[stack.length - 4] as PyVal;
          const tb = val instanceof PyException ? null : null;
          const r = this.invoke(th, exit, [typeOf(val), val, tb], null);
          if (r === PUSHED) return null;
          stack.push(r);
          break;
        }
        case 'GET_LEN':
          stack.push(BigInt(ops.len(stack[stack.length - 1] as PyVal)));
          break;
        case 'INTERPRETER_EXIT':
          return 'done';
        default:
          throw raise('SystemError', `opcode ${op} is not supported yet`);
      }
    }
  }
}

/** Re-raising keeps the traceback as it is (CPython's RERAISE goes to exception_unwind, not error). */
export class ReraiseSignal {
  constructor(public exc: PyException, public bare = false) {}
}


function causes(a: PyException, b: PyException): boolean {
  for (let c: PyException | null = a; c; c = c.context) if (c === b) return true;
  return false;
}

function findHandler(info: CodeInfo, i: number): { depth: number; lasti: boolean; target: number } | undefined {
  for (const h of info.handlers) if (i >= h.start && i < h.end) return h;
  return undefined;
}

function unbound(name: string): PyException {
  return raise('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

export function nameError(name: string): PyException {
  const e = raise('NameError', `name '${name}' is not defined`);
  e.dict.set('name', name);
  return e;
}

function derefError(info: CodeInfo, i: number): PyException {
  const name = info.localsplus[i] as string;
  if (i >= info.freeStart) return raise('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  return unbound(name);
}

function sendTo(recv: PyVal, v: PyVal): PyVal | undefined {
  try {
    return ops.call(ops.getAttr(recv, 'send'), [v]);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.cls, EXC.StopIteration as PyType)) return undefined;
    throw e;
  }
}

function qualnameOf(code: import('../code').CodeObject, f: Frame): string {
  const q = (code as { qualname?: string }).qualname;
  if (q) return q;
  if (f.names) {
    const cq = f.names.getStr('__qualname__');
    if (typeof cq === 'string') return `${cq}.${code.name}`;
  }
  if (f.fn) return `${f.fn.qualname}.<locals>.${code.name}`;
  return code.name;
}

export { NotImplemented, PyDict, PySet };
