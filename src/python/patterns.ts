// The `match` statement (a soft keyword) and its patterns.

import type * as A from './ast';
import type { Parser } from './parser-core';
import type { Token } from './tokenizer';
import { namedExpression, starNamedExpression } from './expressions';
import { parseStrings } from './strings';
import { parseNumber } from './expressions';
import { PySyntaxError } from './errors';

type Block = (p: Parser, what: string, header: Token) => A.Stmt[];

/** Returns null when `match` turns out to be an ordinary name. */
export function matchStatement(p: Parser, block: Block): A.Match | null {
  const save = p.i;
  const kw = p.next();
  let subject: A.Expr;
  try {
    const first = starNamedExpression(p);
    subject = first;
    if (p.isOp(',')) {
      const elts = [first];
      while (p.eatOp(',') && !p.isOp(':')) elts.push(starNamedExpression(p));
      subject = { _type: 'Tuple', elts, ctx: 'Load', ...p.span(first) };
    }
    if (!p.isOp(':')) throw p.invalid();
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    p.i = save;
    return null;
  }
  p.expectOp(':');
  if (p.tok.type !== 'NEWLINE') throw p.invalid();
  p.next();
  if (!p.at('INDENT')) throw p.errorAtToken(`expected an indented block after 'match' statement on line ${kw.line}`, p.tok, 'IndentationError');
  p.next();
  const cases: A.MatchCase[] = [];
  while (p.isKw('case')) {
    const c = p.next();
    const pattern = patterns(p);
    const guard = p.eatKw('if') ? namedExpression(p) : null;
    const body = block(p, "'case' statement", c);
    cases.push({ _type: 'match_case', pattern, guard, body });
  }
  if (cases.length === 0) throw p.invalid();
  if (p.at('DEDENT')) p.next();
  const last = cases[cases.length - 1] as A.MatchCase;
  return { _type: 'Match', subject, cases, ...p.span(kw, last.body[last.body.length - 1] as A.Pos) };
}

function patterns(p: Parser): A.Pattern {
  const first = maybeStar(p);
  if (!p.isOp(',')) {
    if (first._type === 'MatchStar') return { _type: 'MatchSequence', patterns: [first], ...p.span(first) };
    return first;
  }
  const items = [first];
  while (p.eatOp(',') && !p.isOp(':') && !p.isKw('if')) items.push(maybeStar(p));
  return { _type: 'MatchSequence', patterns: items, ...p.span(first) };
}

function maybeStar(p: Parser): A.Pattern {
  const star = p.eatOp('*');
  if (!star) return pattern(p);
  const name = p.expectName();
  return { _type: 'MatchStar', name: name.value === '_' ? null : name.value, ...p.span(star, name) };
}

function pattern(p: Parser): A.Pattern {
  const start = p.tok;
  const or = orPattern(p);
  if (!p.eatKw('as')) return or;
  const name = p.expectName();
  if (name.value === '_') throw p.errorAtToken("cannot use '_' as a target", name);
  return { _type: 'MatchAs', pattern: or, name: name.value, ...p.span(start, name) };
}

function orPattern(p: Parser): A.Pattern {
  const start = p.tok;
  const first = closedPattern(p);
  if (!p.isOp('|')) return first;
  const items = [first];
  while (p.eatOp('|')) items.push(closedPattern(p));
  return { _type: 'MatchOr', patterns: items, ...p.span(start) };
}

function signedNumber(p: Parser): A.Expr {
  const minus = p.eatOp('-');
  const t = p.next();
  if (t.type !== 'NUMBER') throw p.invalid();
  let e: A.Expr = { _type: 'Constant', value: parseNumber(t.value), kind: null, ...p.span(t, t) };
  if (minus) e = { _type: 'UnaryOp', op: 'USub', operand: e, ...p.span(minus, t) };
  if (p.isOp('+') || p.isOp('-')) {
    const op = p.next().value === '+' ? 'Add' : 'Sub';
    const im = p.next();
    const right: A.Expr = { _type: 'Constant', value: parseNumber(im.value), kind: null, ...p.span(im, im) };
    e = { _type: 'BinOp', left: e, op, right, ...p.span(e, im) };
  }
  return e;
}

