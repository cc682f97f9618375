// What the bytecode loop asks of whoever schedules its threads (the World, or a worker's host): the
// eval breaker's question, imports, builtins, the GIL hand-overs inside nested runs; and what a run ends with.

import type { PyVal } from './objects';
import type { PyDict } from './collections';
import type { Thread, Wait } from './wait';

export type RunResult = 'done' | 'blocked' | 'switch';

export interface Host {
  /** At an eval-breaker point: true when the thread should give up the GIL now. */
  shouldSwitch(th: Thread): boolean;
  importModule(name: string, fromlist: PyVal, level: number, globals: PyDict): PyVal;
  builtins: PyDict;
  recursionLimit: number;
  /** Runs the other threads until th's wait ends (th blocked inside a nested run); the wait's result. */
  waitNested(th: Thread, wait: Wait): PyVal;
  /** A GIL hand-over inside a nested run (th keeps its JS stack): another thread's turn runs from here. */
  switchNested(th: Thread): void;
  /** INTRINSIC_PRINT (compile(..., 'single')): sys.displayhook(value). */
  displayhook(v: PyVal): void;
}
