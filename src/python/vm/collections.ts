// dict and set. A dict is the heap's compact dict (heap/dict.ts) behind the
// methods the interpreter always used; a set (still JS, worker-local) reproduces CPython's open-addressing table so that
// iterating it (and printing it) gives CPython's order for ints.

import { PyObj, type PyType, type PyVal, type PyDictLike } from './objects';
import { Unhashable, NULL, dictClear, dictDelete, dictDeleteStr, dictGet, dictGetStr, dictItems, dictKeyAt, dictKeys, dictLen, dictNext, dictSet, dictSetStr, newDict, type KeyOps, type Ref } from '../heap';
import { conv, hc } from './heap-state';

/** How the VM turns a hashable value into a canonical JS Map key, and its Python hash. */
export interface KeyHooks {
  keyOf(v: PyVal): unknown;
  hashOf(v: PyVal): bigint;
  eq(a: PyVal, b: PyVal): boolean;
  /** The TypeError for an unhashable key (`unhashable type: 'list'`). */
  typeError(message: string): PyObj;
}
const notInstalled = (): never => {
  throw new Error('key hooks not installed');
};
export const hooks: KeyHooks = { keyOf: notInstalled, hashOf: notInstalled, eq: notInstalled, typeError: notInstalled };

/** What the heap dict calls back for keys whose hash and == are Python code (and worker-local objects). */
const keyOps: KeyOps = {
  hash: (r) => hooks.hashOf(conv.fromRef(r) as PyVal),
  eq: (a, b) => hooks.eq(conv.fromRef(a) as PyVal, conv.fromRef(b) as PyVal),
};

function keyed<R>(fn: () => R): R {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Unhashable) throw hooks.typeError(e.message);
    throw e;
  }
}

/** A dict: CPython's compact dict in the heap (insertion order, same probing); this is its only door. */
export class PyDict extends PyObj implements PyDictLike {
  constructor(public cls: PyType, ref?: Ref) {
    super();
    const c = hc();
    c.adopt(this, ref ?? newDict(c.h, conv.toRef(cls)));
  }
  get size(): number {
    return dictLen(hc().h, this.ref);
  }
  get(k: PyVal): PyVal | undefined {
    const h = hc().h;
    const r = typeof k === 'string' ? dictGetStr(h, this.ref, k) : keyed(() => dictGet(h, this.ref, conv.toRef(k), keyOps));
    return r === NULL ? undefined : conv.fromRef(r);
  }
  set(k: PyVal, v: PyVal): void {
    const h = hc().h;
    const kr = conv.toRef(k);
    const vr = conv.toRef(v);
    keyed(() => dictSet(h, this.ref, kr, vr, keyOps));
  }
  delete(k: PyVal): boolean {
    const h = hc().h;
    if (typeof k === 'string') return dictDeleteStr(h, this.ref, k);
    return keyed(() => dictDelete(h, this.ref, conv.toRef(k), keyOps));
  }
  has(k: PyVal): boolean {
    const h = hc().h;
    if (typeof k === 'string') return dictGetStr(h, this.ref, k) !== NULL;
    return keyed(() => dictGet(h, this.ref, conv.toRef(k), keyOps)) !== NULL;
  }
  getStr(k: string): PyVal | undefined {
    const r = dictGetStr(hc().h, this.ref, k);
    return r === NULL ? undefined : conv.fromRef(r);
  }
  /** For names (globals, namespaces): the key str is interned per worker. */
  setStr(k: string, v: PyVal): void {
    dictSetStr(hc().h, this.ref, k, conv.toRef(v));
  }
  delStr(k: string): boolean {
    return dictDeleteStr(hc().h, this.ref, k);
  }
  clear(): void {
    dictClear(hc().h, this.ref);
  }
  /** Position of the first live entry at or after pos (-1 at the end): iteration without a copy. */
  nextPos(pos: number): number {
    return dictNext(hc().h, this.ref, pos);
  }
  keyAt(pos: number): PyVal {
    return conv.fromRef(dictKeyAt(hc().h, this.ref, pos)) as PyVal;
  }
  keys(): PyVal[] {
    const h = hc().h;
    return dictKeys(h, this.ref).map((r) => conv.fromRef(r) as PyVal);
  }
  entries(): [PyVal, PyVal][] {
    const h = hc().h;
    return dictItems(h, this.ref).map(([k, v]) => [conv.fromRef(k) as PyVal, conv.fromRef(v) as PyVal]);
  }
}

const DUMMY = Symbol('dummy');
interface Slot {
  hash: bigint;
  key: unknown;
  value: PyVal | typeof DUMMY;
}
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** CPython's setobject.c table: same probing and resizing, so iteration order matches. */
export class PySet extends PyObj {
  private table: (Slot | null)[] = new Array<Slot | null>(8).fill(null);
  private index = new Map<unknown, Slot>();
  private fill = 0;
  constructor(public cls: PyType, public frozen = false) {
    super();
  }
  get size(): number {
    return this.index.size;
  }
  has(v: PyVal): boolean {
    return this.index.has(hooks.keyOf(v));
  }
  add(v: PyVal): void {
    const key = hooks.keyOf(v);
    if (this.index.has(key)) return;
    const slot: Slot = { hash: hooks.hashOf(v), key, value: v };
    this.insert(slot);
    this.index.set(key, slot);
    const mask = this.table.length - 1;
    if (this.fill * 5 >= mask * 3) this.resize(this.index.size > 50000 ? this.index.size * 2 : this.index.size * 4);
  }
  delete(v: PyVal): boolean {
    const key = hooks.keyOf(v);
    const slot = this.index.get(key);
    if (!slot) return false;
    slot.value = DUMMY;
    this.index.delete(key);
    return true;
  }
  clear(): void {
    this.table = new Array<Slot | null>(8).fill(null);
    this.index.clear();
    this.fill = 0;
  }
  values(): PyVal[] {
    const out: PyVal[] = [];
    for (const s of this.table) if (s && s.value !== DUMMY) out.push(s.value);
    return out;
  }
  private insert(slot: Slot): void {
    const mask = BigInt(this.table.length - 1);
    const m = this.table.length - 1;
    let perturb = BigInt.asUintN(64, slot.hash);
    let i = Number(perturb & mask);
    for (;;) {
      if (this.table[i] === null || this.table[i]?.value === DUMMY) {
        if (this.table[i] === null) this.fill++;
        this.table[i] = slot;
        return;
      }
      if (i + LINEAR_PROBES <= m) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          const s = this.table[i + j];
          if (s === null || s?.value === DUMMY) {
            if (s === null) this.fill++;
            this.table[i + j] = slot;
            return;
          }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
    }
  }
  private resize(minused: number): void {
    let size = 8;
    while (size <= minused) size <<= 1;
    const old = this.table.filter((s): s is Slot => s !== null && s.value !== DUMMY);
    this.table = new Array<Slot | null>(size).fill(null);
    this.fill = 0;
    for (const s of old) this.insert(s);
  }
}
