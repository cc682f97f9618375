// One expression of a code unit, as CPython 3.12's compiler_visit_expr emits it (split out of compiler.ts).

import type * as A from './ast';
import { CompileNotSupported } from './compiler-errors';
import type { UnitInternals } from './compile-api';
import { attrLoc, compileBoolOp, compileCompare, compileComprehension, compileFormattedValue, compileJoinedStr, compileYield, compileYieldFrom } from './compile-exprs';
import { BINARY_OPARG, UNARY_OP } from './code';
import { foldConst } from './fold';
import { compileDict, compileExCall, needsExCall, starUnpack } from './compile-displays';

export function compileExpression(u: UnitInternals, e: A.Expr): void {
  u.at(e);
  switch (e._type) {
    case 'Constant':
      u.loadConst(e.value);
      return;
    case 'Name':
      u.nameOp('LOAD', e.id);
      return;
    case 'BinOp': {
      const folded = foldConst(e);
      if (folded !== undefined) {
        u.loadConst(folded);
        return;
      }
      u.expr(e.left);
      u.expr(e.right);
      u.at(e);
      const [n, sym] = BINARY_OPARG[e.op];
      u.emit('BINARY_OP', n, sym);
      return;
    }
    case 'UnaryOp': {
      const folded = foldConst(e);
      if (folded !== undefined) {
        u.loadConst(folded);
        return;
      }
      u.expr(e.operand);
      u.at(e);
      const op = UNARY_OP[e.op];
      if (op) u.emit(op);
      else u.emit('CALL_INTRINSIC_1', 5, 'INTRINSIC_UNARY_POSITIVE');
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
      if (u.superCall(e.value)) {
        u.loadSuper(e.value, e.attr, false, e);
        return;
      }
      u.expr(e.value);
      u.loc = attrLoc(e, e);
      u.emit('LOAD_ATTR', u.nameIndex(u.mangle(e.attr)) << 1, u.mangle(e.attr));
      return;
    case 'Subscript':
      u.expr(e.value);
      if (u.twoPartSlice(e.slice)) {
        u.at(e);
        u.emit('BINARY_SLICE');
        return;
      }
      u.expr(e.slice);
      u.at(e);
      u.emit('BINARY_SUBSCR');
      return;
    case 'Slice':
      // Only a slice with a step, or one inside a tuple index, gets here; a[i:j] uses BINARY_SLICE.
      u.sliceBounds(e);
      if (e.step) u.expr(e.step);
      u.at(e);
      u.emit('BUILD_SLICE', e.step ? 3 : 2);
      return;
    case 'List': case 'Tuple': {
      const folded = e._type === 'Tuple' ? foldConst(e) : undefined;
      if (folded !== undefined) {
        u.loadConst(folded);
        return;
      }
      starUnpack(u, e, e.elts, 0, e._type === 'List' ? 'list' : 'tuple');
      return;
    }
    case 'Set':
      starUnpack(u, e, e.elts, 0, 'set');
      return;
    case 'Dict':
      compileDict(u, e);
      return;
    case 'IfExp': {
      // compiler_ifexp
      const orelse = u.newLabel();
      const end = u.newLabel();
      u.jumpIf(e.test, orelse, false);
      u.expr(e.body);
      u.loc = u.lastLoc();
      u.jump('JUMP_FORWARD', end, true);
      u.place(orelse);
      u.expr(e.orelse);
      u.place(end);
      return;
    }
    case 'GeneratorExp':
      u.genexp(e);
      return;
    case 'NamedExpr':
      u.expr(e.value);
      u.at(e);
      u.emit('COPY', 1);
      u.store(e.target);
      return;
    case 'Call': {
      if (needsExCall(e.args, e.keywords)) {
        u.at(e.func);
        if (e.func._type === 'Name') u.nameOp('LOAD', e.func.id, true);
        else {
          u.emit('PUSH_NULL');
          u.expr(e.func);
        }
        compileExCall(u, e, e.args, e.keywords);
        return;
      }
      let method = false;
      if (e.func._type === 'Name') {
        u.at(e.func);
        u.nameOp('LOAD', e.func.id, true);
      }
      else if (e.func._type === 'Attribute' && u.superCall(e.func.value)) {
        u.loadSuper(e.func.value, e.func.attr, true, e.func);
        method = true;
      } else if (e.func._type === 'Attribute' && !(e.func.value._type === 'Name' && u.imported.has(e.func.value.id))) {
        // Method calls: LOAD_ATTR's low bit pushes the method and self instead of NULL and a bound method.
        u.expr(e.func.value);
        u.loc = attrLoc(e.func, e.func);
        u.emit('LOAD_ATTR', (u.nameIndex(u.mangle(e.func.attr)) << 1) | 1, `NULL|self + ${u.mangle(e.func.attr)}`);
        method = true;
      } else {
        u.at(e.func);
        u.emit('PUSH_NULL');
        u.expr(e.func);
      }
      e.args.forEach((x) => u.expr(x));
      e.keywords.forEach((k) => u.expr(k.value));
      // A method call's KW_NAMES carries the method's span, others the call's.
      if (method) u.at(e.func as A.Attribute);
      else u.at(e);
      if (e.keywords.length) u.loadKwNames(e.keywords.map((k) => k.arg ?? ''));
      if (method) u.loc = attrLoc(e.func as A.Attribute, e);
      else u.at(e);
      u.emit('CALL', e.args.length + e.keywords.length);
      return;
    }
    default:
      throw new CompileNotSupported(e._type);
  }
}
