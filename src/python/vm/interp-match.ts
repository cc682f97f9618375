// The opcodes of `match` statements (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
// MATCH_CLASS), as ceval.c's match_keys / match_class do them.

import { PyType, PyTuple, PyList, PyRange, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, raise, typeOf, isInstance } from './types';
import * as ops from './ops';

const TPFLAGS_SEQUENCE = 1n << 5n;
const TPFLAGS_MAPPING = 1n << 6n;

/** Py_TPFLAGS_SEQUENCE / _MAPPING: set on the builtin types, and by collections.abc's __abc_tpflags__ on subclasses. */
function hasFlag(v: PyVal, flag: bigint): boolean {
  if (flag === TPFLAGS_MAPPING && v instanceof PyDict) return true;
  if (flag === TPFLAGS_SEQUENCE && (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange)) return true;
  const t = typeOf(v);
  if (!t.heap) return false;
  // collections.deque is a Python class here; CPython's C deque carries the sequence flag.
  if (flag === TPFLAGS_SEQUENCE && t.mro.some((c) => c.name === 'deque' && c.module === 'collections')) return true;
  const flags = ops.lookupType(t, '__abc_tpflags__');
  return typeof flags === 'bigint' && (flags & flag) !== 0n;
}

/** The values for a mapping pattern's keys, or null when a key is missing. */
function matchKeys(subject: PyVal, keys: PyTuple): PyTuple | null {
  if (keys.items.length === 0) return new PyTuple(T.tuple, []);
  const exact = subject instanceof PyDict && subject.cls === T.dict;
  // CPython calls subject.get(key, dummy): a dict subclass's __missing__ is not run.
  const get = exact ? null : ops.getAttr(subject, 'get');
  const dummy = new PyTuple(T.tuple, []);
  const seen = new PyDict(T.dict);
  const values: PyVal[] = [];
  for (const key of keys.items) {
    if (seen.get(key) !== undefined) throw raise('ValueError', `mapping pattern checks duplicate key (${ops.repr(key)})`);
    seen.set(key, true);
    const v = get === null ? (subject as PyDict).get(key) : ops.call(get, [key, dummy]);
    if (v === dummy || v === undefined) return null;
    values.push(v);
  }
  return new PyTuple(T.tuple, values);
}

function isInstanceOf(v: PyVal, t: PyType): boolean {
  if (t.heap && t.cls.heap) {
    const hook = ops.lookupType(t.cls, '__instancecheck__');
    if (hook !== undefined) return ops.truthy(ops.callMethodValue(hook, t, [v]));
  }
  return isInstance(v, t);
}

// _Py_TPFLAGS_MATCH_SELF: `int(x)` binds the subject itself.
const MATCH_SELF = [T.bool, T.bytearray, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple];

function matchClass(subject: PyVal, type: PyVal, nargs: number, kwNames: PyTuple): PyTuple | null {
  if (!(type instanceof PyType)) throw raise('TypeError', 'called match pattern must be a class');
  if (!isInstanceOf(subject, type)) return null;
  const seen = new Set<string>();
  const attrs: PyVal[] = [];
  const attr = (name: string): boolean => {
    if (seen.has(name)) throw raise('TypeError', `${type.name}() got multiple sub-patterns for attribute ${ops.repr(name)}`);
    seen.add(name);
    const v = ops.getAttrOpt(subject, name);
    if (v === undefined) return false;
    attrs.push(v);
    return true;
  };
  if (nargs) {
    const found = ops.getAttrOpt(type, '__match_args__');
    let names: PyVal[] = [];
    let matchSelf = false;
    if (found !== undefined) {
      if (!(found instanceof PyTuple && found.cls === T.tuple)) {
        throw raise('TypeError', `${type.name}.__match_args__ must be a tuple (got ${typeOf(found).name})`);
      }
      names = found.items;
    } else matchSelf = type.mro.some((c) => MATCH_SELF.includes(c));
    const allowed = matchSelf ? 1 : names.length;
    if (allowed < nargs) {
      throw raise('TypeError', `${type.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = names[i] as PyVal;
        if (typeof name !== 'string') throw raise('TypeError', `__match_args__ elements must be strings (got ${typeOf(name).name})`);
        if (!attr(name)) return null;
      }
    }
  }
  for (const name of kwNames.items) if (!attr(name as string)) return null;
  return new PyTuple(T.tuple, attrs);
}

/** Executes op if it is a match opcode; false when it is not. */
export function matchOp(op: string, arg: number, stack: (PyVal | undefined)[]): boolean {
  // No closure here: every opcode the other dispatchers do not know passes through this function.
  switch (op) {
    case 'MATCH_MAPPING':
      stack.push(hasFlag(stack[stack.length - 1] as PyVal, TPFLAGS_MAPPING));
      return true;
    case 'MATCH_SEQUENCE':
      stack.push(hasFlag(stack[stack.length - 1] as PyVal, TPFLAGS_SEQUENCE));
      return true;
    case 'MATCH_KEYS':
      stack.push(matchKeys(stack[stack.length - 2] as PyVal, stack[stack.length - 1] as PyTuple));
      return true;
    case 'MATCH_CLASS': {
      const names = stack.pop() as PyTuple;
      const type = stack.pop() as PyVal;
      const subject = stack.pop() as PyVal;
      stack.push(matchClass(subject, type, arg, names));
      return true;
    }
  }
  return false;
}

