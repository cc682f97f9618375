/**
 * The tutorial's Queue(5) lines (section 队列 queue) as data the page shows
 * beside the code: each wrong statement, its correction, and what CPython 3.12
 * does with it (`says`, checked against CPython by bounded-queue.test.ts from
 * testdata/cpython.json, scripts/gen-bounded-queue-expect.py). A run stops at
 * the first exception, so the table is where line 11's error is seen at all.
 */
export type Variant = 'lab' | 'seed' | 'fixed';

export function variantOf(v: unknown): Variant {
  return v === 'seed' || v === 'fixed' ? v : 'lab';
}

/** `q=multiprocessing.Queue(5)`: the lesson's queue, whatever the lab's size. */
export const LESSON_MAXSIZE = 5;

import type { Localized } from '../../i18n/lang';

export type LineReport = { kind: 'runs' } | { kind: 'prints'; text: string } | { kind: 'raises'; text: string };

export interface LessonStatement {
  line: number;
  seed: string;
  fixed: string;
  /** What CPython does with the line as written, run after the lines before it (an address as `0x…`). */
  says: LineReport;
  /** Why Python answers so, and what the fix changes (none for a line that is right). */
  why?: Localized;
}

export const LESSON_STATEMENTS: readonly LessonStatement[] = [
  { line: 5, seed: 'print(q.full)', fixed: 'print(q.full())', says: { kind: 'prints', text: '<bound method Queue.full of <multiprocessing.queues.Queue object at 0x…>>' },
    why: { zh: 'q.full 只是取出方法对象，print 打印的是它的 repr；加上 () 才调用它，得到 True/False。', en: 'q.full only looks the method up, so print shows its repr; () calls it and gives True/False.' } },
  { line: 8, seed: "q.put('how',block=True,timeout=3)", fixed: "q.put('how',block=True,timeout=3)", says: { kind: 'runs' } },
  { line: 9, seed: 'q.put_nowait()', fixed: "q.put_nowait('x')", says: { kind: 'raises', text: "TypeError: Queue.put_nowait() missing 1 required positional argument: 'obj'" },
    why: { zh: 'put_nowait(obj) 的参数 obj 没有默认值：必须说明放入什么。', en: 'put_nowait(obj) has no default for obj: it must be told what to put.' } },
  { line: 11, seed: 'q.get(block=True,time=10)', fixed: 'print(q.get(block=True,timeout=10))', says: { kind: 'raises', text: "TypeError: Queue.get() got an unexpected keyword argument 'time'" },
    why: { zh: 'get 的参数是 get(block=True, timeout=None)，没有叫 time 的参数；注释里的“队列满了”也应是“队列空了”。', en: 'get takes get(block=True, timeout=None): there is no keyword time. (Its comment should say "wait if the queue is empty".)' } },
];
