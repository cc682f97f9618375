// Statement compilers split out of compiler.ts by concern: augmented assignment,
// assert, raise, del and unpacking targets, as CPython 3.12's compiler emits them.

import type * as A from './ast';
import type { UnitApi } from './compile-api';
import { BINARY_OPARG } from './code';
import { CompileNotSupported } from './compiler-errors';

export function compileAugAssign(u: UnitApi, s: A.AugAssign): void {
  // compiler_augassign: load the target keeping its object (and index) for the store.
  const t = s.target;
  if (t._type === 'Attribute') {
    u.expr(t.value);
    u.at(t);
    u.emit('COPY', 1);
    u.emit('LOAD_ATTR', u.nameIndex(u.mangle(t.attr)) << 1, u.mangle(t.attr));
  } else if (t._type === 'Subscript' && t.slice._type !== 'Slice') {
    u.expr(t.value);
    u.expr(t.slice);
    u.at(t);
    u.emit('COPY', 2);
    u.emit('COPY', 2);
    u.emit('BINARY_SUBSCR');
  } else if (t._type === 'Name') {
    u.at(t);
    u.nameOp('LOAD', t.id);
  }
  else throw new CompileNotSupported('augmented assignment to a slice');
  u.expr(s.value);
  u.at(s);
  const [n, sym] = BINARY_OPARG[s.op];
  u.emit('BINARY_OP', n + 13, `${sym}=`);
  u.at(t);
  if (t._type === 'Attribute') {
    u.emit('SWAP', 2);
    u.emit('STORE_ATTR', u.nameIndex(u.mangle(t.attr)), u.mangle(t.attr));
  } else if (t._type === 'Subscript') {
    u.emit('SWAP', 3);
    u.emit('SWAP', 2);
    u.emit('STORE_SUBSCR');
  } else u.nameOp('STORE', t.id);
}

export function compileAssert(u: UnitApi, s: A.Assert): void {
  const end = u.newLabel();
  u.jumpIf(s.test, end, true);
  u.at(s);
  u.emit('LOAD_ASSERTION_ERROR');
  if (s.msg) {
    u.expr(s.msg);
    u.at(s);
    u.emit('CALL', 0);
  }
  u.emit('RAISE_VARARGS', 1);
  u.place(end);
}

export function compileRaise(u: UnitApi, s: A.Raise): void {
  if (s.exc) u.expr(s.exc);
  if (s.cause) u.expr(s.cause);
  u.at(s);
  u.emit('RAISE_VARARGS', s.exc ? (s.cause ? 2 : 1) : 0);
}

export function compileDel(u: UnitApi, t: A.Expr): void {
  u.at(t);
  if (t._type === 'Name') u.nameOp('DELETE', t.id);
  else if (t._type === 'Attribute') {
    u.expr(t.value);
    u.at(t);
    u.emit('DELETE_ATTR', u.nameIndex(u.mangle(t.attr)), u.mangle(t.attr));
  } else if (t._type === 'Subscript') {
    u.expr(t.value);
    u.expr(t.slice);
    u.at(t);
    u.emit('DELETE_SUBSCR');
  } else if (t._type === 'Tuple' || t._type === 'List') t.elts.forEach((x) => compileDel(u, x));
  else throw new CompileNotSupported(`del of ${t._type}`);
}

/** a, *b, c = x: UNPACK_EX's oparg counts targets before the star, and (<< 8) after it. */
export function compileUnpack(u: UnitApi, t: A.Tuple | A.List): void {
  const star = t.elts.findIndex((x) => x._type === 'Starred');
  u.at(t);
  if (star < 0) u.emit('UNPACK_SEQUENCE', t.elts.length);
  else {
    const arg = star + ((t.elts.length - star - 1) << 8);
    u.emit('UNPACK_EX', arg);
  }
  t.elts.forEach((x) => u.store(x._type === 'Starred' ? x.value : x));
}

/** find_ann: an annotated assignment in this body, outside nested functions and classes. */
export function findAnn(body: A.Stmt[]): boolean {
  return body.some((s) => {
    switch (s._type) {
      case 'AnnAssign': return true;
      case 'If': case 'While': case 'For': return findAnn(s.body) || findAnn(s.orelse);
      case 'With': return findAnn(s.body);
      case 'Try': case 'TryStar': return findAnn(s.body) || findAnn(s.orelse) || findAnn(s.finalbody) || s.handlers.some((h) => findAnn(h.body));
      default: return false;
    }
  });
}

/** compiler_visit_annotations: name, annotation pairs as one tuple (args before posonlyargs, as CPython). */
export function compileAnnotations(u: UnitApi, node: A.FunctionDef | A.Lambda, a: A.Arguments): boolean {
  let n = 0;
  const one = (name: string, ann: A.Expr | null | undefined): void => {
    if (!ann || ann._type === 'Starred') return;
    u.at(node);
    u.loadConst(name);
    u.expr(ann);
    n++;
  };
  a.args.forEach((x) => one(x.arg, x.annotation));
  a.posonlyargs.forEach((x) => one(x.arg, x.annotation));
  if (a.vararg) one(a.vararg.arg, a.vararg.annotation);
  a.kwonlyargs.forEach((x) => one(x.arg, x.annotation));
  if (a.kwarg) one(a.kwarg.arg, a.kwarg.annotation);
  if (node._type === 'FunctionDef') one('return', node.returns);
  if (!n) return false;
  u.at(node);
  u.emit('BUILD_TUPLE', n * 2);
  return true;
}
