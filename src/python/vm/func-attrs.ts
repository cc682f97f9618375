// Attributes of functions, code objects and cells that CPython's funcobject.c,
// codeobject.c and cellobject.c define: __code__, __closure__, __annotations__,
// co_*, cell_contents, and the docs of builtin functions.

import { PyFunction, PyCode, PyCell, PyTuple, PyBuiltin, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, raise } from './types';
import { constValue } from './interp-helpers';
import { BUILTIN_DOCS } from './builtin-docs';

/** __annotations__ per function: MAKE_FUNCTION's flat (name, value, ...) tuple, or an empty dict made on first access. */
const annotations = new WeakMap<PyFunction, PyDict>();

export function setAnnotations(fn: PyFunction, flat: PyTuple): void {
  const d = new PyDict(T.dict);
  for (let i = 0; i + 1 < flat.items.length; i += 2) d.set(flat.items[i] as PyVal, flat.items[i + 1] as PyVal);
  annotations.set(fn, d);
}

const codes = new WeakMap<PyFunction, PyCode>();

export function functionAttr(fn: PyFunction, name: string): PyVal | undefined {
  switch (name) {
    case '__code__': {
      let c = codes.get(fn);
      if (!c) codes.set(fn, (c = new PyCode(T.code, fn.code)));
      return c;
    }
    case '__closure__': return fn.closure.length ? new PyTuple(T.tuple, fn.closure) : null;
    case '__annotations__': {
      let d = annotations.get(fn);
      if (!d) annotations.set(fn, (d = new PyDict(T.dict)));
      return d;
    }
  }
  return undefined;
}

const strs = (xs: string[]): PyTuple => new PyTuple(T.tuple, xs);

export function codeAttr(c: PyCode, name: string): PyVal | undefined {
  const code = c.code;
  switch (name) {
    case 'co_name': return code.name;
    case 'co_qualname': return code.qualname;
    case 'co_filename': return code.filename;
    case 'co_firstlineno': return BigInt(code.firstlineno);
    case 'co_argcount': return BigInt(code.argcount);
    case 'co_posonlyargcount': return BigInt(code.posonlyargcount);
    case 'co_kwonlyargcount': return BigInt(code.kwonlyargcount);
    case 'co_nlocals': return BigInt(code.varnames.length);
    case 'co_varnames': return strs(code.varnames);
    case 'co_cellvars': return strs(code.cellvars);
    case 'co_freevars': return strs(code.freevars);
    case 'co_names': return strs(code.names);
    case 'co_consts': return new PyTuple(T.tuple, code.consts.map(constValue));
    case 'co_stacksize': return BigInt(code.stacksize);
  }
  return undefined;
}

export function cellAttr(cell: PyCell, name: string): PyVal | undefined {
  if (name !== 'cell_contents') return undefined;
  if (cell.value === undefined) throw raise('ValueError', 'Cell is empty');
  return cell.value;
}

/** __doc__ of a builtin function (a method of a builtin type has none here yet). */
export function builtinDoc(b: PyBuiltin): PyVal {
  return b.self === undefined && b.qualname === b.name ? BUILTIN_DOCS[b.name] ?? null : null;
}
