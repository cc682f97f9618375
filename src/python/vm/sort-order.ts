// The order list.sort and sorted() put items in: keys first (a raising key
// leaves the list untouched, as in CPython), then CPython's timsort over item
// indices (timsort.ts), one `<` per comparison as CPython asks it.

import type { PyVal } from './objects';
import * as ops from './ops';
import { timsort, reverseRange, type Less } from './timsort';
import { SURROGATE, codePointCompare } from './str-order';


/**
 * `<` on keys[i], keys[j]. All exact str (by code point: str-order.ts), all int or all
 * float: JS's own `<` gives Python's answer and no Python code can run (exact
 * builtin types' `__lt__` cannot be replaced), as CPython's unsafe_*_compare.
 */
function lessFor(keys: readonly PyVal[]): Less {
  const k0 = keys[0];
  if (typeof k0 === 'string' && keys.every((k) => typeof k === 'string')) {
    const s = keys as readonly string[];
    if (s.some((k) => SURROGATE.test(k))) return (i, j) => codePointCompare(s[i] as string, s[j] as string) < 0;
    return (i, j) => (s[i] as string) < (s[j] as string);
  }
  if ((typeof k0 === 'bigint' || typeof k0 === 'number') && keys.every((k) => typeof k === typeof k0)) {
    const n = keys as readonly (bigint | number)[];
    return (i, j) => (n[i] as bigint | number) < (n[j] as bigint | number);
  }
  return (i, j) => ops.lessThan(keys[i] as PyVal, keys[j] as PyVal);
}

/**
 * Sorts `order` (indices of `items`, identity by default) the way list.sort
 * sorts the items; returns it. If a key or a comparison raises, the exception
 * propagates and `order` is left as CPython leaves the list: unchanged when a
 * key raised, partly sorted when `<` did.
 */
export function sortOrder(items: readonly PyVal[], key: PyVal, reverse: boolean, order: number[] = items.map((_, i) => i)): number[] {
  const keys = key === null ? items : items.map((v) => ops.call(key, [v]));
  // CPython reverses, sorts stably, reverses back: equal items keep their order under reverse=True.
  if (reverse) reverseRange(order, 0, order.length);
  try {
    timsort(order, lessFor(keys));
  } finally {
    if (reverse) reverseRange(order, 0, order.length);
  }
  return order;
}
