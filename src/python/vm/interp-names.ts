// The opcodes about names, attributes, functions and imports that need the
// frame but not the call stack, split from the loop in interp.ts.

import { PyObj, PyException, PyFunction, PyTuple, PyCell, PyBuiltin, PyType, PyModule, PySuper, PyCode, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, EXC, raise, typeOf, isSubtype } from './types';
import * as ops from './ops';
import type { Frame, CodeInfo } from './frame';
import type { Host } from './interp';
import type { PyDictLike } from './objects';
import { setAnnotations } from './func-attrs';
import { loadAttrCached, storeAttrCached } from './attr-cache';
import { loadBuiltinMethod } from './builtin-method-cache';

/** The first namespace that binds name; a name bound to None is found (`??` would skip it). */
export function findName(name: string, ...spaces: (PyDictLike | null | undefined)[]): PyVal | undefined {
  for (const ns of spaces) {
    const v = ns?.getStr(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Executes op if it is one of these; false when it is not. */
export function nameOp(op: string, arg: number, f: Frame, stack: (PyVal | undefined)[], host: Host): boolean {
  const code = f.info.code;
  const builtins = host.builtins;
  switch (op) {
    case 'LOAD_ATTR': {
      const name = code.names[arg >> 1] as string;
      const obj = stack.pop() as PyVal;
      if (arg & 1 && loadBuiltinMethod(f.info, f.pc - 1, obj, name, stack)) break;
      if (loadAttrCached(f.info, f.pc - 1, obj, name, (arg & 1) === 1, stack)) break;
      if (arg & 1) {
        // super(C, x).m: the method lives on x's MRO after C, not on the super type (whose object.__init__ would win).
        const t = typeOf(obj);
        if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof PySuper) && !(obj instanceof PyObj && obj.dict?.has(name)) && !t.heap) {
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
      const name = code.names[arg] as string;
      if (!storeAttrCached(f.info, f.pc - 1, obj, name, v)) ops.setAttr(obj, name, v);
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
    case 'MAKE_FUNCTION': {
      const c = stack.pop() as PyCode;
      const fn = new PyFunction(T.function, c.code, f.globals, qualnameOf(c.code, f));
      if (arg & 8) fn.closure = (stack.pop() as PyTuple).items as PyCell[];
      if (arg & 4) setAnnotations(fn, stack.pop() as PyTuple);
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
    default:
      return false;
  }
  return true;
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


export function causes(a: PyException, b: PyException): boolean {
  for (let c: PyException | null = a; c; c = c.context) if (c === b) return true;
  return false;
}

export function findHandler(info: CodeInfo, i: number): { depth: number; lasti: boolean; target: number } | undefined {
  for (const h of info.handlers) if (i >= h.start && i < h.end) return h;
  return undefined;
}

export function unbound(name: string): PyException {
  return raise('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

export function nameError(name: string): PyException {
  const e = raise('NameError', `name '${name}' is not defined`);
  e.dict.set('name', name);
  return e;
}

export function derefError(info: CodeInfo, i: number): PyException {
  const name = info.localsplus[i] as string;
  if (i >= info.freeStart) return raise('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  return unbound(name);
}

export function sendTo(recv: PyVal, v: PyVal): PyVal | undefined {
  try {
    return ops.call(ops.getAttr(recv, 'send'), [v]);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.cls, EXC.StopIteration as PyType)) return undefined;
    throw e;
  }
}

