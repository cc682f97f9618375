// String literals: prefixes, escapes, implicit concatenation, and f-strings
// (split here into JoinedStr/FormattedValue, their fields parsed as expressions).

import { CompileNotSupported } from './compiler-errors';
import { unicodeByName } from './unicode-names';
import type * as A from './ast';
import type { Parser } from './parser-core';
import type { Token } from './tokenizer';
import { Tokenizer } from './tokenizer';
import { Parser as SubParser } from './parser-core';
import { starExpressions, yieldExpr } from './expressions';

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '' };

interface Lit {
  prefix: string;
  quoteLen: number;
  bodyStart: number;
  bodyEnd: number;
}

function literal(t: Token): Lit {
  const m = /^[a-zA-Z]*/.exec(t.value);
  const prefix = (m?.[0] ?? '').toLowerCase();
  const rest = t.value.slice(prefix.length);
  const quoteLen = rest.startsWith(rest[0]?.repeat(3) ?? '') && rest.length >= 6 ? 3 : 1;
  return { prefix, quoteLen, bodyStart: t.start + prefix.length + quoteLen, bodyEnd: t.end - quoteLen };
}

export function decodeEscapes(body: string, raw: boolean, bytes: boolean): string {
  if (raw) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[i + 1] ?? '';
    i++;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) out += simple;
    else if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i)) ?? ['0'];
      out += String.fromCodePoint(parseInt(m[0], 8));
      i += m[0].length - 1;
    } else if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + n), 16));
      i += n;
    } else if (e === 'N' && !bytes) {
      // Only the names in unicode-names.ts are known; every other name is refused rather than misread.
      const close = body.indexOf('}', i);
      const cp = body[i + 1] === '{' && close > i ? unicodeByName(body.slice(i + 2, close)) : undefined;
      if (cp === undefined) throw new CompileNotSupported('\\N{...} escape of a character outside the built-in name table');
      out += String.fromCodePoint(cp);
      i = close;
    } else out += '\\' + e;
  }
  return out;
}

/** One or more adjacent STRING tokens: Constant, or JoinedStr if any is an f-string. */
export function parseStrings(p: Parser): A.Expr {
  const toks: Token[] = [];
  while (p.tok.type === 'STRING') toks.push(p.next());
  const first = toks[0] as Token;
  const lits = toks.map(literal);
  const isBytes = lits.map((l) => l.prefix.includes('b'));
  if (isBytes.some((b) => b !== isBytes[0])) throw p.errorAt('cannot mix bytes and nonbytes literals', p.span(first));
  const text = p.src.text;
  if (isBytes[0]) {
    const s = lits.map((l) => decodeEscapes(text.slice(l.bodyStart, l.bodyEnd), l.prefix.includes('r'), true)).join('');
    return { _type: 'Constant', value: { bytes: Uint8Array.from(s, (ch) => ch.charCodeAt(0)) }, kind: null, ...p.span(first) };
  }
  const kind = lits[0]?.prefix === 'u' ? 'u' : null;
  if (!lits.some((l) => l.prefix.includes('f'))) {
    const s = lits.map((l) => decodeEscapes(text.slice(l.bodyStart, l.bodyEnd), l.prefix.includes('r'), false)).join('');
    return { _type: 'Constant', value: s, kind, ...p.span(first) };
  }
  const parts: A.Expr[] = [];
  // Adjacent literal text (across tokens too) merges into one Constant spanning all of it.
  let pending: { value: string; pos: A.Pos } | null = null;
  const whole = p.span(first);
  const add = (value: string, pos: A.Pos): void => {
    if (pending) pending = { value: pending.value + value, pos: { ...pending.pos, end_lineno: pos.end_lineno, end_col_offset: pos.end_col_offset } };
    else pending = { value, pos };
  };
  const flush = (): void => {
    // Only the position of the first piece: spreading the whole node would bring its own value back.
    const { lineno, col_offset, end_lineno, end_col_offset } = pending?.pos ?? whole;
    if (pending && pending.value !== '') parts.push({ _type: 'Constant', value: pending.value, kind: null, lineno, col_offset, end_lineno, end_col_offset });
    pending = null;
  };
  toks.forEach((t, k) => {
    const l = lits[k] as Lit;
    const raw = l.prefix.includes('r');
    if (!l.prefix.includes('f')) {
      add(decodeEscapes(text.slice(l.bodyStart, l.bodyEnd), raw, false), p.span(t, t));
      return;
    }
    for (const piece of fstringPieces(p, l.bodyStart, l.bodyEnd, raw)) {
      if (piece._type === 'Constant' && typeof piece.value === 'string') add(piece.value, piece);
      else {
        flush();
        parts.push(piece);
      }
    }
  });
  flush();
  return { _type: 'JoinedStr', values: parts, ...whole };
}

