import { describe, expect, it } from 'vitest';
import { EventKind } from '../runtime/events';
import { makeRecord, parseRecord, recordEvents } from './record';
import { ev } from './test-events';

describe('run record', () => {
  const report = { status: 'finished' as const, globals: { ticket: 0 }, globalsByProcess: [{ ticket: 0 }], simEnd: 2 };
  const events = [ev(0, 0, EventKind.Start, { a: 3 }), ev(0, 1, EventKind.Print, { text: '线程1卖出一张', line: 18 }), ev(0, 2, EventKind.Done)];

  it('round-trips through JSON to the same events', () => {
    const r = makeRecord({ scenario: 'ticket', params: { lock: true, threads: 1 }, speed: 4, source: 'print(1)', report }, events);
    const back = parseRecord(JSON.parse(JSON.stringify(r)));
    expect(back).not.toBeNull();
    if (back) expect(recordEvents(back)).toEqual(events);
  });

  it('refuses what is not a record, or a record with a broken event or report', () => {
    const r = makeRecord({ scenario: 'ticket', params: {}, speed: 4, source: '', report }, events);
    expect(parseRecord({ format: 'x' })).toBeNull();
    expect(parseRecord({ ...r, events: [[0, 'a']] })).toBeNull();
    expect(parseRecord({ ...r, report: { ...report, status: 'running' } })).toBeNull();
    expect(parseRecord({ ...r, params: { a: {} } })).toBeNull();
  });
});
