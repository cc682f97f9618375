// The symbol table pass, mirroring CPython's symtable.c for module and function
// scopes: every name a function uses is local, cell (local and captured by a
// nested function), free (from an enclosing function), or global (declared, or
// implicit: bound nowhere in an enclosing function). The compiler picks
// LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL from this, and the cell and free lists
// give MAKE_CELL, COPY_FREE_VARS and the closure tuples.

import type * as A from './ast';
import { CompileNotSupported } from './compiler-errors';

export type SymKind = 'local' | 'cell' | 'free' | 'global_explicit' | 'global_implicit';

type ScopeNode = A.Module | A.FunctionDef | A.Lambda | A.ClassDef | A.GeneratorExp;

export class Scope {
  readonly kind: 'module' | 'function' | 'class';
  readonly symbols = new Map<string, SymKind>();
  readonly children = new Map<ScopeNode, Scope>();
  /** Parameters in signature order (they are locals, or cells at their own slot). */
  readonly params: string[] = [];
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** Loop variables of inlined comprehensions: locals of this function, saved and restored around the loop. */
  readonly compLocals = new Set<string>();
  /** Comprehension variables some closure captures: cell slots of this code (cells only inside their comprehension). */
  readonly compCells = new Set<string>();
  /** A function defined directly in a class body (super() may use its __class__). */
  inClass = false;
  /** A yield in the body (not in nested functions) makes the function a generator. */
  generator = false;

  constructor(kind: 'module' | 'function' | 'class') {
    this.kind = kind;
  }

  kindOf(name: string): SymKind {
    return this.symbols.get(name) ?? 'global_implicit';
  }

  /** co_cellvars / co_freevars: CPython sorts them by name. */
  names(kind: 'cell' | 'free'): string[] {
    const out = [...this.symbols].filter(([, k]) => k === kind).map(([n]) => n);
    if (kind === 'cell') for (const n of this.compCells) if (!out.includes(n)) out.push(n);
    return out.sort();
  }

  child(node: ScopeNode): Scope {
    const s = this.children.get(node);
    if (!s) throw new Error('no scope for node');
    return s;
  }
}

function isNode(v: unknown): v is { _type: string } {
  return typeof v === 'object' && v !== null && '_type' in v && typeof v._type === 'string';
}

