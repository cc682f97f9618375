// Expression grammar of Python 3.12 by recursive descent, one function per
// precedence level, named after the rules in CPython's Grammar/python.gram.

import type * as A from './ast';
import { KEYWORDS, type Parser } from './parser-core';
import type { Token } from './tokenizer';
import { parseStrings } from './strings';
import { parseArguments } from './arguments';

const COMPARE: Record<string, A.CmpOperator> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };
const BINARY_LEVELS: Record<string, A.Operator>[] = [
  { '|': 'BitOr' },
  { '^': 'BitXor' },
  { '&': 'BitAnd' },
  { '<<': 'LShift', '>>': 'RShift' },
  { '+': 'Add', '-': 'Sub' },
  { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' },
];
const UNARY: Record<string, A.UnaryOperator> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

/** Whether the current token can begin an expression (for the forgotten-comma hint). */
export function startsExpression(p: Parser): boolean {
  const t = p.tok;
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  if (t.type === 'NAME') return !KEYWORDS.has(t.value) || ['None', 'True', 'False', 'lambda', 'not', 'await'].includes(t.value);
  return t.type === 'OP' && ['(', '[', '{', '-', '+', '~', '...'].includes(t.value);
}

/** star_expressions: a bare tuple when there is a comma. */
export function starExpressions(p: Parser): A.Expr {
  const start = p.tok;
  const first = starExpression(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsExpression(p) && !p.isOp('*')) break;
    elts.push(starExpression(p));
  }
  return { _type: 'Tuple', elts, ctx: 'Load', ...p.span(start) };
}

export function starExpression(p: Parser): A.Expr {
  const star = p.eatOp('*');
  if (star) {
    const value = bitwiseOr(p);
    return { _type: 'Starred', value, ctx: 'Load', ...p.span(star) };
  }
  return expression(p);
}

/** star_named_expression, the element of list/tuple/set displays. */
export function starNamedExpression(p: Parser, checkAssign = true): A.Expr {
  const star = p.eatOp('*');
  if (star) {
    const value = bitwiseOr(p);
    return { _type: 'Starred', value, ctx: 'Load', ...p.span(star) };
  }
  return namedExpression(p, checkAssign);
}

export function namedExpression(p: Parser, checkAssign = true): A.Expr {
  if (p.isName() && p.isOp(':=', 1)) {
    const t = p.next();
    p.next();
    const value = expression(p);
    const target: A.Name = { _type: 'Name', id: t.value, ctx: 'Store', ...p.span(t, t) };
    return { _type: 'NamedExpr', target, value, ...p.span(t) };
  }
  const e = expression(p);
  if (p.isOp(':=')) {
    throw p.errorAt(`cannot use assignment expressions with ${exprName(e)}`, e);
  }
  if (checkAssign && p.isOp('=')) assignmentInExpression(p, e);
  return e;
}

