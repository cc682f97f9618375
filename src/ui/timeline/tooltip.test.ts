import { describe, expect, it } from 'vitest';
import { timelineStrings } from '../../i18n/timeline-strings';
import { strings } from '../../i18n/strings';
import { EventKind, ThreadState } from '../../runtime/events';
import { applyEvents, emptyTrace } from '../../trace/model';
import { ev } from '../../trace/test-events';
import { tipFor } from './tooltip';

describe('timeline tooltip', () => {
  const m = emptyTrace(['线程1', '线程2']);
  applyEvents(m, [
    ev(0, 0, EventKind.Start),
    ev(0, 0.1, EventKind.Acquired, { a: 0, line: 12 }),
    ev(0, 0.1, EventKind.State, { a: ThreadState.Sleeping, line: 14 }),
    ev(0, 1.1, EventKind.State, { a: ThreadState.Running, line: 15 }),
    ev(0, 1.1, EventKind.GlobalWrite, { a: 19, text: 'ticket', line: 15 }),
    ev(0, 1.2, EventKind.Released, { a: 0 }),
    ev(1, 0, EventKind.Start),
    ev(1, 0.2, EventKind.State, { a: ThreadState.WaitingLock, b: 1, line: 12 }),
    ev(1, 1.2, EventKind.State, { a: ThreadState.Running }),
    ev(1, 1.3, EventKind.GlobalWrite, { a: 19, text: 'ticket', line: 15 }),
  ]);
  const names = { locks: ['lock'], queues: [] };
  const en = strings.en;
  const tl = timelineStrings.en;

  it('tells who held a lock bar, for how long, and who waited meanwhile', () => {
    const tip = tipFor({ kind: 'hold', worker: 0, index: 0 }, m, 2, names, en, tl);
    expect(tip?.title).toContain('lock');
    expect(tip?.rows).toContainEqual({ label: tl.heldBy, value: '线程1' });
    expect(tip?.rows).toContainEqual({ label: tl.duration, value: tl.seconds(1.1) });
    expect(tip?.rows).toContainEqual({ label: tl.waited, value: `线程2 (${tl.seconds(1)})` });
  });

  it('names a waiting span’s lock and line, and marks a repeated store as a lost update', () => {
    const wait = tipFor({ kind: 'span', worker: 1, index: 1 }, m, 2, names, en, tl);
    expect(wait?.line).toBe(12);
    expect(wait?.rows).toContainEqual({ label: tl.lock, value: 'lock' });
    const lost = tipFor({ kind: 'value', track: 0, index: 1 }, m, 2, names, en, tl);
    expect(lost?.alarm).toBe(true);
    expect(tipFor({ kind: 'value', track: 0, index: 0 }, m, 2, names, en, tl)?.alarm).toBe(false);
  });

  it('calls a wait on a start-up or join pipe starting or joining, not a queue wait', () => {
    const p = emptyTrace(['MainProcess', 'Process-1']);
    applyEvents(p, [
      ev(0, 0, EventKind.Start),
      ev(0, 0.1, EventKind.State, { a: ThreadState.WaitingQueue, b: 2, line: 9 }),
      ev(0, 1, EventKind.State, { a: ThreadState.Running }),
      ev(1, 0, EventKind.Start),
      ev(1, 0.01, EventKind.State, { a: ThreadState.WaitingQueue, b: 1, line: 1 }),
      ev(1, 0.05, EventKind.State, { a: ThreadState.Running }),
    ]);
    const pipes = { locks: [], queues: ['Process-1.start()', 'Process-1.join()'] };
    const joining = tipFor({ kind: 'span', worker: 0, index: 1 }, p, 2, pipes, en, tl);
    expect(joining?.rows).toContainEqual({ label: tl.state, value: tl.joining });
    expect(joining?.rows).toContainEqual({ label: tl.pipe, value: 'Process-1.join()' });
    const starting = tipFor({ kind: 'span', worker: 1, index: 1 }, p, 2, pipes, en, tl);
    expect(starting?.rows).toContainEqual({ label: tl.state, value: tl.starting });
    const q = tipFor({ kind: 'span', worker: 1, index: 1 }, p, 2, { locks: [], queues: ['q', 'r'] }, en, tl);
    expect(q?.rows).toContainEqual({ label: tl.queue, value: 'q' });
  });

  it('calls a join a join, naming the thread it waits for, and an Event.wait an event wait; neither a lock', () => {
    const j = emptyTrace(['MainThread', 'Thread-1 (sing)']);
    applyEvents(j, [
      ev(0, 0, EventKind.Start),
      ev(0, 0.01, EventKind.State, { a: ThreadState.WaitingEvent, b: 1, line: 20 }),
      ev(0, 0.02, EventKind.State, { a: ThreadState.Running }),
      ev(0, 0.1, EventKind.State, { a: ThreadState.Joining, b: 2, line: 22 }),
      ev(1, 0, EventKind.Start),
      ev(1, 3, EventKind.Done),
      ev(0, 3, EventKind.State, { a: ThreadState.Running }),
    ]);
    const slots = { locks: ['Event.wait', 'Thread-1 (sing)'], queues: [] };
    for (const lang of ['en', 'zh'] as const) {
      const [t, tlx] = [strings[lang], timelineStrings[lang]];
      const join = tipFor({ kind: 'span', worker: 0, index: 3 }, j, 4, slots, t, tlx);
      expect(join?.line).toBe(22);
      expect(join?.rows).toContainEqual({ label: tlx.state, value: t.legend.joining });
      expect(join?.rows).toContainEqual({ label: tlx.waitsFor, value: 'Thread-1 (sing)' });
      expect(join?.rows.some((r) => r.label === tlx.lock || r.value === t.legend.waiting)).toBe(false);
      const event = tipFor({ kind: 'span', worker: 0, index: 1 }, j, 4, slots, t, tlx);
      expect(event?.rows).toContainEqual({ label: tlx.state, value: t.legend.waitingEvent });
      expect(event?.rows).toContainEqual({ label: tlx.waitsIn, value: 'Event.wait' });
    }
    expect(strings.en.legend.joining).toMatch(/join/);
    expect(strings.en.legend.joining).not.toMatch(/lock/);
    expect(strings.zh.legend.joining).not.toMatch(/锁/);
  });
});
