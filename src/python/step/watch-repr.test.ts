// The watch at one moment of testdata/watch_sync.py (the main thread at its MARK
// line) against what CPython 3.12 showed there (testdata/watch_sync.json, written by
// scripts/gen-watch-repr.py): every global's repr with addresses as 0x… and idents
// by thread name, an RLock's owner and count, a Semaphore's value, an Event's flag,
// a queue's maxsize and items, and the locks reached through an attribute.

import { describe, it, expect } from 'vitest';
import { userLocks } from './user-locks';
import { cpythonAtMark as cpython, maskedGlobals, oneWorkerAtMark } from './watch-sync.node';

describe('the watch shows what CPython 3.12 shows (watch_sync.py at its MARK line)', () => {
  const st = oneWorkerAtMark().state();

  it('every global repr, threads, locks, RLock, Condition, Semaphore, Event and queues as CPython prints them', () => {
    expect(maskedGlobals(st)).toEqual(cpython.globals);
  });

  it("the RLock's owner and count, the Semaphores' values, the Events' flags", () => {
    const shown = userLocks(st.locks);
    const by = (name: string) => shown.find((l) => l.name === name);
    const rlock = by('rlock');
    expect(rlock?.kind).toBe('RLock');
    expect({ locked: rlock?.locked, owner: rlock?.holder === null || rlock?.holder === undefined ? null : st.threads[rlock.holder]?.name, count: rlock?.count }).toEqual(cpython.rlock);
    for (const [k, v] of Object.entries(cpython.semaphores)) expect(by(k)?.value?.split('/')[0]).toBe(String(v));
    expect(by('bsem')?.value).toBe('3/3');
    for (const [k, v] of Object.entries(cpython.events)) expect(by(k)?.value).toBe(v ? 'set' : 'unset');
  });

  it('the queues with their maxsize and items', () => {
    const qs = Object.fromEntries(st.queues.map((q) => [q.name, { maxsize: q.maxsize, items: q.items }]));
    expect(qs).toEqual(cpython.queues);
  });

  it('a lock held through an attribute shows by its path, with its holder', () => {
    const shown = userLocks(st.locks);
    for (const [k, v] of Object.entries(cpython.locked)) expect(shown.find((l) => l.name === k)?.locked).toBe(v);
    const worker = st.threads.findIndex((t) => t.name === 'worker');
    expect(shown.find((l) => l.name === 'account.lock')?.holder).toBe(worker);
    expect(shown.find((l) => l.name === 'lock')?.holder).toBe(0);
    // accounts[0] is another Account: its lock is the program's too, and free.
    expect(shown.find((l) => l.name === 'accounts[0].lock')?.locked).toBe(false);
  });

  it("the Condition's waiter: the sleeper is inside cond.wait(); the worker inside go.wait()", () => {
    const shown = userLocks(st.locks);
    const lane = (n: string) => st.threads.findIndex((t) => t.name === n);
    expect(shown.find((l) => l.name === 'cond')?.inWait).toEqual([lane('sleeper')]);
    expect(shown.find((l) => l.name === 'go')?.inWait).toEqual([lane('worker')]);
    expect(shown.find((l) => l.name === 'ready')?.inWait).toEqual([]);
  });
});
