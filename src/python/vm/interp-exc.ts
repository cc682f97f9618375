// The opcodes of exception state (raise, re-raise, the handler's exc_info),
// CALL_INTRINSIC_1 and GET_LEN: none of them calls into Python or pushes a
// frame, so they live outside the main loop (interp.ts) to keep it readable.

import { PyException, PyTuple, PyList, PyModule, PyType, type PyVal } from './objects';
import type { PyDict } from './collections';
import { T, EXC, raise, isSubtype } from './types';
import * as ops from './ops';
import { unary } from './arith';
import type { Frame } from './frame';
import type { Thread } from './wait';
import type { Host } from './interp';
import { makeException, excMatches } from './interp-helpers';

/** Re-raising keeps the traceback as it is (CPython's RERAISE goes to exception_unwind, not error). */
export class ReraiseSignal {
  constructor(public exc: PyException, public bare = false) {}
}

/** Runs `op` if it is one of these; false otherwise. */
export function excOp(op: string, arg: number, th: Thread, f: Frame, stack: (PyVal | undefined)[], host: Pick<Host, 'displayhook'>): boolean {
  switch (op) {
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
        case 1: host.displayhook(v); stack.push(null); break;
        case 5: stack.push(unary('+', v)); break;
        case 6: stack.push(new PyTuple(T.tuple, (v as PyList).items.slice())); break;
        case 2: {
          const mod = v as PyModule;
          for (const [k, x] of (mod.ns as PyDict).entries()) if (typeof k === 'string' && !k.startsWith('_')) (f.names ?? f.globals).setStr(k, x);
          stack.push(null);
          return true;
        }
        default: stack.push(v);
      }
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
    case 'GET_LEN':
      stack.push(BigInt(ops.len(stack[stack.length - 1] as PyVal)));
      break;
    default:
      return false;
  }
  return true;
}

/** CLEANUP_THROW: a StopIteration thrown into a delegated-to generator ends the `yield from` with its value; anything else goes on up. */
export function cleanupThrow(stack: (PyVal | undefined)[]): void {
  const exc = stack.pop() as PyException;
  if (exc instanceof PyException && isSubtype(exc.cls, EXC.StopIteration as PyType)) {
    stack.pop();
    stack.pop();
    stack.push(exc.args[0] ?? null);
  } else throw new ReraiseSignal(exc);
}
