// Folds operations on constants in the AST before compiling, as CPython's AST
// optimizer does (`2 * 3` is the constant 6). The compiler refuses to compile
// such expressions until it mirrors the optimizer itself; folding here gives
// the same values, so programs run meanwhile.

import type * as A from '../ast';
import type { PyVal } from './objects';
import { binop, unary } from './arith';

function toPy(v: A.ConstantValue): PyVal | undefined {
  if (v === null || typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'string') return v;
  if ('float' in v) return v.float;
  return undefined;
}

function fromPy(v: PyVal): A.ConstantValue | undefined {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return typeof v === 'string' && v.length > 4096 ? undefined : v;
  if (typeof v === 'bigint') return v.toString(2).length > 128 ? undefined : v;
  if (typeof v === 'number') return { float: v };
  return undefined;
}

const OPS: Partial<Record<A.Operator, string>> = {
  Add: '+', Sub: '-', Mult: '*', Div: '/', FloorDiv: '//', Mod: '%', Pow: '**', LShift: '<<', RShift: '>>', BitAnd: '&', BitOr: '|', BitXor: '^',
};

function foldExpr(e: A.Expr): A.Expr {
  if (e._type === 'BinOp' && e.left._type === 'Constant' && e.right._type === 'Constant') {
    const a = toPy(e.left.value), b = toPy(e.right.value), op = OPS[e.op];
    if (a === undefined || b === undefined || !op) return e;
    if (op === '%' && typeof a === 'string') return e;
    try {
      const v = fromPy(binop(op, a, b));
      if (v === undefined) return e;
      return { ...e, _type: 'Constant', value: v, kind: null } as unknown as A.Expr;
    } catch {
      return e;
    }
  }
  if (e._type === 'UnaryOp' && e.operand._type === 'Constant') {
    const a = toPy(e.operand.value);
    if (a === undefined) return e;
    const op = e.op === 'UAdd' ? '+' : e.op === 'Invert' ? '~' : e.op === 'USub' ? '-' : 'not';
    try {
      const v = fromPy(unary(op, a));
      if (v === undefined) return e;
      return { ...e, _type: 'Constant', value: v, kind: null } as unknown as A.Expr;
    } catch {
      return e;
    }
  }
  return e;
}

/** Folds in place, bottom-up, every constant BinOp/UnaryOp in the module. */
export function foldConstants(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const rec = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(rec)) {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        foldConstants(x);
        if (x && typeof x === 'object' && '_type' in x) v[i] = foldExpr(x as A.Expr);
      });
    } else if (v && typeof v === 'object' && '_type' in v) {
      foldConstants(v);
      rec[k] = foldExpr(v as A.Expr);
    }
  }
}
