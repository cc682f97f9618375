import { describe, it, expect } from 'vitest';
import { StoreCoalescer } from './store-coalescer';
import type { VmEvent } from '../python/vm/events';

const store = (t: number, old: number, value: number, name = 'n'): VmEvent => ({
  kind: 'global-store', t, pid: 1, ident: 1, line: 3, name, old: String(old), value: String(value), num: value, lock: -1, queue: -1,
} as VmEvent);

describe('StoreCoalescer', () => {
  it('passes every store up to the cap, so a lesson loses none', () => {
    const c = new StoreCoalescer(3);
    const sent = [store(0, 5, 4), store(1, 4, 3), store(2, 4, 3)].map((e) => c.admit(e));
    expect(sent.every((e) => e !== null)).toBe(true);
    expect(c.drain(2)).toEqual([]);
  });

  it('folds a hot loop into one store from the first dropped old value to the latest value', () => {
    const c = new StoreCoalescer(2);
    const sent: VmEvent[] = [];
    for (let i = 0; i < 1000; i++) {
      const e = c.admit(store(i / 1000, i, i + 1));
      if (e) sent.push(e);
    }
    expect(sent).toHaveLength(2);
    const [folded] = c.drain(5);
    expect(folded).toMatchObject({ kind: 'global-store', old: '2', value: '1000', t: 5 });
    // The next batch starts counting again.
    expect(c.admit(store(6, 1000, 1001))).not.toBeNull();
  });

  it('counts each global on its own and lets other events through', () => {
    const c = new StoreCoalescer(1);
    expect(c.admit(store(0, 0, 1, 'a'))).not.toBeNull();
    expect(c.admit(store(0, 0, 1, 'b'))).not.toBeNull();
    expect(c.admit(store(0, 1, 2, 'a'))).toBeNull();
    const w: VmEvent = { kind: 'exit', t: 1, status: 0 };
    expect(c.admit(w)).toBe(w);
  });
});
