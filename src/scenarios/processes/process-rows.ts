/**
 * The processes of a VM run as rows: each with the pid and parent the VM gave
 * it, the lanes of its threads, and what those lanes printed. Pure, from the
 * VM's facts and the run model; shared by the lessons' outcomes and the
 * process tree view.
 */
import type { TraceModel } from '../../trace/model';
import type { VmFacts } from '../../trace/vm-trace';

export interface ProcessRow {
  name: string;
  pid: number;
  ppid: number;
  /** Lanes of this process's threads, in start order (its MainThread first). */
  lanes: number[];
  /** Lines it printed to stdout. */
  prints: number;
  /** Every distinct pid its prints show (NaN: a print showing none), in order of first sight. */
  printedPids: number[];
  start: number;
  /** NaN while it runs. */
  end: number;
  status: number | null;
}

/** A pid as the tutorial's prints show one: `pid=4243`, `pid 4243`, `主进程ID4243`. */
const PID_IN_PRINT = /(?:pid\s*=?\s*|主进程ID)(\d+)/;

export function processRows(facts: VmFacts, trace: TraceModel): ProcessRow[] {
  const rows: ProcessRow[] = facts.processes.map((p) => ({
    name: p.name,
    pid: p.pid,
    ppid: p.ppid,
    lanes: facts.threads.filter((t) => t.pid === p.pid).map((t) => t.lane),
    prints: 0,
    printedPids: [],
    start: p.start,
    end: p.end,
    status: p.status,
  }));
  const byLane = new Map<number, ProcessRow>();
  for (const r of rows) for (const l of r.lanes) byLane.set(l, r);
  for (const c of trace.console) {
    const r = byLane.get(c.worker);
    if (!r || c.stream !== 'out') continue;
    r.prints++;
    const m = PID_IN_PRINT.exec(c.text);
    const pid = m ? Number(m[1]) : NaN;
    if (!r.printedPids.some((x) => Object.is(x, pid))) r.printedPids.push(pid);
  }
  return rows;
}

/** The one pid a process printed, or NaN when it printed none, several, or a line without one. */
export function printedPid(r: ProcessRow | undefined): number {
  return r && r.printedPids.length === 1 ? (r.printedPids[0] ?? NaN) : NaN;
}
