import { describe, expect, it } from 'vitest';
import { EventKind, type RuntimeEvent, decodeEvents, encodeEvent, recordBytes } from './events';
import { ByteRing } from './ring';

describe('event records in the ring', () => {
  it('keep every head 8-aligned: text is padded', () => {
    expect(recordBytes(0)).toBe(32);
    expect(recordBytes(1)).toBe(40);
    expect(recordBytes(8)).toBe(40);
    expect(encodeEvent(1, EventKind.Print, 3, 0, 0, '线程').length).toBe(40);
  });

  it('arrive whole and in order through writeEvent, across the wrap and with texts', () => {
    const ring = new ByteRing(ByteRing.create(200));
    const got: RuntimeEvent[] = [];
    const want: RuntimeEvent[] = [];
    for (let i = 0; i < 60; i++) {
      const text = i % 3 === 0 ? `线程${i}卖出一张` : '';
      const e = { worker: 2, t: i * 0.5, kind: EventKind.Print, line: i, a: i * 1.25, b: 100 - i, text };
      want.push(e);
      ring.writeEvent(e.t, e.kind, e.line, e.a, e.b, e.text);
      // Drained often, so the writes wrap around the 200-byte ring many times.
      if (i % 2 === 1) decodeEvents(2, ring.drain(), got);
    }
    decodeEvents(2, ring.drain(), got);
    expect(got).toEqual(want);
  });

  it('decode the same from an unaligned slice and from encodeEvent bytes', () => {
    const a = encodeEvent(1, EventKind.Mark, 2, 3, 4, 'sold');
    const b = encodeEvent(5, EventKind.Done, 6, 7, 8, '');
    const buf = new Uint8Array(1 + a.length + b.length);
    buf.set(a, 1);
    buf.set(b, 1 + a.length);
    const out: RuntimeEvent[] = [];
    decodeEvents(0, buf.subarray(1), out);
    expect(out).toEqual([
      { worker: 0, t: 1, kind: EventKind.Mark, line: 2, a: 3, b: 4, text: 'sold' },
      { worker: 0, t: 5, kind: EventKind.Done, line: 6, a: 7, b: 8, text: '' },
    ]);
  });
});
