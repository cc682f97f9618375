/**
 * The bounded-queue programs' lines, shared by the worker (which runs them)
 * and the code panel (which shows them), so both name the same line numbers.
 *
 * The lesson (section 队列 queue) as written ("seed") and corrected ("fixed")
 * have the same lines; only the three wrong statements differ. Each statement
 * is real Python text that the worker runs through `pyline.ts`, so what goes
 * wrong is what the call binding finds, not a scripted message.
 */
export type Variant = 'lab' | 'seed' | 'fixed';

/** The queue's name in the run: the Python variable `q`. */
export const QUEUE = 'q';

export function variantOf(v: unknown): Variant {
  return v === 'seed' || v === 'fixed' ? v : 'lab';
}

/** `q=multiprocessing.Queue(5)`: the lesson's queue, whatever the lab's size. */
export const LESSON_MAXSIZE = 5;

export const LESSON_LINES = {
  importLine: 1,
  unbounded: 2,
  bounded: 4,
} as const;

export interface LessonStatement {
  line: number;
  seed: string;
  fixed: string;
}

export const LESSON_STATEMENTS: readonly LessonStatement[] = [
  { line: 5, seed: 'print(q.full)', fixed: 'print(q.full())' },
  { line: 8, seed: "q.put('how',block=True,timeout=3)", fixed: "q.put('how',block=True,timeout=3)" },
  { line: 9, seed: 'q.put_nowait()', fixed: "q.put_nowait('x')" },
  { line: 11, seed: 'q.get(block=True,time=10)', fixed: 'print(q.get(block=True,timeout=10))' },
];

/** The lab: a producer and a consumer thread, and the main thread at the `>>>` prompt. */
export const LAB_LINES = {
  queue: 6,
  producer: { i: 9, loop: 10, sleep: 11, put: 12, print: 13, inc: 14 },
  consumer: { loop: 17, sleep: 18, get: 19, print: 20 },
  startProducer: 22,
  startConsumer: 23,
  interact: 25,
} as const;
