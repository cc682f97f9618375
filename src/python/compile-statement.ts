// One statement of a code unit, as CPython 3.12's compiler_visit_stmt emits it (split out of compiler.ts).

import type * as A from './ast';
import { UNCONDITIONAL } from './assembler';
import { CompileNotSupported } from './compiler-errors';
import type { UnitInternals } from './compile-api';
import { compileTry, compileWith, needsUnwind, unwindBlocks } from './compile-exceptions';
import { compileAssert, compileAugAssign, compileDel, compileRaise } from './compile-stmts';
import { constRepr, type Const } from './code';
import { foldConst } from './fold';
import { needsExCall } from './compile-displays';
import { iterExpr } from './compile-exprs';
import { compileMatch } from './compile-match';

export function compileStatement(u: UnitInternals, s: A.Stmt): void {
  u.at(s);
  switch (s._type) {
    case 'Expr':
      if (u.interactive) {
        u.expr(s.value);
        u.at(s);
        u.emit('CALL_INTRINSIC_1', 1, 'INTRINSIC_PRINT');
        u.code.instructions.push({ opname: 'POP_TOP', arg: null, argrepr: '', ...u.lastLoc(), noLine: true });
        return;
      }
      // compiler_visit_stmt_expr: a lone constant computes nothing; its NOP keeps the line.
      if (foldConst(s.value) !== undefined) {
        u.emit('NOP');
        return;
      }
      u.expr(s.value);
      u.at(s);
      // CPython's POP_TOP here is "artificial" (no location until lines are propagated).
      // Artificial: it shows where the value came from (propagate_line_numbers).
      u.code.instructions.push({ opname: 'POP_TOP', arg: null, argrepr: '', ...u.lastLoc(), noLine: true });
      return;
    case 'Assign': {
      u.expr(s.value);
      u.at(s);
      s.targets.forEach((t, i) => {
        u.at(s);
        if (i < s.targets.length - 1) u.emit('COPY', 1);
        u.store(t);
      });
      return;
    }
    case 'AugAssign':
      compileAugAssign(u, s);
      return;
    case 'Assert':
      compileAssert(u, s);
      return;
    case 'Raise':
      compileRaise(u, s);
      return;
    case 'Delete':
      s.targets.forEach((t) => compileDel(u, t));
      return;
    case 'ClassDef': {
      if (needsExCall(s.bases, s.keywords)) throw new CompileNotSupported('class bases unpacking');
      // compiler_class: decorators first, then __build_class__(function of the body, name, *bases, **keywords)
      s.decorator_list.forEach((d) => u.expr(d));
      u.at(s);
      u.emit('PUSH_NULL');
      u.emit('LOAD_BUILD_CLASS');
      const unit = u.childUnit(s.name, s.decorator_list[0]?.lineno ?? s.lineno, s);
      unit.emit('RESUME', 0);
      unit.nameOp('LOAD', '__name__');
      unit.nameOp('STORE', '__module__');
      unit.loadConst(unit.code.qualname);
      unit.nameOp('STORE', '__qualname__');
      unit.body(s.body);
      u.at(s);
      u.loadConst(unit.code);
      u.emit('MAKE_FUNCTION', 0);
      u.loadConst(s.name);
      s.bases.forEach((b) => u.expr(b));
      s.keywords.forEach((k) => u.expr(k.value));
      u.at(s);
      if (s.keywords.length) u.loadKwNames(s.keywords.map((k) => k.arg ?? ''));
      u.emit('CALL', 2 + s.bases.length + s.keywords.length);
      applyDecorators(u, s.decorator_list);
      u.at(s);
      u.nameOp('STORE', s.name);
      return;
    }
    case 'Try': case 'TryStar':
      compileTry(u, s);
      return;
    case 'Match':
      compileMatch(u, s);
      return;
    case 'With':
      compileWith(u, s);
      return;
    case 'Import':
      for (const alias of s.names) {
        u.loadConst(0n);
        u.loadConst(null);
        u.emit('IMPORT_NAME', u.nameIndex(alias.name), alias.name);
        if (alias.asname && alias.name.includes('.')) {
          // compiler_import_as: walk down to the last submodule, keeping only it.
          const parts = alias.name.split('.').slice(1);
          parts.forEach((p, i) => {
            u.emit('IMPORT_FROM', u.nameIndex(p), p);
            if (i < parts.length - 1) {
              u.emit('SWAP', 2);
              u.emit('POP_TOP');
            }
          });
          u.nameOp('STORE', alias.asname);
          u.emit('POP_TOP');
        } else u.nameOp('STORE', alias.asname ?? (alias.name.split('.')[0] as string));
      }
      return;
    case 'ImportFrom': {
      const mod = s.module ?? '';
      u.loadConst(BigInt(s.level));
      u.loadConst({ tuple: s.names.map((a) => a.name) });
      u.emit('IMPORT_NAME', u.nameIndex(mod), mod);
      if (s.names.some((a) => a.name === '*')) {
        // Only at module level (the parser refuses it elsewhere): the module's public names into ours.
        u.emit('CALL_INTRINSIC_1', 2, 'INTRINSIC_IMPORT_STAR');
        u.emit('POP_TOP');
        return;
      }
      for (const alias of s.names) {
        u.emit('IMPORT_FROM', u.nameIndex(alias.name), alias.name);
        u.nameOp('STORE', alias.asname ?? alias.name);
      }
      u.emit('POP_TOP');
      return;
    }
    case 'Return':
      compileReturn(u, s);
      return;
    case 'Pass':
      u.emit('NOP');
      return;
    case 'Global': case 'Nonlocal':
      return;
    case 'If': {
      const orelse = u.newLabel();
      u.jumpUnless(s.test, orelse);
      u.block(s.body);
      if (s.orelse.length) {
        const end = u.newLabel();
        if (!UNCONDITIONAL.has(u.lastOp())) u.jump('JUMP_FORWARD', end);
        u.place(orelse);
        u.block(s.orelse);
        u.place(end);
      } else u.place(orelse);
      return;
    }
    case 'While': {
      // compiler_while: test at the top (exit when false) and at the bottom (back to the body when true).
      const loop = u.newLabel();
      const body = u.newLabel();
      const anchor = u.newLabel();
      const end = u.newLabel();
      u.place(loop);
      u.fblocks.push({ kind: 'while', continueTo: loop, breakTo: end });
      u.jumpIf(s.test, anchor, false);
      u.place(body);
      u.block(s.body);
      u.at(s);
      u.jumpIf(s.test, body, true);
      u.fblocks.pop();
      u.place(anchor);
      u.block(s.orelse);
      u.place(end);
      return;
    }
    case 'For': {
      const top = u.newLabel();
      const cleanup = u.newLabel();
      const end = u.newLabel();
      iterExpr(u, s.iter);
      u.at(s);
      u.emit('GET_ITER');
      u.place(top);
      u.jump('FOR_ITER', cleanup);
      u.fblocks.push({ kind: 'for', continueTo: top, breakTo: end });
      u.store(s.target);
      u.block(s.body);
      // The back-edge has no line of its own in CPython; it shows the line of what precedes it.
      u.loc = u.lastLoc();
      u.jump('JUMP_BACKWARD', top, true);
      u.fblocks.pop();
      u.place(cleanup);
      u.at(s);
      u.emit('END_FOR');
      u.block(s.orelse);
      u.place(end);
      return;
    }
    case 'Break': case 'Continue': {
      // compiler_break / compiler_continue: leave the blocks inside the loop (finally bodies, __exit__).
      if (needsUnwind(u, true)) u.emit('NOP');
      const loop = unwindBlocks(u, false, true);
      if (!loop) throw new CompileNotSupported(`${s._type} outside a loop`);
      // Leaving a for loop drops its iterator first (compiler_unwind_fblock).
      if (s._type === 'Break' && loop.kind === 'for') u.emit('POP_TOP');
      u.jump('JUMP_FORWARD', (s._type === 'Break' ? loop.breakTo : loop.continueTo) as number);
      return;
    }
    case 'FunctionDef': {
      s.decorator_list.forEach((d) => u.expr(d));
      u.makeFunction(s, s.name, s.decorator_list[0]?.lineno ?? s.lineno, s.args, s.body);
      applyDecorators(u, s.decorator_list);
      u.at(s);
      u.nameOp('STORE', s.name);
      return;
    }
    case 'AnnAssign': {
      // compiler_annassign: the assignment, then (module and class level, simple names) __annotations__[name] = annotation.
      if (s.value) {
        u.expr(s.value);
        u.store(s.target);
      }
      if (s.target._type === 'Name' && s.simple && u.sym.kind !== 'function') {
        u.expr(s.annotation);
        u.at(s);
        u.nameOp('LOAD', '__annotations__');
        u.loadConst(s.target.id);
        u.emit('STORE_SUBSCR');
      } else if (!s.simple && u.sym.kind !== 'function') {
        u.expr(s.annotation);
        u.emit('POP_TOP');
      }
      return;
    }
    default:
      throw new CompileNotSupported((s as A.Stmt)._type);
  }
}

