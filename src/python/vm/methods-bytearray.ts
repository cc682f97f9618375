// bytearray's in-place methods and item stores. Its data is replaced on each
// change (a fresh Uint8Array), never shared with another object; like bytes,
// a bytearray lives in one worker (its heap form is opaque).

import { PyBytes, PySlice, type PyVal } from './objects';
import { T, raise, typeName } from './types';
import * as ops from './ops';
import { method } from './native';
import { byteValue } from './methods-bytes';

function self(a: PyVal[]): PyBytes {
  return a[0] as PyBytes;
}

/** bytearray's in-place methods: its data is replaced, never shared with another object. */
export function defineBytearrayMutators(): void {
  ops.bytesItems.set = setBytearrayItem;
  ops.bytesItems.del = delBytearrayItem;
  const t = T.bytearray;
  const m = (name: string, fn: (b: PyBytes, a: PyVal[]) => PyVal): void => method(t, name, (a) => fn(self(a), a.slice(1)));
  const set = (b: PyBytes, d: ArrayLike<number>): null => {
    b.data = Uint8Array.from(d);
    return null;
  };
  m('append', (b, a) => set(b, [...b.data, byteValue(a[0] as PyVal)]));
  m('extend', (b, a) => {
    const v = a[0] as PyVal;
    const more = v instanceof PyBytes ? [...v.data] : ops.toArray(v).map((x) => byteValue(x));
    return set(b, [...b.data, ...more]);
  });
  m('pop', (b, a) => {
    if (b.data.length === 0) throw raise('IndexError', 'pop from empty bytearray');
    let i = a[0] === undefined ? -1 : Number(ops.index(a[0] as PyVal));
    if (i < 0) i += b.data.length;
    if (i < 0 || i >= b.data.length) throw raise('IndexError', 'pop index out of range');
    const v = b.data[i] as number;
    set(b, [...b.data.subarray(0, i), ...b.data.subarray(i + 1)]);
    return BigInt(v);
  });
  m('insert', (b, a) => {
    const n = b.data.length;
    let i = Number(ops.index(a[0] as PyVal));
    if (i < 0) i = Math.max(0, i + n);
    i = Math.min(i, n);
    return set(b, [...b.data.subarray(0, i), byteValue(a[1] as PyVal), ...b.data.subarray(i)]);
  });
  m('remove', (b, a) => {
    const v = byteValue(a[0] as PyVal);
    const i = b.data.indexOf(v);
    if (i < 0) throw raise('ValueError', 'value not found in bytearray');
    return set(b, [...b.data.subarray(0, i), ...b.data.subarray(i + 1)]);
  });
  m('reverse', (b) => set(b, [...b.data].reverse()));
  m('clear', (b) => set(b, []));
  m('copy', (b) => new PyBytes(T.bytearray, b.data.slice()));
  m('__iadd__', (b, a) => {
    const v = a[0] as PyVal;
    if (!(v instanceof PyBytes)) throw raise('TypeError', `can't concat ${typeName(v)} to bytearray`);
    set(b, [...b.data, ...v.data]);
    return b;
  });
  m('__setitem__', (b, a) => {
    setBytearrayItem(b, a[0] as PyVal, a[1] as PyVal);
    return null;
  });
  m('__delitem__', (b, a) => {
    delBytearrayItem(b, a[0] as PyVal);
    return null;
  });
}

export function setBytearrayItem(b: PyBytes, k: PyVal, v: PyVal): void {
  const d = [...b.data];
  if (k instanceof PySlice) {
    const vals = v instanceof PyBytes ? [...v.data] : typeof v === 'bigint' ? null : ops.toArray(v).map((x) => byteValue(x));
    if (vals === null) throw raise('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    const [start, stop, step] = ops.sliceIndices(k, d.length);
    if (step === 1) d.splice(start, Math.max(0, stop - start), ...vals);
    else {
      const idx = ops.sliceItems(d.map((_, i) => i), k);
      if (idx.length !== vals.length) throw raise('ValueError', `attempt to assign bytes of size ${vals.length} to extended slice of size ${idx.length}`);
      idx.forEach((i, j) => (d[i] = vals[j] as number));
    }
  } else d[ops.seqIndex(k, d.length, 'bytearray')] = byteValue(v);
  b.data = Uint8Array.from(d);
}

export function delBytearrayItem(b: PyBytes, k: PyVal): void {
  const d = [...b.data];
  if (k instanceof PySlice) {
    const drop = new Set(ops.sliceItems(d.map((_, i) => i), k));
    b.data = Uint8Array.from(d.filter((_, i) => !drop.has(i)));
    return;
  }
  d.splice(ops.seqIndex(k, d.length, 'bytearray'), 1);
  b.data = Uint8Array.from(d);
}

