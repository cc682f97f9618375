// The watch's locks of a stepped state: every lock the run met (an
// EventBook's records: its number, label and holder by the events), and, for
// those the program can name (a WatchSnapshot's syncs), that name, what it is,
// its repr, an RLock's owner and count, a Semaphore's value, an Event's flag
// and the lanes inside a wait() on it. Both steppers build their LockViews
// here: the one-worker one from its World's snapshot, the worker one from the
// snapshot its last parked thread sent.

import type { LockRecord } from './event-book';
import type { LockView } from './state';
import type { SyncState } from './watch-snapshot';
import { qualifiedNames } from './lock-names';

export interface SyncInputs {
  records: Iterable<LockRecord>;
  syncs: readonly SyncState[];
  /** The run's number for a VM lock (EventBook.local: a lock no event named yet gets one now). */
  local(raw: number): number;
  laneOf(ident: number): number | null;
  /** Lanes by the lock (run number) they are blocked to take. */
  waiters: ReadonlyMap<number, readonly number[]>;
}

export function syncViews(x: SyncInputs): LockView[] {
  const byId = new Map<number, SyncState>();
  // The first name found wins (a global before an attribute before a local); locals also name a lock no event met.
  for (const s of x.syncs) if (!byId.has(x.local(s.lock))) byId.set(x.local(s.lock), s);
  const lanesIn = (raws: readonly number[]): number[] => raws.flatMap((raw) => x.waiters.get(x.local(raw)) ?? []).sort((a, b) => a - b);
  const views = [...x.records].map((r) => {
    const s = byId.get(r.id);
    const holderIdent = s?.kind === 'RLock' ? (s.owner ?? null) : r.holder;
    const view: LockView = {
      id: r.id,
      name: s?.name ?? r.global ?? r.label ?? `lock #${r.id}`,
      global: s ? s.global : r.global !== null,
      program: s !== undefined || r.global !== null,
      locked: s ? s.locked : r.holder !== null,
      holder: holderIdent === null ? null : x.laneOf(holderIdent),
      waiters: [...(x.waiters.get(r.id) ?? [])].sort((a, b) => a - b),
    };
    if (!s) return view;
    view.kind = s.kind;
    view.repr = s.repr;
    if (s.count !== undefined) view.count = s.count;
    if (s.value !== undefined) view.value = s.value;
    if (s.kind === 'Condition' || s.kind === 'Semaphore' || s.kind === 'BoundedSemaphore' || s.kind === 'Event') view.inWait = lanesIn(s.waiterLocks);
    return view;
  });
  const names = qualifiedNames(
    views.map((v) => {
      const thread = byId.get(v.id)?.thread;
      return thread === undefined ? { name: v.name } : { name: v.name, thread };
    }),
  );
  views.forEach((v, i) => (v.name = names[i] ?? v.name));
  return views;
}
