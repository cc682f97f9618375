/**
 * What the bounded-queue programs did, from the VM's facts: the lesson's
 * first uncaught exception (its summary and the script line it came from),
 * and for the lab, whether the main thread got stuck at `>>>` in a put or get
 * that nothing will ever end. REPL errors are not facts: `code.interact`
 * catches them and prints the traceback, so the panel reads them from the
 * console (repl-tally.ts).
 */
import type { VmFacts } from '../../trace/vm-trace';

export const MAIN_THREAD = 'MainThread';

export interface LessonFigures {
  /** `TypeError: …` of the exception that ended the main thread, or ''. */
  error: string;
  errorLine: number;
}

export function lessonFigures(f: VmFacts): LessonFigures {
  const e = f.exceptions.find((x) => x.thread === MAIN_THREAD);
  return { error: e?.summary ?? '', errorLine: e?.line ?? 0 };
}

/** The queue call the main thread is stuck in for good (`Queue.put` / `Queue.get`), or ''. */
export function stuckCall(f: VmFacts): string {
  return f.stuck.find((s) => s.thread === MAIN_THREAD && s.kind === 'queue')?.on ?? '';
}
