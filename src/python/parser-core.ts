// Token cursor shared by the expression, statement and pattern parsers, plus
// position helpers that turn token columns into CPython's byte offsets.

import type { Pos } from './ast';
import { PySyntaxError, type SyntaxErrorKind } from './errors';
import type { Source } from './source';
import type { Token } from './tokenizer';

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Tokenizer faults CPython signals with a status code (E_DEDENT, E_TABSPACE, E_TOODEEP) rather than raising. */
const INDENT_STATUS = new Set(['unindent does not match any outer indentation level', 'inconsistent use of tabs and spaces in indentation', 'too many levels of indentation']);

export class Parser {
  readonly src: Source;
  readonly tokens: Token[];
  i = 0;
  /** Furthest token looked at: where CPython points a bare "invalid syntax". */
  private furthest = 0;
  /** Bracket nesting, for the "Perhaps you forgot a comma?" hint CPython only gives inside brackets. */
  brackets = 0;

  constructor(src: Source, tokens: Token[]) {
    this.src = src;
    this.tokens = tokens;
  }

  peek(k = 0): Token {
    const j = Math.min(this.i + k, this.tokens.length - 1);
    if (j > this.furthest) this.furthest = j;
    const t = this.tokens[j] as Token;
    if (t.error) throw t.error;
    return t;
  }

  get tok(): Token {
    return this.peek();
  }

  /** Token-type test as a method, so TypeScript does not narrow `tok` across next(). */
  at(type: Token['type']): boolean {
    return this.peek().type === type;
  }

  get last(): Token {
    return this.tokens[this.i - 1] ?? (this.tokens[0] as Token);
  }

  next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  isOp(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'OP' && t.value === v;
  }

  isKw(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'NAME' && t.value === v;
  }

  isName(k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'NAME' && !KEYWORDS.has(t.value);
  }

  eatOp(v: string): Token | null {
    return this.isOp(v) ? this.next() : null;
  }

  eatKw(v: string): Token | null {
    return this.isKw(v) ? this.next() : null;
  }

  /** A token the grammar forces: CPython says "expected 'x'" right where it is missing. */
  expectOp(v: string): Token {
    const t = this.eatOp(v);
    if (t) return t;
    throw this.errorAtToken(`expected '${v}'`, this.tok);
  }

  expectName(): Token {
    if (this.isName()) return this.next();
    throw this.invalid();
  }

  /** The start/end of tokens as CPython byte-offset positions. */
  startOf(t: Token): { lineno: number; col_offset: number } {
    return { lineno: t.line, col_offset: this.src.byteCol(t.line, t.col) };
  }

  span(start: Token | Pos, end: Token | Pos = this.last): Pos {
    const s = 'col_offset' in start ? { lineno: start.lineno, col_offset: start.col_offset } : this.startOf(start);
    const e = 'end_col_offset' in end
      ? { end_lineno: end.end_lineno, end_col_offset: end.end_col_offset }
      : { end_lineno: end.endLine, end_col_offset: this.src.byteCol(end.endLine, end.endCol) };
    return { ...s, ...e };
  }

  /** Byte columns back to SyntaxError's 1-based character offsets. */
  private charOffset(line: number, byteCol: number): number {
    const text = this.src.lineText(line);
    let bytes = 0;
    let chars = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      const cp = ch.codePointAt(0) ?? 0;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      chars += 1;
    }
    return chars + 1;
  }

  errorAt(msg: string, pos: Pos, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return new PySyntaxError(kind, msg, {
      lineno: pos.lineno,
      offset: this.charOffset(pos.lineno, pos.col_offset),
      end_lineno: pos.end_lineno,
      end_offset: this.charOffset(pos.end_lineno, pos.end_col_offset),
    }, this.lineText(pos.lineno));
  }

  /** An error located at a node's start with no end, as CPython's CURRENT_POS end gives. */
  errorFrom(msg: string, pos: Pos): PySyntaxError {
    const e = this.errorAt(msg, pos);
    return new PySyntaxError(e.kind, msg, { lineno: e.lineno, offset: e.offset, end_lineno: e.lineno, end_offset: 0 }, e.text);
  }

  errorAtToken(msg: string, t: Token, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    // At end of input CPython has no token end to report.
    const end = t.type === 'ENDMARKER' ? -1 : t.endCol + 1;
    const offset = this.src.charCol(t.line, t.col) + 1;
    const endOffset = end === -1 ? -1 : this.src.charCol(t.endLine, t.endCol) + 1;
    const err = new PySyntaxError(kind, msg, { lineno: t.line, offset, end_lineno: t.endLine, end_offset: endOffset }, this.lineText(t.line));
    err.caret = t.type !== 'ENDMARKER';
    return err;
  }

  /** CPython's parser-raised IndentationErrors have no end (end_offset -1). */
  indentationError(msg: string, t: Token): PySyntaxError {
    const col = t.type === 'INDENT' ? t.endCol - 1 : t.col;
    return new PySyntaxError('IndentationError', msg, { lineno: t.line, offset: col + 1, end_lineno: t.line, end_offset: -1 }, this.lineText(t.line));
  }

  /**
   * Like _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error
   * later in the file replaces a parser error, except that an unclosed bracket
   * does so only when the parser failed on a later line than the bracket.
   */
  preferTokenizerError(err: PySyntaxError): PySyntaxError {
    const later = this.tokens[this.tokens.length - 1]?.error;
    if (!later || later === err) return err;
    // CPython's tokenizer reports indentation faults as a status, not an exception: they surface only
    // when the parser reaches them, so an earlier parser error stands (pegen_errors.c,
    // _PyPegen_tokenize_full_source_to_check_for_errors keeps the parser's error then).
    if (INDENT_STATUS.has(later.msg) && this.furthest < this.tokens.length - 1) return err;
    if (!later.msg.endsWith('was never closed')) return later;
    const failedLine = (this.tokens[this.furthest] ?? this.tok).line;
    return failedLine > later.lineno ? later : err;
  }

  /** CPython keeps the newline only when the error is on the line its tokenizer is reading. */
  lineText(line: number): string {
    const current = (this.tokens[this.furthest] ?? this.tok).line;
    const text = this.src.lineText(line);
    return line >= current ? text : text.replace(/\n$/, '');
  }

  invalid(): PySyntaxError {
    const t = this.tokens[this.furthest] ?? this.tok;
    if (t.type === 'INDENT') return this.indentationError('unexpected indent', t);
    if (t.type === 'DEDENT') return this.errorAtToken('unindent does not match any outer indentation level', t, 'IndentationError');
    return this.errorAtToken('invalid syntax', t);
  }
}
