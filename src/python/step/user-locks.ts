// Which locks the watch lists: the program's, not threading's own (a Thread's
// _started Condition, its _tstate_lock, a join's wait, an Event's lock), which
// only showed as "lock #1", "lock #2" and crowded the panel. As the live trace
// (trace/vm-trace.ts userLocks) and the live watch do: a lock the program can
// name, bound to a module global (a Lock, an RLock, a Condition's lock). The
// state keeps every lock: the wait-for graph needs a join's and a condition's.

import type { LockView } from './state';

export function userLocks(locks: readonly LockView[]): LockView[] {
  return locks.filter((l) => l.program);
}
