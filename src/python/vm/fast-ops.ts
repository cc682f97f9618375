// BINARY_OP / COMPARE_OP on two ints or two floats without the operator
// protocol: what CPython 3.12's specialised forms (BINARY_OP_ADD_INT,
// COMPARE_OP_FLOAT, ...) do. undefined = not this case; the caller takes the
// generic path, which also raises every error (division by zero, negative shifts).

import type { PyVal } from './objects';
import { strCompare } from './str-order';

/** BINARY_OP's oparg (in-place forms +13) on int × int or float × float; undefined when not handled here. */
export function fastBinary(arg: number, a: PyVal, b: PyVal): PyVal | undefined {
  if (typeof a === 'bigint') {
    if (typeof b !== 'bigint') return undefined;
    switch (arg >= 13 ? arg - 13 : arg) {
      case 0: return a + b;
      case 10: return a - b;
      case 5: return a * b;
      case 1: return a & b;
      case 7: return a | b;
      case 12: return a ^ b;
      case 2: // floor division rounds toward -inf
        if (b === 0n) return undefined;
        return a % b !== 0n && a < 0n !== b < 0n ? a / b - 1n : a / b;
      case 6: { // the remainder takes the divisor's sign
        if (b === 0n) return undefined;
        const r = a % b;
        return r !== 0n && r < 0n !== b < 0n ? r + b : r;
      }
    }
    return undefined;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    switch (arg >= 13 ? arg - 13 : arg) {
      case 0: return a + b;
      case 10: return a - b;
      case 5: return a * b;
      case 11: return b === 0 ? undefined : a / b;
    }
  }
  return undefined;
}

/** COMPARE_OP (oparg >> 4: < <= == != > >=) on int × int, float × float or str × str; undefined otherwise. */
export function fastCompare(arg: number, a: PyVal, b: PyVal): boolean | undefined {
  const t = typeof a;
  if (t !== typeof b || (t !== 'bigint' && t !== 'number' && t !== 'string')) return undefined;
  let x = a as bigint | number | string, y = b as bigint | number | string;
  const op = arg >> 4;
  if (t === 'string' && op !== 2 && op !== 3) {
    // Code-point order, not UTF-16's (str-order.ts).
    x = strCompare(x as string, y as string);
    y = 0;
  }
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    case 5: return x >= y;
  }
  return undefined;
}

/**
 * CALL's arguments: stack[from..] as a new array, and the stack cut back to
 * `at`, by pops (shrinking with `length =` is a runtime call in V8, 2% of a
 * method-heavy run).
 */
export function popArgs(stack: (PyVal | undefined)[], from: number, at: number): PyVal[] {
  const n = stack.length - from;
  const args = new Array<PyVal>(n);
  for (let i = n - 1; i >= 0; i--) args[i] = stack.pop() as PyVal;
  while (stack.length > at) stack.pop();
  return args;
}
