/// <reference types="vite/client" />
/** Two locks taken in opposite order: the deadlock, and its two fixes (a step lesson). */
import { stepLesson } from '../step-lesson';
import deadlock from './deadlock.py?raw';
import noSleep from './no-sleep.py?raw';
import fixedOrder from './fixed-order.py?raw';
import backoff from './backoff.py?raw';

export const twoLocksScenario = stepLesson({
  id: 'two-locks',
  title: { zh: '两把锁：相反的顺序与死锁', en: 'Two locks: opposite order and deadlock' },
  intro: {
    zh: '两个线程以相反的顺序拿 lock_a 和 lock_b。你来当调度器：让每个线程各拿到一把锁，看等待关系图里出现环；再换成“同一顺序”或“超时退让”，试试还能不能卡住。',
    en: 'Two threads take lock_a and lock_b in opposite order. You are the scheduler: let each take one lock and watch a cycle appear in the wait-for graph; then try the same-order or time-out-and-back-off fix and see whether it can still get stuck.',
  },
  variants: [
    { key: 'deadlock', label: { zh: '相反顺序（带 sleep）', en: 'Opposite order (with sleeps)' }, code: deadlock },
    { key: 'no-sleep', label: { zh: '相反顺序（无 sleep）', en: 'Opposite order (no sleeps)' }, code: noSleep },
    { key: 'fixed-order', label: { zh: '修正：同一顺序', en: 'Fix: the same order' }, code: fixedOrder },
    { key: 'backoff', label: { zh: '修正：超时退让', en: 'Fix: time out and back off' }, code: backoff },
  ],
  invariant: { kind: 'deadlock' },
});
