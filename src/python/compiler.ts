// First slice of the compiler: AST → code objects shaped like CPython 3.12's
// (same opcode names and opargs, CACHE entries left out). It covers
// straight-line code: names, constants, arithmetic, comparisons, attributes,
// subscripts, method and function calls, lists/tuples, imports, `global`,
// assignment, `def` without defaults, `return`. No jumps yet. Anything else
// raises CompileNotSupported rather than producing wrong bytecode.

import type * as A from './ast';

export interface Instruction {
  opname: string;
  arg: number | null;
  argrepr: string;
  lineno: number;
}

export type Const = A.ConstantValue | CodeObject | { tuple: Const[] };

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
// COMPARE_OP's oparg in 3.12: the comparison << 4, plus a mask its specializations use.
const COMPARE_OPARG: Partial<Record<A.CmpOperator, [number, string]>> = {
  Lt: [2, '<'], LtE: [26, '<='], Eq: [40, '=='], NotEq: [55, '!='], Gt: [68, '>'], GtE: [92, '>='],
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
  if ('tuple' in v) return v.tuple.length === 1 ? `(${constRepr(v.tuple[0] ?? null)},)` : `(${v.tuple.map(constRepr).join(', ')})`;
  if ('float' in v) return Number.isInteger(v.float) ? `${v.float}.0` : String(v.float);
  if ('ellipsis' in v) return 'Ellipsis';
  throw new CompileNotSupported('constant kind');
}

function sameConst(a: Const, b: Const): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if ('tuple' in a && 'tuple' in b) return a.tuple.length === b.tuple.length && a.tuple.every((x, i) => sameConst(x, b.tuple[i] ?? null));
  return 'float' in a && 'float' in b && Object.is(a.float, b.float);
}

type Scope = 'module' | 'function';

class Unit {
  readonly code: CodeObject;
  private readonly scope: Scope;
  private readonly globals = new Set<string>();
  private readonly locals = new Set<string>();
  private line: number;
  /** Names the module imports: CPython skips the method-call form on those (is_import_originated). */
  private readonly imported: Set<string>;

  constructor(name: string, firstlineno: number, scope: Scope, params: string[], body: A.Stmt[], imported: Set<string>) {
    this.imported = imported;
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

  nameIndex(n: string): number {
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
        if (s.targets.length !== 1 || !target) throw new CompileNotSupported('chained assignment');
        this.expr(s.value);
        this.line = s.lineno;
        this.store(target);
        return;
      }
      case 'Import':
        for (const alias of s.names) {
          if (alias.asname && alias.name.includes('.')) throw new CompileNotSupported('import a.b as c');
          this.loadConst(0n);
          this.loadConst(null);
          this.emit('IMPORT_NAME', this.nameIndex(alias.name), alias.name);
          this.nameOp('STORE', alias.asname ?? (alias.name.split('.')[0] as string));
        }
        return;
      case 'ImportFrom': {
        if (s.names.some((a) => a.name === '*')) throw new CompileNotSupported('import *');
        const mod = s.module ?? '';
        this.loadConst(BigInt(s.level));
        this.loadConst({ tuple: s.names.map((a) => a.name) });
        this.emit('IMPORT_NAME', this.nameIndex(mod), mod);
        for (const alias of s.names) {
          this.emit('IMPORT_FROM', this.nameIndex(alias.name), alias.name);
          this.nameOp('STORE', alias.asname ?? alias.name);
        }
        this.emit('POP_TOP');
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
        const unit = new Unit(s.name, s.lineno, 'function', a.args.map((x) => x.arg), s.body, this.imported);
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

  private store(t: A.Expr): void {
    if (t._type === 'Name') this.nameOp('STORE', t.id);
    else if (t._type === 'Attribute') {
      this.expr(t.value);
      this.emit('STORE_ATTR', this.nameIndex(t.attr), t.attr);
    } else if (t._type === 'Subscript') {
      this.expr(t.value);
      this.expr(t.slice);
      this.emit('STORE_SUBSCR');
    } else throw new CompileNotSupported(`store to ${t._type}`);
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
      case 'Compare': {
        const op = e.ops[0];
        const right = e.comparators[0];
        if (e.ops.length !== 1 || !op || !right) throw new CompileNotSupported('chained comparison');
        this.expr(e.left);
        this.expr(right);
        this.line = e.lineno;
        const cmp = COMPARE_OPARG[op];
        if (cmp) this.emit('COMPARE_OP', cmp[0], cmp[1]);
        else if (op === 'Is' || op === 'IsNot') this.emit('IS_OP', op === 'IsNot' ? 1 : 0);
        else this.emit('CONTAINS_OP', op === 'NotIn' ? 1 : 0);
        return;
      }
      case 'Attribute':
        this.expr(e.value);
        this.line = e.lineno;
        this.emit('LOAD_ATTR', this.nameIndex(e.attr) << 1, e.attr);
        return;
      case 'Subscript':
        if (e.slice._type === 'Slice') throw new CompileNotSupported('slice');
        this.expr(e.value);
        this.expr(e.slice);
        this.line = e.lineno;
        this.emit('BINARY_SUBSCR');
        return;
      case 'List': case 'Tuple':
        // CPython folds constant displays into one constant; not done here yet.
        if (e.elts.length === 0 || e.elts.some((x) => x._type === 'Starred' || x._type === 'Constant')) throw new CompileNotSupported('constant display');
        e.elts.forEach((x) => this.expr(x));
        this.line = e.lineno;
        this.emit(e._type === 'List' ? 'BUILD_LIST' : 'BUILD_TUPLE', e.elts.length);
        return;
      case 'Call': {
        if (e.keywords.length || e.args.some((x) => x._type === 'Starred')) throw new CompileNotSupported('call arguments');
        if (e.func._type === 'Name') this.nameOp('LOAD', e.func.id, true);
        else if (e.func._type === 'Attribute' && !(e.func.value._type === 'Name' && this.imported.has(e.func.value.id))) {
          // Method calls: LOAD_ATTR's low bit pushes the method and self instead of NULL and a bound method.
          this.expr(e.func.value);
          this.line = e.func.lineno;
          this.emit('LOAD_ATTR', (this.nameIndex(e.func.attr) << 1) | 1, `NULL|self + ${e.func.attr}`);
        } else {
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
  const imported = new Set<string>();
  for (const s of mod.body) {
    if (s._type === 'Import') s.names.forEach((a) => imported.add(a.asname ?? (a.name.split('.')[0] as string)));
    if (s._type === 'ImportFrom') s.names.forEach((a) => imported.add(a.asname ?? a.name));
  }
  const unit = new Unit('<module>', 1, 'module', [], mod.body, imported);
  const first = unit.code;
  unit.emit('RESUME', 0);
  first.instructions[0] = { opname: 'RESUME', arg: 0, argrepr: '', lineno: 0 };
  unit.body(mod.body);
  return first;
}
