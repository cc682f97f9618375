// Expression compilers split out of compiler.ts by concern: and/or, chained
// comparisons, f-strings, yield / yield from, inlined comprehensions. Each mirrors
// the CPython 3.12 compiler function named in its comment and emits through UnitApi.

import type * as A from './ast';
import { NO_LOC, type Loc } from './assembler';
import type { UnitApi } from './compile-api';
import { CompileNotSupported } from './compiler-errors';
import { comprehensionCells, comprehensionGlobals, comprehensionLocals } from './symtable';
import { foldIter } from './fold';

export function compileBoolOp(u: UnitApi, e: A.BoolOp): void {
  // Nested and/or as a value: CPython's optimizer also rethreads the jumps (not mirrored: same result).
  // compiler_boolop: keep the deciding value (COPY), pop it only when evaluation goes on.
  const end = u.newLabel();
  const last = e.values.length - 1;
  e.values.forEach((v, i) => {
    u.expr(v);
    if (i === last) return;
    u.at(e);
    u.emit('COPY', 1);
    u.jump(e.op === 'And' ? 'POP_JUMP_IF_FALSE' : 'POP_JUMP_IF_TRUE', end);
    u.emit('POP_TOP');
  });
  u.place(end);
}

export function compileCompare(u: UnitApi, e: A.Compare): void {
  u.expr(e.left);
  const n = e.ops.length - 1;
  const last = (x: A.Expr, i: number): void => {
    const op = e.ops[i];
    if (i === n && (op === 'In' || op === 'NotIn')) iterExpr(u, x);
    else u.expr(x);
  };
  if (n === 0) {
    last(e.comparators[0] as A.Expr, 0);
    u.at(e);
    u.compareOp(e.ops[0] as A.CmpOperator);
    return;
  }
  // a < b < c: keep b for the next comparison (SWAP/COPY), stop at the first false one.
  const cleanup = u.newLabel();
  const end = u.newLabel();
  for (let i = 0; i < n; i++) {
    u.expr(e.comparators[i] as A.Expr);
    u.at(e);
    u.emit('SWAP', 2);
    u.emit('COPY', 2);
    u.compareOp(e.ops[i] as A.CmpOperator);
    u.emit('COPY', 1);
    u.jump('POP_JUMP_IF_FALSE', cleanup);
    u.emit('POP_TOP');
  }
  last(e.comparators[n] as A.Expr, n);
  u.at(e);
  u.compareOp(e.ops[n] as A.CmpOperator);
  u.jump('JUMP_FORWARD', end);
  u.place(cleanup);
  u.emit('SWAP', 2);
  u.emit('POP_TOP');
  u.place(end);
}

export function compileJoinedStr(u: UnitApi, e: A.JoinedStr): void {
  // compiler_joined_str: the parts, then BUILD_STRING unless there is just one; long ones as ''.join([...]).
  if (e.values.length > 30) {
    u.at(e);
    u.loadConst('');
    u.emit('LOAD_ATTR', (u.nameIndex('join') << 1) | 1, 'NULL|self + join');
    u.emit('BUILD_LIST', 0);
    e.values.forEach((v) => {
      u.expr(v);
      u.at(e);
      u.emit('LIST_APPEND', 1);
    });
    u.emit('CALL', 1);
    return;
  }
  e.values.forEach((v) => u.expr(v));
  u.at(e);
  if (e.values.length !== 1) u.emit('BUILD_STRING', e.values.length);
}

export function compileFormattedValue(u: UnitApi, e: A.FormattedValue): void {
  u.expr(e.value);
  if (e.format_spec?._type === 'JoinedStr') compileJoinedStr(u, e.format_spec);
  else if (e.format_spec) u.expr(e.format_spec);
  u.at(e);
  // FORMAT_VALUE's oparg: conversion (none, !s, !r, !a) in the low bits, 4 when a spec was pushed.
  const conv = ({ [-1]: 0, 115: 1, 114: 2, 97: 3 } as Record<number, number>)[e.conversion] ?? 0;
  const repr = [['', 'str', 'repr', 'ascii'][conv] ?? '', e.format_spec ? 'with format' : ''].filter(Boolean).join(', ');
  u.emit('FORMAT_VALUE', conv | (e.format_spec ? 4 : 0), repr);
}

export function compileYield(u: UnitApi, e: A.Yield): void {
  if (e.value) u.expr(e.value);
  else u.loadConst(null);
  u.at(e);
  // YIELD_VALUE's oparg is the handler depth: 1 inside the generator-wide handler.
  u.emit('YIELD_VALUE', 1);
  u.emit('RESUME', 1);
}

