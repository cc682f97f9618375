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
export function formatSyntaxError(err: PySyntaxError): string {
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) {
    let text = err.text;
    let offset = err.offset - 1;
    let endOffset = err.end_lineno === err.lineno ? err.end_offset - 1 : -1;
    let stripped = 0;
    while (stripped < text.length && isBlank(text[stripped])) stripped++;
    text = text.slice(stripped);
    offset -= stripped;
    endOffset -= stripped;
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    if (offset > body.length) offset = body.length;
    out += `    ${body}\n`;
    if (offset >= 0 && err.offset > 0) {
      if (endOffset > body.length) endOffset = body.length;
      // CPython draws a single caret unless the range extends past it.
      const width = endOffset > offset ? endOffset - offset : 1;
      out += `    ${' '.repeat(offset)}${'^'.repeat(width)}\n`;
    }
  }
  out += `${err.kind}: ${err.msg}\n`;
  return out;
}
