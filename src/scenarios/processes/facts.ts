/**
 * What each process of a run really printed: its pid as the worker reported it
 * at start, and the pids found in its own print lines. Pure; shared by the
 * outcome and the process tree view.
 */
import type { TraceModel } from '../../trace/model';

export interface ProcessFacts {
  worker: number;
  name: string;
  /** `os.getpid()` as the worker announced it when it started (0 before). */
  pid: number;
  prints: number;
  /** Every distinct pid the process's prints show, in order of first sight. */
  printedPids: number[];
}

const PID_IN_PRINT = /(?:pid=|主进程ID)(\d+)$/;

export function processFacts(trace: TraceModel): ProcessFacts[] {
  const facts: ProcessFacts[] = trace.lanes.map((l) => ({ worker: l.worker, name: l.name, pid: l.pid, prints: 0, printedPids: [] }));
  for (const c of trace.console) {
    const f = facts[c.worker];
    if (!f || c.stream !== 'out') continue;
    f.prints++;
    const m = PID_IN_PRINT.exec(c.text);
    const pid = m ? Number(m[1]) : NaN;
    if (!f.printedPids.includes(pid)) f.printedPids.push(pid);
  }
  return facts;
}