export function compileYieldFrom(u: UnitApi, e: A.YieldFrom): void {
  // compiler_add_yield_from: SEND until the sub-iterator is done; a throw() into it
  // that ends it lands on CLEANUP_THROW (a cold block) and rejoins at END_SEND.
  u.expr(e.value);
  u.at(e);
  u.emit('GET_YIELD_FROM_ITER');
  u.loadConst(null);
  const send = u.newLabel();
  const exit = u.newLabel();
  const fail = u.asm.newHandler();
  u.place(send);
  u.jump('SEND', exit);
  // A throw() or close() that ends the sub-iterator raises out of YIELD_VALUE: CLEANUP_THROW sorts it out.
  u.jump('SETUP_FINALLY', fail);
  u.emit('YIELD_VALUE', 2);
  u.emit('POP_BLOCK');
  u.emit('RESUME', 2);
  u.jump('JUMP_BACKWARD_NO_INTERRUPT', send);
  u.place(exit);
  u.emit('END_SEND');
  u.cold.push(() => {
    u.place(fail);
    u.at(e);
    u.emit('CLEANUP_THROW');
    u.asm.jump('JUMP_BACKWARD', exit, NO_LOC, false, true);
  });
}

/**
 * A list/set/dict comprehension inlined as 3.12 does (PEP 709): the old values of the names
 * its loops bind are saved under the iterator (LOAD_FAST_AND_CLEAR, SWAP) and put back
 * afterwards, also by a handler (a cold block at the end) if the loop raises.
 */
export function compileComprehension(u: UnitApi, e: A.ListComp | A.SetComp | A.DictComp): void {
  const locals = comprehensionLocals.get(e);
  if (!locals) throw new CompileNotSupported('comprehension');
  const first = e.generators[0] as A.Comprehension;
  iterExpr(u, first.iter);
  u.at(e);
  u.emit('GET_ITER');
  const globals = comprehensionGlobals.get(e) ?? new Set<string>();
  const added = locals.filter((n) => !u.compFast.has(n) && !globals.has(n));
  added.forEach((n) => u.compFast.add(n));
  const addedGlobals = [...globals].filter((n) => !u.compGlobal.has(n));
  addedGlobals.forEach((n) => u.compGlobal.add(n));
  // A variable some closure captures is a cell: the old cell is saved, a fresh one made.
  const cells = comprehensionCells.get(e) ?? new Set<string>();
  const isCell = (n: string): boolean => cells.has(n);
  const addedCells = [...cells].filter((n) => !u.compCell.has(n));
  addedCells.forEach((n) => u.compCell.add(n));
  for (const n of locals) {
    if (isCell(n)) {
      u.varIndex(n); // the cell shares the variable's slot
      u.derefOp('LOAD_FAST_AND_CLEAR', n);
      u.derefOp('MAKE_CELL', n);
    } else u.emit('LOAD_FAST_AND_CLEAR', u.varIndex(n), n);
  }
  u.emit('SWAP', locals.length + 1);
  const handler = u.asm.newHandler();
  // If the loop raises, the handler puts the names' old values back.
  u.jump('SETUP_FINALLY', handler);
  const [build, add] = ({ ListComp: ['BUILD_LIST', 'LIST_APPEND'], SetComp: ['BUILD_SET', 'SET_ADD'], DictComp: ['BUILD_MAP', 'MAP_ADD'] } as Record<string, [string, string]>)[e._type] as [string, string];
  u.emit(build, 0);
  u.emit('SWAP', 2);
  comprehensionLoop(u, e, 0, add);
  u.emit('POP_BLOCK');
  const restore = (): void => {
    u.emit('SWAP', locals.length + 1);
    for (const n of [...locals].reverse()) {
      if (isCell(n)) u.derefOp('STORE_FAST', n);
      else u.emit('STORE_FAST', u.varIndex(n), n);
    }
  };
  restore();
  added.forEach((n) => u.compFast.delete(n));
  addedGlobals.forEach((n) => u.compGlobal.delete(n));
  addedCells.forEach((n) => u.compCell.delete(n));
  u.cold.push(() => {
    u.place(handler);
    u.code.instructions.push({ opname: 'SWAP', arg: 2, argrepr: '', ...NO_LOC }, { opname: 'POP_TOP', arg: null, argrepr: '', ...NO_LOC });
    u.at(e);
    restore();
    u.emit('RERAISE', 0);
  });
}

