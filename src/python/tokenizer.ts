// Python 3.12 tokenizer: NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT.
// An f-string is one STRING token here; fstring.ts splits it later, because
// CPython 3.12 lets its replacement fields nest strings with the same quote.

import { PySyntaxError, type SyntaxErrorKind } from './errors';
import { Source } from './source';

export type TokenType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER' | 'ERRORTOKEN';

export interface Token {
  type: TokenType;
  value: string;
  /** 1-based line, 0-based character column, like CPython's tokenize module. */
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** Absolute character indices into the source text. */
  start: number;
  end: number;
  /** On an ERRORTOKEN: the error, raised only if the parser gets this far (CPython tokenizes lazily). */
  error?: PySyntaxError;
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...',
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
  '!', '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}', '~',
];

const CLOSER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const ID_START = /[\p{L}\p{Nl}_\u2118\u212e\u309b\u309c]/u;
const ID_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da]/u;
const STRING_PREFIX = /^(?:r|u|b|br|rb|f|fr|rf)$/i;
// Keywords that may directly follow a number (`1if x else 2` is legal, if deprecated).
const AFTER_NUMBER_OK = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

export const isIdStart = (c: string): boolean => ID_START.test(c);
export const isIdContinue = (c: string): boolean => ID_CONTINUE.test(c);

interface OpenBracket {
  ch: string;
  line: number;
  col: number;
}

export interface TokenizeOptions {
  /** Tokenize a fragment (an f-string replacement field) as if inside brackets. */
  fragment?: { start: number; end: number; line: number; col: number };
}

