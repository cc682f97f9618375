// The idle rule's cases (idle-rule.ts), the typed-input one above all: a thread waiting in input() is no deadlock.
import { describe, expect, it } from 'vitest';
import { decideIdle, type IdleThread } from './idle-rule';

const blocked = (name: string, what: string, deadline: number | null = null, input = false): IdleThread => ({ name, proc: 'MainProcess', state: 'blocked', deadline, what, input });

describe('decideIdle', () => {
  it('every thread blocked for good is a deadlock, named thread by thread', () => {
    const d = decideIdle([blocked('MainThread', 'lock.acquire()'), blocked('Thread-1', 'Queue.get')], false);
    expect(d).toEqual({ kind: 'deadlock', line: 'deadlock: every thread is blocked with nothing left to wake it: MainThread waits on lock.acquire(); Thread-1 waits on Queue.get\n' });
  });

  it('a thread waiting for a typed line is not: the person at the keyboard may still type it', () => {
    expect(decideIdle([blocked('MainThread', 'input()', null, true), blocked('Thread-1', 'Queue.get')], false)).toEqual({ kind: 'input' });
  });

  it('a deadline still comes first: the sleepers wake while the line is awaited', () => {
    expect(decideIdle([blocked('MainThread', 'input()', null, true), blocked('Thread-1', 'time.sleep()', 2.5)], false)).toEqual({ kind: 'jump', to: 2.5 });
  });

  it('a thread still starting makes the run wait', () => {
    expect(decideIdle([{ ...blocked('Thread-1', ''), state: 'starting' }, blocked('MainThread', 'input()', null, true)], false)).toEqual({ kind: 'wait' });
  });
});
