/// <reference types="vite/client" />
/** Re-entering a Lock deadlocks its holder with itself; an RLock does not (a step lesson). */
import { stepLesson } from '../step-lesson';
import lock from './lock.py?raw';
import rlock from './rlock.py?raw';

export const rlockScenario = stepLesson({
  id: 'rlock',
  title: { zh: 'Lock 与 RLock：再拿一次自己的锁', en: 'Lock and RLock: taking your own lock again' },
  intro: {
    zh: '一个线程拿着 Lock 又去拿它：它在等它自己，永远等下去。换成 RLock：同一个线程可以再拿，锁记着拿了几次，放够次数才打开。',
    en: 'A thread that holds a Lock takes it again: it waits for itself, for ever. Switch to RLock: its holder may take it again; the lock counts, and opens after as many releases.',
  },
  variants: [
    { key: 'lock', label: { zh: 'Lock（死锁）', en: 'Lock (deadlocks)' }, code: lock },
    { key: 'rlock', label: { zh: 'RLock', en: 'RLock' }, code: rlock },
  ],
  invariant: { kind: 'deadlock' },
});
