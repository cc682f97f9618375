// First slice of the compiler: AST → code objects shaped like CPython 3.12's
// (same opcode names and opargs, CACHE entries left out). It covers
// straight-line code: names, constants, arithmetic, calls, `global`, plain and
// augmented assignment to names, `def` without defaults, `return`. Anything
// else raises CompileNotSupported rather than producing wrong bytecode.

import type * as A from './ast';

export interface Instruction {
  opname: string;
  arg: number | null;
  argrepr: string;
  lineno: number;
}

export type Const = A.ConstantValue | CodeObject;

export interface CodeObject {
  name: string;
  firstlineno: number;
  argcount: number;
  consts: Const[];
  names: string[];
  varnames: string[];
  instructions: Instruction[];
}

export class CompileNotSupported extends Error {}

// CPython's NB_* oparg numbers for BINARY_OP; the in-place form adds 13.
const BINARY_OPARG: Record<A.Operator, [number, string]> = {
  Add: [0, '+'], BitAnd: [1, '&'], FloorDiv: [2, '//'], LShift: [3, '<<'], MatMult: [4, '@'], Mult: [5, '*'],
  Mod: [6, '%'], BitOr: [7, '|'], Pow: [8, '**'], RShift: [9, '>>'], Sub: [10, '-'], Div: [11, '/'], BitXor: [12, '^'],
};
const UNARY_OP: Partial<Record<A.UnaryOperator, string>> = { USub: 'UNARY_NEGATIVE', Invert: 'UNARY_INVERT', Not: 'UNARY_NOT' };

/** Python's repr() of a constant, as dis shows it. */
export function constRepr(v: Const): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
    return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
  }
  if ('instructions' in v) return `<code object ${v.name}>`;
  if ('float' in v) return Number.isInteger(v.float) ? `${v.float}.0` : String(v.float);
  if ('ellipsis' in v) return 'Ellipsis';
  throw new CompileNotSupported('constant kind');
}

function sameConst(a: Const, b: Const): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return 'float' in a && 'float' in b && Object.is(a.float, b.float);
}

type Scope = 'module' | 'function';

class Unit {
  readonly code: CodeObject;
  private readonly scope: Scope;
  private readonly globals = new Set<string>();
  private readonly locals = new Set<string>();
  private line: number;

  constructor(name: string, firstlineno: number, scope: Scope, params: string[], body: A.Stmt[]) {
    this.code = { name, firstlineno, argcount: params.length, consts: [], names: [], varnames: [...params], instructions: [] };
    this.scope = scope;
    this.line = firstlineno;
    if (scope === 'function') {
      this.code.consts.push(null); // the docstring slot CPython 3.12 reserves
      params.forEach((p) => this.locals.add(p));
      collectScope(body, this.globals, this.locals);
    }
  }

  emit(opname: string, arg: number | null = null, argrepr = ''): void {
    this.code.instructions.push({ opname, arg, argrepr, lineno: this.line });
  }

  private constIndex(v: Const): number {
    const i = this.code.consts.findIndex((c) => sameConst(c, v));
    if (i >= 0) return i;
    this.code.consts.push(v);
    return this.code.consts.length - 1;
  }

  private nameIndex(n: string): number {
    const i = this.code.names.indexOf(n);
    if (i >= 0) return i;
    this.code.names.push(n);
    return this.code.names.length - 1;
  }

  private varIndex(n: string): number {
    const i = this.code.varnames.indexOf(n);
    if (i >= 0) return i;
    this.code.varnames.push(n);
    return this.code.varnames.length - 1;
  }

  loadConst(v: Const): void {
    this.emit('LOAD_CONST', this.constIndex(v), constRepr(v));
  }

  private nameOp(kind: 'LOAD' | 'STORE', id: string, withNull = false): void {
    if (this.scope === 'module') {
      if (withNull) this.emit('PUSH_NULL');
      this.emit(`${kind}_NAME`, this.nameIndex(id), id);
    } else if (this.locals.has(id) && !this.globals.has(id)) {
      if (withNull) this.emit('PUSH_NULL');
      this.emit(`${kind}_FAST`, this.varIndex(id), id);
    } else if (kind === 'LOAD') {
      // LOAD_GLOBAL's low bit asks it to push the NULL a following CALL needs.
      const i = this.nameIndex(id);
      this.emit('LOAD_GLOBAL', (i << 1) | (withNull ? 1 : 0), withNull ? `NULL + ${id}` : id);
    } else this.emit('STORE_GLOBAL', this.nameIndex(id), id);
  }

