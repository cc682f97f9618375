// Helpers for defining native functions and methods.

import { PyBuiltin, PyType, type PyVal, type NativeFn } from './objects';
import { T, raise } from './types';
import { registerTypeMethod } from './named';

export function builtin(name: string, fn: NativeFn, qualname = name): PyBuiltin {
  return new PyBuiltin(T.builtin, name, fn, undefined, qualname);
}

/** Adds a native method to a type: fn receives self as args[0]. */
export function method(t: PyType, name: string, fn: NativeFn): void {
  const b = new PyBuiltin(T.builtin, name, fn, undefined, `${t.name}.${name}`);
  registerTypeMethod(t.name, b);
  t.dict.set(name, b);
}

export function arity(name: string, args: PyVal[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw raise('TypeError', `${name}() takes no arguments (${n} given)`);
    if (min === 1) throw raise('TypeError', `${name}() takes exactly one argument (${n} given)`);
    throw raise('TypeError', `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw raise('TypeError', `${name} expected at least ${min} argument${min > 1 ? 's' : ''}, got ${n}`);
  throw raise('TypeError', `${name} expected at most ${max} argument${max > 1 ? 's' : ''}, got ${n}`);
}

/** The keyword argument `name`, or the default. */
export function kwarg(kw: Map<string, PyVal> | null, name: string, dflt: PyVal): PyVal {
  const v = kw?.get(name);
  return v === undefined ? dflt : v;
}

export function noKw(name: string, kw: Map<string, PyVal> | null): void {
  if (kw && kw.size) throw raise('TypeError', `${name}() takes no keyword arguments`);
}

export function checkKw(name: string, kw: Map<string, PyVal> | null, allowed: string[]): void {
  if (!kw) return;
  for (const k of kw.keys()) if (!allowed.includes(k)) throw raise('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
}
