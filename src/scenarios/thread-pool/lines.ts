/**
 * Line numbers of the thread-pool program (section 线程池) as the code panel
 * shows it, in its two forms: results through `executor.map` (the lesson) or
 * through `as_completed`.
 */
export interface ThreadPoolLines {
  printUrl: number;
  sleep: number;
  ret: number;
  /** `with ThreadPoolExecutor(...)`: the executor's own code runs "here". */
  with: number;
  submit: number;
  /** Where the main thread waits for the next result. */
  wait: number;
  printDone: number;
  call: number;
}

const MAP: ThreadPoolLines = { printUrl: 11, sleep: 12, ret: 13, with: 16, submit: 17, wait: 17, printDone: 18, call: 20 };
const AS_COMPLETED: ThreadPoolLines = { ...MAP, wait: 18, printDone: 19, call: 21 };

export function threadPoolLines(mode: string): ThreadPoolLines {
  return mode === 'as_completed' ? AS_COMPLETED : MAP;
}
