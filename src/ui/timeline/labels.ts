/**
 * Span labels ("line 14") built and measured once per line number, language
 * and text size, not once per span per frame.
 */
import { textWidth } from './layout';

interface LabelCache {
  text: string[];
  /** Per text size: width of each line's label. */
  width: Map<number, number[]>;
}

const caches = new WeakMap<(line: number) => string, LabelCache>();

function cacheFor(fn: (line: number) => string): LabelCache {
  let c = caches.get(fn);
  if (!c) {
    c = { text: [], width: new Map() };
    caches.set(fn, c);
  }
  return c;
}

export function lineText(fn: (line: number) => string, line: number): string {
  const c = cacheFor(fn);
  let t = c.text[line];
  if (t === undefined) {
    t = fn(line);
    c.text[line] = t;
  }
  return t;
}

export function lineTextWidth(fn: (line: number) => string, line: number, fontPx: number): number {
  const c = cacheFor(fn);
  let row = c.width.get(fontPx);
  if (!row) {
    row = [];
    c.width.set(fontPx, row);
  }
  let w = row[line];
  if (w === undefined) {
    w = textWidth(lineText(fn, line), fontPx);
    row[line] = w;
  }
  return w;
}
