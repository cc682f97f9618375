/**
 * What the GIL lesson's program did, read from the VM's facts: its own
 * timings (the globals t1, tt, tp it stores) and what each worker printed
 * (`work(i, n) found K primes` / `fetched K pages`), sorted into the three
 * phases by who printed it: MainThread alone, the threads of the main
 * process, the other processes. Pure.
 */
import type { VmFacts, VmGilHold } from '../../trace/vm-trace';
import { maxOverlap } from '../../trace/overlap';

/** The globals the program times itself with. */
export const TIMINGS = ['t1', 'tt', 'tp'] as const;

export interface GilFigures {
  /** Seconds (simulated) of each phase, NaN when the program did not store it. */
  t1: number;
  tt: number;
  tp: number;
  /** Primes found (pages fetched) by MainThread alone, and the sums over each phase's workers. */
  one: number;
  threads: number;
  processes: number;
  /** Workers that printed their share in each phase. */
  threadReports: number;
  processReports: number;
  /** Lanes of started threads (`Thread-…`) and processes other than the main one. */
  threadLanes: number;
  processLanes: number;
  /** Turns of the main process's GIL (a hold each), two holders of one GIL at once (must be 0), most GILs held at one instant. */
  mainHolds: number;
  overlaps: number;
  gilsAtOnce: number;
}

/** Holds of the same GIL that overlap: 0, a GIL has one holder. */
export function gilOverlaps(holds: readonly VmGilHold[], end: number): number {
  let overlaps = 0;
  const lastEnd = new Map<number, number>();
  for (const h of [...holds].sort((a, b) => a.start - b.start)) {
    const prev = lastEnd.get(h.pid) ?? -Infinity;
    if (h.start < prev) overlaps++;
    lastEnd.set(h.pid, Math.max(prev, Number.isNaN(h.end) ? end : h.end));
  }
  return overlaps;
}

/** Most GILs held at the same instant: 1 for threads of one process, up to min(N, cores) for N processes. */
export function maxGilsAtOnce(holds: readonly VmGilHold[], end: number): number {
  return maxOverlap(holds.map((h) => [h.start, Number.isNaN(h.end) ? end : h.end] as const).filter(([a, b]) => b > a));
}

const REPORT = /^work\((\d+), (\d+)\) (?:found|fetched) (\d+) (?:primes|pages)$/;

function lastStore(facts: VmFacts, name: string): number {
  let v = NaN;
  for (const s of facts.stores) if (s.name === name && s.num !== null) v = s.num;
  return v;
}

/** The figures, or null when the program prints no `work(i, n) …` report at all (an edited program). */
export function gilFigures(facts: VmFacts): GilFigures | null {
  const mainPid = facts.processes[0]?.pid ?? facts.threads[0]?.pid ?? 0;
  const byLane = new Map(facts.threads.map((t) => [t.lane, t] as const));
  let one = NaN;
  let threads = 0;
  let processes = 0;
  let threadReports = 0;
  let processReports = 0;
  let reports = 0;
  for (const p of facts.printed) {
    const m = REPORT.exec(p.text);
    const who = byLane.get(p.lane);
    if (!m || !who) continue;
    reports++;
    const k = Number(m[3]);
    if (who.pid !== mainPid) {
      processes += k;
      processReports++;
    } else if (who.name === 'MainThread') one = k;
    else {
      threads += k;
      threadReports++;
    }
  }
  if (reports === 0) return null;
  return {
    t1: lastStore(facts, 't1'),
    tt: lastStore(facts, 'tt'),
    tp: lastStore(facts, 'tp'),
    one,
    threads,
    processes,
    threadReports,
    processReports,
    threadLanes: facts.threads.filter((t) => t.pid === mainPid && t.name.startsWith('Thread-')).length,
    processLanes: new Set(facts.processes.filter((p) => p.pid !== mainPid).map((p) => p.pid)).size,
    mainHolds: facts.gil.filter((h) => h.pid === mainPid).length,
    overlaps: gilOverlaps(facts.gil, facts.end),
    gilsAtOnce: maxGilsAtOnce(facts.gil, facts.end),
  };
}
