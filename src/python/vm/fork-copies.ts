// Objects whose state lives in one worker's JS (OPAQUE in the heap: a Random's
// Mersenne Twister) are copied by a fork as CPython's fork copies all memory:
// the parent writes their state into the child's payload, and the child's
// worker rebuilds each one under the same ref. So `random.random()` in a child
// continues the parent's generator (until _child_main reseeds it, as CPython's
// os.register_at_fork does) instead of refusing the object.

import { Kind, type Ref } from '../heap';
import { PyNative, PyType, type PyVal } from './objects';
import { MersenneTwister } from './random';
import { toRef, fromRef } from './heap-bridge';
import { extKinds, hc } from './heap-state';

export interface ForkCopy {
  ref: Ref;
  cls: Ref;
  /** The instance's `__dict__` (a subclass's attributes: random.Random's gauss_next). */
  dict: [string, Ref][];
  mt: number[];
  mti: number;
}

/** The parent's side, under the GIL and before the heap is copied (the refs it makes must be in the copy). */
export function forkCopies(): ForkCopy[] {
  const c = hc();
  const out: ForkCopy[] = [];
  for (const [obj, ref] of c.lazy) {
    if (!(obj instanceof PyNative) || !(obj.state instanceof MersenneTwister) || c.h.kind(ref) !== Kind.OPAQUE) continue;
    const mt = obj.state;
    out.push({ ref, cls: toRef(obj.cls), dict: [...(obj.dict as Map<string, PyVal>)].map(([k, v]) => [k, toRef(v)]), mt: Array.from(mt.mt), mti: mt.mti });
  }
  return out;
}

/** The child's side: an OPAQUE ref the parent copied becomes this worker's own object, once. */
export function installForkCopies(copies: readonly ForkCopy[]): void {
  if (copies.length === 0) return;
  const byRef = new Map(copies.map((x) => [x.ref, x]));
  extKinds.opaqueFromRef = (r: Ref) => {
    const x = byRef.get(r);
    const cls = x ? fromRef(x.cls) : undefined;
    if (!x || !(cls instanceof PyType)) return undefined;
    const mt = new MersenneTwister();
    mt.mt.set(x.mt);
    mt.mti = x.mti;
    const obj = new PyNative(cls, mt);
    const c = hc();
    c.objs.set(r, obj);
    c.lazy.set(obj, r);
    for (const [k, v] of x.dict) obj.dict.set(k, fromRef(v) as PyVal);
    return obj;
  };
}
