// The operator dunders of int, float and str as methods of those types
// (`int.__add__`, `super().__add__(other)` in a subclass, `str.__mod__`): the
// interpreter's operators run natively without them, but Python code calls
// them by name. Each answers NotImplemented for an operand its type does not
// take, as CPython's slot wrappers do (`int.__add__(1, 2.0)` is NotImplemented).

import type { PyVal } from './objects';
import { T, NotImplemented } from './types';
import { method } from './native';
import { builtinBinop } from './arith';
import * as ops from './ops';

const ARITH: readonly (readonly [string, string])[] = [
  ['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['floordiv', '//'], ['mod', '%'], ['pow', '**'],
  ['lshift', '<<'], ['rshift', '>>'], ['and', '&'], ['or', '|'], ['xor', '^'],
];
const FLOAT_ARITH = new Set(['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow']);
const COMPARE: readonly (readonly [string, string])[] = [['lt', '<'], ['le', '<='], ['gt', '>'], ['ge', '>=']];

const isInt = (v: PyVal | undefined): boolean => typeof v === 'bigint' || typeof v === 'boolean';
const isReal = (v: PyVal | undefined): boolean => isInt(v) || typeof v === 'number';
const isStr = (v: PyVal | undefined): boolean => typeof v === 'string';

/** Installs what is missing; run before unboxValueMethods (boxed.ts), which makes them read a subclass's value. */
export function installValueDunders(): void {
  const put = (t: typeof T.int, name: string, fn: (a: PyVal[]) => PyVal): void => {
    if (!t.dict.has(name)) method(t, name, fn);
  };
  for (const [t, takes] of [[T.int, isInt], [T.float, isReal]] as const) {
    for (const [name, op] of ARITH) {
      if (t === T.float && !FLOAT_ARITH.has(name)) continue;
      put(t, `__${name}__`, (a) => (takes(a[1]) ? builtinBinop(op, a[0] as PyVal, a[1] as PyVal) : NotImplemented));
      put(t, `__r${name}__`, (a) => (takes(a[1]) ? builtinBinop(op, a[1] as PyVal, a[0] as PyVal) : NotImplemented));
    }
    for (const [name, op] of COMPARE) put(t, `__${name}__`, (a) => (takes(a[1]) ? ops.compare(op, a[0] as PyVal, a[1] as PyVal) : NotImplemented));
    put(t, '__int__', (a) => ops.index(a[0] as PyVal));
    put(t, '__float__', (a) => ops.toNum(a[0] as number));
  }
  put(T.int, '__trunc__', (a) => ops.index(a[0] as PyVal));
  for (const [name, op] of COMPARE) put(T.str, `__${name}__`, (a) => (isStr(a[1]) ? ops.compare(op, a[0] as PyVal, a[1] as PyVal) : NotImplemented));
  put(T.str, '__mod__', (a) => builtinBinop('%', a[0] as PyVal, a[1] as PyVal));
  put(T.str, '__rmod__', (a) => (isStr(a[1]) ? builtinBinop('%', a[1] as PyVal, a[0] as PyVal) : NotImplemented));
  put(T.str, '__rmul__', (a) => (isInt(a[1]) ? builtinBinop('*', a[0] as PyVal, a[1] as PyVal) : NotImplemented));
  put(T.str, '__iter__', (a) => ops.getIter(a[0] as PyVal));
}
