/** Round trips of every kind, the inline-int boundary, allocation, fork and copies between heaps. */
import { describe, expect, it } from 'vitest';
import { bootHeap } from './boot';
import { ELLIPSIS, FALSE, FIXED_END, NONE, NOT_IMPLEMENTED, T, TRUE } from './consts';
import { NotPicklable, copyBetween } from './copy';
import { dictGet, dictGetStr, dictItems, dictLen, dictSet, dictSetStr, dictTableSize, newDict, dictDelete } from './dict';
import { HeapFull, attachHeap, forkHeap } from './heap';
import { Unhashable, keyHash } from './keys';
import { Kind, NULL, SMALL_MAX, SMALL_MIN, isSmall, small } from './layout';
import { withLock, LockDeadlock, lockObject, unlockObject } from './lock';
import { floatValue, intValue, newFloat, newInt } from './numbers';
import {
  cellGet,
  cellSet,
  exceptionFields,
  functionFields,
  generatorFrame,
  generatorName,
  generatorQualname,
  isHeapType,
  methodFunc,
  methodSelf,
  moduleName,
  nativeIndex,
  nativeName,
  nativeSelf,
  newGenerator,
  typeModule,
  typeQualname,
  isSubtype,
  lockRelease,
  lockTryAcquire,
  newCell,
  newException,
  newFunction,
  newInstance,
  newLock,
  newMethod,
  newModule,
  newNative,
  newType,
  objectDict,
  setCause,
  typeLookup,
  typeMro,
  typeName,
  typeOf,
} from './objects';
import { listAppend, listCapacity, listGet, listInsert, listItems, listLen, listPop, newList, newTuple, tupleItems } from './seq';
import { newSet, setItems, setContains } from './set';
import { bytesValue, newBytes, newStr, strCodePoint, strLen, strValue } from './str';

const heap = () => bootHeap({ bytes: 8 << 20 });

describe('ints', () => {
  it('are inline exactly in [-2**30, 2**30) and boxed beyond, both ways round', () => {
    const h = heap();
    for (const v of [0n, 1n, -1n, BigInt(SMALL_MAX), BigInt(SMALL_MIN), BigInt(SMALL_MAX) + 1n, BigInt(SMALL_MIN) - 1n, 2n ** 31n, -(2n ** 31n), 2n ** 32n - 1n, 2n ** 32n, -(2n ** 64n), 3n ** 200n, -(7n ** 99n)]) {
      const r = newInt(h, v);
      expect(isSmall(r)).toBe(v >= BigInt(SMALL_MIN) && v <= BigInt(SMALL_MAX));
      expect(intValue(h, r)).toBe(v);
      expect(typeOf(h, r)).toBe(T.int);
    }
    expect(newInt(h, 12345)).toBe(small(12345));
    expect(intValue(h, TRUE)).toBe(1n);
    expect(intValue(h, FALSE)).toBe(0n);
  });
});

describe('floats, str, bytes', () => {
  it('keep -0.0, nan, inf and the exact bits', () => {
    const h = heap();
    for (const x of [0, -0, NaN, Infinity, -Infinity, 0.1, 5e-324, 1.7976931348623157e308]) expect(Object.is(floatValue(h, newFloat(h, x)), x)).toBe(true);
  });

  it('str counts code points, non-BMP included, and decodes the same in a fresh worker view', () => {
    const h = heap();
    const s = 'a😀é\u{10ffff}z';
    const r = newStr(h, s);
    expect(strLen(h, r)).toBe(5);
    expect(strCodePoint(h, r, 1)).toBe(0x1f600);
    expect(strValue(h, r)).toBe(s);
    const other = attachHeap(h.buffer);
    expect(strValue(other, r)).toBe(s);
    expect(strValue(other, newStr(h, 'plain BMP ü'))).toBe('plain BMP ü');
    expect(strValue(other, newStr(h, ''))).toBe('');
    const big = 'x'.repeat(10_000) + '€';
    expect(strValue(other, newStr(h, big))).toBe(big);
  });

  it('bytes', () => {
    const h = heap();
    expect([...bytesValue(h, newBytes(h, new Uint8Array([0, 255, 7])))]).toEqual([0, 255, 7]);
  });
});

