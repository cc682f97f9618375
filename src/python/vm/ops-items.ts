// Iteration, subscripts and `in`, split from ops.ts.

import { PyObj, PyType, PyException, PyList, PyTuple, PyBuiltin, PyRange, PySlice, PyIter, PyBytes, type PyVal } from './objects';
import { PyDict, PySet } from './collections';
import { T, EXC, typeName, raise, isSubtype } from './types';
import { rt, userDunder, lookupType, callMethodValue, truthy, index, eq, toBig, isIntLike} from './ops';
import { call, typeAttr } from './ops-attr';
import { PyBoxed } from './boxed';

// ---- iteration --------------------------------------------------------------

export function iterOf(items: PyVal[]): PyIter {
  let i = 0;
  return new PyIter(T.iterator, () => (i < items.length ? items[i++] : undefined));
}

export function getIter(v: PyVal): PyVal {
  if (v instanceof PyList) {
    // Live, as listiterator: items appended during the loop are visited.
    let i = 0;
    return new PyIter(T.iterator, () => (i < v.length ? v.at(i++) : undefined));
  }
  if (v instanceof PyTuple) {
    const items = v.items;
    let i = 0;
    return new PyIter(T.iterator, () => (i < items.length ? items[i++] : undefined));
  }
  if (typeof v === 'string') {
    const cps = [...v];
    return iterOf(cps);
  }
  if (v instanceof PyObj && v.cls.heap) {
    const m = userDunder(v.cls, '__iter__');
    if (m !== undefined) {
      const it = callMethodValue(m, v, []);
      if (!(it instanceof PyObj) || (!(it instanceof PyIter) && it.cls !== T.generator && lookupType(it.cls, '__next__') === undefined)) {
        throw raise('TypeError', `iter() returned non-iterator of type '${typeName(it)}'`);
      }
      return it;
    }
    if (userDunder(v.cls, '__getitem__') !== undefined) {
      let i = 0n;
      return new PyIter(T.iterator, () => {
        try {
          return getItem(v, i++);
        } catch (e) {
          if (e instanceof PyException && (isSubtype(e.cls, EXC.IndexError as PyType) || isSubtype(e.cls, EXC.StopIteration as PyType))) return undefined;
          throw e;
        }
      });
    }
    if (v instanceof PyBoxed && typeof v.value === 'string') return iterOf([...v.value]);
  }
  if (v instanceof PyDict) {
    const size = v.size;
    let pos = 0;
    return new PyIter(T.iterator, () => {
      if (v.size !== size) throw raise('RuntimeError', 'dictionary changed size during iteration');
      const p = v.nextPos(pos);
      if (p < 0) return undefined;
      pos = p + 1;
      return v.keyAt(p);
    });
  }
  if (v instanceof PySet) {
    const size = v.size;
    const items = v.values();
    let i = 0;
    return new PyIter(T.iterator, () => {
      if (v.size !== size) throw raise('RuntimeError', 'Set changed size during iteration');
      return i < items.length ? items[i++] : undefined;
    });
  }
  if (v instanceof PyRange) {
    let cur = v.start;
    const { stop, step } = v;
    return new PyIter(T.iterator, () => {
      if (step > 0n ? cur >= stop : cur <= stop) return undefined;
      const r = cur;
      cur += step;
      return r;
    });
  }
  if (v instanceof PyBytes) return iterOf([...v.data].map((b) => BigInt(b)));
  if (v instanceof PyIter || (v instanceof PyObj && v.cls === T.generator)) return v;
  if (v instanceof PyObj && lookupType(v.cls, '__next__') !== undefined) return v;
  if (v instanceof PyObj) {
    const m = lookupType(v.cls, '__iter__');
    if (m !== undefined) return callMethodValue(m, v, []);
  }
  throw raise('TypeError', `'${typeName(v)}' object is not iterable`);
}

/** The next item, or undefined at the end (StopIteration from Python __next__ is absorbed). */
export function next(it: PyVal): PyVal | undefined {
  if (it instanceof PyIter) return it.next();
  if (it instanceof PyObj) {
    if (it.cls.heap) {
      const m = userDunder(it.cls, '__next__');
      if (m !== undefined) {
        try {
          return callMethodValue(m, it, []);
        } catch (e) {
          if (e instanceof PyException && isSubtype(e.cls, EXC.StopIteration as PyType)) return undefined;
          throw e;
        }
      }
    }
    return rt.iterNext(it);
  }
  throw raise('TypeError', `'${typeName(it)}' object is not an iterator`);
}

export function toArray(v: PyVal): PyVal[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const it = getIter(v);
  const out: PyVal[] = [];
  for (let x = next(it); x !== undefined; x = next(it)) out.push(x);
  return out;
}

// ---- subscripts ---------------------------------------------------------------

