// Many steps at once, each still one schedule character: a thread to its next
// line, "any" thread (the session's seeded choice), up to the next lock, queue
// or print event, or to the end. They stop early when the chosen thread
// cannot move, so the result is always a schedule a replay reproduces.

import type { StepSession } from './session';
import type { VmEvent } from '../vm/events';

/** A lane, or 'any' for the session's seeded random choice at each step. */
export type Pick = number | 'any';

const DEFAULT_MAX = 100_000;

function pickLane(s: StepSession, pick: Pick): number {
  if (pick === 'any') return s.pickAny();
  return s.movableLanes().includes(pick) ? pick : -1;
}

/** Steps `pick` until `done` says so, the run ends or nobody chosen can move; the steps taken. */
export function runUntil(s: StepSession, pick: Pick, done: () => boolean, max = DEFAULT_MAX): number {
  let n = 0;
  while (!s.finished && n < max) {
    const lane = pickLane(s, pick);
    if (lane < 0) break;
    s.step(lane);
    n++;
    if (done()) break;
  }
  return n;
}

/** The lane's thread to a line other than the one it is on (at line granularity: one step). */
export function toNextLine(s: StepSession, lane: number, max = DEFAULT_MAX): number {
  const start = s.thread(lane)?.line ?? 0;
  return runUntil(s, lane, () => {
    const t = s.thread(lane);
    return !t || t.status !== 'ready' || (t.line !== start && t.line > 0);
  }, max);
}

export type EventClass = 'lock' | 'queue' | 'print';

/** Which of the classes an event belongs to: a program lock taken or let go, a put/get or a wait on a queue, a write. */
export function classOf(e: VmEvent, programLocks: ReadonlySet<number>): EventClass | null {
  if (e.kind === 'write') return 'print';
  if ((e.kind === 'lock-acquire' || e.kind === 'lock-release') && programLocks.has(e.lock)) return 'lock';
  if (e.kind === 'queue-op' || (e.kind === 'wait-start' && /queue|Queue/.test(e.what))) return 'queue';
  return null;
}

/** Steps until an event of one of `classes` happens (a queue's items changing counts as a queue event). */
export function toNextEvent(s: StepSession, pick: Pick, classes: readonly EventClass[] = ['lock', 'queue', 'print'], max = DEFAULT_MAX): number {
  const want = new Set(classes);
  let seen = s.events.length;
  const queues = (): string => JSON.stringify(s.state().queues);
  let q = want.has('queue') ? queues() : '';
  return runUntil(s, pick, () => {
    const locks = new Set([...s.book.locks.values()].filter((r) => r.global !== null).map((r) => r.id));
    for (; seen < s.events.length; seen++) {
      const c = classOf(s.events[seen] as VmEvent, locks);
      if (c && want.has(c)) return true;
    }
    if (want.has('queue')) {
      const now = queues();
      if (now !== q) return true;
      q = now;
    }
    return false;
  }, max);
}

/** To the end of the run (or `max` steps). */
export function toEnd(s: StepSession, pick: Pick = 'any', max = DEFAULT_MAX): number {
  return runUntil(s, pick, () => false, max);
}