function closedPattern(p: Parser): A.Pattern {
  const t = p.tok;
  if (t.type === 'NUMBER' || p.isOp('-')) {
    const value = signedNumber(p);
    return { _type: 'MatchValue', value, ...p.span(value) };
  }
  if (t.type === 'STRING') {
    const value = parseStrings(p);
    return { _type: 'MatchValue', value, ...p.span(value) };
  }
  if (t.type === 'NAME' && ['None', 'True', 'False'].includes(t.value)) {
    p.next();
    return { _type: 'MatchSingleton', value: t.value === 'None' ? null : t.value === 'True', ...p.span(t, t) };
  }
  if (p.isName()) {
    p.next();
    let value: A.Expr = { _type: 'Name', id: t.value, ctx: 'Load', ...p.span(t, t) };
    const dotted = p.isOp('.');
    while (p.eatOp('.')) {
      const attr = p.expectName();
      value = { _type: 'Attribute', value, attr: attr.value, ctx: 'Load', ...p.span(t, attr) };
    }
    if (p.isOp('(')) return classPattern(p, value);
    if (dotted) return { _type: 'MatchValue', value, ...p.span(value) };
    return { _type: 'MatchAs', pattern: null, name: t.value === '_' ? null : t.value, ...p.span(t, t) };
  }
  if (p.isOp('(') || p.isOp('[')) {
    const open = p.next();
    const close = open.value === '(' ? ')' : ']';
    const items: A.Pattern[] = [];
    let comma = false;
    while (!p.isOp(close)) {
      items.push(maybeStar(p));
      if (!p.eatOp(',')) break;
      comma = true;
    }
    const end = p.expectOp(close);
    if (open.value === '(' && items.length === 1 && !comma && items[0]?._type !== 'MatchStar') return items[0] as A.Pattern;
    return { _type: 'MatchSequence', patterns: items, ...p.span(open, end) };
  }
  if (p.isOp('{')) return mappingPattern(p);
  throw p.invalid();
}

function mappingPattern(p: Parser): A.Pattern {
  const open = p.next();
  const keys: A.Expr[] = [];
  const pats: A.Pattern[] = [];
  let rest: string | null = null;
  while (!p.isOp('}')) {
    if (p.eatOp('**')) {
      rest = p.expectName().value;
      p.eatOp(',');
      break;
    }
    const key = closedPattern(p);
    if (key._type === 'MatchValue') keys.push(key.value);
    else if (key._type === 'MatchSingleton') keys.push({ _type: 'Constant', value: key.value, kind: null, ...p.span(key) });
    else throw p.invalid();
    p.expectOp(':');
    pats.push(pattern(p));
    if (!p.eatOp(',')) break;
  }
  const close = p.expectOp('}');
  return { _type: 'MatchMapping', keys, patterns: pats, rest, ...p.span(open, close) };
}

function classPattern(p: Parser, cls: A.Expr): A.Pattern {
  p.next();
  const pats: A.Pattern[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: A.Pattern[] = [];
  while (!p.isOp(')')) {
    if (p.isName() && p.isOp('=', 1)) {
      kwd_attrs.push(p.next().value);
      p.next();
      kwd_patterns.push(pattern(p));
    } else {
      const pat = pattern(p);
      if (kwd_attrs.length) throw p.errorAt('positional patterns follow keyword patterns', pat);
      pats.push(pat);
    }
    if (!p.eatOp(',')) break;
  }
  const close = p.expectOp(')');
  return { _type: 'MatchClass', cls, patterns: pats, kwd_attrs, kwd_patterns, ...p.span(cls, close) };
}