export class Tokenizer {
  private readonly src: Source;
  private readonly text: string;
  private pos: number;
  private readonly stop: number;
  private line: number;
  private lineStart: number;
  private readonly parens: OpenBracket[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly tokens: Token[] = [];
  private readonly fragment: boolean;

  constructor(src: Source, options: TokenizeOptions = {}) {
    this.src = src;
    this.text = src.text;
    const frag = options.fragment;
    this.fragment = frag !== undefined;
    this.pos = frag ? frag.start : 0;
    this.stop = frag ? frag.end : this.text.length;
    this.line = frag ? frag.line : 1;
    this.lineStart = frag ? frag.start - frag.col : 0;
  }

  private col(at = this.pos): number {
    return at - this.lineStart;
  }

  error(msg: string, line: number, col: number, endLine = line, endCol = col, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const at = (l: number, c: number): number => (c < 0 ? c : this.src.charCol(l, c)) + 1;
    return new PySyntaxError(kind, msg, { lineno: line, offset: at(line, col), end_lineno: endLine, end_offset: at(endLine, endCol) }, this.src.lineText(line).replace(/\n$/, ''));
  }

  /**
   * Errors CPython's tokenizer hands to the parser to raise. Their text keeps
   * the newline only when the error is on the line the tokenizer is reading.
   */
  parserError(msg: string, line: number, col: number, endCol: number, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const current = Math.min(this.line, this.src.lines.length);
    const text = this.src.lineText(line);
    const at = (c: number): number => (c < 0 ? c : this.src.charCol(line, c)) + 1;
    return new PySyntaxError(kind, msg, { lineno: line, offset: at(col), end_lineno: line, end_offset: at(endCol) }, line >= current ? text : text.replace(/\n$/, ''));
  }

  private push(type: TokenType, start: number, line: number, col: number): void {
    this.tokens.push({ type, value: this.text.slice(start, this.pos), line, col, endLine: this.line, endCol: this.col(), start, end: this.pos });
  }

  private newline(): void {
    this.line++;
    this.lineStart = this.pos;
  }

  tokenize(): Token[] {
    try {
      return this.run();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const at = this.tokens[this.tokens.length - 1];
      const line = at?.endLine ?? 1;
      const col = at?.endCol ?? 0;
      this.tokens.push({ type: 'ERRORTOKEN', value: '', line, col, endLine: line, endCol: col, start: this.pos, end: this.pos, error: e });
      return this.tokens;
    }
  }

  private run(): Token[] {
    let atLineStart = !this.fragment;
    let lineHasTokens = false;
    while (true) {
      if (atLineStart) {
        atLineStart = false;
        if (this.indentation()) lineHasTokens = false;
      }
      while (this.pos < this.stop && ' \t\f'.includes(this.text[this.pos] ?? '')) this.pos++;
      if (this.pos >= this.stop) break;
      const c = this.text[this.pos] ?? '';
      if (c === '#') {
        while (this.pos < this.stop && this.text[this.pos] !== '\n') this.pos++;
        continue;
      }
      if (c === '\n') {
        if (this.parens.length === 0 && lineHasTokens && !this.fragment) {
          const start = this.pos;
          const col = this.col();
          this.pos++;
          this.tokens.push({ type: 'NEWLINE', value: '\n', line: this.line, col, endLine: this.line, endCol: col + 1, start, end: this.pos });
          lineHasTokens = false;
          this.newline();
          atLineStart = true;
        } else {
          this.pos++;
          this.newline();
          atLineStart = this.parens.length === 0 && !this.fragment;
        }
        continue;
      }
      if (c === '\\') {
        if (this.text[this.pos + 1] === '\n') {
          this.pos += 2;
          this.newline();
          if (this.pos >= this.stop) throw this.error('unexpected EOF while parsing', this.line - 1, this.col(this.pos - 2));
          continue;
        }
        throw this.parserError('unexpected character after line continuation character', this.line, this.col() + 1, -1);
      }
      lineHasTokens = true;
      this.token(c);
    }
    if (this.parens.length > 0) {
      const open = this.parens[this.parens.length - 1] as OpenBracket;
      throw this.parserError(`'${open.ch}' was never closed`, open.line, open.col, -1);
    }
    if (!this.fragment) {
      const col = this.col();
      if (lineHasTokens) {
        this.tokens.push({ type: 'NEWLINE', value: '', line: this.line, col, endLine: this.line, endCol: col + 1, start: this.pos, end: this.pos });
      }
      // CPython leaves its EOF tokens on the last line read, after its text.
      const dedentLine = Math.max(1, this.src.lines.length);
      const dedentCol = this.src.lineText(dedentLine).replace(/\n$/, '').length;
      while (this.indents.length > 1) {
        this.indents.pop();
        this.tokens.push({ type: 'DEDENT', value: '', line: dedentLine, col: dedentCol, endLine: dedentLine, endCol: dedentCol, start: this.pos, end: this.pos });
      }
      this.tokens.push({ type: 'ENDMARKER', value: '', line: dedentLine, col: dedentCol, endLine: dedentLine, endCol: dedentCol, start: this.pos, end: this.pos });
    } else {
      this.tokens.push({ type: 'ENDMARKER', value: '', line: this.line, col: this.col(), endLine: this.line, endCol: this.col(), start: this.pos, end: this.pos });
    }
    return this.tokens;
  }

  /** Measures a logical line's indentation and emits INDENT/DEDENT; false on blank lines. */
  private indentation(): boolean {
    let col = 0;
    let alt = 0;
    let p = this.pos;
    for (; p < this.stop; p++) {
      const c = this.text[p];
      if (c === ' ') {
        col++;
        alt++;
      } else if (c === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (c === '\f') {
        col = alt = 0;
      } else break;
    }
    const next = this.text[p];
    if (p >= this.stop || next === '#' || next === '\n' || (next === '\\' && this.text[p + 1] === '\n')) return false;
    this.pos = p;
    const top = this.indents[this.indents.length - 1] ?? 0;
    const altTop = this.altIndents[this.altIndents.length - 1] ?? 0;
    const tabError = (): PySyntaxError =>
      this.parserError('inconsistent use of tabs and spaces in indentation', this.line, 0, -1, 'TabError');
    if (col === top) {
      if (alt !== altTop) throw tabError();
    } else if (col > top) {
      if (alt <= altTop) throw tabError();
      this.indents.push(col);
      this.altIndents.push(alt);
      this.tokens.push({ type: 'INDENT', value: this.text.slice(this.lineStart, p), line: this.line, col: 0, endLine: this.line, endCol: this.col(), start: this.lineStart, end: p });
    } else {
      while (this.indents.length > 1 && col < (this.indents[this.indents.length - 1] ?? 0)) {
        this.indents.pop();
        this.altIndents.pop();
        this.tokens.push({ type: 'DEDENT', value: '', line: this.line, col: this.col(), endLine: this.line, endCol: this.col(), start: p, end: p });
      }
      if (col !== (this.indents[this.indents.length - 1] ?? 0)) {
        const lineText = this.src.lineText(this.line).replace(/\n$/, '');
        throw this.parserError('unindent does not match any outer indentation level', this.line, lineText.length, -2, 'IndentationError');
      }
      if (alt !== (this.altIndents[this.altIndents.length - 1] ?? 0)) throw tabError();
    }
    return true;
  }

  private token(c: string): void {
    const start = this.pos;
    const line = this.line;
    const col = this.col();
    if (isIdStart(c) || c.charCodeAt(0) > 0x7f) {
      this.pos += c.length;
      while (this.pos < this.stop && isIdContinue(this.charAt(this.pos))) this.pos += this.charAt(this.pos).length;
      const word = this.text.slice(start, this.pos);
      const q = this.text[this.pos];
      if ((q === '"' || q === "'") && STRING_PREFIX.test(word)) {
        this.pos = this.scanString(this.pos, /f/i.test(word), line, col);
        this.push('STRING', start, line, col);
        return;
      }
      if (!isIdStart(word[0] ?? '')) this.badCharacter(word, line, col);
      this.push('NAME', start, line, col);
      return;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(this.text[this.pos + 1] ?? ''))) {
      this.number(line, col);
      this.push('NUMBER', start, line, col);
      return;
    }
    if (c === '"' || c === "'") {
      this.pos = this.scanString(this.pos, false, line, col);
      this.push('STRING', start, line, col);
      return;
    }
    for (const op of OPERATORS) {
      if (this.text.startsWith(op, this.pos)) {
        this.pos += op.length;
        this.bracket(op, line, col);
        this.push('OP', start, line, col);
        return;
      }
    }
    this.badCharacter(c, line, col);
  }

  private charAt(p: number): string {
    return String.fromCodePoint(this.text.codePointAt(p) ?? 0);
  }

  private badCharacter(word: string, line: number, col: number): never {
    for (const ch of word) {
      if (!isIdContinue(ch)) {
        const cp = ch.codePointAt(0) ?? 0;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const printable = !/[\p{C}\p{Z}]/u.test(ch) || ch === ' ';
        const at = col + word.indexOf(ch);
        if (cp < 0x80 && printable) throw this.parserError('invalid syntax', line, at, at + 1);
        throw printable
          ? this.error(`invalid character '${ch}' (U+${hex})`, line, at)
          : this.error(`invalid non-printable character U+${hex}`, line, at);
      }
    }
    throw this.error('invalid syntax', line, col);
  }

  private bracket(op: string, line: number, col: number): void {
    if (op === '(' || op === '[' || op === '{') {
      this.parens.push({ ch: op, line, col });
      return;
    }
    const want = CLOSER[op];
    if (want === undefined) return;
    const open = this.parens.pop();
    if (open === undefined) throw this.error(`unmatched '${op}'`, line, col);
    if (open.ch !== want) {
      const where = open.line !== line ? ` on line ${open.line}` : '';
      throw this.error(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`, line, col);
    }
  }

  private number(line: number, col: number): void {
    const rest = this.text.slice(this.pos, this.stop);
    const radix = /^0([xob])/i.exec(rest);
    let kind = 'decimal';
    let m: RegExpExecArray | null;
    if (radix) {
      kind = { x: 'hexadecimal', o: 'octal', b: 'binary' }[(radix[1] ?? 'x').toLowerCase()] ?? 'decimal';
      const digits = kind === 'hexadecimal' ? '[0-9a-fA-F]' : kind === 'octal' ? '[0-7]' : '[01]';
      m = new RegExp(`^0[xob](?:_?${digits})+`, 'i').exec(rest);
      const bad = /^0[xob]_?([0-9])/i.exec(rest);
      if (!m && bad && kind !== 'hexadecimal') throw this.error(`invalid digit '${bad[1]}' in ${kind} literal`, line, col + bad[0].length - 1);
      if (!m) throw this.error(`invalid ${kind} literal`, line, col + 1);
      const after = rest[m[0].length];
      if (after !== undefined && /[0-9]/.test(after) && kind !== 'hexadecimal') throw this.error(`invalid digit '${after}' in ${kind} literal`, line, col + m[0].length);
    } else {
      m = /^(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?/.exec(rest);
      if (!m) throw this.error('invalid decimal literal', line, col);
      if (/^0+[0-9_]*[1-9]/.test(m[0]) && /^[0-9_]+$/.test(m[0])) {
        throw this.error('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', line, col, line, col + 1);
      }
    }
    this.pos += m[0].length;
    const next = this.charAt(this.pos);
    if (this.pos < this.stop && (isIdContinue(next) || next === '_')) {
      const after = this.text.slice(this.pos, this.stop);
      if (AFTER_NUMBER_OK.some((kw) => after.startsWith(kw))) return;
      throw this.error(`invalid ${kind} literal`, line, next === '_' ? this.col() : this.col() - 1);
    }
  }

  /**
   * Returns the index just past the string whose opening quote is at `q`.
   * In f-strings, replacement fields may hold any expression, strings included.
   */
  scanString(q: number, isF: boolean, line: number, col: number): number {
    const quote = this.text[q] ?? '"';
    const triple = this.text.startsWith(quote.repeat(3), q);
    const closing = triple ? quote.repeat(3) : quote;
    let p = q + closing.length;
    const startLine = line;
    const unterminated = (): PySyntaxError =>
      triple
        ? this.error(`unterminated triple-quoted string literal (detected at line ${this.text.endsWith('\n') ? this.line - 1 : this.line})`, startLine, col)
        : this.error(`unterminated string literal (detected at line ${this.line})`, startLine, col);
    while (true) {
      if (p >= this.stop) throw unterminated();
      const c = this.text[p];
      if (c === '\\') {
        if (this.text[p + 1] === '\n') {
          this.pos = p + 2;
          this.newline();
        }
        p += 2;
        continue;
      }
      if (c === '\n') {
        if (!triple) throw unterminated();
        this.pos = p + 1;
        this.newline();
        p++;
        continue;
      }
      if (this.text.startsWith(closing, p)) return p + closing.length;
      if (isF && c === '{') {
        if (this.text[p + 1] === '{') {
          p += 2;
          continue;
        }
        p = this.scanReplacement(p + 1, quote, triple, { line: this.line, col: p - this.lineStart });
        continue;
      }
      if (isF && c === '}') {
        if (this.text[p + 1] === '}') {
          p += 2;
          continue;
        }
        throw this.error("f-string: single '}' is not allowed", this.line, p - this.lineStart);
      }
      p++;
    }
  }

  /** Skips an f-string replacement field body; returns the index after its '}'. */
  private scanReplacement(p: number, quote: string, triple: boolean, brace: { line: number; col: number }): number {
    let depth = 0;
    while (true) {
      if (p >= this.stop) throw this.parserError("'{' was never closed", brace.line, brace.col, -1);
      const c = this.text[p] ?? '';
      if (c === '\n') {
        this.pos = p + 1;
        this.newline();
        p++;
        continue;
      }
      if (c === '"' || c === "'") {
        let q = p;
        while (q > 0 && /[a-zA-Z]/.test(this.text[q - 1] ?? '')) q--;
        const line = this.line;
        const col = p - this.lineStart;
        try {
          p = this.scanString(p, /f/i.test(this.text.slice(q, p)), line, col);
        } catch (e) {
          // An unterminated inner string that reuses our quote was really our end.
          if (c === quote && !triple) throw this.error("f-string: expecting '}'", line, col);
          throw e;
        }
        continue;
      }
      if ('([{'.includes(c)) depth++;
      else if (')]'.includes(c)) depth--;
      else if (c === '}') {
        if (depth === 0) return p + 1;
        depth--;
      } else if (depth === 0 && c === '!' && this.text[p + 1] !== '=') {
        p++;
        continue;
      } else if (depth === 0 && c === ':') {
        return this.scanFormatSpec(p + 1, quote, triple);
      }
      p++;
    }
  }

  private scanFormatSpec(p: number, quote: string, triple: boolean): number {
    while (true) {
      if (p >= this.stop) throw this.error("f-string: expecting '}'", this.line, p - this.lineStart);
      const c = this.text[p];
      if (c === '}') return p + 1;
      if (c === '{') {
        p = this.scanReplacement(p + 1, quote, triple, { line: this.line, col: p - this.lineStart });
        continue;
      }
      if (c === quote && (!triple || this.text.startsWith(quote.repeat(3), p))) {
        throw this.error("f-string: expecting '}'", this.line, p - this.lineStart);
      }
      if (c === '\n') {
        this.pos = p + 1;
        this.newline();
      }
      p++;
    }
  }
}

export function tokenize(src: Source): Token[] {
  return new Tokenizer(src).tokenize();
}