function posAt(p: Parser, start: number, end: number): A.Pos {
  const a = lineCol(p, start);
  const b = lineCol(p, end);
  return { lineno: a.line, col_offset: p.src.byteCol(a.line, a.col), end_lineno: b.line, end_col_offset: p.src.byteCol(b.line, b.col) };
}

function lineCol(p: Parser, index: number): { line: number; col: number } {
  let line = 1;
  while (line < p.src.lines.length && p.src.lineStart(line + 1) <= index) line++;
  return { line, col: index - p.src.lineStart(line) };
}

/** Splits an f-string body into literal Constants and FormattedValues. */
function fstringPieces(p: Parser, start: number, end: number, raw: boolean, inSpec = false): A.Expr[] {
  const text = p.src.text;
  const out: A.Expr[] = [];
  let litStart = start;
  let lit = '';
  const pushLit = (at: number): void => {
    if (lit !== '') out.push({ _type: 'Constant', value: decodeEscapes(lit, raw, false), kind: null, ...posAt(p, litStart, at) });
    lit = '';
  };
  let i = start;
  while (i < end) {
    const c = text[i] ?? '';
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      lit += c;
      i += 2;
      continue;
    }
    if (c === '\\' && !raw) {
      lit += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c !== '{') {
      lit += c;
      i++;
      continue;
    }
    pushLit(i);
    const close = fieldEnd(text, i + 1);
    out.push(...formattedValue(p, i, close, raw));
    i = close + 1;
    litStart = i;
  }
  pushLit(end);
  if (inSpec && out.length > 0 && out[out.length - 1]?._type === 'FormattedValue') {
    out.push({ _type: 'Constant', value: '', kind: null, ...posAt(p, end, end) });
  }
  return out;
}

/** Index of the '}' closing the field whose body starts at `i` (the tokenizer already checked it). */
function fieldEnd(text: string, i: number): number {
  let depth = 0;
  let quote = '';
  for (; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote) {
      if (c === '\\') i++;
      else if (text.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      }
      continue;
    }
    if (c === '"' || c === "'") quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
    else if ('([{'.includes(c)) depth++;
    else if (')]'.includes(c)) depth--;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}

/** Index of the top-level ':' that starts a format spec, or `close` if there is none. */
function specStart(text: string, i: number, close: number): number {
  let depth = 0;
  let quote = '';
  for (; i < close; i++) {
    const c = text[i] ?? '';
    if (quote) {
      if (c === '\\') i++;
      else if (text.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      }
      continue;
    }
    if (c === '"' || c === "'") quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ':' && depth === 0) return i;
  }
  return close;
}

function formattedValue(p: Parser, open: number, close: number, raw: boolean): A.Expr[] {
  const text = p.src.text;
  const at = lineCol(p, open + 1);
  const colon = specStart(text, open + 1, close);
  const sub = new SubParser(p.src, new Tokenizer(p.src, { fragment: { start: open + 1, end: colon, line: at.line, col: at.col } }).tokenize());
  sub.brackets = 1;
  if (sub.tok.type === 'ENDMARKER') throw p.errorAt("f-string: valid expression required before '}'", posAt(p, close, close + 1));
  const value = sub.isKw('yield') ? yieldExpr(sub) : starExpressions(sub);
  let conversion = -1;
  let spec: A.Expr | null = null;
  let debug: A.Expr | null = null;
  if (sub.isOp('=')) {
    sub.next();
    const textEnd = sub.at('ENDMARKER') ? colon : sub.tok.start;
    debug = { _type: 'Constant', value: text.slice(open + 1, textEnd), kind: null, ...posAt(p, open + 1, textEnd) };
    conversion = 114;
  }
  if (sub.isOp('!')) {
    sub.next();
    const name = sub.next();
    if (!['r', 's', 'a'].includes(name.value)) throw p.errorAt(`f-string: invalid conversion character '${name.value}': expected 's', 'r', or 'a'`, posAt(p, name.start, name.end));
    conversion = name.value.charCodeAt(0);
  }
  if (!sub.at('ENDMARKER')) throw p.errorAt("f-string: expecting '}'", posAt(p, sub.tok.start, sub.tok.start + 1));
  if (colon < close) {
    spec = { _type: 'JoinedStr', values: fstringPieces(p, colon + 1, close, raw, true), ...posAt(p, colon, close) };
    if (debug && conversion === 114 && !text.slice(open, colon).includes('!')) conversion = -1;
  }
  const fv: A.FormattedValue = { _type: 'FormattedValue', value, conversion, format_spec: spec, ...posAt(p, open, close + 1) };
  return debug ? [debug, fv] : [fv];
}
