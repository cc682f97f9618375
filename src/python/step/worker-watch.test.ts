// The watch of a stepped run on real workers (worker-watch.ts, the parked
// threads' 'watch-state'): watch_sync.py at its MARK line shows what CPython
// 3.12 showed there (globals' reprs), and the locks, RLock count, Semaphore
// values, Event flags, queues and a lock held through an attribute are the
// one-worker stepper's (which watch-repr.test.ts checks against CPython).

import { describe, it, expect, afterEach } from 'vitest';
import { nodeSpawn } from '../vm/host/spawn.node';
import { WorkerStepHost } from './worker-remote';
import { userLocks } from './user-locks';
import { cpythonAtMark, maskedGlobals, oneWorkerAtMark, watchSyncSource } from './watch-sync.node';
import type { LockView } from './state';

const entry = new URL('../vm/workers/py-thread.node.ts', import.meta.url).href;
const hosts: WorkerStepHost[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.close();
});

/** What the panel shows of a lock, lanes by thread name (the two runs may give lanes in another order). */
function shown(locks: readonly LockView[], name: (lane: number | null) => string | null) {
  return userLocks(locks)
    .map((l) => ({ name: l.name, kind: l.kind, locked: l.locked, holder: name(l.holder), count: l.count, value: l.value, inWait: l.inWait?.map(name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('the worker stepper\'s watch (watch_sync.py at its MARK line)', () => {
  it('globals as CPython prints them; locks, queues as the one-worker stepper shows them', { timeout: 180_000 }, async () => {
    const one = oneWorkerAtMark().state();
    const h = new WorkerStepHost({ spawn: nodeSpawn, entry, timeoutMs: 60_000 });
    hosts.push(h);
    // The same policy as oneWorkerAtMark (a schedule of one stepper need not name the other's lanes the same).
    let v = await h.open({ source: watchSyncSource, granularity: 'line', freeThreaded: false });
    for (let k = 0; k < 2000; k++) {
      const others = v.movable.filter((m) => m.ok && m.lane !== 0).map((m) => m.lane);
      if (v.state.threads[0]?.line === cpythonAtMark.mark && others.length === 0) break;
      v = await h.step(others[0] ?? 0);
    }
    const st = v.state;
    expect(st.threads[0]?.line).toBe(cpythonAtMark.mark);
    expect(maskedGlobals(st)).toEqual(cpythonAtMark.globals);
    const nameIn = (s: typeof st) => (lane: number | null) => (lane === null ? null : (s.threads[lane]?.name ?? null));
    expect(shown(st.locks, nameIn(st))).toEqual(shown(one.locks, nameIn(one)));
    expect(st.queues).toEqual(one.queues);
  });
});
