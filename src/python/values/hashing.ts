// hash() as CPython 3.12 computes it for int, float and tuple, so that dict
// and set iteration orders that depend on hashes come out the same.

import { floatRatio } from './float-bits';

const MODULUS = (1n << 61n) - 1n; // _PyHASH_MODULUS
const INF = 314159n;
const MASK64 = (1n << 64n) - 1n;

const fixMinusOne = (h: bigint): bigint => (h === -1n ? -2n : h);

export function intHash(a: bigint): bigint {
  const h = (a < 0n ? -a : a) % MODULUS;
  return fixMinusOne(a < 0n ? -h : h);
}

/**
 * hash(float): the hash of the exact rational value modulo 2**61 - 1, so equal
 * ints and floats hash alike. CPython hashes a NaN by object identity; a pure
 * function has no identity, so NaN hashes to 0 (only dict placement can differ).
 */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x === Infinity) return INF;
  if (x === -Infinity) return -INF;
  const [n, d] = floatRatio(x);
  // d is 2**k; dividing by it modulo 2**61 - 1 is multiplying by 2**(61 - k mod 61).
  const k = d.toString(2).length - 1;
  const mag = ((n < 0n ? -n : n) % MODULUS) * (1n << BigInt((61 - (k % 61)) % 61)) % MODULUS;
  return fixMinusOne(n < 0n ? -mag : mag);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

const rotl31 = (x: bigint): bigint => ((x << 31n) | (x >> 33n)) & MASK64;

/** hash(tuple) from the items' hashes: CPython's xxHash-based tuplehash. */
export function tupleHash(hashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    const lane = h & MASK64;
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = rotl31(acc);
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return acc >= 1n << 63n ? acc - (1n << 64n) : acc;
}

/**
 * A string hash for dicts and sets. CPython randomises str hashes per process,
 * so no program can depend on their values; FNV-1a over the code points, made
 * to avoid -1 like every Python hash.
 */
export function strHash(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const ch of s) {
    h ^= BigInt(ch.codePointAt(0) as number);
    h = (h * 0x100000001b3n) & MASK64;
  }
  const signed = h >= 1n << 63n ? h - (1n << 64n) : h;
  return fixMinusOne(signed);
}
