// One expression of a code unit, as CPython 3.12's compiler_visit_expr emits it (split out of compiler.ts).

import type * as A from './ast';
import { CompileNotSupported } from './compiler-errors';
import type { UnitInternals } from './compile-api';
import { compileBoolOp, compileCompare, compileComprehension, compileFormattedValue, compileJoinedStr, compileYield, compileYieldFrom } from './compile-exprs';
import { BINARY_OPARG, UNARY_OP, foldTuple } from './code';

export function compileExpression(u: UnitInternals, e: A.Expr): void {
  u.line = e.lineno;
  switch (e._type) {
    case 'Constant':
      u.loadConst(e.value);
      return;
    case 'Name':
      u.nameOp('LOAD', e.id);
      return;
    case 'BinOp': {
      // CPython's AST optimizer folds operations on constants; not mirrored yet.
      if (isConstantLike(e.left) && isConstantLike(e.right)) throw new CompileNotSupported('constant folding');
      u.expr(e.left);
      u.expr(e.right);
      u.line = e.lineno;
      const [n, sym] = BINARY_OPARG[e.op];
      u.emit('BINARY_OP', n, sym);
      return;
    }
    case 'UnaryOp': {
      if (e.operand._type === 'Constant') {
        // fold_unaryop: -<number> is one constant; other folds are not mirrored.
        const v = e.operand.value;
        if (e.op === 'USub' && typeof v === 'bigint') u.loadConst(-v);
        else if (e.op === 'USub' && v !== null && typeof v === 'object' && 'float' in v) u.loadConst({ float: -v.float });
        else throw new CompileNotSupported('constant folding');
        return;
      }
      const op = UNARY_OP[e.op];
      if (!op) throw new CompileNotSupported('unary +');
      u.expr(e.operand);
      u.line = e.lineno;
      u.emit(op);
      return;
    }
    case 'BoolOp':
      compileBoolOp(u, e);
      return;
    case 'Compare':
      compileCompare(u, e);
      return;
    case 'ListComp': case 'SetComp': case 'DictComp':
      compileComprehension(u, e);
      return;
    case 'JoinedStr':
      compileJoinedStr(u, e);
      return;
    case 'FormattedValue':
      compileFormattedValue(u, e);
      return;
    case 'Yield':
      compileYield(u, e);
      return;
    case 'YieldFrom':
      compileYieldFrom(u, e);
      return;
    case 'Lambda':
      u.makeFunction(e, '<lambda>', e.lineno, e.args, e.body);
      return;
    case 'Attribute':
      // update_start_location_to_match_attr moves a multi-line attribute's line; not mirrored.
      if (e.end_lineno !== e.lineno) throw new CompileNotSupported('attribute spanning lines');
      if (u.superCall(e.value)) {
        u.loadSuper(e.value, e.attr, false);
        return;
      }
      u.expr(e.value);
      u.line = e.lineno;
      u.emit('LOAD_ATTR', u.nameIndex(e.attr) << 1, e.attr);
      return;
    case 'Subscript':
      u.expr(e.value);
      if (u.twoPartSlice(e.slice)) {
        u.line = e.lineno;
        u.emit('BINARY_SLICE');
        return;
      }
      u.expr(e.slice);
      u.line = e.lineno;
      u.emit('BINARY_SUBSCR');
      return;
    case 'Slice':
      // Only a slice with a step, or one inside a tuple index, gets here; a[i:j] uses BINARY_SLICE.
      u.sliceBounds(e);
      if (e.step) u.expr(e.step);
      u.line = e.lineno;
      u.emit('BUILD_SLICE', e.step ? 3 : 2);
      return;
    case 'List': case 'Tuple': {
      const folded = e._type === 'Tuple' ? foldTuple(e) : null;
      if (folded) {
        u.loadConst(folded);
        return;
      }
      // Lists of three or more constants become LIST_EXTEND of a folded tuple in CPython; not done yet.
      const consts = e.elts.filter((x) => x._type === 'Constant').length;
      if (e.elts.some((x) => x._type === 'Starred') || (e._type === 'List' && consts >= 3)) throw new CompileNotSupported('display');
      e.elts.forEach((x) => u.expr(x));
      u.line = e.lineno;
      u.emit(e._type === 'List' ? 'BUILD_LIST' : 'BUILD_TUPLE', e.elts.length);
      return;
    }
    case 'Call': {
      if (e.keywords.some((k) => k.arg === null) || e.args.some((x) => x._type === 'Starred')) throw new CompileNotSupported('call unpacking');
      if (e.func._type === 'Name') u.nameOp('LOAD', e.func.id, true);
      else if (e.func._type === 'Attribute' && u.superCall(e.func.value)) {
        u.loadSuper(e.func.value, e.func.attr, true);
      } else if (e.func._type === 'Attribute' && !(e.func.value._type === 'Name' && u.imported.has(e.func.value.id))) {
        // Method calls: LOAD_ATTR's low bit pushes the method and self instead of NULL and a bound method.
        u.expr(e.func.value);
        u.line = e.func.lineno;
        u.emit('LOAD_ATTR', (u.nameIndex(e.func.attr) << 1) | 1, `NULL|self + ${e.func.attr}`);
      } else {
        u.emit('PUSH_NULL');
        u.expr(e.func);
      }
      e.args.forEach((x) => u.expr(x));
      e.keywords.forEach((k) => u.expr(k.value));
      u.line = e.lineno;
      if (e.keywords.length) u.loadKwNames(e.keywords.map((k) => k.arg ?? ''));
      u.emit('CALL', e.args.length + e.keywords.length);
      return;
    }
    default:
      throw new CompileNotSupported(e._type);
  }
}

/** A constant, or a tuple/unary/binary operation the AST optimizer would fold to one. */
function isConstantLike(e: A.Expr): boolean {
  if (e._type === 'Constant') return true;
  if (e._type === 'UnaryOp') return isConstantLike(e.operand);
  if (e._type === 'BinOp') return isConstantLike(e.left) && isConstantLike(e.right);
  if (e._type === 'Tuple') return e.elts.every(isConstantLike);
  return false;
}
