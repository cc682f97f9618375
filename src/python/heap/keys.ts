// hash() and == of dict keys and set elements with CPython's semantics for the
// builtin kinds (1, 1.0 and True are one key; hash(-1) is -2), and host
// callbacks for instances whose class defines __hash__ / __eq__.

import { floatHash, intHash, tupleHash } from '../values/hashing';
import type { Heap } from './heap';
import { BOOL_VALUE, BYTES_DATA_BYTE, BYTES_LEN, FLAG_HEAPTYPE, FLOAT_BYTE, Kind, NULL, SET_TABLE, SET_USED, ST_BASE, ST_ENTRY_WORDS, ST_MASK, STR_HASH_HI, STR_HASH_LO, TUPLE_ITEMS, TUPLE_LEN, isSmall, smallValue, type Ref } from './layout';
import { DUMMY } from './consts';
import { bytesEquals, hashCodePoints, strEquals } from './str';
import { intValue, numericValue } from './numbers';

/**
 * What the interpreter supplies for objects whose hash and == are Python code.
 * Called for instances of classes made by a class statement (and instances of
 * subclasses of builtins); `hash` throws whatever the interpreter throws for
 * an unhashable object (TypeError), `eq` may run Python.
 */
export interface KeyOps {
  hash(r: Ref): bigint;
  eq(a: Ref, b: Ref): boolean;
}

/** hash() of a list, dict or set: the interpreter raises `TypeError: unhashable type: '…'`. */
export class Unhashable extends Error {
  constructor(readonly kind: string) {
    super(`unhashable type: '${kind}'`);
    this.name = 'Unhashable';
  }
}

/** A 64-bit Py_hash_t as two int32 halves (no BigInt on the hot path). */
export interface Hash64 {
  lo: number;
  hi: number;
}

const TWO32 = 2 ** 32;
const NONE_HASH = 0xfca86420; // CPython 3.12's constant hash(None)

function setNumber(out: Hash64, v: number): Hash64 {
  if (v === -1) v = -2;
  const hi = Math.floor(v / TWO32);
  out.lo = (v - hi * TWO32) | 0;
  out.hi = hi | 0;
  return out;
}

function setBig(out: Hash64, v: bigint): Hash64 {
  const u = BigInt.asUintN(64, v);
  out.lo = Number(u & 0xffffffffn) | 0;
  out.hi = Number(u >> 32n) | 0;
  return out;
}

export const hashToBigint = (x: Hash64): bigint => (BigInt(x.hi) << 32n) | BigInt(x.lo >>> 0);

/** CPython's _Py_HashPointer: the address rotated right by 4 bits (refs are 8-aligned, so the low bits say little). */
function pointerHash(out: Hash64, r: Ref): Hash64 {
  out.lo = r >>> 4;
  out.hi = (r & 0xf) << 28;
  return out;
}

const isHeapTyped = (h: Heap, r: Ref): boolean => (h.flags(h.typeRef(r)) & FLAG_HEAPTYPE) !== 0;
/** Keys whose equality only the host knows: instances of classes, and opaque host values (a complex equals an int). */
const hostCompared = (h: Heap, r: Ref): boolean => isHeapTyped(h, r) || h.kind(r) === Kind.OPAQUE;

/** hash(r) into `out`. */
export function keyHash(h: Heap, r: Ref, ops: KeyOps | undefined, out: Hash64 = { lo: 0, hi: 0 }): Hash64 {
  if (isSmall(r)) return setNumber(out, smallValue(r));
  if (ops && isHeapTyped(h, r)) return setBig(out, ops.hash(r));
  switch (h.kind(r)) {
    case Kind.STR:
      out.lo = h.get(r, STR_HASH_LO);
      out.hi = h.get(r, STR_HASH_HI);
      return out;
    case Kind.BOOL:
      return setNumber(out, h.get(r, BOOL_VALUE));
    case Kind.INT:
      return setBig(out, intHash(intValue(h, r)));
    case Kind.FLOAT: {
      const x = h.f64[(r + FLOAT_BYTE) >> 3] as number;
      if (Number.isNaN(x)) return pointerHash(out, r); // 3.10+: NaNs hash by identity
      if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return setNumber(out, x);
      return setBig(out, floatHash(x));
    }
    case Kind.NONE:
      return setNumber(out, NONE_HASH);
    case Kind.TUPLE: {
      const n = h.get(r, TUPLE_LEN);
      const hs: bigint[] = [];
      const item: Hash64 = { lo: 0, hi: 0 };
      for (let k = 0; k < n; k++) hs.push(BigInt.asIntN(64, hashToBigint(keyHash(h, h.get(r, TUPLE_ITEMS + k), ops, item))));
      return setBig(out, tupleHash(hs));
    }
    case Kind.BYTES: {
      const [lo, hi] = hashCodePoints(String.fromCharCode(...h.u8.subarray(r + BYTES_DATA_BYTE, r + BYTES_DATA_BYTE + h.get(r, BYTES_LEN))));
      out.lo = lo;
      out.hi = hi;
      return out;
    }
    case Kind.LIST:
      throw new Unhashable('list');
    case Kind.DICT:
      throw new Unhashable('dict');
    case Kind.SET:
      throw new Unhashable('set');
    case Kind.FROZENSET:
      return setBig(out, frozensetHash(h, r, ops));
    default:
      return ops && (h.kind(r) === Kind.INSTANCE || h.kind(r) === Kind.EXCEPTION || h.kind(r) === Kind.OPAQUE) ? setBig(out, ops.hash(r)) : pointerHash(out, r);
  }
}

