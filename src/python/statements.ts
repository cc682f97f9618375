// Statement grammar: simple statements, compound statements and blocks.

import type * as A from './ast';
import type { Parser } from './parser-core';
import type { Token } from './tokenizer';
import {
  expression, exprName, invalidTarget, namedExpression, setContext, starExpressions, startsExpression,
  targetList, withContext, yieldExpr, bitwiseOr,
} from './expressions';
import { parseArguments } from './arguments';
import { matchStatement } from './patterns';

const AUG: Record<string, A.Operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

export function statements(p: Parser): A.Stmt[] {
  const body: A.Stmt[] = [];
  while (p.tok.type !== 'ENDMARKER' && p.tok.type !== 'DEDENT') body.push(...statement(p));
  return body;
}

function statement(p: Parser): A.Stmt[] {
  const t = p.tok;
  if (t.type === 'INDENT') throw p.indentationError('unexpected indent', t);
  if (t.type === 'NAME') {
    switch (t.value) {
      case 'if': return [ifStatement(p)];
      case 'while': return [whileStatement(p)];
      case 'for': return [forStatement(p)];
      case 'try': return [tryStatement(p)];
      case 'with': return [withStatement(p)];
      case 'def': return [functionDef(p, [])];
      case 'class': return [classDef(p, [])];
      case 'async': throw p.errorAtToken("'async' is not supported by this interpreter", t);
      case 'match': {
        const m = matchStatement(p, block);
        if (m) return [m];
      }
    }
  }
  if (p.isOp('@')) return [decorated(p)];
  return simpleStatements(p);
}

/** `:` then an indented suite or statements on the same line. */
export function block(p: Parser, what: string, header: Token, forced = false): A.Stmt[] {
  // CPython says "expected ':'" where the grammar forces it (&&':') or the line just ends.
  if (!p.isOp(':') && !forced && !p.at('NEWLINE')) throw p.invalid();
  p.expectOp(':');
  if (p.tok.type !== 'NEWLINE') return simpleStatements(p);
  p.next();
  if (!p.at('INDENT')) {
    throw p.errorAtToken(`expected an indented block after ${what} on line ${header.line}`, p.tok, 'IndentationError');
  }
  p.next();
  const body = statements(p);
  if (p.at('DEDENT')) p.next();
  return body;
}

const lastEnd = (body: A.Stmt[]): A.Pos => body[body.length - 1] as A.Pos;

function ifStatement(p: Parser): A.If {
  const kw = p.next();
  const test = namedExpression(p);
  const body = block(p, `'${kw.value}' statement`, kw);
  let orelse: A.Stmt[] = [];
  if (p.isKw('elif')) orelse = [ifStatement(p)];
  else if (p.isKw('else')) {
    const e = p.next();
    orelse = block(p, "'else' statement", e, true);
  }
  return { _type: 'If', test, body, orelse, ...p.span(kw, lastEnd(orelse.length ? orelse : body)) };
}

function elseBlock(p: Parser): A.Stmt[] {
  if (!p.isKw('else')) return [];
  const e = p.next();
  return block(p, "'else' statement", e, true);
}

function whileStatement(p: Parser): A.While {
  const kw = p.next();
  const test = namedExpression(p);
  const body = block(p, "'while' statement", kw);
  const orelse = elseBlock(p);
  return { _type: 'While', test, body, orelse, ...p.span(kw, lastEnd(orelse.length ? orelse : body)) };
}

function forStatement(p: Parser): A.For {
  const kw = p.next();
  const target = targetList(p, ['in']);
  if (!p.eatKw('in')) throw p.invalid();
  const iter = starExpressions(p);
  const body = block(p, "'for' statement", kw);
  const orelse = elseBlock(p);
  return { _type: 'For', target, iter, body, orelse, type_comment: null, ...p.span(kw, lastEnd(orelse.length ? orelse : body)) };
}

