// CPython 3.12's AST optimizer (ast_opt.c) as far as the compiler needs it: unary
// and binary operations on constants, and tuples of constants, become one constant
// before code is generated. Its size limits are kept (no folding of huge results),
// and what would raise is left to run time. A case not folded here still compiles
// to the operation itself, so the result is the same; only `dis` differs.

import type * as A from './ast';
import type { Const } from './code';

const MAX_INT_SIZE = 128n; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

type Num = bigint | { float: number };

function asNum(v: Const): Num | undefined {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') return v;
  if (v !== null && typeof v === 'object' && 'float' in v) return v;
  return undefined;
}

function bits(n: bigint): bigint {
  return BigInt((n < 0n ? -n : n).toString(2).length);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function intOp(op: A.Operator, a: bigint, b: bigint): Const | undefined {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult': return a !== 0n && b !== 0n && bits(a) + bits(b) > MAX_INT_SIZE ? undefined : a * b;
    case 'FloorDiv': return b === 0n ? undefined : floorDiv(a, b);
    case 'Mod': return b === 0n ? undefined : a - floorDiv(a, b) * b;
    case 'Pow':
      if (b < 0n) return undefined; // a float result: left to run time
      if (a !== 0n && b > 0n && bits(a) > MAX_INT_SIZE / b) return undefined;
      return a ** b;
    case 'LShift':
      if (b < 0n || b > MAX_INT_SIZE || bits(a) > MAX_INT_SIZE - b) return undefined;
      return a << b;
    case 'RShift': return b < 0n ? undefined : a >> b;
    case 'BitAnd': return a & b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
    case 'Div': {
      // Exact only while both convert to doubles exactly; then IEEE division rounds as CPython does.
      const lim = 2n ** 53n;
      if (b === 0n || a >= lim || a <= -lim || b >= lim || b <= -lim) return undefined;
      return { float: Number(a) / Number(b) };
    }
    default: return undefined;
  }
}

function floatOp(op: A.Operator, a: number, b: number): Const | undefined {
  switch (op) {
    case 'Add': return { float: a + b };
    case 'Sub': return { float: a - b };
    case 'Mult': return { float: a * b };
    case 'Div': return b === 0 ? undefined : { float: a / b };
    default: return undefined;
  }
}

function toFloat(n: Num): number | undefined {
  if (typeof n !== 'bigint') return n.float;
  const lim = 2n ** 53n;
  return n < lim && n > -lim ? Number(n) : undefined;
}

function binOp(op: A.Operator, l: Const, r: Const): Const | undefined {
  // bool & | ^ bool stays a bool.
  if (typeof l === 'boolean' && typeof r === 'boolean') {
    if (op === 'BitAnd') return l && r;
    if (op === 'BitOr') return l || r;
    if (op === 'BitXor') return l !== r;
  }
  const a = asNum(l);
  const b = asNum(r);
  if (a !== undefined && b !== undefined) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return intOp(op, a, b);
    const x = toFloat(a);
    const y = toFloat(b);
    return x === undefined || y === undefined ? undefined : floatOp(op, x, y);
  }
  if (op === 'Add' && typeof l === 'string' && typeof r === 'string') return l.length + r.length > MAX_STR_SIZE ? undefined : l + r;
  if (op === 'Add' && isTuple(l) && isTuple(r)) return { tuple: [...l.tuple, ...r.tuple] };
  if (op === 'Mult') {
    const [seq, n] = typeof r === 'bigint' || typeof r === 'boolean' ? [l, asNum(r)] : [r, asNum(l)];
    if (typeof n !== 'bigint') return undefined;
    const k = n < 0n ? 0 : Number(n);
    if (typeof seq === 'string') return seq.length * k > MAX_STR_SIZE ? undefined : seq.repeat(k);
    if (isTuple(seq)) {
      if (seq.tuple.length * k > MAX_COLLECTION_SIZE) return undefined;
      return { tuple: Array.from({ length: k }, () => seq.tuple).flat() };
    }
  }
  return undefined;
}

function isTuple(v: Const): v is { tuple: Const[] } {
  return v !== null && typeof v === 'object' && 'tuple' in v;
}

function unaryOp(op: A.UnaryOperator, v: Const): Const | undefined {
  if (op === 'Not') {
    if (v === null || typeof v === 'boolean') return !v;
    if (typeof v === 'bigint') return v === 0n;
    if (typeof v === 'string') return v.length === 0;
    if (isTuple(v)) return v.tuple.length === 0;
    if ('float' in v) return v.float === 0;
    return undefined;
  }
  const n = asNum(v);
  if (n === undefined) return undefined;
  if (op === 'Invert') return typeof n === 'bigint' ? ~n : undefined;
  if (op === 'USub') return typeof n === 'bigint' ? -n : { float: -n.float };
  return n; // UAdd
}

/** The constant an expression folds to, or undefined when CPython leaves it an operation. */
export function foldConst(e: A.Expr): Const | undefined {
  switch (e._type) {
    case 'Constant': return e.value;
    case 'UnaryOp': {
      const v = foldConst(e.operand);
      return v === undefined ? undefined : unaryOp(e.op, v);
    }
    case 'BinOp': {
      const l = foldConst(e.left);
      if (l === undefined) return undefined;
      const r = foldConst(e.right);
      return r === undefined ? undefined : binOp(e.op, l, r);
    }
    case 'Tuple': {
      const out: Const[] = [];
      for (const x of e.elts) {
        const v = x._type === 'Starred' ? undefined : foldConst(x);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return { tuple: out };
    }
    default: return undefined;
  }
}

/**
 * fold_iter: what a `for` or `in` goes over. A list display becomes a tuple (a constant
 * when its items are), a set display of constants a frozenset constant.
 */
export function foldIter(e: A.Expr): A.Expr | { folded: Const } {
  if (e._type === 'List' && !e.elts.some((x) => x._type === 'Starred')) {
    const t: A.Tuple = { ...e, _type: 'Tuple' };
    const v = foldConst(t);
    return v === undefined ? t : { folded: v };
  }
  if (e._type === 'Set') {
    const v = foldConst({ ...e, _type: 'Tuple', ctx: 'Load' });
    if (v !== undefined && typeof v === 'object' && v !== null && 'tuple' in v) return { folded: { frozenset: v.tuple } };
  }
  return e;
}