export function sliceIndices(s: PySlice, length: number): [number, number, number] {
  const step = s.step === null ? 1 : Number(index(s.step, 'slice indices must be integers or None or have an __index__ method'));
  if (step === 0) throw raise('ValueError', 'slice step cannot be zero');
  const conv = (v: PyVal, dflt: number, lo: number, hi: number): number => {
    if (v === null) return dflt;
    let n = Number(index(v, 'slice indices must be integers or None or have an __index__ method'));
    if (n < 0) n = Math.max(n + length, lo);
    else n = Math.min(n, hi);
    return n;
  };
  if (step > 0) return [conv(s.start, 0, 0, length), conv(s.stop, length, 0, length), step];
  return [conv(s.start, length - 1, -1, length - 1), conv(s.stop, -1, -1, length - 1), step];
}

export function sliceItems<X>(items: X[], s: PySlice): X[] {
  const [start, stop, step] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: X[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i] as X);
  else for (let i = start; i > stop; i += step) out.push(items[i] as X);
  return out;
}

export function seqIndex(v: PyVal, n: number, kind: string): number {
  if (!isIntLike(v)) {
    // An int subclass's value is its index (PyNumber_Index takes any int without asking __index__).
    if (v instanceof PyBoxed && typeof v.value === 'bigint') return seqIndex(v.value, n, kind);
    if (v instanceof PyObj && v.cls.heap && userDunder(v.cls, '__index__') !== undefined) return seqIndex(index(v), n, kind);
    throw raise('TypeError', kind === 'str' ? `string indices must be integers, not '${typeName(v)}'` : `${kind} indices must be integers or slices, not ${typeName(v)}`);
  }
  let i = Number(toBig(v));
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise('IndexError', `${kind === 'str' ? 'string' : kind} index out of range`);
  return i;
}

/** A list slice; a step-1 slice decodes only the items it takes (`out[:3]` of a long list). */
function listSlice(o: PyList, k: PySlice): PyList {
  const [start, stop, step] = sliceIndices(k, o.length);
  if (step === 1) return o.slice(T.list, start, Math.max(start, stop));
  return new PyList(T.list, sliceItems(o.items.slice(), k));
}

export function getItem(o: PyVal, k: PyVal): PyVal {
  if (o instanceof PyObj && o.cls.heap) {
    const m = userDunder(o.cls, '__getitem__');
    if (m !== undefined) return callMethodValue(m, o, [k]);
    if (o instanceof PyBoxed) o = o.value;
  }
  if (o instanceof PyList || o instanceof PyTuple) {
    const kind = o instanceof PyList ? 'list' : 'tuple';
    if (o instanceof PyList) {
      if (k instanceof PySlice) return listSlice(o, k);
      return o.at(seqIndex(k, o.length, kind));
    }
    if (k instanceof PySlice) return new PyTuple(T.tuple, sliceItems(o.items, k));
    return o.items[seqIndex(k, o.items.length, kind)] as PyVal;
  }
  if (typeof o === 'string') {
    const ascii = isAscii(o);
    const cps = ascii ? null : [...o];
    const n = cps ? cps.length : o.length;
    if (k instanceof PySlice) return cps ? sliceItems(cps, k).join('') : sliceStr(o, k);
    const i = seqIndex(k, n, 'str');
    return cps ? (cps[i] as string) : o.charAt(i);
  }
  if (o instanceof PyDict) {
    const v = o.get(k);
    if (v !== undefined) return v;
    if (o.cls.heap) {
      const miss = userDunder(o.cls, '__missing__');
      if (miss !== undefined) return callMethodValue(miss, o, [k]);
    }
    throw keyError(k);
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [a, , step] = sliceIndices(k, Number(o.length));
      const items = sliceItems(Array.from({ length: Number(o.length) }, (_, i) => i), k);
      const start = o.start + BigInt(a) * o.step;
      return new PyRange(T.range, start, start + BigInt(items.length) * o.step * BigInt(step), o.step * BigInt(step));
    }
    const i = seqIndex(k, Number(o.length), 'range object');
    return o.start + BigInt(i) * o.step;
  }
  if (o instanceof PyBytes) {
    const t = o.cls === T.bytearray ? T.bytearray : T.bytes;
    if (k instanceof PySlice) return new PyBytes(t, Uint8Array.from(sliceItems([...o.data], k)));
    if (!isIntLike(k) && !(k instanceof PyBoxed)) seqIndex(k, 0, t.name);
    // bytes says "index out of range", bytearray "bytearray index out of range".
    let i = Number(index(k));
    if (i < 0) i += o.data.length;
    if (i < 0 || i >= o.data.length) throw raise('IndexError', t === T.bytes ? 'index out of range' : 'bytearray index out of range');
    return BigInt(o.data[i] as number);
  }
  if (o instanceof PyType) {
    const cg = typeAttr(o, '__class_getitem__');
    if (cg !== undefined) return call(cg, [k]);
    return o;
  }
  // A native type that defines __getitem__ as a method (mappingproxy).
  if (o instanceof PyObj) {
    const m = lookupType(o.cls, '__getitem__');
    if (m instanceof PyBuiltin) return callMethodValue(m, o, [k]);
  }
  throw raise('TypeError', `'${typeName(o)}' object is not subscriptable`);
}

