// A `__dict__` whose truth is a heap dict (str keys): the Map the interpreter
// has always used for attributes, so every `obj.dict.get/set/has/delete` in
// the VM now reads and writes the shared heap without changing its callers.

import { dictClear, dictDeleteStr, dictGetStr, dictItems, dictLen, dictSetStr, Kind, NULL, strValue, type Ref } from '../heap';
import { conv, critical, hc } from './heap-state';
import type { PyVal } from './objects';

export class AttrMap implements Map<string, PyVal> {
  readonly [Symbol.toStringTag] = 'Map';
  constructor(readonly ref: Ref) {}

  get size(): number {
    return dictLen(hc().h, this.ref);
  }
  get(k: string): PyVal | undefined {
    const r = dictGetStr(hc().h, this.ref, k);
    return r === NULL ? undefined : conv.fromRef(r);
  }
  set(k: string, v: PyVal): this {
    const c = hc();
    const r = conv.toRef(v);
    if (c.locking) critical(c, this.ref, () => dictSetStr(c.h, this.ref, k, r));
    else dictSetStr(c.h, this.ref, k, r);
    return this;
  }
  has(k: string): boolean {
    return dictGetStr(hc().h, this.ref, k) !== NULL;
  }
  delete(k: string): boolean {
    const c = hc();
    return c.locking ? critical(c, this.ref, () => dictDeleteStr(c.h, this.ref, k)) : dictDeleteStr(c.h, this.ref, k);
  }
  clear(): void {
    const c = hc();
    if (c.locking) critical(c, this.ref, () => dictClear(c.h, this.ref));
    else dictClear(c.h, this.ref);
  }
  /** A copy in insertion order: callers may change the dict while they walk it, as they did with a Map. */
  private snapshot(): Map<string, PyVal> {
    const h = hc().h;
    const out = new Map<string, PyVal>();
    for (const [k, v] of dictItems(h, this.ref)) {
      if (k & 1 || h.kind(k) !== Kind.STR) continue;
      out.set(strValue(h, k), conv.fromRef(v) as PyVal);
    }
    return out;
  }
  forEach(fn: (value: PyVal, key: string, map: Map<string, PyVal>) => void): void {
    for (const [k, v] of this.snapshot()) fn(v, k, this);
  }
  entries(): MapIterator<[string, PyVal]> {
    return this.snapshot().entries();
  }
  keys(): MapIterator<string> {
    return this.snapshot().keys();
  }
  values(): MapIterator<PyVal> {
    return this.snapshot().values();
  }
  [Symbol.iterator](): MapIterator<[string, PyVal]> {
    return this.snapshot().entries();
  }
}