/** Visits every AST node under `v` in field order, entering new scopes for def and lambda. */
function walk(v: unknown, scope: Scope): void {
  if (Array.isArray(v)) {
    for (const x of v) walk(x, scope);
    return;
  }
  if (!isNode(v)) return;
  if (v._type === 'ExceptHandler') {
    const h = v as A.ExceptHandler;
    if (h.name) scope.bound.add(h.name);
    walk(h.type, scope);
    walk(h.body, scope);
    return;
  }
  const node = v as A.Stmt | A.Expr | A.Pattern;
  switch (node._type) {
    case 'FunctionDef': case 'Lambda': {
      // Defaults and decorators belong to the enclosing scope; the rest to the new one.
      walk(node.args.defaults, scope);
      walk(node.args.kw_defaults, scope);
      if (node._type === 'FunctionDef') {
        walk(node.decorator_list, scope);
        scope.bound.add(node.name);
      }
      const inner = new Scope('function');
      inner.inClass = scope.kind === 'class';
      const a = node.args;
      for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
        if (!p) continue;
        inner.params.push(p.arg);
        inner.bound.add(p.arg);
      }
      walk(node.body, inner);
      if (node._type === 'Lambda' && inner.generator) throw new CompileNotSupported('generator lambda');
      scope.children.set(node, inner);
      return;
    }
    case 'ListComp': case 'SetComp': case 'DictComp': {
      // 3.12 inlines these (PEP 709): the names the loops bind become fast locals of the enclosing code.
      if (scope.kind === 'class') throw new CompileNotSupported('comprehension in a class body');
      const [first, ...rest] = node.generators;
      if (!first || node.generators.some((g) => g.is_async)) throw new CompileNotSupported('async comprehension');
      walk(first.iter, scope);
      const inner = new Scope('function');
      const order: A.Expr[] = [first.target, ...first.ifs];
      for (const g of rest) order.push(g.iter, g.target, ...g.ifs);
      if (node._type === 'DictComp') order.push(node.key, node.value);
      else order.push(node.elt);
      walk(order, inner);
      if (inner.globals.size || inner.nonlocals.size) throw new CompileNotSupported('global in a comprehension');
      // Functions defined inside belong to the enclosing scope; one that needs a loop variable as a cell is not built.
      const own = new Set([...inner.bound].filter((n) => !namedTargets(order).includes(n)));
      for (const [child, cs] of inner.children) {
        // One closing over a loop variable makes that variable a cell of the enclosing code (as 3.12 does).
        compVisible.set(child, { node, names: own });
        scope.children.set(child, cs);
      }
      // A walrus inside binds in the enclosing scope (PEP 572), not in the comprehension.
      const walrus = new Set(namedTargets(order));
      walrus.forEach((n) => scope.bound.add(n));
      // At module level such a name is global everywhere in the module (DEF_GLOBAL).
      if (scope.kind === 'module') walrus.forEach((n) => scope.globals.add(n));
      for (const n of inner.used) if (!inner.bound.has(n) || walrus.has(n)) scope.used.add(n);
      // CPython pushes them in the order the comprehension's symbol table first saw them,
      // then those of comprehensions inlined into this one.
      // At module level CPython also saves and restores them, and reaches them as globals inside.
      const moduleWalrus = scope.kind === 'module' ? walrus : new Set<string>();
      const locals = namesInOrder(order).filter((n) => inner.bound.has(n) && (!walrus.has(n) || moduleWalrus.has(n)));
      if (moduleWalrus.size) comprehensionGlobals.set(node, moduleWalrus);
      for (const n of inner.compLocals) if (!locals.includes(n)) locals.push(n);
      comprehensionLocals.set(node, locals);
      locals.forEach((n) => scope.compLocals.add(n));
      return;
    }
    case 'ClassDef': {
      // Bases and decorators are evaluated outside; the body is a scope of NAME lookups.
      walk(node.bases, scope);
      walk(node.keywords, scope);
      walk(node.decorator_list, scope);
      scope.bound.add(node.name);
      const inner = new Scope('class');
      walk(node.body, inner);
      scope.children.set(node, inner);
      return;
    }
    case 'GeneratorExp': {
      // Its own function scope: the outermost iterable is evaluated outside and passed in as `.0`.
      const [first, ...rest] = node.generators;
      if (!first || node.generators.some((g) => g.is_async)) throw new CompileNotSupported('async generator expression');
      walk(first.iter, scope);
      const inner = new Scope('function');
      inner.inClass = false;
      inner.params.push('.0');
      inner.bound.add('.0');
      inner.generator = true;
      const order: A.Expr[] = [first.target, ...first.ifs];
      for (const g of rest) order.push(g.iter, g.target, ...g.ifs);
      order.push(node.elt);
      if (hasNamedExpr(order)) throw new CompileNotSupported('walrus in a generator expression');
      walk(order, inner);
      scope.children.set(node, inner);
      return;
    }
    case 'Yield': case 'YieldFrom':
      if (scope.kind !== 'function') throw new CompileNotSupported('yield outside a function');
      scope.generator = true;
      walk(node.value, scope);
      return;
    case 'Global':
      node.names.forEach((n) => scope.globals.add(n));
      return;
    case 'MatchAs': case 'MatchStar':
      if (node.name) scope.bound.add(node.name);
      if (node._type === 'MatchAs') walk(node.pattern, scope);
      return;
    case 'MatchMapping':
      if (node.rest) scope.bound.add(node.rest);
      walk(node.keys, scope);
      walk(node.patterns, scope);
      return;
    case 'Nonlocal':
      node.names.forEach((n) => scope.nonlocals.add(n));
      return;
    case 'Name':
      (node.ctx === 'Load' ? scope.used : scope.bound).add(node.id);
      return;
    case 'Import': case 'ImportFrom':
      for (const a of node.names) scope.bound.add(a.asname ?? (a.name.split('.')[0] as string));
      return;
    default:
      for (const [k, x] of Object.entries(node)) if (k !== '_type') walk(x, scope);
  }
}

/**
 * analyze_block: `visible` holds names bound in enclosing functions. Children are
 * analyzed first; what they take free from here becomes a cell (or passes through as free).
 */
