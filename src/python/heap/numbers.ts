// int, bool and float on the heap. An int in [-2**30, 2**30) is always the
// inline slot (so equal small ints are equal refs); beyond that a boxed INT
// of sign and 32-bit limbs, never a small value boxed.

import type { Heap } from './heap';
import { HeapTypeError } from './heap';
import {
  BOOL_VALUE,
  FLAG_NEG,
  FLOAT_BYTE,
  HEADER_BYTES,
  INT_LIMBS,
  INT_NLIMBS,
  Kind,
  SMALL_MAX,
  SMALL_MIN,
  isSmall,
  small,
  smallValue,
  type Ref,
} from './layout';
import { FALSE, T, TRUE } from './consts';

const BIG_SMALL_MIN = BigInt(SMALL_MIN);
const BIG_SMALL_MAX = BigInt(SMALL_MAX);

/** The int `v` as a slot: inline when it fits, boxed otherwise. */
export function newInt(h: Heap, v: bigint | number): Ref {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new RangeError(`not an integer: ${v}`);
    if (v >= SMALL_MIN && v <= SMALL_MAX) return small(v);
    v = BigInt(v);
  } else if (v >= BIG_SMALL_MIN && v <= BIG_SMALL_MAX) return small(Number(v));
  const neg = v < 0n;
  let mag = neg ? -v : v;
  const limbs: number[] = [];
  while (mag > 0n) {
    limbs.push(Number(mag & 0xffffffffn));
    mag >>= 32n;
  }
  const r = h.alloc(Kind.INT, T.int, HEADER_BYTES + 4 + 4 * limbs.length, neg ? FLAG_NEG : 0);
  const w = r >> 2;
  h.i32[w + INT_NLIMBS] = limbs.length;
  for (let k = 0; k < limbs.length; k++) h.i32[w + INT_LIMBS + k] = limbs[k] as number;
  return r;
}

export const isInt = (h: Heap, r: Ref): boolean => isSmall(r) || h.kind(r) === Kind.INT;

/** An int's (or bool's) value. */
export function intValue(h: Heap, r: Ref): bigint {
  if (isSmall(r)) return BigInt(smallValue(r));
  const k = h.kind(r);
  if (k === Kind.BOOL) return BigInt(h.get(r, BOOL_VALUE));
  if (k !== Kind.INT) throw new HeapTypeError(`intValue of a ${k}`);
  const w = r >> 2;
  const n = h.i32[w + INT_NLIMBS] as number;
  let v = 0n;
  for (let k2 = n - 1; k2 >= 0; k2--) v = (v << 32n) | BigInt((h.i32[w + INT_LIMBS + k2] as number) >>> 0);
  return h.flags(r) & FLAG_NEG ? -v : v;
}

/** An int's value as a JS number when it is exactly representable, else null. */
export function intNumber(h: Heap, r: Ref): number | null {
  if (isSmall(r)) return smallValue(r);
  const v = intValue(h, r);
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}

export const newBool = (b: boolean): Ref => (b ? TRUE : FALSE);

export function newFloat(h: Heap, x: number): Ref {
  const r = h.alloc(Kind.FLOAT, T.float, HEADER_BYTES + 8);
  h.f64[(r + FLOAT_BYTE) >> 3] = x;
  return r;
}

export function floatValue(h: Heap, r: Ref): number {
  if (h.kind(r) !== Kind.FLOAT) throw new HeapTypeError('floatValue of a non-float');
  return h.f64[(r + FLOAT_BYTE) >> 3] as number;
}

/** int/bool/float as a comparable value: bigint for ints, number for floats; null for other kinds. */
export function numericValue(h: Heap, r: Ref): bigint | number | null {
  if (isSmall(r)) return BigInt(smallValue(r));
  const k = h.kind(r);
  if (k === Kind.FLOAT) return h.f64[(r + FLOAT_BYTE) >> 3] as number;
  if (k === Kind.INT || k === Kind.BOOL) return intValue(h, r);
  return null;
}
