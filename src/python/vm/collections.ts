// dict and set. A dict keeps CPython's insertion order with a JS Map over
// canonical keys; a set reproduces CPython's open-addressing table so that
// iterating it (and printing it) gives CPython's order for ints.

import { PyObj, type PyType, type PyVal, type PyDictLike } from './objects';

/** How the VM turns a hashable value into a canonical JS Map key, and its Python hash. */
export interface KeyHooks {
  keyOf(v: PyVal): unknown;
  hashOf(v: PyVal): bigint;
}
export const hooks: KeyHooks = {
  keyOf: () => {
    throw new Error('key hooks not installed');
  },
  hashOf: () => 0n,
};

export class PyDict extends PyObj implements PyDictLike {
  map = new Map<unknown, [PyVal, PyVal]>();
  constructor(public cls: PyType) {
    super();
  }
  get size(): number {
    return this.map.size;
  }
  get(k: PyVal): PyVal | undefined {
    const e = this.map.get(typeof k === 'string' ? k : hooks.keyOf(k));
    return e ? e[1] : undefined;
  }
  set(k: PyVal, v: PyVal): void {
    const key = typeof k === 'string' ? k : hooks.keyOf(k);
    const e = this.map.get(key);
    if (e) e[1] = v;
    else this.map.set(key, [k, v]);
  }
  delete(k: PyVal): boolean {
    return this.map.delete(typeof k === 'string' ? k : hooks.keyOf(k));
  }
  has(k: PyVal): boolean {
    return this.map.has(typeof k === 'string' ? k : hooks.keyOf(k));
  }
  getStr(k: string): PyVal | undefined {
    const e = this.map.get(k);
    return e ? e[1] : undefined;
  }
  setStr(k: string, v: PyVal): void {
    const e = this.map.get(k);
    if (e) e[1] = v;
    else this.map.set(k, [k, v]);
  }
  delStr(k: string): boolean {
    return this.map.delete(k);
  }
  keys(): PyVal[] {
    return [...this.map.values()].map((e) => e[0]);
  }
  entries(): [PyVal, PyVal][] {
    return [...this.map.values()];
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
