import { describe, expect, it } from 'vitest';
import type { VmEvent } from '../python/vm/events';
import { EventBatcher } from './event-batcher';

const store = (t: number, old: number, value: number, name = 'n'): VmEvent => ({
  kind: 'global-store', t, pid: 1, ident: 1, line: 3, name, old: String(old), value: String(value), num: value, lock: -1, queue: -1,
});
const write = (t: number, text: string): VmEvent => ({ kind: 'write', t, pid: 1, ident: 1, line: 2, fd: 1, text });

function batcher(cap: number): { b: EventBatcher; sent: VmEvent[][] } {
  const sent: VmEvent[][] = [];
  return { b: new EventBatcher((out) => sent.push(out), cap), sent };
}

describe('EventBatcher', () => {
  it('sends events in the order they came, one batch per flush', () => {
    const { b, sent } = batcher(64);
    const events = [write(0, 'a'), store(1, 0, 1), write(2, 'b'), { kind: 'exit', t: 3, status: 0 } as VmEvent];
    for (const e of events.slice(0, 2)) b.add(e);
    expect(b.size).toBe(2);
    b.flush();
    for (const e of events.slice(2)) b.add(e);
    b.flush();
    expect(sent).toEqual([events.slice(0, 2), events.slice(2)]);
    expect(b.size).toBe(0);
  });

  it('folds stores past the cap into one at the end of the batch, stamped no earlier than its last event', () => {
    const { b, sent } = batcher(2);
    const kept = [1, 2, 3, 4, 5].map((i) => b.add(store(i, i - 1, i)));
    expect(kept).toEqual([true, true, false, false, false]);
    b.add(write(9, 'done'));
    b.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.map((e) => e.kind)).toEqual(['global-store', 'global-store', 'write', 'global-store']);
    // From the first dropped store's old value to the latest value, at the batch's last instant.
    expect(sent[0]?.[3]).toMatchObject({ old: '2', value: '5', t: 9 });
    // A new batch counts again.
    expect(b.add(store(10, 5, 6))).toBe(true);
  });

  it("the flush at a run's end sends what waits, folded stores too; an empty flush sends nothing", () => {
    const { b, sent } = batcher(1);
    b.add(store(1, 0, 1));
    b.flush();
    b.add(store(2, 1, 2));
    b.add(store(3, 2, 3));
    b.flush();
    b.flush();
    expect(sent.map((batch) => batch.map((e) => e.kind === 'global-store' && [e.old, e.value, e.t]))).toEqual([
      [['0', '1', 1]],
      [['1', '2', 2], ['2', '3', 3]],
    ]);
  });
});