function tryStatement(p: Parser): A.Stmt {
  const kw = p.next();
  const body = block(p, "'try' statement", kw, true);
  const handlers: A.ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.isKw('except')) {
    const ex = p.next();
    const isStar = p.eatOp('*') !== null;
    if (star !== null && star !== isStar) throw p.errorAtToken('cannot have both \'except\' and \'except*\' on the same \'try\'', ex);
    star = isStar;
    let type: A.Expr | null = null;
    let name: string | null = null;
    if (!p.isOp(':')) {
      type = expression(p);
      if (p.isOp(',')) {
        const elts = [type];
        while (p.eatOp(',') && !p.isOp(':')) elts.push(expression(p));
        throw p.errorAt('multiple exception types must be parenthesized', p.span(elts[0] as A.Pos, elts[elts.length - 1] as A.Pos));
      }
      if (p.eatKw('as')) name = p.expectName().value;
    }
    const hbody = block(p, `'${isStar ? 'except*' : 'except'}' statement`, ex);
    handlers.push({ _type: 'ExceptHandler', type, name, body: hbody, ...p.span(ex, lastEnd(hbody)) });
  }
  const orelse = handlers.length ? elseBlock(p) : [];
  let finalbody: A.Stmt[] = [];
  if (p.isKw('finally')) {
    const f = p.next();
    finalbody = block(p, "'finally' statement", f, true);
  }
  if (!handlers.length && !finalbody.length) throw p.errorAtToken("expected 'except' or 'finally' block", p.tok);
  const end = lastEnd(finalbody.length ? finalbody : orelse.length ? orelse : (handlers as A.Pos[] as A.Stmt[]));
  return { _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...p.span(kw, end) };
}

function withItem(p: Parser): A.WithItem {
  const context_expr = expression(p);
  let optional_vars: A.Expr | null = null;
  if (p.eatKw('as')) optional_vars = setContext(p, bitwiseOr(p), 'Store');
  return { _type: 'withitem', context_expr, optional_vars };
}

function withStatement(p: Parser): A.With {
  const kw = p.next();
  let items: A.WithItem[] | null = null;
  if (p.isOp('(')) {
    const save = p.i;
    try {
      p.next();
      p.brackets++;
      items = [];
      while (!p.isOp(')')) {
        items.push(withItem(p));
        if (!p.eatOp(',')) break;
      }
      p.expectOp(')');
      p.brackets--;
      if (!p.isOp(':')) throw p.invalid();
    } catch {
      p.brackets = 0;
      p.i = save;
      items = null;
    }
  }
  if (!items) {
    items = [withItem(p)];
    while (p.eatOp(',')) items.push(withItem(p));
  }
  const body = block(p, "'with' statement", kw);
  return { _type: 'With', items, body, type_comment: null, ...p.span(kw, lastEnd(body)) };
}

function decorated(p: Parser): A.Stmt {
  const decorators: A.Expr[] = [];
  while (p.eatOp('@')) {
    decorators.push(namedExpression(p));
    if (p.tok.type !== 'NEWLINE') throw p.invalid();
    p.next();
  }
  if (p.isKw('def')) return functionDef(p, decorators);
  if (p.isKw('class')) return classDef(p, decorators);
  throw p.invalid();
}

function functionDef(p: Parser, decorator_list: A.Expr[]): A.FunctionDef {
  const kw = p.next();
  const name = p.expectName();
  p.expectOp('(');
  p.brackets++;
  const args = parseArguments(p, false);
  p.brackets--;
  p.expectOp(')');
  const returns = p.eatOp('->') ? expression(p) : null;
  const body = block(p, 'function definition', kw, true);
  return { _type: 'FunctionDef', name: name.value, args, body, decorator_list, returns, type_comment: null, type_params: [], ...p.span(kw, lastEnd(body)) };
}

function classDef(p: Parser, decorator_list: A.Expr[]): A.ClassDef {
  const kw = p.next();
  const name = p.expectName();
  let bases: A.Expr[] = [];
  let keywords: A.Keyword[] = [];
  if (p.isOp('(')) {
    const fake: A.Name = { _type: 'Name', id: name.value, ctx: 'Load', ...p.span(name, name) };
    const call = bitwiseOrCall(p, fake);
    bases = call.args;
    keywords = call.keywords;
  }
  const body = block(p, 'class definition', kw);
  return { _type: 'ClassDef', name: name.value, bases, keywords, body, decorator_list, type_params: [], ...p.span(kw, lastEnd(body)) };
}

