// The compiler: AST → code objects shaped like CPython 3.12's (same opcode
// names and opargs, CACHE entries left out), one Unit per code object, names
// resolved by symtable.ts, layout finished by assembler.ts. It covers names,
// constants, operators, and/or, chained comparisons, attributes, subscripts and
// slices, calls, lists/tuples, imports, global/nonlocal, assignment, def with
// defaults, lambdas, closures, return, if/while/for with break/continue/else.
// Anything else raises CompileNotSupported rather than producing wrong bytecode.

import type * as A from './ast';
import { Assembler, NO_LOC, locOf, type Instruction, type Loc } from './assembler';
import { CompileNotSupported } from './compiler-errors';
import type { FBlock, UnitInternals } from './compile-api';
import { compileExpression } from './compile-expression';
import { compileStatement } from './compile-statement';
import { genexpBody, iterExpr, jumpIfChained } from './compile-exprs';
import { compileAnnotations, compileUnpack, findAnn } from './compile-stmts';
import { isPseudo } from './exception-table';
import { buildSymtable, type Scope as SymScope } from './symtable';
import { COMPARE_OPARG, constRepr, sameConst, truthy, type CodeObject, type Const } from './code';

export type { Instruction } from './assembler';
export { constRepr, type CodeObject, type Const } from './code';
export { CompileNotSupported } from './compiler-errors';


type Scope = 'module' | 'function';

class Unit implements UnitInternals {
  readonly code: CodeObject;
  readonly scope: Scope;
  /** Module level only: names some function declares `global` (they use the *_GLOBAL ops here too). */
  private readonly globals = new Set<string>();
  readonly sym: SymScope;
  /** Source span the next emitted instruction carries. */
  loc: Loc;
  /** Names the module imports: CPython skips the method-call form on those (is_import_originated). */
  readonly imported: Set<string>;
  readonly asm: Assembler;
  /** Enclosing loops, try, with and handler blocks, innermost last. */
  readonly fblocks: FBlock[] = [];
  readonly compFast = new Set<string>();
  readonly compGlobal = new Set<string>();
  readonly compCell = new Set<string>();
  /** Cell and free variable ops: their oparg (a slot after all locals) is known only at the end. */
  private readonly derefs: Instruction[] = [];
  /** Handler blocks still to be laid out at the end of the code. */
  readonly cold: (() => void)[] = [];
  /** Generators only: the label of the body-wide handler laid out last. */
  private stopIterationHandler: number | null = null;

  /** consts[0] stays even when unused (a function's docstring or None). */
  docSlot = true;
  /** compile(..., 'single') at module level: expression statements print their value (c_interactive). */
  interactive = false;
  /** The class whose private names (`__x`) are mangled here: the innermost enclosing class. */
  privateName: string | null = null;

  constructor(name: string, qualname: string, firstlineno: number, sym: SymScope, imported: Set<string>, filename: string) {
    this.imported = imported;
    this.sym = sym;
    this.code = {
      name, firstlineno, argcount: sym.params.length, posonlyargcount: 0, kwonlyargcount: 0,
      consts: [], names: [], varnames: [...sym.params], cellvars: sym.names('cell'), freevars: sym.names('free'), instructions: [],
      filename, qualname, exceptiontable: [], stacksize: 0,
    };
    // A class body looks names up like a module (LOAD_NAME/STORE_NAME).
    this.scope = sym.kind === 'function' ? 'function' : 'module';
    this.loc = { lineno: firstlineno, endLineno: firstlineno, col: 0, endCol: 0 };
    this.asm = new Assembler(this.code.instructions);
    // A class body whose methods use super() creates the __class__ cell first.
    if (sym.kind === 'class' && this.code.cellvars.length) this.derefOp('MAKE_CELL', '__class__', NO_LOC);
    // Module level: comprehension variables a closure captures.
    if (sym.kind === 'module') for (const c of this.code.cellvars) this.derefOp('MAKE_CELL', c, NO_LOC);
    if (this.scope === 'function') {
      this.code.consts.push(null); // the docstring slot CPython 3.12 reserves
      // Prefix before RESUME, without a line: copy the closure into free slots, create cells.
      if (this.code.freevars.length) this.code.instructions.push({ opname: 'COPY_FREE_VARS', arg: this.code.freevars.length, argrepr: '', ...NO_LOC });
      const argCells = sym.params.filter((p) => this.code.cellvars.includes(p));
      for (const c of [...argCells, ...this.code.cellvars.filter((c) => !argCells.includes(c))]) this.derefOp('MAKE_CELL', c, NO_LOC);
      if (sym.generator) {
        // The call returns the generator at once; the pushed None is dropped when it first resumes.
        this.code.instructions.push({ opname: 'RETURN_GENERATOR', arg: null, argrepr: '', lineno: firstlineno, endLineno: firstlineno, col: null, endCol: null });
        this.code.instructions.push({ opname: 'POP_TOP', arg: null, argrepr: '', ...NO_LOC });
        // wrap_in_stopiteration_handler: a StopIteration escaping the body becomes RuntimeError.
        this.stopIterationHandler = this.asm.newHandler();
        this.asm.jump('SETUP_CLEANUP', this.stopIterationHandler, NO_LOC);
      }
    }
  }