export function keyError(k: PyVal): PyException {
  const e = new PyException(EXC.KeyError as PyType);
  e.args = [k];
  return e;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xd800) return false;
  return true;
}

function sliceStr(s: string, k: PySlice): string {
  const [start, stop, step] = sliceIndices(k, s.length);
  if (step === 1) return s.slice(start, Math.max(start, stop));
  let out = '';
  if (step > 0) for (let i = start; i < stop; i += step) out += s[i];
  else for (let i = start; i > stop; i += step) out += s[i];
  return out;
}

/** bytearray's item stores, filled in by methods-bytes.ts (which imports this module). */
export const bytesItems: { set(b: PyBytes, k: PyVal, v: PyVal): void; del(b: PyBytes, k: PyVal): void } = {
  set: () => undefined,
  del: () => undefined,
};

export function setItem(o: PyVal, k: PyVal, v: PyVal): void {
  if (o instanceof PyObj && o.cls.heap) {
    const m = userDunder(o.cls, '__setitem__');
    if (m !== undefined) {
      callMethodValue(m, o, [k, v]);
      return;
    }
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(k, o.length);
      const vals = toArray(v);
      const items = o.items.slice();
      if (step === 1) {
        items.splice(start, Math.max(0, stop - start), ...vals);
        o.items = items;
        return;
      }
      const idx = sliceItems(items.map((_, i) => i), k);
      if (idx.length !== vals.length) throw raise('ValueError', `attempt to assign sequence of size ${vals.length} to extended slice of size ${idx.length}`);
      idx.forEach((i, j) => o.setAt(i, vals[j] as PyVal));
      return;
    }
    o.setAt(seqIndex(k, o.length, 'list'), v);
    return;
  }
  if (o instanceof PyDict) {
    o.set(k, v);
    return;
  }
  if (o instanceof PyBytes && o.cls === T.bytearray) return bytesItems.set(o, k, v);
  throw raise('TypeError', `'${typeName(o)}' object does not support item assignment`);
}

export function delItem(o: PyVal, k: PyVal): void {
  if (o instanceof PyObj && o.cls.heap) {
    const m = userDunder(o.cls, '__delitem__');
    if (m !== undefined) {
      callMethodValue(m, o, [k]);
      return;
    }
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const drop = new Set(sliceItems(o.items.map((_, i) => i), k));
      o.items = o.items.filter((_, i) => !drop.has(i));
      return;
    }
    o.popAt(seqIndex(k, o.length, 'list'));
    return;
  }
  if (o instanceof PyDict) {
    if (!o.delete(k)) throw keyError(k);
    return;
  }
  if (o instanceof PyBytes && o.cls === T.bytearray) return bytesItems.del(o, k);
  // mappingproxy's own wording (mp_ass_subscript-less types say "doesn't").
  const does = o instanceof PyObj && !o.cls.heap && o.cls.name === 'mappingproxy' ? 'does not' : "doesn't";
  throw raise('TypeError', `'${typeName(o)}' object ${does} support item deletion`);
}

export function contains(container: PyVal, v: PyVal): boolean {
  if (container instanceof PyObj && container.cls.heap) {
    const m = userDunder(container.cls, '__contains__');
    if (m !== undefined) return truthy(callMethodValue(m, container, [v]));
    if (container instanceof PyBoxed) container = container.value;
  }
  if (typeof container === 'string') {
    if (v instanceof PyBoxed && typeof v.value === 'string') v = v.value;
    if (typeof v !== 'string') throw raise('TypeError', `'in <string>' requires string as left operand, not ${typeName(v)}`);
    return container.includes(v);
  }
  if (container instanceof PyDict) return container.has(v);
  if (container instanceof PySet) return container.has(v);
  if (container instanceof PyList || container instanceof PyTuple) return container.items.some((x) => x === v || eq(x, v));
  if (container instanceof PyRange && isIntLike(v)) {
    const n = toBig(v);
    const { start, stop, step } = container;
    if (step > 0n ? n < start || n >= stop : n > start || n <= stop) return false;
    return (n - start) % step === 0n;
  }
  if (container instanceof PyObj && !container.cls.heap && !(container instanceof PyRange)) {
    const m = lookupType(container.cls, '__contains__');
    if (m instanceof PyBuiltin) return truthy(callMethodValue(m, container, [v]));
  }
  if (!(container instanceof PyObj) || (!(container instanceof PyIter) && lookupType(container.cls, '__iter__') === undefined && !(container instanceof PyRange))) {
    if (!(container instanceof PyObj && lookupType(container.cls, '__next__') !== undefined)) {
      throw raise('TypeError', `argument of type '${typeName(container)}' is not iterable`);
    }
  }
  const it = getIter(container);
  for (let x = next(it); x !== undefined; x = next(it)) if (x === v || eq(x, v)) return true;
  return false;
}

export function isType(v: PyVal): v is PyType {
  return v instanceof PyType;
}

