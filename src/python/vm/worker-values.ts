// Worker mode's `_vm.shared_new/get/set/len` (multiprocessing's Value and Array,
// and the shared counters of its Event, Condition, Barrier, JoinableQueue):
// items live in the run's memory (host/shared-values.ts), converted by their
// ctypes typecode as CPython's ctypes converts them: ints wrap to the C type's
// width, 'f' is a C float, 'c' a byte, 'u' a character.

import { PyBytes, type PyVal } from './objects';
import { T, raise, typeName } from './types';
import * as ops from './ops';
import { SharedValues, SharedValuesFull } from './host/shared-values';
import type { WorkerCtx } from './worker-mode';

/** Bits and signedness of ctypes' integer typecodes (Linux x86-64: long is 64 bits). */
const INT_BITS: Record<string, [number, boolean]> = {
  b: [8, true], B: [8, false], h: [16, true], H: [16, false], i: [32, true], I: [32, false],
  l: [64, true], L: [64, false], q: [64, true], Q: [64, false],
};

export function workerValues(w: WorkerCtx): {
  create(typecode: string, items: PyVal[]): bigint;
  get(h: PyVal, i: PyVal): PyVal;
  set(h: PyVal, i: PyVal, v: PyVal): void;
  size(h: PyVal): bigint;
} {
  const sv = new SharedValues(w.rt.memory);
  const handle = (h: PyVal): number => {
    const n = typeof h === 'bigint' ? Number(h) : -1;
    if (!sv.valid(n)) throw raise('ValueError', 'no such shared value');
    return n;
  };
  const index = (h: number, i: PyVal): number => {
    const k = Number(ops.index(i));
    if (k < 0 || k >= sv.length(h)) throw raise('IndexError', 'invalid index');
    return k;
  };
  const store = (h: number, k: number, code: string, v: PyVal): void => {
    const bits = INT_BITS[code];
    if (bits) {
      if (typeof v !== 'bigint' && typeof v !== 'boolean') throw raise('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
      const n = ops.toBig(v);
      sv.setInt(h, k, BigInt.asIntN(64, bits[1] ? BigInt.asIntN(bits[0], n) : BigInt.asUintN(bits[0], n)));
    } else if (code === 'f' || code === 'd') {
      if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') throw raise('TypeError', `must be real number, not ${typeName(v)}`);
      const x = typeof v === 'number' ? v : Number(ops.toBig(v));
      sv.setFloat(h, k, code === 'f' ? Math.fround(x) : x);
    } else if (code === 'c') {
      if (!(v instanceof PyBytes) || v.data.length !== 1) throw raise('TypeError', 'one character bytes, bytearray or integer expected');
      sv.setInt(h, k, BigInt(v.data[0] ?? 0));
    } else {
      if (typeof v !== 'string' || [...v].length !== 1) throw raise('TypeError', 'one character unicode string expected');
      sv.setInt(h, k, BigInt(v.codePointAt(0) ?? 0));
    }
  };
  return {
    create: (typecode, items) => {
      let h: number;
      try {
        h = sv.allocate(typecode, items.length);
      } catch (e) {
        if (e instanceof SharedValuesFull) throw raise('OSError', e.message);
        throw e;
      }
      items.forEach((v, k) => store(h, k, typecode, v));
      return BigInt(h);
    },
    get: (hv, i) => {
      const h = handle(hv);
      const k = index(h, i);
      const code = sv.typecode(h);
      const bits = INT_BITS[code];
      if (bits) return bits[1] ? sv.getInt(h, k) : BigInt.asUintN(64, sv.getInt(h, k));
      if (code === 'f' || code === 'd') return sv.getFloat(h, k);
      const n = Number(sv.getInt(h, k));
      return code === 'c' ? new PyBytes(T.bytes, Uint8Array.of(n)) : String.fromCodePoint(n);
    },
    set: (hv, i, v) => {
      const h = handle(hv);
      store(h, index(h, i), sv.typecode(h), v);
    },
    size: (hv) => BigInt(sv.length(handle(hv))),
  };
}