/** CPython's invalid_named_expression: `=` where a value belongs, not followed by another `=`. */
function assignmentInExpression(p: Parser, e: A.Expr): void {
  const save = p.i;
  p.next();
  let rhs: A.Expr;
  try {
    rhs = bitwiseOr(p);
  } catch {
    p.i = save;
    return;
  }
  const chained = p.isOp('=') || p.isOp(':=');
  p.i = save;
  if (chained) return;
  if (e._type === 'Name') throw p.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", p.span(e, rhs));
  const literal = e._type === 'Constant' && (e.value === null || typeof e.value === 'boolean');
  if (!['List', 'Tuple', 'GeneratorExp'].includes(e._type) && !literal && invalidTarget(e) === e) {
    throw p.errorAt(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
  }
}

export function expression(p: Parser): A.Expr {
  if (p.isKw('lambda')) return lambda(p);
  const start = p.tok;
  const body = disjunction(p);
  if (!p.isKw('if')) return body;
  p.next();
  const test = disjunction(p);
  if (!p.eatKw('else')) throw p.errorAt("expected 'else' after 'if' expression", p.span(body, test));
  const orelse = expression(p);
  return { _type: 'IfExp', test, body, orelse, ...p.span(start) };
}

function lambda(p: Parser): A.Expr {
  const start = p.next();
  const args = parseArguments(p, true);
  p.expectOp(':');
  const body = expression(p);
  return { _type: 'Lambda', args, body, ...p.span(start) };
}

function disjunction(p: Parser): A.Expr {
  const start = p.tok;
  const first = conjunction(p);
  if (!p.isKw('or')) return first;
  const values = [first];
  while (p.eatKw('or')) values.push(conjunction(p));
  return { _type: 'BoolOp', op: 'Or', values, ...p.span(start) };
}

function conjunction(p: Parser): A.Expr {
  const start = p.tok;
  const first = inversion(p);
  if (!p.isKw('and')) return first;
  const values = [first];
  while (p.eatKw('and')) values.push(inversion(p));
  return { _type: 'BoolOp', op: 'And', values, ...p.span(start) };
}

function inversion(p: Parser): A.Expr {
  const not = p.eatKw('not');
  if (!not) return comparison(p);
  const operand = inversion(p);
  return { _type: 'UnaryOp', op: 'Not', operand, ...p.span(not) };
}

function compareOp(p: Parser): A.CmpOperator | null {
  const t = p.tok;
  if (t.type === 'OP' && COMPARE[t.value]) {
    p.next();
    return COMPARE[t.value] ?? null;
  }
  if (p.isKw('in')) {
    p.next();
    return 'In';
  }
  if (p.isKw('not') && p.isKw('in', 1)) {
    p.next();
    p.next();
    return 'NotIn';
  }
  if (p.isKw('is')) {
    p.next();
    return p.eatKw('not') ? 'IsNot' : 'Is';
  }
  return null;
}

function comparison(p: Parser): A.Expr {
  const start = p.tok;
  const left = bitwiseOr(p);
  const ops: A.CmpOperator[] = [];
  const comparators: A.Expr[] = [];
  for (let op = compareOp(p); op; op = compareOp(p)) {
    ops.push(op);
    comparators.push(bitwiseOr(p));
  }
  if (ops.length === 0) return left;
  return { _type: 'Compare', left, ops, comparators, ...p.span(start) };
}

export function bitwiseOr(p: Parser): A.Expr {
  return binary(p, 0);
}

function binary(p: Parser, level: number): A.Expr {
  const ops = BINARY_LEVELS[level];
  if (!ops) return factor(p);
  const start = p.tok;
  let left = binary(p, level + 1);
  while (p.tok.type === 'OP' && ops[p.tok.value]) {
    const op = ops[p.next().value] as A.Operator;
    const right = binary(p, level + 1);
    left = { _type: 'BinOp', left, op, right, ...p.span(start) };
  }
  return left;
}

function factor(p: Parser): A.Expr {
  const t = p.tok;
  if (t.type === 'OP' && UNARY[t.value]) {
    p.next();
    const operand = factor(p);
    return { _type: 'UnaryOp', op: UNARY[t.value] as A.UnaryOperator, operand, ...p.span(t) };
  }
  return power(p);
}

function power(p: Parser): A.Expr {
  if (p.isKw('await')) throw p.errorAtToken("'await' is not supported by this interpreter", p.tok);
  const start = p.tok;
  const left = primary(p);
  if (!p.eatOp('**')) return left;
  const right = factor(p);
  return { _type: 'BinOp', left, op: 'Pow', right, ...p.span(start) };
}

export function primary(p: Parser): A.Expr {
  const start = p.tok;
  let e = atom(p);
  while (true) {
    if (p.eatOp('.')) {
      const name = p.expectName();
      e = { _type: 'Attribute', value: e, attr: name.value, ctx: 'Load', ...p.span(start, name) };
    } else if (p.isOp('(')) {
      e = call(p, e, start);
    } else if (p.isOp('[')) {
      p.next();
      p.brackets++;
      const slice = slices(p);
      p.brackets--;
      const close = p.expectOp(']');
      e = { _type: 'Subscript', value: e, slice, ctx: 'Load', ...p.span(start, close) };
    } else return e;
  }
}

function slices(p: Parser): A.Expr {
  const start = p.tok;
  const first = sliceItem(p);
  if (!p.isOp(',') && first._type !== 'Starred') return first;
  const elts = [first];
  while (p.eatOp(',') && !p.isOp(']')) elts.push(sliceItem(p));
  return { _type: 'Tuple', elts, ctx: 'Load', ...p.span(start) };
}

function sliceItem(p: Parser): A.Expr {
  const start = p.tok;
  if (p.isOp('*')) return starExpression(p);
  let lower: A.Expr | null = null;
  if (!p.isOp(':')) {
    lower = namedExpression(p);
    if (!p.isOp(':')) return lower;
  }
  p.next();
  const upper = p.isOp(':') || p.isOp(']') || p.isOp(',') ? null : expression(p);
  let step: A.Expr | null = null;
  if (p.eatOp(':')) step = p.isOp(']') || p.isOp(',') ? null : expression(p);
  return { _type: 'Slice', lower, upper, step, ...p.span(start) };
}

function call(p: Parser, func: A.Expr, start: Token): A.Expr {
  const open = p.next();
  let genexp: A.GeneratorExp | null = null;
  p.brackets++;
  const args: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  while (!p.isOp(')')) {
    const start = p.tok;
    if (p.eatOp('**')) {
      const value = expression(p);
      keywords.push({ _type: 'keyword', arg: null, value, ...p.span(start) });
    } else if (p.isName() && p.isOp('=', 1)) {
      p.next();
      p.next();
      const value = expression(p);
      keywords.push({ _type: 'keyword', arg: start.value, value, ...p.span(start) });
    } else {
      if (p.isOp('*') && keywords.some((k) => k.arg === null)) {
        throw p.errorAtToken('iterable argument unpacking follows keyword argument unpacking', p.tok);
      }
      let arg = starNamedExpression(p, false);
      if (p.isKw('for') && arg._type !== 'Starred') {
        const generators = comprehensionClauses(p);
        genexp = { _type: 'GeneratorExp', elt: arg, generators, ...p.span(arg) };
        arg = genexp;
        if (args.length + keywords.length > 0 || !p.isOp(')')) {
          throw p.errorAt('Generator expression must be parenthesized', arg);
        }
      }
      if (p.isOp('=') && arg._type !== 'Starred') {
        throw p.errorAt('expression cannot contain assignment, perhaps you meant "=="?', p.span(arg, p.tok));
      }
      if (keywords.length > 0 && arg._type !== 'Starred') {
        const unpacked = keywords.some((k) => k.arg === null);
        const at = p.tok;
        throw p.errorAtToken(unpacked ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument', at);
      }
      args.push(arg);
    }
    if (!p.eatOp(',')) {
      if (!p.isOp(')')) forgotComma(p, args[args.length - 1] ?? keywords[keywords.length - 1]?.value);
      break;
    }
  }
  p.brackets--;
  const close = p.expectOp(')');
  // A lone generator argument borrows the call's parentheses, as in CPython.
  if (genexp) Object.assign(genexp, p.span(open, close));
  return { _type: 'Call', func, args, keywords, ...p.span(start, close) };
}

/** Inside brackets, two expressions in a row get CPython's comma hint; otherwise plain invalid syntax. */
export function forgotComma(p: Parser, prev: A.Expr | undefined): never {
  if (prev && p.brackets > 0 && startsExpression(p) && !(prev._type === 'Name' && p.tok.type === 'STRING')) {
    const save = p.i;
    try {
      const next = expression(p);
      throw p.errorAt('invalid syntax. Perhaps you forgot a comma?', p.span(prev, next));
    } catch (e) {
      if (e instanceof Error && e.message === 'invalid syntax. Perhaps you forgot a comma?') throw e;
      p.i = save;
    }
  }
  throw p.invalid();
}

export function comprehensionClauses(p: Parser): A.Comprehension[] {
  const out: A.Comprehension[] = [];
  while (p.eatKw('for')) {
    const target = targetList(p, ['in']);
    if (!p.eatKw('in')) throw p.invalid();
    const iter = disjunction(p);
    const ifs: A.Expr[] = [];
    while (p.eatKw('if')) ifs.push(disjunction(p));
    out.push({ _type: 'comprehension', target, iter, ifs, is_async: 0 });
  }
  return out;
}

/** star_targets for `for` and comprehensions: parsed as expressions, then turned into Store targets. */
export function targetList(p: Parser, stops: string[]): A.Expr {
  const start = p.tok;
  const first = starTargetExpr(p);
  if (!p.isOp(',')) return setContext(p, first, 'Store');
  const elts = [first];
  while (p.eatOp(',')) {
    if (stops.some((s) => p.isKw(s)) || p.isOp('=')) break;
    elts.push(starTargetExpr(p));
  }
  return setContext(p, { _type: 'Tuple', elts, ctx: 'Load', ...p.span(start) }, 'Store');
}

function starTargetExpr(p: Parser): A.Expr {
  const star = p.eatOp('*');
  if (star) {
    const value = bitwiseOr(p);
    return { _type: 'Starred', value, ctx: 'Load', ...p.span(star) };
  }
  return bitwiseOr(p);
}

/** What CPython calls an expression in "cannot assign to ..." messages. */
export function exprName(e: A.Expr): string {
  switch (e._type) {
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (typeof e.value === 'object' && 'ellipsis' in e.value) return 'ellipsis';
      return 'literal';
    default: return e._type.toLowerCase();
  }
}

/** The first sub-expression that cannot be a target, as CPython's _PyPegen_get_invalid_target. */
export function invalidTarget(e: A.Expr, del = false): A.Expr | null {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'Starred': return del ? e : invalidTarget(e.value, del);
    case 'List': case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, del);
        if (bad) return bad;
      }
      return null;
    default: return e;
  }
}