  derefOp(opname: string, name: string, loc = this.loc): void {
    const i: Instruction = { opname, arg: -1, argrepr: name, ...locOf(loc) };
    this.code.instructions.push(i);
    this.derefs.push(i);
  }

  /** build_cellfixedoffsets: argument cells keep their slot; other cells, then free vars, follow the locals. */
  derefIndex(name: string): number {
    const { varnames, cellvars, freevars } = this.code;
    const own = cellvars.filter((c) => !varnames.includes(c));
    if (cellvars.includes(name) && varnames.includes(name)) return varnames.indexOf(name);
    if (own.includes(name)) return varnames.length + own.indexOf(name);
    const f = freevars.indexOf(name);
    if (f < 0) throw new Error(`no cell or free variable ${name}`);
    return varnames.length + own.length + f;
  }

  emit(opname: string, arg: number | null = null, argrepr = ''): void {
    this.code.instructions.push({ opname, arg, argrepr, ...locOf(this.loc) });
  }

  /** The next instructions carry this node's span (none for null: NO_LOCATION). */
  at(n: A.Pos | null): void {
    this.loc = n ? { lineno: n.lineno, endLineno: n.end_lineno, col: n.col_offset, endCol: n.end_col_offset } : NO_LOC;
  }

  /** What an artificial instruction shows: the location of the one before it (propagate_line_numbers). */
  lastLoc(): Loc {
    const ins = this.code.instructions;
    for (let k = ins.length - 1; k >= 0; k--) {
      const i = ins[k] as Instruction;
      if (!isPseudo(i.opname)) return locOf(i);
    }
    return NO_LOC;
  }





  newLabel(): number {
    return this.asm.newLabel();
  }

  place(label: number): void {
    this.asm.place(label);
  }

  jump(opname: string, label: number, noLine = false): void {
    this.asm.jump(opname, label, this.loc, noLine);
  }

  lastOp(): string {
    return this.asm.lastOp();
  }

  /** Jumps to `label` unless `test` holds (CPython's compiler_jump_if with cond false). */
  jumpUnless(test: A.Expr, label: number): void {
    this.jumpIf(test, label, false);
  }

