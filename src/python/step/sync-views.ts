// The watch's locks of a state read from the heap (the one-worker stepper):
// every lock the run met (EventBook: its number, label and holder), and, for
// those the program can name (watch-objects.ts), that name, what it is, its
// repr, an RLock's count, a Semaphore's value, an Event's flag and the threads
// inside a wait() on it.

import type { LockRecord } from './event-book';
import type { LockView } from './state';
import { isLocked, type LockState } from '../vm/vm-module';
import { PyInstance } from '../vm/objects';
import type { FoundSync } from './watch-objects';
import { rlockFields, watchRepr } from './watch-repr';

export interface SyncInputs {
  records: Iterable<LockRecord>;
  found: readonly FoundSync[];
  /** The run's number for a VM lock (EventBook.local). */
  local(raw: number): number;
  laneOf(ident: number): number | null;
  /** Each lane's blocked-on lock (a VM lock id), when it waits on one. */
  waitsOn: readonly (number | undefined)[];
}

function valueOf(s: FoundSync): string | undefined {
  const v = s.value;
  if (!(v instanceof PyInstance)) return undefined;
  const n = (k: string): string => String(v.dict.get(k) ?? 0);
  if (s.kind === 'Semaphore') return n('_value');
  if (s.kind === 'BoundedSemaphore') return `${n('_value')}/${n('_initial_value')}`;
  if (s.kind === 'Event') return v.dict.get('_flag') === true ? 'set' : 'unset';
  return undefined;
}

export function syncViews(x: SyncInputs): LockView[] {
  const byId = new Map<number, FoundSync>();
  for (const s of x.found) if (!byId.has(x.local(s.lock.id))) byId.set(x.local(s.lock.id), s);
  const waiters = new Map<number, number[]>();
  x.waitsOn.forEach((raw, lane) => {
    if (raw === undefined) return;
    const id = x.local(raw);
    waiters.set(id, [...(waiters.get(id) ?? []), lane]);
  });
  const lanesWaitingOn = (locks: readonly LockState[]): number[] => locks.flatMap((l) => waiters.get(x.local(l.id)) ?? []).sort((a, b) => a - b);
  return [...x.records].map((r) => {
    const s = byId.get(r.id);
    const view: LockView = {
      id: r.id,
      name: s?.name ?? r.global ?? r.label ?? `lock #${r.id}`,
      global: s ? s.global : r.global !== null,
      program: s !== undefined || r.global !== null,
      locked: s ? isLocked(s.lock) : r.holder !== null,
      holder: r.holder === null ? null : x.laneOf(r.holder),
      waiters: waiters.get(r.id) ?? [],
    };
    if (!s) return view;
    view.kind = s.kind;
    view.repr = watchRepr(s.value);
    if (s.kind === 'RLock' && s.value instanceof PyInstance) view.count = rlockFields(s.value).count;
    const value = valueOf(s);
    if (value !== undefined) view.value = value;
    if (s.kind === 'Condition' || s.kind === 'Semaphore' || s.kind === 'BoundedSemaphore' || s.kind === 'Event') view.inWait = lanesWaitingOn(s.waiterLocks);
    return view;
  });
}
