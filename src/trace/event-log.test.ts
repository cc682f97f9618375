import { describe, expect, it } from 'vitest';
import { EventKind, type RuntimeEvent, decodeEvents, encodeEvent } from '../runtime/events';
import { EventLog } from './event-log';

describe('event log', () => {
  it('decodes ring bytes into columns exactly as decodeEvents does into objects', () => {
    const parts = [encodeEvent(0.5, EventKind.Line, 3, 7, 2, ''), encodeEvent(0.75, EventKind.Print, 4, 0, 0, '卖出一张 ticket'), encodeEvent(1, EventKind.GlobalWrite, 5, 99, 1, 'ticket')];
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    const objects: RuntimeEvent[] = [];
    decodeEvents(3, bytes, objects);
    const log = new EventLog();
    expect(log.appendRecords(3, bytes)).toBe(3);
    expect(log.toEvents()).toEqual(objects);
  });

  it('grows past its first buffers and keeps events added one by one', () => {
    const log = new EventLog();
    for (let i = 0; i < 5000; i++) log.add(i % 64, i / 10, EventKind.Line, i, i * 2, -i, i % 100 === 0 ? `p${i}` : '');
    expect(log.length).toBe(5000);
    expect(log.eventAt(4900)).toEqual({ worker: 4900 % 64, t: 490, kind: EventKind.Line, line: 4900, a: 9800, b: -4900, text: 'p4900' });
    expect(log.textAt(4901)).toBe('');
    log.clear();
    expect(log.length).toBe(0);
  });
});