export function setContext(p: Parser, e: A.Expr, ctx: A.ExprContext): A.Expr {
  const bad = invalidTarget(e, ctx === 'Del');
  if (bad) throw p.errorAt(`cannot ${ctx === 'Del' ? 'delete' : 'assign to'} ${exprName(bad)}`, bad);
  return withContext(e, ctx);
}

export function withContext(e: A.Expr, ctx: A.ExprContext): A.Expr {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript': return { ...e, ctx };
    case 'Starred': return { ...e, ctx, value: withContext(e.value, ctx) };
    case 'List': case 'Tuple': return { ...e, ctx, elts: e.elts.map((x) => withContext(x, ctx)) };
    default: return e;
  }
}

function atom(p: Parser): A.Expr {
  const t = p.tok;
  if (t.type === 'NAME') {
    if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
      p.next();
      return { _type: 'Constant', value: t.value === 'None' ? null : t.value === 'True', kind: null, ...p.span(t, t) };
    }
    if (KEYWORDS.has(t.value)) throw p.invalid();
    p.next();
    return { _type: 'Name', id: t.value, ctx: 'Load', ...p.span(t, t) };
  }
  if (t.type === 'NUMBER') {
    p.next();
    return { _type: 'Constant', value: parseNumber(t.value), kind: null, ...p.span(t, t) };
  }
  if (t.type === 'STRING') return parseStrings(p);
  if (t.type === 'OP') {
    if (t.value === '...') {
      p.next();
      return { _type: 'Constant', value: { ellipsis: true }, kind: null, ...p.span(t, t) };
    }
    if (t.value === '(') return parenthesized(p);
    if (t.value === '[') return listDisplay(p);
    if (t.value === '{') return braceDisplay(p);
  }
  throw p.invalid();
}

