// Binding call arguments to a function's parameters, with CPython's messages.

import { PyFunction, PyTuple, PyCell, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, raise } from './types';
import { codeInfo, type CodeInfo } from './frame';

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0] as string;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

export function bindArgs(fn: PyFunction, info: CodeInfo, args: PyVal[], kw: Map<string, PyVal> | null): (PyVal | undefined)[] {
  const code = fn.code;
  const argc = code.argcount;
  if (kw === null && args.length === argc && code.kwonlyargcount === 0 && !info.varargs && !info.varkw) {
    // The call matches the signature exactly: nothing to check, no defaults (CPython's _PyFunction_Vectorcall fast path).
    const locals: (PyVal | undefined)[] = args.slice();
    for (let i = argc; i < info.nlocals; i++) locals.push(undefined);
    for (let i = 0; i < fn.closure.length; i++) locals[info.freeStart + i] = fn.closure[i] as PyCell;
    return locals;
  }
  const locals = new Array<PyVal | undefined>(info.nlocals);
  const npos = Math.min(args.length, argc);
  for (let i = 0; i < npos; i++) locals[i] = args[i];
  const name = fn.qualname;
  if (args.length > argc) {
    if (info.varargs) {
      locals[argc + code.kwonlyargcount] = new PyTuple(T.tuple, args.slice(argc));
    } else {
      const given = args.length;
      const kwGiven = kw ? [...kw.keys()].filter((k) => code.varnames.slice(0, argc + code.kwonlyargcount).includes(k)).length : 0;
      const ndef = fn.defaults.length;
      const takes = ndef ? `from ${argc - ndef} to ${argc}` : `${argc}`;
      const plural = ndef ? 's' : argc === 1 ? '' : 's';
      const kwPart = kwGiven ? ` positional argument${given === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'})` : '';
      throw raise('TypeError', `${name}() takes ${takes} positional argument${plural} but ${given}${kwPart || ''} ${kwPart ? 'were' : given === 1 ? 'was' : 'were'} given`);
    }
  } else if (info.varargs) {
    locals[argc + code.kwonlyargcount] = new PyTuple(T.tuple, []);
  }
  let extra: PyDict | null = null;
  if (info.varkw) {
    extra = new PyDict(T.dict);
    locals[argc + code.kwonlyargcount + (info.varargs ? 1 : 0)] = extra;
  }
  if (kw) {
    const posonlyBad: string[] = [];
    for (const [k, v] of kw) {
      const i = code.varnames.indexOf(k);
      if (i >= code.posonlyargcount && i < argc + code.kwonlyargcount) {
        if (locals[i] !== undefined) throw raise('TypeError', `${name}() got multiple values for argument '${k}'`);
        locals[i] = v;
      } else if (extra) {
        extra.setStr(k, v);
      } else if (i >= 0 && i < code.posonlyargcount) {
        posonlyBad.push(k);
      } else {
        throw raise('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
      }
    }
    if (posonlyBad.length) throw raise('TypeError', `${name}() got some positional-only arguments passed as keyword arguments: '${posonlyBad.join(', ')}'`);
  }
  if (npos < argc) {
    const ndef = fn.defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < argc; i++) {
      if (locals[i] !== undefined) continue;
      const d = i - (argc - ndef);
      if (d >= 0) locals[i] = fn.defaults[d];
      else missing.push(code.varnames[i] as string);
    }
    if (missing.length) {
      throw raise('TypeError', `${name}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
    }
  }
  if (code.kwonlyargcount) {
    const missing: string[] = [];
    for (let i = argc; i < argc + code.kwonlyargcount; i++) {
      if (locals[i] !== undefined) continue;
      const n = code.varnames[i] as string;
      const d = fn.kwdefaults.get(n);
      if (d !== undefined) locals[i] = d;
      else missing.push(n);
    }
    if (missing.length) {
      throw raise('TypeError', `${name}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
    }
  }
  // Free variables come from the closure; COPY_FREE_VARS would copy them, but doing it here is the same.
  for (let i = 0; i < fn.closure.length; i++) locals[info.freeStart + i] = fn.closure[i] as PyCell;
  return locals;
}

export function infoOf(fn: PyFunction, filename: string): CodeInfo {
  return codeInfo(fn.code, filename);
}