describe('containers', () => {
  it('tuple and list round trip; list grows as CPython 3.12 over-allocates', () => {
    const h = heap();
    const t = newTuple(h, [small(1), NONE, newStr(h, 'x')]);
    expect(tupleItems(h, t).length).toBe(3);
    const l = newList(h);
    const caps: number[] = [];
    for (let k = 0; k < 20; k++) {
      listAppend(h, l, small(k));
      caps.push(listCapacity(h, l));
    }
    // CPython 3.12: [].append repeatedly gives allocated 4, 8, 16, 24 (sys.getsizeof steps).
    expect([...new Set(caps)]).toEqual([4, 8, 16, 24]);
    expect(listItems(h, l)).toEqual(Array.from({ length: 20 }, (_, k) => small(k)));
    listInsert(h, l, 0, small(-1));
    expect(listGet(h, l, 0)).toBe(small(-1));
    expect(listPop(h, l)).toBe(small(19));
    expect(listPop(h, l, 0)).toBe(small(-1));
    expect(listLen(h, l)).toBe(19);
    while (listLen(h, l) > 1) listPop(h, l);
    expect(listItems(h, l)).toEqual([small(0)]);
    expect(() => listGet(h, l, 1)).toThrow(RangeError);
  });

  it('dict: overwrite, delete then reinsert goes last, growth 8 -> 16 -> 32 as CPython', () => {
    const h = heap();
    const d = newDict(h);
    const sizes = new Set<number>();
    for (let k = 0; k < 22; k++) {
      dictSet(h, d, small(k), small(k));
      sizes.add(dictTableSize(h, d));
    }
    expect([...sizes]).toEqual([8, 16, 32, 64]);
    dictSet(h, d, small(3), small(99));
    expect(dictDelete(h, d, small(0))).toBe(true);
    expect(dictDelete(h, d, small(0))).toBe(false);
    dictSet(h, d, small(0), small(0));
    const keys = dictItems(h, d).map(([k]) => k);
    expect(keys[0]).toBe(small(1));
    expect(keys.at(-1)).toBe(small(0));
    expect(dictGet(h, d, small(3))).toBe(small(99));
    expect(dictLen(h, d)).toBe(22);
  });

  it('dict by name finds str keys made either way', () => {
    const h = heap();
    const d = newDict(h);
    dictSet(h, d, newStr(h, 'name'), small(1));
    expect(dictGetStr(h, d, 'name')).toBe(small(1));
    dictSetStr(h, d, 'name', small(2));
    dictSetStr(h, d, 'émoji😀', small(3));
    expect(dictLen(h, d)).toBe(2);
    expect(dictGet(h, d, newStr(h, 'émoji😀'))).toBe(small(3));
    expect(dictGetStr(h, d, 'nam')).toBe(NULL);
  });

  it('unhashable kinds are refused; equal floats and ints find each other', () => {
    const h = heap();
    expect(() => keyHash(h, newList(h), undefined)).toThrow(Unhashable);
    expect(() => keyHash(h, newDict(h), undefined)).toThrow(Unhashable);
    const s = newSet(h, [small(2), newInt(h, 2n ** 70n)]);
    expect(setContains(h, s, newFloat(h, 2))).toBe(true);
    expect(setContains(h, s, newFloat(h, 2 ** 70))).toBe(true);
    expect(setContains(h, s, newFloat(h, 2.5))).toBe(false);
  });

  it('KeyOps decide for instances of classes made by class statements', () => {
    const h = heap();
    const P = newType(h, { name: 'P', bases: [T.object], mroTail: [T.object], heapType: true });
    const a = newInstance(h, P);
    const b = newInstance(h, P);
    // Every P is equal to every other and hashes to 7, as a class with __eq__/__hash__ could say.
    const ops = { hash: () => 7n, eq: (x: number, y: number) => typeOf(h, x) === P && typeOf(h, y) === P };
    const d = newDict(h);
    dictSet(h, d, a, small(1), ops);
    dictSet(h, d, b, small(2), ops);
    expect(dictItems(h, d)).toEqual([[a, small(2)]]);
    // Without the ops they are distinct by identity.
    dictSet(h, d, b, small(3));
    expect(dictLen(h, d)).toBe(2);
  });
});

