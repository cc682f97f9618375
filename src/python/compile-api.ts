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

/**
 * A with/try body ending in one of these leaves CPython's POP_BLOCK NOP at the start
 * of a block with a single predecessor, where it survives with a line; not mirrored.
 */
export function endsInLoopBlock(body: A.Stmt[]): boolean {
  const last = body[body.length - 1];
  if (!last) return false;
  return last._type === 'For' || last._type === 'With' || last._type === 'Try' || (last._type === 'While' && last.orelse.length > 0);
}