/** Class bases share call-argument syntax: parse `Name(...)` as a call and take its arguments. */
function bitwiseOrCall(p: Parser, fake: A.Name): A.Call {
  const save = p.i;
  p.i = save - 1;
  const e = bitwiseOr(p);
  if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.col_offset !== fake.col_offset) throw p.invalid();
  return e;
}

function simpleStatements(p: Parser): A.Stmt[] {
  const out: A.Stmt[] = [simpleStatement(p)];
  while (p.eatOp(';')) {
    if (p.tok.type === 'NEWLINE') break;
    out.push(simpleStatement(p));
  }
  if (p.tok.type !== 'NEWLINE') {
    const last = out[out.length - 1] as A.Stmt;
    if (last._type === 'Expr' && last.value._type === 'Name' && ['print', 'exec'].includes(last.value.id) && startsExpression(p)) {
      const rest = starExpressions(p);
      throw p.errorAt(`Missing parentheses in call to '${last.value.id}'. Did you mean ${last.value.id}(...)?`, p.span(last, rest));
    }
    throw p.invalid();
  }
  p.next();
  return out;
}

function dottedName(p: Parser): string {
  let name = p.expectName().value;
  while (p.eatOp('.')) name += '.' + p.expectName().value;
  return name;
}

function simpleStatement(p: Parser): A.Stmt {
  const t = p.tok;
  if (t.type === 'NAME') {
    switch (t.value) {
      case 'pass': case 'break': case 'continue':
        p.next();
        return { _type: t.value === 'pass' ? 'Pass' : t.value === 'break' ? 'Break' : 'Continue', ...p.span(t, t) };
      case 'return': {
        p.next();
        const value = p.tok.type === 'NEWLINE' || p.isOp(';') ? null : starExpressions(p);
        return { _type: 'Return', value, ...p.span(t) };
      }
      case 'raise': {
        p.next();
        let exc: A.Expr | null = null;
        let cause: A.Expr | null = null;
        if (p.tok.type !== 'NEWLINE' && !p.isOp(';')) {
          exc = expression(p);
          if (p.eatKw('from')) cause = expression(p);
        }
        return { _type: 'Raise', exc, cause, ...p.span(t) };
      }
      case 'global': case 'nonlocal': {
        p.next();
        const names = [p.expectName().value];
        while (p.eatOp(',')) names.push(p.expectName().value);
        return { _type: t.value === 'global' ? 'Global' : 'Nonlocal', names, ...p.span(t) };
      }
      case 'del': {
        p.next();
        const first = bitwiseOr(p);
        let target = first;
        if (p.isOp(',')) {
          const elts = [first];
          while (p.eatOp(',') && p.tok.type !== 'NEWLINE' && !p.isOp(';')) elts.push(bitwiseOr(p));
          target = { _type: 'Tuple', elts, ctx: 'Load', ...p.span(first) };
          return { _type: 'Delete', targets: [setContext(p, target, 'Del')].flatMap((x) => (x._type === 'Tuple' ? x.elts : [x])), ...p.span(t) };
        }
        return { _type: 'Delete', targets: [setContext(p, target, 'Del')], ...p.span(t) };
      }
      case 'assert': {
        p.next();
        const test = expression(p);
        const msg = p.eatOp(',') ? expression(p) : null;
        return { _type: 'Assert', test, msg, ...p.span(t) };
      }
      case 'import': {
        p.next();
        const names: A.Alias[] = [];
        do {
          const s = p.tok;
          const name = dottedName(p);
          const asname = p.eatKw('as') ? p.expectName().value : null;
          names.push({ _type: 'alias', name, asname, ...p.span(s) });
        } while (p.eatOp(','));
        return { _type: 'Import', names, ...p.span(t) };
      }
      case 'from': return importFrom(p);
    }
  }
  return expressionStatement(p);
}

