/** What the GIL did, read from the trace: who held which GIL when. Pure. */
import type { TraceModel } from '../../trace/model';
import { maxOverlap } from '../../trace/overlap';

export interface GilHold {
  lock: number;
  worker: number;
  start: number;
  end: number;
}

/** Every closed GIL hold of the run (every lock hold in this scenario is a GIL). */
export function gilHolds(trace: TraceModel): GilHold[] {
  const out: GilHold[] = [];
  for (const lane of trace.lanes) {
    for (const h of lane.holds) if (Number.isFinite(h.end)) out.push({ lock: h.lock, worker: lane.worker, start: h.start, end: h.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Holds of the SAME GIL that overlap by more than `eps` seconds: must be 0, a
 * GIL has one holder. `eps` absorbs clock readings taken microseconds apart
 * in different workers; a real double holder overlaps by a switch interval.
 */
export function gilOverlaps(holds: readonly GilHold[], eps: number): number {
  let overlaps = 0;
  const lastEnd = new Map<number, number>();
  for (const h of holds) {
    const prev = lastEnd.get(h.lock) ?? -Infinity;
    if (h.start < prev - eps) overlaps++;
    lastEnd.set(h.lock, Math.max(prev, h.end));
  }
  return overlaps;
}

/** Most GILs held at the same moment: 1 for threads of one process, up to N for N processes. */
export function maxGilsAtOnce(holds: readonly GilHold[], eps: number): number {
  return maxOverlap(holds.filter((h) => h.end - h.start > eps).map((h) => [h.start + eps, h.end] as const));
}