/** The body of a generator expression's code: the loops over `.0`, yielding each element. */
export function genexpBody(u: UnitApi, e: A.GeneratorExp): void {
  comprehensionLoop(u, e, 0, 'YIELD');
}

/** compiler_sync_comprehension_generator: one `for` (and its `if`s), the next ones inside it. */
function comprehensionLoop(u: UnitApi, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, k: number, add: string): void {
  const gen = e.generators[k] as A.Comprehension;
  if (k > 0) {
    iterExpr(u, gen.iter);
    u.at(e);
    u.emit('GET_ITER');
  } else if (e._type === 'GeneratorExp') {
    // The outermost iterator arrives as the implicit argument.
    u.at(e);
    u.emit('LOAD_FAST', 0, '.0');
  }
  const start = u.newLabel();
  const anchor = u.newLabel();
  const next = u.newLabel();
  u.at(e);
  u.place(start);
  u.jump('FOR_ITER', anchor);
  u.store(gen.target);
  gen.ifs.forEach((c) => u.jumpIf(c, next, false));
  const elt = e._type === 'DictComp' ? e.key : e.elt;
  if (k + 1 < e.generators.length) comprehensionLoop(u, e, k + 1, add);
  else if (e._type === 'DictComp') {
    u.expr(e.key);
    u.expr(e.value);
    u.loc = { lineno: e.key.lineno, endLineno: e.value.end_lineno, col: e.key.col_offset, endCol: e.value.end_col_offset };
    u.emit(add, k + 2);
  } else if (e._type === 'GeneratorExp') {
    u.expr(e.elt);
    u.at(e.elt);
    u.emit('YIELD_VALUE', 1);
    u.emit('RESUME', 1);
    u.emit('POP_TOP');
  } else {
    u.expr(e.elt);
    u.at(e.elt);
    u.emit(add, k + 2);
  }
  u.place(next);
  if (e._type === 'DictComp') u.loc = { lineno: e.key.lineno, endLineno: e.value.end_lineno, col: e.key.col_offset, endCol: e.value.end_col_offset };
  else u.at(elt);
  u.jump('JUMP_BACKWARD', start);
  u.place(anchor);
  u.at(e);
  u.emit('END_FOR');
}

/** An iterable operand (`for`, comprehensions, `in`), after fold_iter. */
export function iterExpr(u: UnitApi, e: A.Expr): void {
  const f = foldIter(e);
  if ('folded' in f) {
    u.at(e);
    u.loadConst(f.folded);
  } else u.expr(f);
}

/** compiler_jump_if on a chained comparison: each link may jump to a cleanup that drops the kept operand. */
export function jumpIfChained(u: UnitApi, e: A.Compare, label: number, cond: boolean): void {
  const n = e.ops.length - 1;
  const cleanup = u.newLabel();
  const end = u.newLabel();
  u.expr(e.left);
  for (let i = 0; i < n; i++) {
    u.expr(e.comparators[i] as A.Expr);
    u.at(e);
    u.emit('SWAP', 2);
    u.emit('COPY', 2);
    u.compareOp(e.ops[i] as A.CmpOperator);
    u.jump('POP_JUMP_IF_FALSE', cleanup);
  }
  u.expr(e.comparators[n] as A.Expr);
  u.at(e);
  u.compareOp(e.ops[n] as A.CmpOperator);
  u.jump(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', label);
  u.loc = u.lastLoc();
  u.jump('JUMP_FORWARD', end, true);
  u.place(cleanup);
  u.at(e);
  u.emit('POP_TOP');
  if (!cond) {
    u.loc = u.lastLoc();
    u.jump('JUMP_FORWARD', label, true);
  }
  u.place(end);
}

/**
 * update_start_location_to_match_attr: an attribute spanning lines is located at its
 * last line, from the attribute name on (so tracebacks point at `.name`).
 */
export function attrLoc(attr: A.Attribute, base: A.Pos): Loc {
  const loc: Loc = { lineno: base.lineno, endLineno: base.end_lineno, col: base.col_offset, endCol: base.end_col_offset };
  if (loc.lineno === attr.end_lineno) return loc;
  loc.lineno = attr.end_lineno;
  const len = Array.from(attr.attr).length;
  if (len <= attr.end_col_offset) loc.col = attr.end_col_offset - len;
  else {
    loc.col = null;
    loc.endCol = null;
  }
  loc.endLineno = Math.max(loc.lineno, loc.endLineno ?? loc.lineno);
  if (loc.lineno === loc.endLineno && loc.col !== null && loc.endCol !== null) loc.endCol = Math.max(loc.col, loc.endCol);
  return loc;
}