describe('objects', () => {
  it('singletons and builtin types sit at the fixed offsets', () => {
    const h = heap();
    expect(h.kind(NONE)).toBe(Kind.NONE);
    expect(typeOf(h, TRUE)).toBe(T.bool);
    expect(typeOf(h, NOT_IMPLEMENTED)).toBe(T.NotImplementedType);
    expect(typeOf(h, ELLIPSIS)).toBe(T.ellipsis);
    expect(typeName(h, T.frozenset)).toBe('frozenset');
    expect(typeMro(h, T.bool)).toEqual([T.bool, T.int, T.object]);
    expect(isSubtype(h, T.MemoryError, T.BaseException)).toBe(true);
    expect(T.MemoryError).toBeLessThan(FIXED_END);
    // A second boot lays out the same offsets.
    const h2 = heap();
    expect(h2.used).toBe(h.used);
  });

  it('classes, instances, attributes, methods, functions, cells, modules, exceptions, natives, locks', () => {
    const h = heap();
    const A = newType(h, { name: 'A', bases: [T.object], mroTail: [T.object], heapType: true, module: '__main__' });
    const B = newType(h, { name: 'B', bases: [A], mroTail: typeMro(h, A), heapType: true, module: '__main__' });
    dictSetStr(h, objectDict(h, A), 'greet', small(5));
    expect(typeLookup(h, B, 'greet')).toBe(small(5));
    expect(typeLookup(h, B, 'nope')).toBe(NULL);
    const o = newInstance(h, B);
    dictSetStr(h, objectDict(h, o), 'x', small(1));
    expect(dictGetStr(h, objectDict(h, o), 'x')).toBe(small(1));
    const g = newDict(h);
    const f = newFunction(h, { code: 3, globals: g, name: 'f', qualname: 'A.f', module: newStr(h, '__main__') });
    const ff = functionFields(h, f);
    expect(ff.code).toBe(3);
    expect(ff.globals).toBe(g);
    expect(strValue(h, ff.qualname)).toBe('A.f');
    expect(ff.defaults).toBe(NULL);
    const m = newMethod(h, f, o);
    expect([methodFunc(h, m), methodSelf(h, m)]).toEqual([f, o]);
    expect(typeQualname(h, B)).toBe('B');
    expect(typeModule(h, B)).toBe('__main__');
    expect(isHeapType(h, B)).toBe(true);
    expect(isHeapType(h, T.int)).toBe(false);
    const gen = newGenerator(h, 42, 'gen', 'A.gen');
    expect([generatorFrame(h, gen), generatorName(h, gen), generatorQualname(h, gen)]).toEqual([42, 'gen', 'A.gen']);
    const c = newCell(h);
    expect(cellGet(h, c)).toBe(NULL);
    cellSet(h, c, small(9));
    expect(cellGet(h, c)).toBe(small(9));
    expect(moduleName(h, newModule(h, 'mod'))).toBe('mod');
    const e = newException(h, T.MemoryError, [newStr(h, 'boom')]);
    const cause = newException(h, T.Exception, []);
    setCause(h, e, cause);
    const fields = exceptionFields(h, e);
    expect(fields.cause).toBe(cause);
    expect(fields.suppressContext).toBe(true);
    expect(strValue(h, tupleItems(h, fields.args)[0] as number)).toBe('boom');
    const nat = newNative(h, 12, 'len');
    expect(typeOf(h, nat)).toBe(T.builtin_function_or_method);
    expect([nativeIndex(h, nat), nativeName(h, nat), nativeSelf(h, nat)]).toEqual([12, 'len', NULL]);
    const l = newLock(h);
    expect(lockTryAcquire(h, l, 1)).toBe(true);
    expect(lockTryAcquire(h, l, 2)).toBe(false);
    expect(lockRelease(h, l)).toBe(true);
    expect(lockRelease(h, l)).toBe(false);
  });

  it('object locks: nested use on a single-worker heap is reported, not hung', () => {
    const h = bootHeap({ bytes: 1 << 20, shared: false });
    const l = newList(h);
    expect(withLock(h, l, () => 5)).toBe(5);
    lockObject(h, l);
    expect(() => lockObject(h, l)).toThrow(LockDeadlock);
    unlockObject(h, l);
  });
});

