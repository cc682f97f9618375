// What the split-out compiler parts (compile-exprs.ts, compile-stmts.ts) may use
// of a code unit in compiler.ts: emitting, labels and jumps, names, constants,
// and compiling sub-expressions and targets.

import type * as A from './ast';
import type { Assembler, Loc } from './assembler';
import type { CodeObject, Const } from './code';
import type { Scope as SymScope } from './symtable';

export interface UnitApi {
  /** Source span the next emitted instruction carries. */
  loc: Loc;
  /** The next instructions carry this node's span (none for null). */
  at(n: A.Pos | null): void;
  /** The location of the last instruction emitted (what an artificial one shows). */
  lastLoc(): Loc;
  readonly code: CodeObject;
  readonly asm: Assembler;
  readonly sym: SymScope;
  readonly scope: 'module' | 'function';
  /** Handler blocks laid out after everything else (push_cold_blocks_to_end). */
  readonly cold: (() => void)[];
  /** Enclosing loops, try, with and handler blocks, innermost last (compiler_push_fblock). */
  readonly fblocks: FBlock[];
  /** Names bound by the inlined comprehensions being compiled: fast locals even at module level. */
  readonly compFast: Set<string>;
  /** Module level: walrus targets inside a comprehension (global there). */
  readonly compGlobal: Set<string>;
  /** Inside an inlined comprehension: its variables that closures capture (DEREF ops). */
  readonly compCell: Set<string>;
  block(stmts: A.Stmt[]): void;
  emit(opname: string, arg?: number | null, argrepr?: string): void;
  newLabel(): number;
  place(label: number): void;
  jump(opname: string, label: number, noLine?: boolean): void;
  jumpIf(test: A.Expr, label: number, cond: boolean): void;
  loadConst(v: Const): void;
  nameIndex(n: string): number;
  /** An instruction on a cell or free variable's slot (resolved when the code is finished). */
  derefOp(opname: string, name: string, loc?: Loc): void;
  /** A name as this class's private names are spelled (`__x` → `_C__x`). */
  mangle(name: string): string;
  varIndex(n: string): number;
  nameOp(kind: 'LOAD' | 'STORE' | 'DELETE', id: string, withNull?: boolean): void;
  compareOp(op: A.CmpOperator): void;
  expr(e: A.Expr): void;
  store(t: A.Expr): void;
}

/** A block being compiled that return/break/continue must leave properly (CPython's fblockinfo). */
export interface FBlock {
  kind: 'while' | 'for' | 'try_except' | 'finally_try' | 'finally_end' | 'with' | 'handler_cleanup' | 'pop_value' | 'exception_handler';
  /** Loops: where `continue` and `break` go. */
  continueTo?: number;
  breakTo?: number;
  /** finally_try: the body run when leaving early. */
  finalbody?: A.Stmt[];
  /** handler_cleanup: the `except ... as name` to clear. */
  name?: string | null;
  node?: A.With;
}

/** What the statement and expression compilers (compile-statement.ts, compile-expression.ts) use of a unit. */
export interface UnitInternals extends UnitApi {
  /** Names the module imports: CPython skips the method-call form on those. */
  readonly imported: Set<string>;
  /** compile(..., 'single') at module level (CPython's c_interactive). */
  readonly interactive: boolean;
  lastOp(): string;
  jumpUnless(test: A.Expr, label: number): void;
  constIndex(v: Const): number;
  declareGlobal(n: string): void;
  loadKwNames(names: string[]): void;
  makeFunction(node: A.FunctionDef | A.Lambda, name: string, firstlineno: number, a: A.Arguments, body: A.Stmt[] | A.Expr): void;
  superCall(e: A.Expr): e is A.Call;
  loadSuper(call: A.Call, attr: string, method: boolean, node: A.Attribute): void;
  lambdaBody(e: A.Expr, lineno: number): void;
  sliceBounds(s: A.Slice): void;
  twoPartSlice(s: A.Expr): boolean;
  /** The unit of a nested code object (a class body): same module, its own scope. */
  childUnit(name: string, firstlineno: number, node: A.ClassDef): UnitInternals;
  body(all: A.Stmt[]): void;
  genexp(e: A.GeneratorExp): void;
}