function analyze(scope: Scope, visible: Set<string>): void {
  // Zero-argument super() needs the class being defined: an implicit free __class__.
  if (scope.used.has('__class__')) throw new CompileNotSupported('__class__');
  if (scope.kind === 'function' && !scope.inClass && scope.used.has('super')) throw new CompileNotSupported('super() outside a method');
  if (scope.kind === 'function' && scope.inClass && scope.used.has('super')) {
    scope.symbols.set('__class__', 'free');
  }
  if (scope.kind === 'function') {
    for (const n of new Set([...scope.used, ...scope.bound, ...scope.globals, ...scope.nonlocals])) {
      if (scope.globals.has(n)) scope.symbols.set(n, 'global_explicit');
      else if (scope.nonlocals.has(n)) scope.symbols.set(n, 'free');
      else if (scope.bound.has(n)) scope.symbols.set(n, 'local');
      else if (visible.has(n)) scope.symbols.set(n, 'free');
      else scope.symbols.set(n, 'global_implicit');
    }
    for (const n of scope.compLocals) {
      const k = scope.symbols.get(n);
      if (k === undefined) scope.symbols.set(n, 'local');
      else if (k !== 'local') throw new CompileNotSupported(`comprehension variable ${n} that is also ${k} here`);
    }
  }
  // A class body reading an enclosing function's variable needs LOAD_FROM_DICT_OR_DEREF; not built.
  if (scope.kind === 'class') {
    for (const n of scope.used) if (!scope.bound.has(n) && visible.has(n)) throw new CompileNotSupported('class body using a variable of the enclosing function');
  }
  const inner = new Set(visible);
  if (scope.kind === 'function') {
    for (const [n, k] of scope.symbols) {
      if (k === 'local' || k === 'free') inner.add(n);
      else inner.delete(n);
    }
  }
  for (const [node, child] of scope.children) {
    // A function defined in an inlined comprehension also sees the comprehension's variables.
    const comp = compVisible.get(node);
    analyze(child, comp ? new Set([...inner, ...comp.names]) : inner);
    // Captured loop variables are cells inside that comprehension only (and slots of this code).
    const captured = comp ? child.names('free').filter((n) => comp.names.has(n)) : [];
    for (const n of captured) {
      scope.compCells.add(n);
      const cells = comprehensionCells.get(comp?.node as A.ListComp) ?? new Set<string>();
      cells.add(n);
      comprehensionCells.set(comp?.node as A.ListComp, cells);
    }
    const free = child.names('free').filter((n) => !captured.includes(n));
    // A method's free names would pass through the class; only super()'s __class__ cell is built.
    if (scope.kind === 'class' && child.names('free').some((n) => n !== '__class__')) {
      throw new CompileNotSupported('closures through a class body');
    }
    if (scope.kind === 'class' && child.names('free').includes('__class__')) scope.symbols.set('__class__', 'cell');
    for (const n of free) {
      const k = scope.symbols.get(n);
      if (k === 'local') scope.symbols.set(n, 'cell');
      else if (scope.kind === 'function' && (k === undefined || k === 'global_implicit')) scope.symbols.set(n, 'free');
    }
  }
}

/** The names an inlined comprehension binds, in CPython's order (push_inlined_comprehension_state). */
/** Functions defined inside an inlined comprehension → the comprehension's own variables. */
const compVisible = new WeakMap<ScopeNode, { node: A.ListComp | A.SetComp | A.DictComp; names: Set<string> }>();
/** An inlined comprehension's variables that functions inside it capture: cells while it runs. */
export const comprehensionCells = new WeakMap<A.ListComp | A.SetComp | A.DictComp, Set<string>>();

export const comprehensionLocals = new WeakMap<A.ListComp | A.SetComp | A.DictComp, string[]>();
/** Module level: walrus targets inside a comprehension, which it stores as globals. */
export const comprehensionGlobals = new WeakMap<A.ListComp | A.SetComp | A.DictComp, Set<string>>();

function namesInOrder(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => namesInOrder(x, out));
  else if (isNode(v)) {
    if (v._type === 'Name') {
      const id = (v as A.Name).id;
      if (!out.includes(id)) out.push(id);
    } else for (const [k, x] of Object.entries(v)) if (k !== '_type') namesInOrder(x, out);
  }
  return out;
}


/** The names walrus expressions bind (outside nested scopes). */
function namedTargets(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => namedTargets(x, out));
  else if (isNode(v) && v._type !== 'Lambda' && v._type !== 'GeneratorExp') {
    if (v._type === 'NamedExpr') {
      const t = (v as A.NamedExpr).target;
      if (t._type === 'Name') out.push(t.id);
    }
    for (const [k, x] of Object.entries(v)) if (k !== '_type') namedTargets(x, out);
  }
  return out;
}

function hasNamedExpr(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasNamedExpr);
  if (!isNode(v)) return false;
  return v._type === 'NamedExpr' || Object.entries(v).some(([k, x]) => k !== '_type' && hasNamedExpr(x));
}

export function buildSymtable(mod: A.Module): Scope {
  const top = new Scope('module');
  walk(mod.body, top);
  analyze(top, new Set());
  return top;
}
