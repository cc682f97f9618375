/**
 * The editor's syntax check: our parser and the compiler's checks (CPython
 * 3.12's messages and positions), turned into a span the editor can mark.
 * Measured on a 200-line program at a few milliseconds (`npm run bench`,
 * "editor syntax check"), so it runs on the main thread after a pause in typing.
 */
import { PySyntaxError, type SyntaxErrorKind } from '../../python/errors';
import { compileCheck } from '../../python/parser';

export interface SyntaxProblem {
  kind: SyntaxErrorKind;
  msg: string;
  /** 1-based, as SyntaxError.lineno. */
  line: number;
  /** 1-based and in code points, as SyntaxError.offset; 0 when CPython gives none. */
  offset: number;
  endLine: number;
  endOffset: number;
  /** False where CPython prints no caret (errors found at the end of the input). */
  caret: boolean;
}

export function checkSyntax(code: string, filename = '<editor>'): SyntaxProblem | null {
  try {
    compileCheck(code, filename);
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return null;
    return { kind: e.kind, msg: e.msg, line: e.lineno, offset: e.offset, endLine: e.end_lineno, endOffset: e.end_offset, caret: e.caret };
  }
}

/** UTF-16 index into `line` of a 1-based code-point offset, clamped to the line. */
export function offsetToIndex(line: string, offset: number): number {
  let index = 0;
  let cp = 1;
  for (const ch of line) {
    if (cp >= offset) break;
    index += ch.length;
    cp++;
  }
  return index;
}
