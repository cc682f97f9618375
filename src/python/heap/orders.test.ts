/**
 * dict and set against CPython 3.12: iteration orders, pops, which of equal
 * keys stays, hashes. Expectations come from testdata/gen-heap-expect.py.
 */
import { describe, expect, it } from 'vitest';
import expected from './testdata/cpython-orders.json';
import { bootHeap } from './boot';
import { dictDelete, dictItems, dictSet, newDict, dictGet, dictLen } from './dict';
import { hashToBigint, keyEq, keyHash } from './keys';
import { NULL, small, smallValue } from './layout';
import { newSet, setAdd, setMerge, setDiscard, setItems, setLen, setPop } from './set';
import { fromTag, toTag, type Tagged } from './tagged.node';

type SetOp = ['add', Tagged] | ['discard', Tagged] | ['pop'];
type DictOp = ['set', Tagged, number] | ['del', Tagged];
interface Expectations {
  sets: { ops: SetOp[]; order: Tagged[]; pops: Tagged[] }[];
  setLiterals: { src: string; elements: Tagged[]; order: Tagged[]; folded: boolean }[];
  dicts: { ops: DictOp[]; items: [Tagged, number][] }[];
  hashes: [Tagged, string][];
  frozenHashes: [Tagged[], string][];
}
const cases = expected as unknown as Expectations;

describe('set iteration order is CPython 3.12s', () => {
  it('has cases', () => {
    expect(cases.sets.length).toBeGreaterThan(15);
    expect(cases.setLiterals.find((l) => l.src === '{10, 2, 33}')?.order).toEqual([{ int: '33' }, { int: '10' }, { int: '2' }]);
  });

  it.each(cases.setLiterals.map((l) => [l.src, l] as const))('%s', (_src, lit) => {
    const h = bootHeap({ bytes: 1 << 20 });
    const items = lit.elements.map((t) => fromTag(h, t));
    let s = newSet(h, items);
    if (lit.folded) {
      s = newSet(h);
      // The compiler builds the frozenset constant, then rebuilds it from its own iteration order when merging constants.
      const constant = newSet(h, setItems(h, newSet(h, items, true)), true);
      setMerge(h, s, constant);
    }
    expect(setItems(h, s).map((r) => toTag(h, r))).toEqual(lit.order);
  });

  it.each(cases.sets.map((c, i) => [i, c.ops.length, c] as const))('random case %i (%i ops)', (_i, _n, c) => {
    const h = bootHeap({ bytes: 4 << 20 });
    const s = newSet(h);
    const pops: Tagged[] = [];
    for (const op of c.ops) {
      if (op[0] === 'add') setAdd(h, s, fromTag(h, op[1]));
      else if (op[0] === 'discard') setDiscard(h, s, fromTag(h, op[1]));
      else pops.push(toTag(h, setPop(h, s)));
    }
    expect(pops).toEqual(c.pops);
    expect(setItems(h, s).map((r) => toTag(h, r))).toEqual(c.order);
    expect(setLen(h, s)).toBe(c.order.length);
  });
});

describe('dict order, overwrite and delete are CPython 3.12s', () => {
  it.each(cases.dicts.map((c, i) => [i, c.ops.length, c] as const))('case %i (%i ops)', (_i, _n, c) => {
    const h = bootHeap({ bytes: 4 << 20 });
    const d = newDict(h);
    for (const op of c.ops) {
      if (op[0] === 'set') dictSet(h, d, fromTag(h, op[1]), small(op[2]));
      else expect(dictDelete(h, d, fromTag(h, op[1]))).toBe(true);
    }
    expect(dictItems(h, d).map(([k, v]) => [toTag(h, k), smallValue(v)])).toEqual(c.items);
    expect(dictLen(h, d)).toBe(c.items.length);
    for (const [k, v] of c.items) expect(smallValue(dictGet(h, d, fromTag(h, k)))).toBe(v);
  });

  it('1, 1.0 and True are one key, keeping the first key object', () => {
    const h = bootHeap({ bytes: 1 << 20 });
    const d = newDict(h);
    const one = fromTag(h, { int: '1' });
    dictSet(h, d, one, small(1));
    dictSet(h, d, fromTag(h, { float: 1 }), small(2));
    dictSet(h, d, fromTag(h, { bool: true }), small(3));
    expect(dictItems(h, d)).toEqual([[one, small(3)]]);
    expect(dictGet(h, d, fromTag(h, { float: 2 }))).toBe(NULL);
  });
});

describe('hash() is CPython 3.12s for ints, floats, tuples, None, bool', () => {
  it.each(cases.hashes.map(([t, hv]) => [JSON.stringify(t), t, hv] as const))('hash(%s)', (_s, t, hv) => {
    const h = bootHeap({ bytes: 1 << 20 });
    expect(BigInt.asIntN(64, hashToBigint(keyHash(h, fromTag(h, t), undefined)))).toBe(BigInt(hv));
  });
});

describe('frozenset hash and equality are CPython 3.12s', () => {
  it.each(cases.frozenHashes.map(([els, hv]) => [JSON.stringify(els), els, hv] as const))('hash(frozenset(%s))', (_s, els, hv) => {
    const h = bootHeap({ bytes: 1 << 20 });
    const fs = newSet(h, els.map((t) => fromTag(h, t)), true);
    expect(BigInt.asIntN(64, hashToBigint(keyHash(h, fs, undefined)))).toBe(BigInt(hv));
  });

  it('equal frozensets are one dict key; a set equals a frozenset of the same items', () => {
    const h = bootHeap({ bytes: 1 << 20 });
    const d = newDict(h);
    const a = newSet(h, [small(1), small(2), small(9)], true);
    const b = newSet(h, [small(9), small(2), small(1)], true);
    dictSet(h, d, a, small(1));
    dictSet(h, d, b, small(2));
    expect(dictItems(h, d)).toEqual([[a, small(2)]]);
    expect(dictGet(h, d, newSet(h, [small(1), small(2)], true))).toBe(NULL);
    expect(keyEq(h, newSet(h, [small(2), small(9), small(1)]), a, undefined)).toBe(true);
    expect(keyEq(h, newSet(h, [small(2), small(9)]), a, undefined)).toBe(false);
  });
});