  body(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
    const last = stmts[stmts.length - 1];
    if (!last || last._type !== 'Return') this.emit('RETURN_CONST', this.constIndex(null), 'None');
  }

  private stmt(s: A.Stmt): void {
    this.line = s.lineno;
    switch (s._type) {
      case 'Expr':
        this.expr(s.value);
        this.line = s.lineno;
        this.emit('POP_TOP');
        return;
      case 'Assign': {
        const target = s.targets[0];
        if (s.targets.length !== 1 || target?._type !== 'Name') throw new CompileNotSupported('assignment target');
        this.expr(s.value);
        this.line = s.lineno;
        this.nameOp('STORE', target.id);
        return;
      }
      case 'AugAssign': {
        if (s.target._type !== 'Name') throw new CompileNotSupported('augmented assignment target');
        this.nameOp('LOAD', s.target.id);
        this.expr(s.value);
        this.line = s.lineno;
        const [n, sym] = BINARY_OPARG[s.op];
        this.emit('BINARY_OP', n + 13, `${sym}=`);
        this.nameOp('STORE', s.target.id);
        return;
      }
      case 'Return':
        if (s.value === null || s.value._type === 'Constant') {
          const v = s.value === null ? null : s.value.value;
          this.emit('RETURN_CONST', this.constIndex(v), constRepr(v));
        } else {
          this.expr(s.value);
          this.line = s.lineno;
          this.emit('RETURN_VALUE');
        }
        return;
      case 'Pass': case 'Global':
        return;
      case 'FunctionDef': {
        const a = s.args;
        if (s.decorator_list.length || a.defaults.length || a.kwonlyargs.length || a.posonlyargs.length || a.vararg || a.kwarg || s.returns) {
          throw new CompileNotSupported('function signature');
        }
        const unit = new Unit(s.name, s.lineno, 'function', a.args.map((x) => x.arg), s.body);
        unit.emit('RESUME', 0);
        unit.body(s.body);
        this.line = s.lineno;
        this.loadConst(unit.code);
        this.emit('MAKE_FUNCTION', 0);
        this.nameOp('STORE', s.name);
        return;
      }
      default:
        throw new CompileNotSupported(s._type);
    }
  }

  private expr(e: A.Expr): void {
    this.line = e.lineno;
    switch (e._type) {
      case 'Constant':
        this.loadConst(e.value);
        return;
      case 'Name':
        this.nameOp('LOAD', e.id);
        return;
      case 'BinOp': {
        this.expr(e.left);
        this.expr(e.right);
        this.line = e.lineno;
        const [n, sym] = BINARY_OPARG[e.op];
        this.emit('BINARY_OP', n, sym);
        return;
      }
      case 'UnaryOp': {
        const op = UNARY_OP[e.op];
        if (!op) throw new CompileNotSupported('unary +');
        this.expr(e.operand);
        this.line = e.lineno;
        this.emit(op);
        return;
      }
      case 'Call': {
        if (e.keywords.length || e.args.some((x) => x._type === 'Starred')) throw new CompileNotSupported('call arguments');
        if (e.func._type === 'Name') this.nameOp('LOAD', e.func.id, true);
        else {
          this.emit('PUSH_NULL');
          this.expr(e.func);
        }
        e.args.forEach((x) => this.expr(x));
        this.line = e.lineno;
        this.emit('CALL', e.args.length);
        return;
      }
      default:
        throw new CompileNotSupported(e._type);
    }
  }
}

/** Names a function assigns (its locals) and declares global, ignoring nested scopes. */
function collectScope(body: A.Stmt[], globals: Set<string>, locals: Set<string>): void {
  for (const s of body) {
    if (s._type === 'Global') s.names.forEach((n) => globals.add(n));
    else if (s._type === 'Nonlocal') throw new CompileNotSupported('nonlocal');
    else if (s._type === 'FunctionDef' || s._type === 'ClassDef') locals.add(s.name);
    else if (s._type === 'Assign') s.targets.forEach((t) => t._type === 'Name' && locals.add(t.id));
    else if (s._type === 'AugAssign' || s._type === 'AnnAssign') {
      if (s.target._type === 'Name') locals.add(s.target.id);
    }
  }
}

export function compileModule(mod: A.Module): CodeObject {
  const unit = new Unit('<module>', 1, 'module', [], mod.body);
  const first = unit.code;
  unit.emit('RESUME', 0);
  first.instructions[0] = { opname: 'RESUME', arg: 0, argrepr: '', lineno: 0 };
  unit.body(mod.body);
  return first;
}
