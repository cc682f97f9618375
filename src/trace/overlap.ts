/**
 * Most intervals open at the same instant. An end and a start at the same
 * instant do not overlap (one finished, then the next began).
 */
export function maxOverlap(intervals: Iterable<readonly [start: number, end: number]>): number {
  const edges: [number, number][] = [];
  for (const [start, end] of intervals) edges.push([start, 1], [end, -1]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, d] of edges) {
    now += d;
    most = Math.max(most, now);
  }
  return most;
}