describe('allocation', () => {
  it('HeapFull past the limit, and the heap still serves small requests after a failed big one', () => {
    const h = bootHeap({ bytes: 1 << 20 });
    expect(() => newList(h, new Array(300_000).fill(NONE))).toThrow(HeapFull);
    expect(floatValue(h, newFloat(h, 1.5))).toBe(1.5);
    let n = 0;
    expect(() => {
      for (;;) {
        newFloat(h, n++);
      }
    }).toThrow(HeapFull);
    // 1 MiB of 24-byte floats, less the boot objects and the failed list's 0 bytes: the last chunk's
    // worth is used too, down to the final bytes before the limit.
    expect(n).toBeGreaterThan(35_000);
    expect(h.limit - h.used).toBeLessThan(24);
  });

  it('works on an ArrayBuffer too', () => {
    const h = bootHeap({ bytes: 1 << 20, shared: false });
    expect(h.shared).toBe(false);
    expect(strValue(h, newStr(h, 'ok'))).toBe('ok');
  });
});

describe('fork and copies between heaps', () => {
  it('forkHeap copies: same refs, then independent', () => {
    const h = heap();
    const l = newList(h, [small(1)]);
    const child = forkHeap(h);
    listAppend(child, l, small(2));
    listAppend(h, l, small(3));
    expect(listItems(child, l)).toEqual([small(1), small(2)]);
    expect(listItems(h, l)).toEqual([small(1), small(3)]);
    const fresh = newFloat(child, 2.5);
    expect(floatValue(child, fresh)).toBe(2.5);
  });

  it('copyBetween keeps values, sharing and cycles; classes travel by name; lambdas are refused', () => {
    const a = heap();
    const b = heap();
    const inner = newList(a, [newStr(a, 'shared')]);
    const d = newDict(a);
    dictSet(a, d, newStr(a, 'k'), newTuple(a, [inner, inner, newInt(a, 2n ** 90n), newFloat(a, -0)]));
    dictSet(a, d, small(1), newSet(a, [small(3), small(1)], true));
    dictSet(a, d, NONE, TRUE);
    listAppend(a, inner, inner); // a cycle
    const out = copyBetween(a, d, b);
    const items = dictItems(b, out);
    expect(strValue(b, items[0]?.[0] as number)).toBe('k');
    const [l1, l2, big, z] = tupleItems(b, items[0]?.[1] as number);
    expect(l1).toBe(l2);
    expect(listItems(b, l1 as number)[1]).toBe(l1);
    expect(intValue(b, big as number)).toBe(2n ** 90n);
    expect(Object.is(floatValue(b, z as number), -0)).toBe(true);
    expect(setItems(b, items[1]?.[1] as number)).toEqual([small(1), small(3)]);
    expect(items[2]).toEqual([NONE, TRUE]);

    const A = newType(a, { name: 'Point', bases: [T.object], mroTail: [T.object], heapType: true, module: '__main__' });
    const BPoint = newType(b, { name: 'Point', bases: [T.object], mroTail: [T.object], heapType: true, module: '__main__' });
    const p = newInstance(a, A);
    dictSetStr(a, objectDict(a, p), 'x', small(4));
    const hooks = { resolve: (mod: string, q: string) => (mod === '__main__' && q === 'Point' ? BPoint : NULL) };
    const q = copyBetween(a, p, b, hooks);
    expect(typeOf(b, q)).toBe(BPoint);
    expect(dictGetStr(b, objectDict(b, q), 'x')).toBe(small(4));
    const lam = newFunction(a, { code: 0, globals: newDict(a), name: '<lambda>', qualname: '<lambda>', module: newStr(a, '__main__') });
    expect(() => copyBetween(a, lam, b, hooks)).toThrow(NotPicklable);
    expect(() => copyBetween(a, newLock(a), b, hooks)).toThrow(NotPicklable);
  });
});
