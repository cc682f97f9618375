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

export type LineReport = { kind: 'runs' } | { kind: 'prints'; text: string } | { kind: 'raises'; text: string };

export interface LessonStatement {
  line: number;
  seed: string;
  fixed: string;
  /** What CPython does with the line as written, run after the lines before it (an address as `0x…`). */
  says: LineReport;
}

export const LESSON_STATEMENTS: readonly LessonStatement[] = [
  { line: 5, seed: 'print(q.full)', fixed: 'print(q.full())', says: { kind: 'prints', text: '<bound method Queue.full of <multiprocessing.queues.Queue object at 0x…>>' } },
  { line: 8, seed: "q.put('how',block=True,timeout=3)", fixed: "q.put('how',block=True,timeout=3)", says: { kind: 'runs' } },
  { line: 9, seed: 'q.put_nowait()', fixed: "q.put_nowait('x')", says: { kind: 'raises', text: "TypeError: Queue.put_nowait() missing 1 required positional argument: 'obj'" } },
  { line: 11, seed: 'q.get(block=True,time=10)', fixed: 'print(q.get(block=True,timeout=10))', says: { kind: 'raises', text: "TypeError: Queue.get() got an unexpected keyword argument 'time'" } },
];
