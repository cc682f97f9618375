// The `~~~^^^` line CPython 3.12's traceback prints under a frame's source
// line (traceback.py's format_frame_summary and _extract_caret_anchors_from_line_segment).

import { parseModule } from '../parser';
import type * as A from '../ast';

const enc = new TextEncoder();
const dec = new TextDecoder();

function charOffset(line: string, byteOffset: number): number {
  return [...dec.decode(enc.encode(line).slice(0, byteOffset))].length;
}

function anchors(segment: string): [number, number] | null {
  let tree: A.Module;
  try {
    tree = parseModule(segment);
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const st = tree.body[0] as A.Stmt;
  if (st._type !== 'Expr') return null;
  const e = st.value;
  const chars = [...segment];
  const norm = (o: number): number => charOffset(segment, o);
  const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
  if (e._type === 'BinOp') {
    const opStart = norm(e.left.end_col_offset ?? 0);
    const opEnd = norm(e.right.col_offset);
    const opStr = chars.slice(opStart, opEnd).join('');
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = (e.left.end_col_offset ?? 0) + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
    while (left < chars.length && (isSpace(chars[left]) || ')#'.includes(chars[left] as string))) {
      left++;
      right++;
    }
    return [norm(left), norm(right)];
  }
  if (e._type === 'Subscript') {
    let left = norm(e.value.end_col_offset ?? 0);
    let right = norm((e.slice.end_col_offset ?? 0) + 1);
    while (left < chars.length && (isSpace(chars[left]) || chars[left] !== '[')) left++;
    while (right < chars.length && (isSpace(chars[right]) || chars[right] !== ']')) right++;
    if (right < chars.length) right++;
    return [left, right];
  }
  return null;
}

export interface Span {
  lineno: number;
  endLineno: number | null;
  col: number | null;
  endCol: number | null;
}

/** The caret line for `line` (the original, unstripped source line), or null when CPython prints none. */
export function caretLine(line: string, pos: Span): string | null {
  if (pos.col === null || pos.endCol === null) return null;
  const stripped = line.trim();
  const stripChars = [...line].length - [...line.trimStart()].length;
  const start = charOffset(line, pos.col) + 1;
  let end = charOffset(line, pos.endCol) + 1;
  let anc: [number, number] | null = null;
  if (pos.lineno === pos.endLineno) anc = anchors([...line].slice(start - 1, end - 1).join(''));
  else end = stripChars + [...stripped].length;
  const len = [...stripped].length;
  if (!(end - start < len || (anc && anc[1] - anc[0] > 0))) return null;
  let out = ' '.repeat(Math.max(0, start - 1 - stripChars));
  if (anc) out += '~'.repeat(anc[0]) + '^'.repeat(anc[1] - anc[0]) + '~'.repeat(Math.max(0, end - start - anc[1]));
  else out += '^'.repeat(Math.max(0, end - start));
  return `    ${out}`;
}
