// The symbol table pass, mirroring CPython's symtable.c for module and function
// scopes: every name a function uses is local, cell (local and captured by a
// nested function), free (from an enclosing function), or global (declared, or
// implicit: bound nowhere in an enclosing function). The compiler picks
// LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL from this, and the cell and free lists
// give MAKE_CELL, COPY_FREE_VARS and the closure tuples.

import type * as A from './ast';
import { CompileNotSupported } from './compiler-errors';

export type SymKind = 'local' | 'cell' | 'free' | 'global_explicit' | 'global_implicit';

type ScopeNode = A.Module | A.FunctionDef | A.Lambda | A.ClassDef;

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
    return [...this.symbols].filter(([, k]) => k === kind).map(([n]) => n).sort();
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
  const node = v as A.Stmt | A.Expr;
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
      // 3.12 inlines these (PEP 709): the loop variable becomes a local of the enclosing function.
      const gen = node.generators[0];
      if (node.generators.length !== 1 || !gen || gen.is_async || gen.target._type !== 'Name') {
        throw new CompileNotSupported('comprehension with several or async loops or a non-name target');
      }
      walk(gen.iter, scope);
      const inner = new Scope('function');
      walk(node._type === 'DictComp' ? [node.key, node.value, gen.ifs] : [node.elt, gen.ifs], inner);
      if (inner.children.size || inner.bound.size) throw new CompileNotSupported('comprehension binding names or defining functions');
      for (const n of inner.used) if (n !== (gen.target as A.Name).id) scope.used.add(n);
      scope.compLocals.add(gen.target.id);
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
    case 'GeneratorExp':
      throw new CompileNotSupported(node._type);
    case 'Yield': case 'YieldFrom':
      if (scope.kind !== 'function') throw new CompileNotSupported('yield outside a function');
      scope.generator = true;
      walk(node.value, scope);
      return;
    case 'Global':
      node.names.forEach((n) => scope.globals.add(n));
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
  const inner = new Set(visible);
  if (scope.kind === 'function') {
    for (const [n, k] of scope.symbols) {
      if (k === 'local' || k === 'free') inner.add(n);
      else inner.delete(n);
    }
  }
  for (const child of scope.children.values()) {
    analyze(child, inner);
    // A method's free names would pass through the class; only super()'s __class__ cell is built.
    if (scope.kind === 'class' && child.names('free').some((n) => n !== '__class__')) {
      throw new CompileNotSupported('closures through a class body');
    }
    if (scope.kind === 'class' && child.names('free').includes('__class__')) scope.symbols.set('__class__', 'cell');
    for (const n of child.names('free')) {
      const k = scope.symbols.get(n);
      if (k === 'local') scope.symbols.set(n, 'cell');
      else if (scope.kind === 'function' && (k === undefined || k === 'global_implicit')) scope.symbols.set(n, 'free');
    }
  }
}

export function buildSymtable(mod: A.Module): Scope {
  const top = new Scope('module');
  walk(mod.body, top);
  analyze(top, new Set());
  return top;
}