  /**
   * compiler_jump_if: jumps to `label` when `test` is truthy (cond) or falsy (!cond).
   * `not` flips the sense; and/or short-circuit through the same label or a fresh one.
   */
  jumpIf(test: A.Expr, label: number, cond: boolean): void {
    if (test._type === 'UnaryOp' && test.op === 'Not') {
      this.jumpIf(test.operand, label, !cond);
      return;
    }
    if (test._type === 'BoolOp') {
      const cond2 = test.op === 'Or';
      const next2 = cond2 === cond ? label : this.newLabel();
      const last = test.values.length - 1;
      test.values.forEach((v, i) => this.jumpIf(v, i < last ? next2 : label, i < last ? cond2 : cond));
      if (next2 !== label) this.place(next2);
      return;
    }
    if (test._type === 'Compare' && test.ops.length > 1) {
      jumpIfChained(this, test, label, cond);
      return;
    }
    this.expr(test);
    this.at(test);
    this.jump(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', label);
  }

  block(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }




  constIndex(v: Const): number {
    const i = this.code.consts.findIndex((c) => sameConst(c, v));
    if (i >= 0) return i;
    this.code.consts.push(v);
    return this.code.consts.length - 1;
  }

  declareGlobal(n: string): void {
    this.globals.add(n);
  }

  nameIndex(n: string): number {
    const i = this.code.names.indexOf(n);
    if (i >= 0) return i;
    this.code.names.push(n);
    return this.code.names.length - 1;
  }

  varIndex(n: string): number {
    const i = this.code.varnames.indexOf(n);
    if (i >= 0) return i;
    this.code.varnames.push(n);
    return this.code.varnames.length - 1;
  }

  loadKwNames(names: string[]): void {
    const v: Const = { tuple: names };
    this.emit('KW_NAMES', this.constIndex(v), constRepr(v));
  }

  loadConst(v: Const): void {
    this.code.instructions.push({ opname: 'LOAD_CONST', arg: this.constIndex(v), argrepr: constRepr(v), ...locOf(this.loc), truthy: truthy(v) });
  }

  /** _Py_Mangle: inside a class, `__name` (not `__name__`) becomes `_Class__name`. */
  mangle(name: string): string {
    const cls = this.privateName?.replace(/^_+/, '');
    if (!cls || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
    return `_${cls}${name}`;
  }

  nameOp(kind: 'LOAD' | 'STORE' | 'DELETE', raw: string, withNull = false): void {
    // Fast locals and cells keep their plain name (invisible from outside); co_names get the mangled one.
    const mangled = this.mangle(raw);
    const id = raw;
    const k = this.compFast.has(id) ? (this.compCell.has(id) ? 'cell' : 'local') : this.compGlobal.has(id) ? 'global_explicit' : this.scope === 'module' ? (this.globals.has(id) ? 'global_explicit' : 'name') : this.sym.kindOf(id);
    if (k === 'name' || k === 'local' || k === 'cell' || k === 'free') {
      if (withNull) this.emit('PUSH_NULL');
      if (k === 'name') this.emit(`${kind}_NAME`, this.nameIndex(mangled), mangled);
      else if (k === 'local') this.emit(`${kind}_FAST`, this.varIndex(id), id);
      else this.derefOp(`${kind}_DEREF`, id);
    } else if (kind === 'LOAD') {
      // LOAD_GLOBAL's low bit asks it to push the NULL a following CALL needs.
      const i = this.nameIndex(mangled);
      this.emit('LOAD_GLOBAL', (i << 1) | (withNull ? 1 : 0), withNull ? `NULL + ${mangled}` : mangled);
    } else this.emit(`${kind}_GLOBAL`, this.nameIndex(mangled), mangled);
  }

  body(all: A.Stmt[]): void {
    const first = all[0];
    let stmts = all;
    // Every annotated module and class body gets its __annotations__ dict first.
    if (this.scope === 'module' && findAnn(all)) {
      if (this.sym.kind === 'module' && first) this.at(first);
      this.emit('SETUP_ANNOTATIONS');
    }
    // A leading string is the docstring: const 0 of a function, __doc__ of a module.
    if (!this.interactive && first?._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') {
      if (this.scope === 'function') {
        this.code.consts[0] = first.value.value;
        stmts = all.slice(1);
      } else {
        this.at(first);
        this.loadConst(first.value.value);
        this.nameOp('STORE', '__doc__');
        stmts = all.slice(1);
      }
    }
    this.block(stmts);
    const last = stmts[stmts.length - 1];
    if (this.sym.kind === 'class' && this.code.cellvars.length) {
      // The class body returns its __class__ cell, also stored as __classcell__ for type() to fill.
      this.loc = this.lastLoc();
      this.derefOp('LOAD_CLOSURE', '__class__');
      this.emit('COPY', 1);
      this.nameOp('STORE', '__classcell__');
      this.emit('RETURN_VALUE');
    } else if (!last || last._type !== 'Return') {
      this.endBody();
      return;
    }
    this.finish();
  }

  /** Exception handlers go after everything else (push_cold_blocks_to_end), the generator's last. */
  private emitCold(): void {
    for (const emit of this.cold.splice(0)) emit();
    if (this.stopIterationHandler !== null) {
      this.place(this.stopIterationHandler);
      this.code.instructions.push(
        { opname: 'CALL_INTRINSIC_1', arg: 3, argrepr: 'INTRINSIC_STOPITERATION_ERROR', ...NO_LOC },
        { opname: 'RERAISE', arg: 1, argrepr: '', ...NO_LOC },
      );
      this.stopIterationHandler = null;
    }
  }

  finishEval(): void {
    this.finish();
  }

  private finish(): void {
    this.emitCold();
    for (const i of this.derefs) i.arg = this.derefIndex(i.argrepr);
    this.foldConstTuples();
    // Parameters are bound on entry: positional, keyword-only, then *args and **kwargs slots.
    const layout = this.asm.resolve(this.scope === 'function' ? this.sym.params.length : 0);
    this.code.exceptiontable = layout.exceptiontable;
    this.code.stacksize = layout.stacksize;
    this.removeUnusedConsts();
  }

  /** fold_tuple_on_constants: LOAD_CONSTs then BUILD_TUPLE become one tuple constant (added last). */
  private foldConstTuples(): void {
    const ins = this.code.instructions;
    ins.forEach((b, k) => {
      if (b.opname !== 'BUILD_TUPLE' || b.arg === null || k < b.arg) return;
      const loads = ins.slice(k - b.arg, k);
      if (!loads.every((l) => l.opname === 'LOAD_CONST' && l.target === undefined)) return;
      const v: Const = { tuple: loads.map((l) => this.code.consts[l.arg as number] ?? null) };
      for (let j = k - b.arg; j < k; j++) ins[j] = { ...(ins[j] as Instruction), opname: 'NOP', arg: null, argrepr: '' };
      ins[k] = { ...b, opname: 'LOAD_CONST', arg: this.constIndex(v), argrepr: constRepr(v), truthy: b.arg > 0 };
    });
  }

  /** remove_unused_consts: constants only folded-away code used are dropped; slot 0 always stays. */
  private removeUnusedConsts(): void {
    const users = new Set(['LOAD_CONST', 'RETURN_CONST', 'KW_NAMES']);
    const used = new Set<number>(this.docSlot ? [0] : []);
    for (const i of this.code.instructions) if (users.has(i.opname) && i.arg !== null) used.add(i.arg);
    const remap = new Map<number, number>();
    const kept: Const[] = [];
    this.code.consts.forEach((c, k) => {
      if (!used.has(k)) return;
      remap.set(k, kept.length);
      kept.push(c);
    });
    this.code.consts = kept;
    for (const i of this.code.instructions) if (users.has(i.opname) && i.arg !== null) i.arg = remap.get(i.arg) ?? i.arg;
  }

  private stmt(s: A.Stmt): void {
    compileStatement(this, s);
  }

  /**
   * Pushes a new function: defaults tuple, keyword-only defaults map, then the code
   * (compiler_default_arguments, then MAKE_FUNCTION with flags saying which were pushed).
   */
  makeFunction(node: A.FunctionDef | A.Lambda, name: string, firstlineno: number, a: A.Arguments, body: A.Stmt[] | A.Expr): void {
    let flags = 0;
    const reprs: string[] = [];
    if (a.defaults.length) {
      a.defaults.forEach((d) => this.expr(d));
      this.at(node);
      this.emit('BUILD_TUPLE', a.defaults.length);
      flags |= 1;
      reprs.push('defaults');
    }
    const kwNames: string[] = [];
    a.kwonlyargs.forEach((k, i) => {
      const d = a.kw_defaults[i];
      if (!d) return;
      kwNames.push(k.arg);
      this.expr(d);
    });
    if (kwNames.length) {
      this.at(node);
      this.loadConst({ tuple: kwNames });
      this.emit('BUILD_CONST_KEY_MAP', kwNames.length);
      flags |= 2;
      reprs.push('kwdefaults');
    }
    if (compileAnnotations(this, node, a)) {
      flags |= 4;
      reprs.push('annotations');
    }
    const unit = new Unit(name, this.childQualname(name), firstlineno, this.sym.child(node), this.imported, this.code.filename);
    unit.privateName = this.privateName;
    unit.code.argcount = a.posonlyargs.length + a.args.length;
    unit.code.posonlyargcount = a.posonlyargs.length;
    unit.code.kwonlyargcount = a.kwonlyargs.length;
    unit.emit('RESUME', 0);
    if (Array.isArray(body)) unit.body(body);
    else unit.lambdaBody(body, node.lineno);
    this.at(node);
    this.makeClosure(unit.code, flags, reprs);
  }

  /** The closure (this scope's cells or free variables the new code uses free), then MAKE_FUNCTION. */
  private makeClosure(code: CodeObject, flags: number, reprs: string[]): void {
    if (code.freevars.length) {
      code.freevars.forEach((f) => this.derefOp('LOAD_CLOSURE', f));
      this.emit('BUILD_TUPLE', code.freevars.length);
      flags |= 8;
      reprs.push('closure');
    }
    this.loadConst(code);
    this.emit('MAKE_FUNCTION', flags, reprs.join(', '));
  }

  /** A generator expression: its own code object taking the outermost iterator as `.0`, called at once. */
  genexp(e: A.GeneratorExp): void {
    const unit = new Unit('<genexpr>', this.childQualname('<genexpr>'), e.lineno, this.sym.child(e), this.imported, this.code.filename);
    unit.privateName = this.privateName;
    unit.code.argcount = 1;
    // A generator expression has no docstring slot among its constants.
    unit.code.consts.length = 0;
    unit.docSlot = false;
    unit.emit('RESUME', 0);
    genexpBody(unit, e);
    unit.endBody();
    this.at(e);
    this.makeClosure(unit.code, 0, []);
    iterExpr(this, (e.generators[0] as A.Comprehension).iter);
    this.at(e);
    this.emit('GET_ITER');
    this.emit('CALL', 0);
  }

  /** The implicit `return None` at the end of a body, then the layout. */
  endBody(): void {
    const exit = this.newLabel();
    this.place(exit);
    this.emit('RETURN_CONST', this.constIndex(null), 'None');
    // Cold blocks first: their jumps to the implicit return become copies of it too.
    this.emitCold();
    this.asm.finishExit(exit);
    this.finish();
  }

  /** super() with no arguments in a method, where CPython uses LOAD_SUPER_ATTR (can_optimize_super_call). */
  superCall(e: A.Expr): e is A.Call {
    return e._type === 'Call' && e.func._type === 'Name' && e.func.id === 'super' && !e.args.length && !e.keywords.length
      && this.scope === 'function' && this.sym.kindOf('super') === 'global_implicit' && this.sym.kindOf('__class__') === 'free'
      && this.sym.params.length > 0;
  }

  /** super().attr: super, __class__ and the first argument, then LOAD_SUPER_ATTR (low bit: load a method). */
  loadSuper(call: A.Call, attr: string, method: boolean, node: A.Attribute): void {
    this.at(call.func);
    this.emit('LOAD_GLOBAL', this.nameIndex('super') << 1, 'super');
    this.at(call);
    this.derefOp('LOAD_DEREF', '__class__');
    this.nameOp('LOAD', this.sym.params[0] as string);
    this.at(node);
    const name = this.mangle(attr);
    const i = this.nameIndex(name);
    this.emit('LOAD_SUPER_ATTR', (i << 2) | (method ? 1 : 0), method ? `NULL|self + ${name}` : name);
  }

  childUnit(name: string, firstlineno: number, node: A.ClassDef): Unit {
    const unit = new Unit(name, this.childQualname(name), firstlineno, this.sym.child(node), this.imported, this.code.filename);
    unit.privateName = name;
    return unit;
  }

  /** compiler_set_qualname: inside a function `f.<locals>.name`, in a class `C.name`; a declared global stays bare. */
  childQualname(name: string): string {
    if (this.sym.kind === 'module') return name;
    if (this.sym.kind === 'function') return this.sym.kindOf(name) === 'global_explicit' ? name : `${this.code.qualname}.<locals>.${name}`;
    return this.sym.kindOf(name) === 'global_explicit' ? name : `${this.code.qualname}.${name}`;
  }

  /** The lambda's value is returned from a location of its own: its line, columns 0 to 0. */
  lambdaBody(e: A.Expr, lineno: number): void {
    const ret: Loc = { lineno, endLineno: lineno, col: 0, endCol: 0 };
    this.at(e);
    if (e._type === 'Constant') {
      this.loc = ret;
      this.emit('RETURN_CONST', this.constIndex(e.value), constRepr(e.value));
    } else {
      this.expr(e);
      this.loc = ret;
      this.emit('RETURN_VALUE');
    }
    this.finish();
  }

  store(t: A.Expr): void {
    if (t._type === 'Tuple' || t._type === 'List') compileUnpack(this, t);
    else if (t._type === 'Name') {
      this.at(t); // the store carries the target's line (multi-line statements)
      this.nameOp('STORE', t.id);
    }
    else if (t._type === 'Attribute') {
      this.expr(t.value);
      this.at(t);
      this.emit('STORE_ATTR', this.nameIndex(this.mangle(t.attr)), this.mangle(t.attr));
    } else if (t._type === 'Subscript') {
      this.expr(t.value);
      if (this.twoPartSlice(t.slice)) {
        this.at(t);
        this.emit('STORE_SLICE');
        return;
      }
      this.expr(t.slice);
      this.at(t);
      this.emit('STORE_SUBSCR');
    } else throw new CompileNotSupported(`store to ${t._type}`);
  }

  compareOp(op: A.CmpOperator): void {
    const cmp = COMPARE_OPARG[op];
    if (cmp) this.emit('COMPARE_OP', cmp[0], cmp[1]);
    else if (op === 'Is' || op === 'IsNot') this.emit('IS_OP', op === 'IsNot' ? 1 : 0);
    else this.emit('CONTAINS_OP', op === 'NotIn' ? 1 : 0);
  }

  /** Pushes a slice's lower and upper bounds, None for a missing one. */
  sliceBounds(s: A.Slice): void {
    // A missing bound's None carries the slice's span.
    if (s.lower) this.expr(s.lower);
    else {
      this.at(s);
      this.loadConst(null);
    }
    if (s.upper) this.expr(s.upper);
    else {
      this.at(s);
      this.loadConst(null);
    }
  }

  /** x[a:b] without a step: CPython 3.12 pushes the bounds for BINARY_SLICE/STORE_SLICE. */
  twoPartSlice(s: A.Expr): boolean {
    if (s._type !== 'Slice' || s.step) return false;
    this.sliceBounds(s);
    return true;
  }

  expr(e: A.Expr): void {
    compileExpression(this, e);
  }
}


function declaredGlobal(body: A.Stmt[], inFunction: boolean): string[] {
  return body.flatMap((s): string[] => {
    if (s._type === 'Global') return inFunction ? s.names : [];
    if (s._type === 'FunctionDef' || s._type === 'ClassDef') return declaredGlobal(s.body, true);
    if (s._type === 'If' || s._type === 'While' || s._type === 'For') return declaredGlobal([...s.body, ...s.orelse], inFunction);
    return [];
  });
}

/** mode 'single' is compile()'s interactive mode: each expression statement's value goes to sys.displayhook. */
export function compileModule(mod: A.Module, filename = '<unknown>', mode: 'exec' | 'single' = 'exec'): CodeObject {
  const imported = new Set<string>();
  for (const s of mod.body) {
    if (s._type === 'Import') s.names.forEach((a) => imported.add(a.asname ?? (a.name.split('.')[0] as string)));
    if (s._type === 'ImportFrom') s.names.forEach((a) => imported.add(a.asname ?? a.name));
  }
  const sym = buildSymtable(mod);
  const unit = new Unit('<module>', '<module>', 1, sym, imported, filename);
  unit.interactive = mode === 'single';
  // `global` at module level, and walrus targets in its comprehensions, use the *_GLOBAL ops.
  sym.globals.forEach((n) => unit.declareGlobal(n));
  // A name any function declares `global` is a global at module level too (CPython's symtable).
  declaredGlobal(mod.body, false).forEach((n) => unit.declareGlobal(n));
  const first = unit.code;
  first.instructions.push({ opname: 'RESUME', arg: 0, argrepr: '', lineno: 0, endLineno: 1, col: 0, endCol: 0 });
  unit.body(mod.body);
  return first;
}

/** compile(..., 'eval'): the expression's value is the code's return value. */
export function compileEval(e: A.Expr, filename = '<unknown>'): CodeObject {
  const mod: A.Module = { _type: 'Module', body: [{ _type: 'Expr', value: e, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset }], type_ignores: [] };
  const unit = new Unit('<module>', '<module>', 1, buildSymtable(mod), new Set(), filename);
  unit.code.instructions.push({ opname: 'RESUME', arg: 0, argrepr: '', lineno: 0, endLineno: 1, col: 0, endCol: 0 });
  unit.at(e);
  unit.expr(e);
  unit.emit('RETURN_VALUE');
  unit.finishEval();
  return unit.code;
}
