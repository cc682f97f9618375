/**
 * What each process's `n` did, read from the VM's stores to `n` (the program
 * marks nothing): the threads' increments land on the main process's one `n`;
 * each child stores to its own copy, which started as the value the main
 * process had when it forked.
 */
import type { VmFacts, VmStoreFact } from '../../trace/vm-trace';

export const N = 'n';

export interface LaneSeen {
  lane: number;
  name: string;
  /** Each value of `n` this thread stored, in order. */
  seen: number[];
}

export interface ProcessN {
  pid: number;
  name: string;
  /** `n` in this process: its last store, else the value it was forked with. */
  value: number;
  /** The process has ended: its value is final. */
  final: boolean;
  /** Its threads but the main process's MainThread (which only binds `n = 0`), in start order. */
  lanes: LaneSeen[];
}

/** The value `n` had in process pid just before time t (its last store by then), or null when it had none. */
function valueAt(stores: readonly VmStoreFact[], pid: number, t: number): number | null {
  let v: number | null = null;
  for (const s of stores) if (s.pid === pid && s.t <= t && s.num !== null) v = s.num;
  return v;
}

/** `n` per process, the main process first; null when the program never bound `n` to a number (the analysis steps aside). */
export function processNs(facts: VmFacts): ProcessN[] | null {
  const stores = facts.stores.filter((s) => s.name === N);
  const main = facts.processes[0];
  if (!main || !stores.some((s) => s.pid === main.pid && s.num !== null)) return null;
  const mainLane = facts.threads.find((t) => t.pid === main.pid)?.lane ?? 0;
  return facts.processes.map((p) => {
    const own = stores.filter((s) => s.pid === p.pid && s.num !== null);
    const last = own.at(-1)?.num;
    const parent = facts.processes.find((x) => x.pid === p.ppid);
    const forked = parent ? valueAt(stores, parent.pid, p.start) : null;
    const lanes = facts.threads
      .filter((t) => t.pid === p.pid && t.lane !== mainLane)
      .map((t) => ({ lane: t.lane, name: t.name, seen: own.filter((s) => s.lane === t.lane).map((s) => s.num ?? NaN) }));
    return { pid: p.pid, name: p.name, value: last ?? forked ?? NaN, final: Number.isFinite(p.end), lanes };
  });
}