/** compiler_return: the value, then leave every block (a for loop's iterator, finally bodies, __exit__). */
function compileReturn(u: UnitInternals, s: A.Return): void {
  const v = s.value;
  const folded: Const | undefined = v ? foldConst(v) : null;
  const preserveTos = v !== null && folded === undefined;
  if (!u.fblocks.length && (v === null || v.lineno === s.lineno)) {
    // Nothing to leave: CPython's NOP + LOAD_CONST + RETURN_VALUE come out as this.
    if (v === null || folded !== undefined) {
      const c = folded ?? null;
      if (v) u.at(v);
      u.emit('RETURN_CONST', u.constIndex(c), constRepr(c));
    } else {
      u.expr(v);
      u.at(s);
      u.emit('RETURN_VALUE');
    }
    return;
  }
  if (preserveTos) u.expr(v);
  else if (v) {
    u.at(v);
    u.emit('NOP');
  }
  u.at(s);
  if (v === null || v.lineno !== s.lineno) u.emit('NOP');
  else if (!preserveTos) u.at(v);
  unwindBlocks(u, preserveTos, false);
  if (!preserveTos) u.loadConst(folded ?? null);
  u.emit('RETURN_VALUE');
}

/** compiler_apply_decorators: innermost (last) first, each a CALL 0 on the decorator below the function. */
function applyDecorators(u: UnitInternals, decos: A.Expr[]): void {
  for (const d of [...decos].reverse()) {
    u.at(d);
    u.emit('CALL', 0);
  }
}
