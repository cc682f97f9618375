/**
 * A lane's spans as typed arrays (start, end, state, line), the form the
 * painter walks every frame: no object per span is touched while drawing, and
 * culling is a binary search on a Float64Array.
 *
 * The trace model keeps its `Span` objects (hit tests, tooltips, exports and
 * other producers read and write them); this is a mirror of them, kept up to
 * date incrementally. The model only ever appends spans and closes the last
 * open one, so a sync re-reads the last mirrored span and copies the new ones:
 * O(new spans) per frame, not O(all spans).
 */
import type { Span } from '../../trace/model';

export interface SpanColumns {
  n: number;
  start: Float64Array;
  /** NaN while open (the painter draws it up to "now"). */
  end: Float64Array;
  state: Uint8Array;
  line: Int32Array;
}

const mirrors = new WeakMap<readonly Span[], SpanColumns>();

function grow(c: SpanColumns, need: number): void {
  if (c.start.length >= need) return;
  const size = Math.max(need, c.start.length * 2, 64);
  const start = new Float64Array(size);
  const end = new Float64Array(size);
  const state = new Uint8Array(size);
  const line = new Int32Array(size);
  start.set(c.start.subarray(0, c.n));
  end.set(c.end.subarray(0, c.n));
  state.set(c.state.subarray(0, c.n));
  line.set(c.line.subarray(0, c.n));
  c.start = start;
  c.end = end;
  c.state = state;
  c.line = line;
}

/** The columns of `spans`, brought up to date. */
export function columnsOf(spans: readonly Span[]): SpanColumns {
  let c = mirrors.get(spans);
  if (!c) {
    c = { n: 0, start: new Float64Array(0), end: new Float64Array(0), state: new Uint8Array(0), line: new Int32Array(0) };
    mirrors.set(spans, c);
  }
  const len = spans.length;
  // Shrunk (never done by the model, but cheap to survive): start over.
  const from = len < c.n ? 0 : Math.max(0, c.n - 1);
  grow(c, len);
  for (let i = from; i < len; i++) {
    const s = spans[i];
    if (!s) continue;
    c.start[i] = s.start;
    c.end[i] = s.end;
    c.state[i] = s.state;
    c.line[i] = s.line;
  }
  c.n = len;
  return c;
}

/** Index of the last span starting at or before `t` (0 if none): where culling starts. */
export function firstVisibleIn(c: SpanColumns, t: number): number {
  let lo = 0;
  let hi = c.n - 1;
  let found = 0;
  const s = c.start;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((s[mid] ?? 0) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
