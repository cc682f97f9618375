// Attributes of builtin objects that are not in a type's dict (__name__,
// __class__, __dict__, exception args, ...), and their setters.

import { PyObj, PyCode, PyCell, PyType, PyFunction, PyBuiltin, PyMethod, PyModule, PyException, PyTuple, PyWrapper, PyRange, PySlice, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, typeOf } from './types';
import * as ops from './ops';
import { PyGenerator } from './frame';
import { functionAttr, codeAttr, cellAttr, builtinDoc } from './func-attrs';
import { AttrMap } from './attr-map';
import { conv } from './heap-state';
import { mappingProxyOf } from './mappingproxy';
import { layoutOf, visibleDict } from './slots';

/** An object's `__dict__`: the heap dict itself when its attributes live in one (`obj.__dict__.update(...)` sets them), else a copy. */
function dictOf(m: Map<string, PyVal>): PyDict {
  if (m instanceof AttrMap) return conv.fromRef(m.ref) as PyDict;
  const d = new PyDict(T.dict);
  for (const [k, v] of m) d.set(k, v);
  return d;
}

export function installSpecial(): void {
  ops.special.get = (obj, name) => {
    if (name === '__class__') return typeOf(obj);
    if (obj instanceof PyType) {
      switch (name) {
        case '__name__': return obj.name;
        case '__qualname__': return obj.qualname;
        case '__module__': return obj.module;
        case '__mro__': return new PyTuple(T.tuple, obj.mro);
        case '__bases__': return new PyTuple(T.tuple, obj.bases);
        case '__base__': return obj.bases[0] ?? null;
        case '__dict__': return mappingProxyOf(obj);
        case '__doc__': return obj.doc;
      }
      return undefined;
    }
    if (obj instanceof PyFunction) {
      switch (name) {
        case '__name__': return obj.name;
        case '__qualname__': return obj.qualname;
        case '__doc__': return obj.doc;
        case '__dict__': return dictOf(obj.dict);
        case '__defaults__': return obj.defaults.length ? new PyTuple(T.tuple, obj.defaults) : null;
        case '__globals__': return obj.globals as PyDict;
        case '__wrapped__': return obj.dict.get('__wrapped__');
        case '__kwdefaults__': return obj.kwdefaults.size ? dictOf(obj.kwdefaults) : null;
      }
      return functionAttr(obj, name);
    }
    if (obj instanceof PyBuiltin) {
      if (name === '__name__') return obj.name;
      if (name === '__qualname__') return obj.qualname;
      if (name === '__self__') return obj.self ?? null;
      if (name === '__doc__') return builtinDoc(obj);
      if (name === '__module__') return 'builtins';
      return undefined;
    }
    if (obj instanceof PyMethod) {
      if (name === '__func__') return obj.func;
      if (name === '__self__') return obj.self;
      return ops.getAttrOpt(obj.func, name);
    }
    if (obj instanceof PyException) {
      switch (name) {
        case 'args': return new PyTuple(T.tuple, obj.args);
        case '__cause__': return obj.cause;
        case '__context__': return obj.context;
        case '__suppress_context__': return obj.suppressContext;
        case '__traceback__': return obj.traceback.length ? obj : null;
        case '__dict__': return dictOf(obj.dict);
        case 'value': if (obj.cls.name === 'StopIteration') return obj.args[0] ?? null; break;
        case 'code': if (obj.cls.name === 'SystemExit') return obj.args[0] ?? null; break;
        case 'msg': return obj.dict.get('msg') ?? obj.args[0] ?? null;
        case 'tb_lineno': return BigInt(obj.traceback[obj.traceback.length - 1]?.lineno ?? 0);
      }
      return undefined;
    }
    if (obj instanceof PyCode) return codeAttr(obj, name);
    if (obj instanceof PyCell) return cellAttr(obj, name);
    if (obj instanceof PyModule) {
      if (name === '__dict__') return obj.ns as PyDict;
      return undefined;
    }
    if (obj instanceof PyGenerator) {
      if (name === '__name__') return obj.name;
      if (name === '__qualname__') return obj.qualname;
      if (name === 'gi_running') return obj.running;
      return undefined;
    }
    if (obj instanceof PyWrapper) {
      if (name === '__func__' || name === 'fget') return obj.fget;
      if (name === 'fset') return obj.fset;
      if (name === 'fdel') return obj.fdel;
      if (name === '__doc__') return obj.doc ?? (obj.fget instanceof PyFunction ? obj.fget.doc : null);
      if (name === '__isabstractmethod__') return false;
      return undefined;
    }
    if (obj instanceof PyRange) {
      if (name === 'start') return obj.start;
      if (name === 'stop') return obj.stop;
      if (name === 'step') return obj.step;
    }
    if (obj instanceof PySlice) {
      if (name === 'start') return obj.start;
      if (name === 'stop') return obj.stop;
      if (name === 'step') return obj.step;
    }
    // A plain object() has no __dict__ (object's instances have no dict slot).
    if (name === '__dict__' && obj instanceof PyObj && obj.dict && obj.cls !== T.object) {
      if (!obj.cls.heap) return dictOf(obj.dict);
      const l = layoutOf(obj.cls);
      if (!l.dict) return undefined;
      return l.slotted ? visibleDict(obj.dict) : dictOf(obj.dict);
    }
    if (name === '__doc__') return null;
    if (typeof obj === 'bigint' || typeof obj === 'boolean') {
      if (name === 'real' || name === 'numerator') return ops.toBig(obj);
      if (name === 'imag') return 0n;
      if (name === 'denominator') return 1n;
    }
    if (typeof obj === 'number') {
      if (name === 'real') return obj;
      if (name === 'imag') return 0;
    }
    return undefined;
  };
  ops.specialSet.set = (obj, name, v) => {
    if (obj instanceof PyException) {
      switch (name) {
        case 'args': obj.args = v instanceof PyTuple ? v.items : ops.toArray(v as PyVal); return true;
        case '__cause__': obj.cause = v instanceof PyException ? v : null; obj.suppressContext = true; return true;
        case '__context__': obj.context = v instanceof PyException ? v : null; return true;
        case '__suppress_context__': obj.suppressContext = ops.truthy(v as PyVal); return true;
        case '__traceback__': if (v === null) obj.traceback = []; return true;
      }
    }
    if (obj instanceof PyFunction) {
      switch (name) {
        case '__name__': obj.name = String(v); return true;
        case '__qualname__': obj.qualname = String(v); return true;
        case '__doc__': obj.doc = v ?? null; return true;
        case '__defaults__': obj.defaults = v instanceof PyTuple ? v.items : []; return true;
      }
    }
    if (obj instanceof PyType) {
      if (name === '__name__') { obj.name = String(v); return true; }
      if (name === '__qualname__') { obj.qualname = String(v); return true; }
      if (name === '__module__') { obj.module = String(v); return true; }
      if (name === '__doc__') { obj.doc = v ?? null; return true; }
    }
    return false;
  };
}