const NUMERIC = (1 << Kind.BOOL) | (1 << Kind.INT) | (1 << Kind.FLOAT);
const isNumeric = (h: Heap, r: Ref): boolean => isSmall(r) || ((1 << h.kind(r)) & NUMERIC) !== 0;

/** a == b for keys (identity first, as CPython's lookups do). */
export function keyEq(h: Heap, a: Ref, b: Ref, ops: KeyOps | undefined): boolean {
  if (a === b) return true;
  const sa = isSmall(a);
  const sb = isSmall(b);
  if (sa && sb) return false;
  if (ops && ((!sa && hostCompared(h, a)) || (!sb && hostCompared(h, b)))) return ops.eq(a, b);
  if (isNumeric(h, a) && isNumeric(h, b)) return numbersEqual(numericValue(h, a), numericValue(h, b));
  if (sa || sb) return false;
  let ka = h.kind(a);
  const kb = h.kind(b);
  const setLike = (k: number): boolean => k === Kind.SET || k === Kind.FROZENSET;
  if (setLike(ka) && setLike(kb)) ka = kb;
  if (ka !== kb) return ops ? ops.eq(a, b) : false;
  switch (ka) {
    case Kind.STR:
      return strEquals(h, a, b);
    case Kind.BYTES:
      return bytesEquals(h, a, b);
    case Kind.TUPLE: {
      const n = h.get(a, TUPLE_LEN);
      if (n !== h.get(b, TUPLE_LEN)) return false;
      for (let k = 0; k < n; k++) if (!keyEq(h, h.get(a, TUPLE_ITEMS + k), h.get(b, TUPLE_ITEMS + k), ops)) return false;
      return true;
    }
    case Kind.FROZENSET:
    case Kind.SET: {
      // Equal sizes and every element of a in b: set == frozenset, as CPython.
      const n = h.get(a, SET_USED);
      if (n !== h.get(b, SET_USED)) return false;
      const item: Hash64 = { lo: 0, hi: 0 };
      for (const x of tableKeys(h, a)) {
        keyHash(h, x, ops, item);
        if (!tableHas(h, b, x, item, ops)) return false;
      }
      return true;
    }
    case Kind.NONE:
    case Kind.SINGLETON:
      return false;
    default:
      return ops ? ops.eq(a, b) : false;
  }
}

const M64 = (1n << 64n) - 1n;
const shuffle = (x: bigint): bigint => (((x ^ 89869747n) ^ (x << 16n)) * 3644798167n) & M64;

/** CPython's frozenset_hash: order-independent, from the elements' hashes and the count. */
function frozensetHash(h: Heap, r: Ref, ops: KeyOps | undefined): bigint {
  let acc = 0n;
  const item: Hash64 = { lo: 0, hi: 0 };
  const keys = tableKeys(h, r);
  for (const k of keys) acc ^= shuffle(BigInt.asUintN(64, hashToBigint(keyHash(h, k, ops, item))));
  acc ^= ((BigInt(keys.length) + 1n) * 1927868237n) & M64;
  acc ^= (acc >> 11n) ^ (acc >> 25n);
  acc = (acc * 69069n + 907133923n) & M64;
  if (acc === M64) acc = 590923713n;
  return BigInt.asIntN(64, acc);
}

/** The live keys of a set's table (set.ts builds on this module, so the walk is repeated here). */
function tableKeys(h: Heap, s: Ref): Ref[] {
  const t = h.get(s, SET_TABLE);
  const mask = h.get(t, ST_MASK);
  const out: Ref[] = [];
  for (let i = 0; i <= mask; i++) {
    const k = h.i32[(t >> 2) + ST_BASE + i * ST_ENTRY_WORDS + 2] as number;
    if (k !== NULL && k !== DUMMY) out.push(k);
  }
  return out;
}

function tableHas(h: Heap, s: Ref, key: Ref, hv: Hash64, ops: KeyOps | undefined): boolean {
  const t = h.get(s, SET_TABLE);
  const mask = h.get(t, ST_MASK);
  for (let i = 0; i <= mask; i++) {
    const e = (t >> 2) + ST_BASE + i * ST_ENTRY_WORDS;
    const k = h.i32[e + 2] as number;
    if (k !== NULL && k !== DUMMY && h.i32[e] === hv.lo && h.i32[e + 1] === hv.hi && keyEq(h, k, key, ops)) return true;
  }
  return false;
}

function numbersEqual(x: bigint | number | null, y: bigint | number | null): boolean {
  if (x === null || y === null) return false;
  if (typeof x === typeof y) return x === y;
  const f = (typeof x === 'number' ? x : y) as number;
  const i = (typeof x === 'bigint' ? x : y) as bigint;
  return Number.isInteger(f) && BigInt(f) === i;
}
