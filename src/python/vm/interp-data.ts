// The opcodes that build and take apart values (subscripts, slices, displays,
// comprehension appends, f-string parts, unpacking), split from the loop in interp.ts.

import { PyTuple, PyList, PySlice, type PyVal } from './objects';
import { PyDict, PySet } from './collections';
import { update } from './set-ops';
import { T } from './types';
import * as ops from './ops';
import { matchOp } from './interp-match';
import { formatValue, unpackSequence, unpackEx, dictMerge } from './interp-helpers';

/** Executes op if it is one of these; false when it is not. */
export function dataOp(op: string, arg: number, stack: (PyVal | undefined)[]): boolean {
  switch (op) {
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
      (stack[stack.length - arg] as PyList).append(v);
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
      (stack[stack.length - arg] as PyList).push(...ops.toArray(v));
      break;
    }
    case 'SET_UPDATE': {
      const v = stack.pop() as PyVal;
      // set_update_internal: a constant frozenset (a display of 3+ constants) merges its whole table.
      update(stack[stack.length - arg] as PySet, v);
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
    default:
      return matchOp(op, arg, stack);
  }
  return true;
}
