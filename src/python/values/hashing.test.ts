// hash() values must be CPython 3.12's exactly (scripts/gen-values-hashing.py).

import { describe, expect, it } from 'vitest';
import { floatHash, intHash, strHash, tupleHash } from './hashing';
import { loadJson, parseFloatRepr } from './testdata/decode.node';

interface HashData {
  int: [string, string][];
  float: [string, string][];
  tuple: [string[], string][];
}
const data = loadJson<HashData>('hashing.json');

describe('hash() matches CPython 3.12', () => {
  it('int', () => {
    expect(data.int.map(([a]) => intHash(BigInt(a)).toString())).toEqual(data.int.map(([, h]) => h));
  });
  it('float', () => {
    expect(data.float.map(([x]) => floatHash(parseFloatRepr(x)).toString())).toEqual(data.float.map(([, h]) => h));
  });
  it('float equal to an int hashes like it', () => {
    for (const a of [0n, 1n, -1n, 2n ** 61n, 2n ** 70n, -(10n ** 20n)]) expect(floatHash(Number(a))).toBe(intHash(a));
  });
  it('tuple', () => {
    expect(data.tuple.map(([items]) => tupleHash(items.map(BigInt)).toString())).toEqual(data.tuple.map(([, h]) => h));
  });
  it('str hash is stable, never -1, and tells strings apart', () => {
    expect(strHash('abc')).toBe(strHash('abc'));
    expect(strHash('abc')).not.toBe(strHash('abd'));
    expect(strHash('😀')).not.toBe(strHash('😁'));
  });
});
