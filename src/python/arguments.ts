// Parameter lists of `def` and `lambda` into ast.arguments.

import type * as A from './ast';
import type { Parser } from './parser-core';
import { expression } from './expressions';

export function parseArguments(p: Parser, isLambda: boolean): A.Arguments {
  const out: A.Arguments = { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
  const end = isLambda ? ':' : ')';
  let seenStar = false;
  const param = (): A.Arg => {
    const name = p.expectName();
    let annotation: A.Expr | null = null;
    if (!isLambda && p.eatOp(':')) annotation = expression(p);
    return { _type: 'arg', arg: name.value, annotation, type_comment: null, ...p.span(name) };
  };
  while (!p.isOp(end)) {
    if (p.isOp('/')) {
      const slash = p.next();
      if (seenStar || out.posonlyargs.length > 0 || out.args.length === 0) {
        throw p.errorAtToken(out.args.length === 0 && !seenStar ? 'at least one argument must precede /' : seenStar ? '/ must be ahead of *' : '/ may appear only once', slash);
      }
      out.posonlyargs = out.args;
      out.args = [];
    } else if (p.eatOp('**')) {
      out.kwarg = param();
      p.eatOp(',');
      if (!p.isOp(end)) throw p.errorAtToken('arguments cannot follow var-keyword argument', p.tok);
      break;
    } else if (p.isOp('*')) {
      const star = p.next();
      if (seenStar) throw p.errorAtToken('* argument may appear only once', star);
      seenStar = true;
      if (!p.isOp(',') && !p.isOp(end)) out.vararg = param();
      else if (p.isOp(end, 1) || p.isOp('**', 1)) throw p.errorAtToken('named arguments must follow bare *', star);
      if (p.isOp(end) && !out.vararg) throw p.errorAtToken('named arguments must follow bare *', star);
    } else {
      const arg = param();
      let dflt: A.Expr | null = null;
      if (p.eatOp('=')) dflt = expression(p);
      if (seenStar) {
        out.kwonlyargs.push(arg);
        out.kw_defaults.push(dflt);
      } else {
        if (dflt) out.defaults.push(dflt);
        else if (out.defaults.length > 0) throw p.errorAt('parameter without a default follows parameter with a default', arg);
        out.args.push(arg);
      }
    }
    if (!p.eatOp(',')) break;
  }
  if (!p.isOp(end)) throw p.invalid();
  return out;
}