export function parseNumber(text: string): A.ConstantValue {
  const s = text.replace(/_/g, '');
  if (/[jJ]$/.test(s)) return { complex: Number(s.slice(0, -1)) };
  if (/^0[xob]/i.test(s)) return BigInt(s.toLowerCase());
  if (/[.eE]/.test(s)) return { float: Number(s) };
  return BigInt(s);
}

function parenthesized(p: Parser): A.Expr {
  const open = p.next();
  p.brackets++;
  if (p.isOp(')')) {
    p.brackets--;
    const close = p.next();
    return { _type: 'Tuple', elts: [], ctx: 'Load', ...p.span(open, close) };
  }
  if (p.isKw('yield')) {
    const y = yieldExpr(p);
    p.brackets--;
    p.expectOp(')');
    return y;
  }
  const first = starNamedExpression(p);
  if (p.isKw('for')) {
    const generators = comprehensionClauses(p);
    p.brackets--;
    const close = p.expectOp(')');
    return { _type: 'GeneratorExp', elt: first, generators, ...p.span(open, close) };
  }
  if (p.isOp(')')) {
    p.brackets--;
    p.next();
    if (first._type === 'Starred') throw p.errorAt('cannot use starred expression here', first);
    return first;
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(')')) break;
    elts.push(starNamedExpression(p));
  }
  if (!p.isOp(')')) forgotComma(p, elts[elts.length - 1]);
  p.brackets--;
  const close = p.next();
  return { _type: 'Tuple', elts, ctx: 'Load', ...p.span(open, close) };
}

