/**
 * What the student changed: a line diff of the lesson's text against the
 * edited one, by Myers' O(ND) algorithm ("An O(ND) Difference Algorithm and
 * Its Variations", 1986), the one `git diff` and GNU diff start from. Edits are
 * small next to the program, so D stays small and the trace stays cheap.
 */

export type DiffLine =
  | { kind: 'same'; text: string; oldLine: number; newLine: number }
  | { kind: 'del'; text: string; oldLine: number }
  | { kind: 'add'; text: string; newLine: number };

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // A final newline ends the last line; it does not start an empty one.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Every line of both texts in order, each kept, deleted or added; deletions come before additions in a change. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  // v[k + offset]: the furthest x reached on diagonal k; one copy kept per D to walk back.
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[k - 1 + offset] ?? 0) < (v[k + 1 + offset] ?? 0));
      let x = down ? (v[k + 1 + offset] ?? 0) : (v[k - 1 + offset] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[k + offset] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }

  // Walk back from (n, m) through the saved fronts, collecting the path in reverse.
  const out: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const front = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (front[k - 1 + offset] ?? 0) < (front[k + 1 + offset] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (front[prevK + offset] ?? 0);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      out.push({ kind: 'same', text: a[x] as string, oldLine: x + 1, newLine: y + 1 });
    }
    if (d === 0) break;
    if (down) {
      y--;
      out.push({ kind: 'add', text: b[y] as string, newLine: y + 1 });
    } else {
      x--;
      out.push({ kind: 'del', text: a[x] as string, oldLine: x + 1 });
    }
  }
  return out.reverse();
}

/** A run of changed lines with a little unchanged context around it, as a unified diff's hunk. */
export interface Hunk {
  lines: DiffLine[];
}

/** The changes only, each with `context` unchanged lines either side; nearby changes share one hunk. */
export function hunks(diff: DiffLine[], context = 1): Hunk[] {
  const changed = diff.map((l, i) => (l.kind === 'same' ? -1 : i)).filter((i) => i >= 0);
  const out: Hunk[] = [];
  let start = -1;
  let end = -1;
  for (const i of changed) {
    if (start >= 0 && i - context <= end + context + 1) {
      end = i;
      continue;
    }
    if (start >= 0) out.push({ lines: diff.slice(Math.max(0, start - context), end + context + 1) });
    start = i;
    end = i;
  }
  if (start >= 0) out.push({ lines: diff.slice(Math.max(0, start - context), end + context + 1) });
  return out;
}

export function diffCounts(diff: DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const l of diff) {
    if (l.kind === 'add') added++;
    else if (l.kind === 'del') removed++;
  }
  return { added, removed };
}
