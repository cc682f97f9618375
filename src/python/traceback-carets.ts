// The `~~~^^^` line CPython 3.12's traceback prints under a frame's source line
// (traceback.py: StackSummary.format_frame_summary and
// _extract_caret_anchors_from_line_segment), quirks included: offsets mix bytes
// and characters where CPython's do, and the line counts its newline.

import { parseModule } from './parser';

/** Where the failing instruction is, as co_positions() gives it (columns in UTF-8 bytes). */
export interface CaretPos {
  lineno: number | null;
  endLineno: number | null;
  col: number | null;
  endCol: number | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** _byte_offset_to_character_offset: a cut inside a character counts it (as one replacement character). */
function charOffset(s: string, offset: number): number {
  return Array.from(decoder.decode(encoder.encode(s).slice(0, Math.max(0, offset)))).length;
}

// East Asian Wide and Fullwidth ranges: such characters take two columns in a terminal.
const WIDE: [number, number][] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x2e80, 0x303e], [0x3041, 0x33ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff],
  [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(ch: string): boolean {
  const n = ch.codePointAt(0) ?? 0;
  return WIDE.some(([a, b]) => n >= a && n <= b);
}

/** _display_width: columns the first `offset` characters take. */
function displayWidth(chars: string[], offset: number): number {
  if (chars.every((c) => (c.codePointAt(0) ?? 0) < 0x80)) return offset;
  return chars.slice(0, offset).reduce((w, c) => w + (isWide(c) ? 2 : 1), 0);
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

interface Anchors {
  left: number;
  right: number;
}

/** _extract_caret_anchors_from_line_segment: a binary operator's or a subscript's own span. */
function anchorsOf(segment: string): Anchors | null {
  let body;
  try {
    body = parseModule(segment).body;
  } catch {
    return null;
  }
  const st = body[0];
  if (body.length !== 1 || st?._type !== 'Expr') return null;
  const e = st.value;
  const seg = Array.from(segment);
  const norm = (o: number): number => charOffset(segment, o);
  if (e._type === 'BinOp') {
    const opStart = norm(e.left.end_col_offset);
    const opEnd = norm(e.right.col_offset);
    const op = seg.slice(opStart, opEnd).join('');
    const opOffset = Array.from(op).length - Array.from(op.trimStart()).length;
    let left = e.left.end_col_offset + opOffset;
    let right = left + 1;
    const opChars = Array.from(op);
    if (opOffset + 1 < opChars.length && !isSpace(opChars[opOffset + 1])) right++;
    while (left < seg.length && (isSpace(seg[left]) || ')#'.includes(seg[left] as string))) {
      left++;
      right++;
    }
    return { left: norm(left), right: norm(right) };
  }
  if (e._type === 'Subscript') {
    let left = norm(e.value.end_col_offset);
    let right = norm(e.slice.end_col_offset + 1);
    while (left < seg.length && (isSpace(seg[left]) || seg[left] !== '[')) left++;
    while (right < seg.length && (isSpace(seg[right]) || seg[right] !== ']')) right++;
    if (right < seg.length) right++;
    return { left, right };
  }
  return null;
}

/**
 * The caret line printed under `line` (the frame's source line, as linecache gives it)
 * for an error at `pos`, with its four-space indent; null when CPython prints none.
 */
export function caretLine(line: string, pos: CaretPos): string | null {
  if (pos.col === null || pos.endCol === null) return null;
  const original = line.endsWith('\n') ? line : `${line}\n`;
  const chars = Array.from(original);
  const stripped = Array.from(original.trim());
  const strippedChars = chars.length - stripped.length;
  const start = charOffset(original, pos.col);
  let end = charOffset(original, pos.endCol);
  const segment = chars.slice(start, end).join('');
  let anchors: Anchors | null = null;
  if (pos.lineno === pos.endLineno) anchors = anchorsOf(segment);
  else end = Array.from(original.trimEnd()).length;
  if (!(end - start < stripped.length || (anchors && anchors.right - anchors.left > 0))) return null;
  const dpStart = displayWidth(chars, start) + 1;
  const dpEnd = displayWidth(chars, end) + 1;
  let out = `    ${' '.repeat(Math.max(0, dpStart - strippedChars))}`;
  if (anchors) {
    const segChars = Array.from(segment);
    const dpLeft = displayWidth(segChars, anchors.left);
    const dpRight = displayWidth(segChars, anchors.right);
    out += '~'.repeat(Math.max(0, dpLeft)) + '^'.repeat(Math.max(0, dpRight - dpLeft)) + '~'.repeat(Math.max(0, dpEnd - dpStart - dpRight));
  } else out += '^'.repeat(Math.max(0, dpEnd - dpStart));
  return out;
}
