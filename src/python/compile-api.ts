// What the split-out compiler parts (compile-exprs.ts, compile-stmts.ts) may use
// of a code unit in compiler.ts: emitting, labels and jumps, names, constants,
// and compiling sub-expressions and targets.

import type * as A from './ast';
import type { Assembler } from './assembler';
import type { CodeObject, Const } from './code';
import type { Scope as SymScope } from './symtable';

export interface UnitApi {
  /** Line the next emitted instruction carries. */
  line: number;
  readonly code: CodeObject;
  readonly asm: Assembler;
  readonly sym: SymScope;
  readonly scope: 'module' | 'function';
  /** Handler blocks laid out after everything else (push_cold_blocks_to_end). */
  readonly cold: (() => void)[];
  withDepth: number;
  block(stmts: A.Stmt[]): void;
  emit(opname: string, arg?: number | null, argrepr?: string): void;
  newLabel(): number;
  place(label: number): void;
  jump(opname: string, label: number, noLine?: boolean): void;
  jumpIf(test: A.Expr, label: number, cond: boolean): void;
  loadConst(v: Const): void;
  nameIndex(n: string): number;
  varIndex(n: string): number;
  nameOp(kind: 'LOAD' | 'STORE' | 'DELETE', id: string, withNull?: boolean): void;
  compareOp(op: A.CmpOperator): void;
  expr(e: A.Expr): void;
  store(t: A.Expr): void;
}

/** A loop being compiled: where `break` and `continue` go. */
export interface LoopTarget {
  kind: 'for' | 'while';
  continueTo: number;
  breakTo: number;
  withDepth: number;
}

/** What the statement and expression compilers (compile-statement.ts, compile-expression.ts) use of a unit. */
export interface UnitInternals extends UnitApi {
  /** Names the module imports: CPython skips the method-call form on those. */
  readonly imported: Set<string>;
  /** Enclosing loops, innermost last. */
  readonly loops: LoopTarget[];
  lastOp(): string;
  jumpUnless(test: A.Expr, label: number): void;
  constIndex(v: Const): number;
  declareGlobal(n: string): void;
  derefOp(opname: string, name: string, lineno?: number): void;
  loadKwNames(names: string[]): void;
  makeFunction(node: A.FunctionDef | A.Lambda, name: string, lineno: number, a: A.Arguments, body: A.Stmt[] | A.Expr): void;
  superCall(e: A.Expr): e is A.Call;
  loadSuper(call: A.Call, attr: string, method: boolean): void;
  lambdaBody(e: A.Expr): void;
  sliceBounds(s: A.Slice): void;
  twoPartSlice(s: A.Expr): boolean;
  /** The unit of a nested code object (a class body): same module, its own scope. */
  childUnit(name: string, lineno: number, node: A.ClassDef): UnitInternals;
  body(all: A.Stmt[]): void;
}

/**
 * A with/try body ending in one of these leaves CPython's POP_BLOCK NOP at the start
 * of a block with a single predecessor, where it survives with a line; not mirrored.
 */
export function endsInLoopBlock(body: A.Stmt[]): boolean {
  const last = body[body.length - 1];
  if (!last) return false;
  return last._type === 'For' || last._type === 'With' || last._type === 'Try' || (last._type === 'While' && last.orelse.length > 0);
}