function listDisplay(p: Parser): A.Expr {
  const open = p.next();
  p.brackets++;
  const elts: A.Expr[] = [];
  if (!p.isOp(']')) {
    const first = starNamedExpression(p);
    if (p.isKw('for')) {
      const generators = comprehensionClauses(p);
      p.brackets--;
      const close = p.expectOp(']');
      return { _type: 'ListComp', elt: first, generators, ...p.span(open, close) };
    }
    elts.push(first);
    while (p.eatOp(',')) {
      if (p.isOp(']')) break;
      elts.push(starNamedExpression(p));
    }
    if (!p.isOp(']')) forgotComma(p, elts[elts.length - 1]);
  }
  p.brackets--;
  const close = p.next();
  return { _type: 'List', elts, ctx: 'Load', ...p.span(open, close) };
}

function braceDisplay(p: Parser): A.Expr {
  const open = p.next();
  p.brackets++;
  const done = (e: A.Expr): A.Expr => {
    p.brackets--;
    return e;
  };
  if (p.isOp('}')) {
    const close = p.next();
    return done({ _type: 'Dict', keys: [], values: [], ...p.span(open, close) });
  }
  const keys: (A.Expr | null)[] = [];
  const values: A.Expr[] = [];
  if (p.eatOp('**')) {
    keys.push(null);
    values.push(bitwiseOr(p));
  } else {
    const first = starNamedExpression(p);
    if (!p.isOp(':')) {
      if (p.isKw('for')) {
        const generators = comprehensionClauses(p);
        p.brackets--;
        const close = p.expectOp('}');
        return { _type: 'SetComp', elt: first, generators, ...p.span(open, close) };
      }
      const elts = [first];
      while (p.eatOp(',')) {
        if (p.isOp('}')) break;
        elts.push(starNamedExpression(p));
      }
      if (!p.isOp('}')) forgotComma(p, elts[elts.length - 1]);
      const close = p.next();
      return done({ _type: 'Set', elts, ...p.span(open, close) });
    }
    p.next();
    const value = expression(p);
    if (p.isKw('for')) {
      const generators = comprehensionClauses(p);
      p.brackets--;
      const close = p.expectOp('}');
      return { _type: 'DictComp', key: first, value, generators, ...p.span(open, close) };
    }
    keys.push(first);
    values.push(value);
  }
  while (p.eatOp(',')) {
    if (p.isOp('}')) break;
    if (p.eatOp('**')) {
      keys.push(null);
      values.push(bitwiseOr(p));
      continue;
    }
    const key = expression(p);
    // CPython names the key and leaves the end open (RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
    if (!p.isOp(':')) throw p.errorFrom("':' expected after dictionary key", key);
    p.next();
    keys.push(key);
    values.push(expression(p));
  }
  if (!p.isOp('}')) forgotComma(p, values[values.length - 1]);
  const close = p.next();
  return done({ _type: 'Dict', keys, values, ...p.span(open, close) });
}

export function yieldExpr(p: Parser): A.Expr {
  const start = p.next();
  if (p.eatKw('from')) {
    const value = expression(p);
    return { _type: 'YieldFrom', value, ...p.span(start) };
  }
  if (!startsExpression(p) && !p.isOp('*')) return { _type: 'Yield', value: null, ...p.span(start, start) };
  const value = starExpressions(p);
  return { _type: 'Yield', value, ...p.span(start) };
}
