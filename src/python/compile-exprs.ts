// Expression compilers split out of compiler.ts by concern: and/or, chained
// comparisons, f-strings, yield / yield from, inlined comprehensions. Each mirrors
// the CPython 3.12 compiler function named in its comment and emits through UnitApi.

import type * as A from './ast';
import { NO_LOC } from './assembler';
import type { UnitApi } from './compile-api';
import { CompileNotSupported } from './compiler-errors';

export function compileBoolOp(u: UnitApi, e: A.BoolOp): void {
  // Nested and/or as a value: CPython's optimizer rethreads the jumps; not mirrored.
  if (e.values.some((v) => v._type === 'BoolOp')) throw new CompileNotSupported('nested and/or as a value');
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
  if (n === 0) {
    u.expr(e.comparators[0] as A.Expr);
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
  u.expr(e.comparators[n] as A.Expr);
  u.at(e);
  u.compareOp(e.ops[n] as A.CmpOperator);
  u.jump('JUMP_FORWARD', end);
  u.place(cleanup);
  u.emit('SWAP', 2);
  u.emit('POP_TOP');
  u.place(end);
}

export function compileJoinedStr(u: UnitApi, e: A.JoinedStr, isSpec = false): void {
  // An f-string of constants only is folded to one constant by CPython; not mirrored (format specs aside).
  if (!isSpec && e.values.every((v) => v._type === 'Constant')) throw new CompileNotSupported('f-string without replacement fields');
  // compiler_joined_str: the parts, then BUILD_STRING unless there is just one.
  if (e.values.length > 30) throw new CompileNotSupported('f-string with more than 30 parts');
  e.values.forEach((v) => u.expr(v));
  u.at(e);
  if (e.values.length !== 1) u.emit('BUILD_STRING', e.values.length);
}

export function compileFormattedValue(u: UnitApi, e: A.FormattedValue): void {
  u.expr(e.value);
  if (e.format_spec?._type === 'JoinedStr') compileJoinedStr(u, e.format_spec, true);
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
 * A list/set/dict comprehension inlined as 3.12 does (PEP 709): the loop variable's old
 * value is saved under the iterator (LOAD_FAST_AND_CLEAR, SWAP) and put back afterwards,
 * also by a handler (a cold block at the end) if the loop raises.
 */
export function compileComprehension(u: UnitApi, e: A.ListComp | A.SetComp | A.DictComp): void {
  const gen = e.generators[0] as A.Comprehension;
  const target = gen.target as A.Name;
  if (u.scope !== 'function' || u.sym.kindOf(target.id) !== 'local') throw new CompileNotSupported('comprehension outside a function');
  u.expr(gen.iter);
  u.at(e);
  u.emit('GET_ITER');
  const slot = u.varIndex(target.id);
  u.emit('LOAD_FAST_AND_CLEAR', slot, target.id);
  u.emit('SWAP', 2);
  const handler = u.asm.newHandler();
  // If the loop raises, the handler puts the variable's old value back.
  u.jump('SETUP_FINALLY', handler);
  const start = u.newLabel();
  const anchor = u.newLabel();
  const [build, add] = ({ ListComp: ['BUILD_LIST', 'LIST_APPEND'], SetComp: ['BUILD_SET', 'SET_ADD'], DictComp: ['BUILD_MAP', 'MAP_ADD'] } as Record<string, [string, string]>)[e._type] as [string, string];
  u.emit(build, 0);
  u.emit('SWAP', 2);
  u.place(start);
  u.jump('FOR_ITER', anchor);
  u.store(target);
  const next = u.newLabel();
  gen.ifs.forEach((c) => u.jumpIf(c, next, false));
  if (e._type === 'DictComp') {
    u.expr(e.key);
    u.expr(e.value);
    u.loc = { lineno: e.key.lineno, endLineno: e.value.end_lineno, col: e.key.col_offset, endCol: e.value.end_col_offset };
  } else {
    u.expr(e.elt);
    u.at(e.elt);
  }
  u.emit(add, 2);
  u.place(next);
  u.jump('JUMP_BACKWARD', start);
  u.place(anchor);
  u.at(e);
  u.emit('END_FOR');
  u.emit('POP_BLOCK');
  u.emit('SWAP', 2);
  u.emit('STORE_FAST', slot, target.id);
  u.cold.push(() => {
    u.place(handler);
    u.code.instructions.push({ opname: 'SWAP', arg: 2, argrepr: '', ...NO_LOC }, { opname: 'POP_TOP', arg: null, argrepr: '', ...NO_LOC });
    u.at(e);
    u.emit('SWAP', 2);
    u.emit('STORE_FAST', slot, target.id);
    u.emit('RERAISE', 0);
  });
}