function importFrom(p: Parser): A.ImportFrom {
  const t = p.next();
  let level = 0;
  while (p.isOp('.') || p.isOp('...')) level += p.next().value.length;
  const module = level > 0 && p.isKw('import') ? null : dottedName(p);
  if (!p.eatKw('import')) throw p.invalid();
  const names: A.Alias[] = [];
  if (p.isOp('*')) {
    const s = p.next();
    names.push({ _type: 'alias', name: '*', asname: null, ...p.span(s, s) });
    return { _type: 'ImportFrom', module, names, level, ...p.span(t) };
  }
  const paren = p.eatOp('(');
  if (paren) p.brackets++;
  do {
    if (paren && p.isOp(')')) break;
    if (!paren && p.last.value === ',' && p.at('NEWLINE')) throw p.errorAtToken('trailing comma not allowed without surrounding parentheses', p.tok);
    const s = p.expectName();
    const asname = p.eatKw('as') ? p.expectName().value : null;
    names.push({ _type: 'alias', name: s.value, asname, ...p.span(s) });
  } while (p.eatOp(','));
  if (paren) {
    p.brackets--;
    p.expectOp(')');
  }
  return { _type: 'ImportFrom', module, names, level, ...p.span(t) };
}

function rhs(p: Parser): A.Expr {
  return p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
}

function expressionStatement(p: Parser): A.Stmt {
  const start = p.tok;
  const first = rhs(p);
  if (p.isOp(':') && first._type !== 'Tuple') {
    p.next();
    const bad = invalidTarget(first);
    if (bad || first._type === 'Starred' || first._type === 'List') {
      throw p.errorAt(`illegal target for annotation`, first);
    }
    const annotation = expression(p);
    const value = p.eatOp('=') ? rhs(p) : null;
    const simple = first._type === 'Name' && !(start.type === 'OP' && start.value === '(') ? 1 : 0;
    return { _type: 'AnnAssign', target: withContext(first, 'Store'), annotation, value, simple, ...p.span(start) };
  }
  if (p.tok.type === 'OP' && AUG[p.tok.value]) {
    const op = AUG[p.next().value] as A.Operator;
    if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
      throw p.errorAt(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
    }
    const value = rhs(p);
    return { _type: 'AugAssign', target: withContext(first, 'Store'), op, value, ...p.span(start) };
  }
  if (p.isOp(':=')) throw p.errorAt(`cannot use assignment expressions with ${exprName(first)}`, first);
  if (!p.isOp('=')) return { _type: 'Expr', value: first, ...p.span(start) };
  const chain = [first];
  while (p.eatOp('=')) chain.push(rhs(p));
  const value = chain.pop() as A.Expr;
  const y = chain.find((t) => t._type === 'Yield' || t._type === 'YieldFrom');
  if (y) throw p.errorAt('assignment to yield expression not possible', y);
  if (chain.length === 1) {
    // CPython's invalid_named_expression: `target = value` with nothing after gets the '==' hint.
    const head = chain[0] as A.Expr;
    const last = head._type === 'Tuple' && head.col_offset === head.elts[0]?.col_offset ? head.elts[head.elts.length - 1] : head;
    if (last && invalidTarget(last) === last && hintable(last)) {
      throw p.errorAt(`cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`, last);
    }
  }
  const targets = chain.map((target) => setContext(p, target, 'Store'));
  return { _type: 'Assign', targets, value, type_comment: null, ...p.span(start) };
}

function hintable(e: A.Expr): boolean {
  if (['List', 'Tuple', 'GeneratorExp', 'Compare', 'BoolOp', 'Lambda', 'IfExp', 'NamedExpr', 'Starred'].includes(e._type)) return false;
  if (e._type === 'UnaryOp' && e.op === 'Not') return false;
  return !(e._type === 'Constant' && (e.value === null || typeof e.value === 'boolean'));
}
