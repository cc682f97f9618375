// SyntaxError as CPython 3.12 raises and prints it. Offsets follow
// SyntaxError.offset: 1-based and counted in characters, not UTF-8 bytes.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface ErrorSpan {
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
}

export class PySyntaxError extends Error {
  readonly kind: SyntaxErrorKind;
  readonly msg: string;
  filename: string;
  readonly lineno: number;
  readonly offset: number;
  readonly end_lineno: number;
  readonly end_offset: number;
  /** The whole source line the error is on, with its newline, as CPython's `text`. */
  readonly text: string | null;
  /** CPython draws no caret for errors found at the end of input (it has no token there). */
  caret = true;

  constructor(kind: SyntaxErrorKind, msg: string, span: ErrorSpan, text: string | null, filename = '<unknown>') {
    super(msg);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = span.lineno;
    this.offset = span.offset;
    this.end_lineno = span.end_lineno;
    this.end_offset = span.end_offset;
    this.text = text;
  }
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';

/**
 * What `python3 prog.py` writes to stderr for a SyntaxError (no "Traceback"
 * header: a syntax error happens before any frame exists). Mirrors
 * print_error_text in CPython's pythonrun.c, including its quirk of clipping
 * the caret to the end of the stripped line.
 */
export function formatSyntaxError(err: PySyntaxError, source?: string): string {
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  // Compiler-stage errors carry no text; CPython then reads the line from the file.
  const line = err.text ?? (source === undefined ? null : (source.split(/(?<=\n)/)[err.lineno - 1] ?? null));
  if (line !== null) {
    // Work in code points, as CPython's offsets do.
    let text = line;
    let offset = err.offset - 1;
    let endOffset = err.end_lineno === err.lineno ? err.end_offset - 1 : -1;
    let stripped = 0;
    while (stripped < text.length && isBlank(text[stripped])) stripped++;
    text = text.slice(stripped);
    offset -= stripped;
    endOffset -= stripped;
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    const cps = Array.from(body);
    if (offset > cps.length) offset = cps.length;
    out += `    ${body}\n`;
    if (offset >= 0 && err.offset > 0 && err.caret) {
      if (endOffset > cps.length) endOffset = cps.length;
      // Observed in CPython 3.12: for errors whose text is a whole line (parser and
      // compiler errors) the caret is placed by UTF-8 bytes, drifting right after
      // non-ASCII text; tokenizer errors (text without newline) place it by characters.
      const byBytes = line.endsWith('\n');
      const bytes = (chars: number): number => (byBytes ? utf8Length(cps.slice(0, chars).join('')) : chars);
      const width = endOffset > offset && err.kind === 'SyntaxError' ? bytes(endOffset) - bytes(offset) : 1;
      out += `    ${' '.repeat(bytes(offset))}${'^'.repeat(width)}\n`;
    }
  }
  out += `${err.kind}: ${err.msg}\n`;
  return out;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}
