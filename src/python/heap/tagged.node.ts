// Tests' bridge between the tagged values of testdata/cpython-orders.json
// (written by CPython) and heap refs.

import type { Heap } from './heap';
import { FALSE, NONE, TRUE } from './consts';
import { Kind, isSmall, type Ref } from './layout';
import { floatValue, intValue, newFloat, newInt } from './numbers';
import { newTuple, tupleItems } from './seq';
import { newStr, strValue } from './str';

export type Tagged =
  | { int: string }
  | { float: number | string }
  | { bool: boolean }
  | { none: null }
  | { str: string }
  | { tuple: Tagged[] };

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity, '-0.0': -0 };

export function fromTag(h: Heap, t: Tagged): Ref {
  if ('int' in t) return newInt(h, BigInt(t.int));
  if ('float' in t) return newFloat(h, typeof t.float === 'string' ? (SPECIAL[t.float] as number) : t.float);
  if ('bool' in t) return t.bool ? TRUE : FALSE;
  if ('none' in t) return NONE;
  if ('str' in t) return newStr(h, t.str);
  return newTuple(h, t.tuple.map((x) => fromTag(h, x)));
}

export function toTag(h: Heap, r: Ref): Tagged {
  if (isSmall(r)) return { int: String(intValue(h, r)) };
  switch (h.kind(r)) {
    case Kind.INT:
      return { int: String(intValue(h, r)) };
    case Kind.BOOL:
      return { bool: r === TRUE };
    case Kind.NONE:
      return { none: null };
    case Kind.FLOAT: {
      const x = floatValue(h, r);
      if (Number.isNaN(x)) return { float: 'nan' };
      if (x === Infinity) return { float: 'inf' };
      if (x === -Infinity) return { float: '-inf' };
      if (Object.is(x, -0)) return { float: '-0.0' };
      return { float: x };
    }
    case Kind.STR:
      return { str: strValue(h, r) };
    case Kind.TUPLE:
      return { tuple: tupleItems(h, r).map((x) => toTag(h, x)) };
    default:
      throw new Error(`no tag for kind ${h.kind(r)}`);
  }
}
