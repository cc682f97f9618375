// Statement compilers split out of compiler.ts by concern: augmented assignment,
// assert, raise, del and unpacking targets, as CPython 3.12's compiler emits them.

import type * as A from './ast';
import { endsInLoopBlock, type UnitApi } from './compile-api';
import { BINARY_OPARG } from './code';
import { CompileNotSupported } from './compiler-errors';

export function compileAugAssign(u: UnitApi, s: A.AugAssign): void {
  // compiler_augassign: load the target keeping its object (and index) for the store.
  const t = s.target;
  if (t._type === 'Attribute') {
    u.expr(t.value);
    u.line = t.lineno;
    u.emit('COPY', 1);
    u.emit('LOAD_ATTR', u.nameIndex(t.attr) << 1, t.attr);
  } else if (t._type === 'Subscript' && t.slice._type !== 'Slice') {
    u.expr(t.value);
    u.expr(t.slice);
    u.line = t.lineno;
    u.emit('COPY', 2);
    u.emit('COPY', 2);
    u.emit('BINARY_SUBSCR');
  } else if (t._type === 'Name') u.nameOp('LOAD', t.id);
  else throw new CompileNotSupported('augmented assignment to a slice');
  u.expr(s.value);
  u.line = s.lineno;
  const [n, sym] = BINARY_OPARG[s.op];
  u.emit('BINARY_OP', n + 13, `${sym}=`);
  u.line = t.lineno;
  if (t._type === 'Attribute') {
    u.emit('SWAP', 2);
    u.emit('STORE_ATTR', u.nameIndex(t.attr), t.attr);
  } else if (t._type === 'Subscript') {
    u.emit('SWAP', 3);
    u.emit('SWAP', 2);
    u.emit('STORE_SUBSCR');
  } else u.nameOp('STORE', t.id);
}

export function compileAssert(u: UnitApi, s: A.Assert): void {
  const end = u.newLabel();
  u.jumpIf(s.test, end, true);
  u.line = s.lineno;
  u.emit('LOAD_ASSERTION_ERROR');
  if (s.msg) {
    u.expr(s.msg);
    u.line = s.lineno;
    u.emit('CALL', 0);
  }
  u.emit('RAISE_VARARGS', 1);
  u.place(end);
}

export function compileRaise(u: UnitApi, s: A.Raise): void {
  if (s.exc) u.expr(s.exc);
  if (s.cause) u.expr(s.cause);
  u.line = s.lineno;
  u.emit('RAISE_VARARGS', s.exc ? (s.cause ? 2 : 1) : 0);
}

export function compileDel(u: UnitApi, t: A.Expr): void {
  u.line = t.lineno;
  if (t._type === 'Name') u.nameOp('DELETE', t.id);
  else if (t._type === 'Attribute') {
    u.expr(t.value);
    u.line = t.lineno;
    u.emit('DELETE_ATTR', u.nameIndex(t.attr), t.attr);
  } else if (t._type === 'Subscript' && t.slice._type !== 'Slice') {
    u.expr(t.value);
    u.expr(t.slice);
    u.line = t.lineno;
    u.emit('DELETE_SUBSCR');
  } else if (t._type === 'Tuple' || t._type === 'List') t.elts.forEach((x) => compileDel(u, x));
  else throw new CompileNotSupported(`del of ${t._type}`);
}

/** a, *b, c = x: UNPACK_EX's oparg counts targets before the star, and (<< 8) after it. */
export function compileUnpack(u: UnitApi, t: A.Tuple | A.List): void {
  const star = t.elts.findIndex((x) => x._type === 'Starred');
  u.line = t.lineno;
  if (star < 0) u.emit('UNPACK_SEQUENCE', t.elts.length);
  else {
    const arg = star + ((t.elts.length - star - 1) << 8);
    if (arg > 0xff) u.emit('EXTENDED_ARG', arg >> 8);
    u.emit('UNPACK_EX', arg);
  }
  t.elts.forEach((x) => u.store(x._type === 'Starred' ? x.value : x));
}

/**
 * compiler_with (one item; nested items as nested withs): BEFORE_WITH, the body,
 * __exit__(None, None, None) on the way out; the exceptional exit (WITH_EXCEPT_START,
 * reraise unless __exit__ returned true) is a cold block at the end of the code.
 */
export function compileWith(u: UnitApi, s: A.With, pos = 0): void {
  const item = s.items[pos] as A.WithItem;
  if (endsInLoopBlock(s.body)) throw new CompileNotSupported('with body ending in a loop, with or try');
  u.expr(item.context_expr);
  u.line = s.lineno;
  u.emit('BEFORE_WITH');
  const final = u.asm.newHandler();
  const cleanup = u.asm.newHandler();
  const from = u.newLabel();
  const to = u.newLabel();
  const exit = u.newLabel();
  u.place(from);
  if (item.optional_vars) u.store(item.optional_vars);
  else u.emit('POP_TOP');
  u.withDepth++;
  if (pos + 1 < s.items.length) compileWith(u, s, pos + 1);
  else u.block(s.body);
  u.withDepth--;
  u.place(to);
  u.line = s.lineno;
  for (let i = 0; i < 3; i++) u.loadConst(null);
  u.emit('CALL', 2);
  u.emit('POP_TOP');
  u.jump('JUMP_FORWARD', exit);
  u.place(exit);
  const line = s.lineno;
  u.cold.push(() => {
    const suppress = u.newLabel();
    const handled = u.newLabel();
    u.line = line;
    u.place(final);
    u.emit('PUSH_EXC_INFO');
    u.emit('WITH_EXCEPT_START');
    u.jump('POP_JUMP_IF_TRUE', suppress);
    u.emit('RERAISE', 2);
    u.place(suppress);
    u.emit('POP_TOP');
    u.place(handled);
    u.emit('POP_EXCEPT');
    u.emit('POP_TOP');
    u.emit('POP_TOP');
    u.jump('JUMP_FORWARD', exit, true);
    // POP_EXCEPT_AND_RERAISE: what escapes the handler itself; no line of its own.
    u.place(cleanup);
    u.line = -1;
    u.emit('COPY', 3);
    u.emit('POP_EXCEPT');
    u.emit('RERAISE', 1);
    u.asm.protect(cleanup, final, handled);
  });
  u.asm.protect(final, from, to);
}
