// Errors CPython raises after parsing: from the symtable (global/nonlocal
// declarations) and from the compiler (return/yield/break/continue placement).
// The symtable runs first, so its errors win when a module has both.

import type * as A from './ast';
import { PySyntaxError } from './errors';
import type { Source } from './source';

type AnyNode = A.Node;

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && '_type' in v && typeof (v as { _type: unknown })._type === 'string';
}

function children(n: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) for (const x of v) {
      if (isNode(x)) out.push(x);
    }
    else if (isNode(v)) out.push(v);
  }
  return out;
}

function error(src: Source, msg: string, pos: A.Pos): PySyntaxError {
  const charOffset = (line: number, byteCol: number): number => {
    const enc = new TextEncoder();
    const text = src.lineText(line);
    let chars = 0;
    let bytes = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      bytes += enc.encode(ch).length;
      chars += 1;
    }
    return chars + 1;
  };
  return new PySyntaxError('SyntaxError', msg, {
    lineno: pos.lineno, offset: charOffset(pos.lineno, pos.col_offset),
    end_lineno: pos.end_lineno, end_offset: charOffset(pos.end_lineno, pos.end_col_offset),
  }, null);
}

interface Scope {
  assigned: Set<string>;
  used: Set<string>;
  params: Set<string>;
  globals: Set<string>;
  kind: 'module' | 'function' | 'class';
  parent: Scope | null;
  /** nonlocal declarations, resolved once every scope is known (symtable.c's analyze_name). */
  nonlocals: { name: string; node: A.Pos }[];
}

function newScope(params: string[] = [], kind: Scope['kind'] = 'module', parent: Scope | null = null): Scope {
  return { assigned: new Set(), used: new Set(), params: new Set(params), globals: new Set(), kind, parent, nonlocals: [] };
}

/** Whether an enclosing function binds `name` for a nonlocal declaration in `scope`. */
function nonlocalBound(scope: Scope, name: string): boolean {
  for (let s = scope.parent; s !== null && s.kind !== 'module'; s = s.parent) {
    if (s.kind === 'class' || s.globals.has(name)) continue;
    if (s.params.has(name) || s.assigned.has(name)) return true;
    if (s.nonlocals.some((d) => d.name === name)) return nonlocalBound(s, name);
  }
  return false;
}

function checkNonlocals(scopes: Scope[], src: Source): void {
  for (const scope of scopes) {
    for (const { name, node } of scope.nonlocals) {
      if (scope.kind === 'module') throw error(src, 'nonlocal declaration not allowed at module level', node);
      if (!nonlocalBound(scope, name)) throw error(src, `no binding for nonlocal '${name}' found`, node);
    }
  }
}

const allScopes: Scope[] = [];
function scopeIn(parent: Scope, kind: Scope['kind'], params: string[] = []): Scope {
  const s = newScope(params, kind, parent);
  allScopes.push(s);
  return s;
}

function paramNames(a: A.Arguments): string[] {
  return [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])].map((x) => x.arg);
}

function symtable(n: AnyNode, scope: Scope, src: Source): void {
  switch (n._type) {
    case 'FunctionDef': case 'Lambda': {
      const args = n.args;
      if (n._type === 'FunctionDef') {
        n.decorator_list.forEach((d) => symtable(d, scope, src));
        scope.assigned.add(n.name);
      }
      [...args.defaults, ...args.kw_defaults].forEach((d) => d && symtable(d, scope, src));
      const inner = scopeIn(scope, 'function', paramNames(args));
      const body: AnyNode[] = n._type === 'FunctionDef' ? n.body : [n.body];
      body.forEach((s) => symtable(s, inner, src));
      return;
    }
    case 'ClassDef': {
      n.decorator_list.forEach((d) => symtable(d, scope, src));
      [...n.bases, ...n.keywords].forEach((b) => symtable(b, scope, src));
      scope.assigned.add(n.name);
      const inner = scopeIn(scope, 'class');
      n.body.forEach((s) => symtable(s, inner, src));
      return;
    }
    case 'Global': case 'Nonlocal': {
      const kind = n._type === 'Global' ? 'global' : 'nonlocal';
      for (const name of n.names) {
        if (scope.params.has(name)) throw error(src, `name '${name}' is parameter and ${kind}`, n);
        if (scope.assigned.has(name)) throw error(src, `name '${name}' is assigned to before ${kind} declaration`, n);
        if (scope.used.has(name)) throw error(src, `name '${name}' is used prior to ${kind} declaration`, n);
        if (kind === 'global') scope.globals.add(name);
        else scope.nonlocals.push({ name, node: n });
      }
      return;
    }
    case 'Name':
      (n.ctx === 'Load' ? scope.used : scope.assigned).add(n.id);
      return;
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
      const what = { ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension', GeneratorExp: 'generator expression' }[n._type];
      const inner: AnyNode[] = n._type === 'DictComp' ? [n.key, n.value] : [n.elt];
      n.generators.forEach((g, k) => {
        if (k > 0) inner.push(g.iter);
        inner.push(g.target, ...g.ifs);
      });
      const y = inner.map(findYield).find((x) => x !== null);
      if (y) throw error(src, `'yield' inside ${what}`, y);
      break;
    }
  }
  children(n).forEach((c) => symtable(c, scope, src));
}

function findYield(n: AnyNode): A.Pos | null {
  if (n._type === 'Yield' || n._type === 'YieldFrom') return n;
  if (n._type === 'Lambda' || n._type === 'ListComp' || n._type === 'SetComp' || n._type === 'DictComp' || n._type === 'GeneratorExp') return null;
  for (const c of children(n)) {
    const y = findYield(c);
    if (y) return y;
  }
  return null;
}

interface Ctx {
  inFunction: boolean;
  inLoop: boolean;
  /** Inside a def or class body (where `import *` is refused). */
  nested?: boolean;
}

function compile(n: AnyNode, ctx: Ctx, src: Source): void {
  switch (n._type) {
    case 'FunctionDef': case 'Lambda': {
      const args = n.args;
      const outer: AnyNode[] = n._type === 'FunctionDef' ? [...n.decorator_list, ...(n.returns ? [n.returns] : [])] : [];
      [...outer, ...args.defaults, ...args.kw_defaults.filter((d): d is A.Expr => d !== null)].forEach((c) => compile(c, ctx, src));
      const body: AnyNode[] = n._type === 'FunctionDef' ? n.body : [n.body];
      body.forEach((s) => compile(s, { inFunction: true, inLoop: false, nested: true }, src));
      return;
    }
    case 'ClassDef':
      [...n.decorator_list, ...n.bases, ...n.keywords].forEach((c) => compile(c, ctx, src));
      n.body.forEach((s) => compile(s, { inFunction: false, inLoop: false, nested: true }, src));
      return;
    case 'Return':
      if (!ctx.inFunction) throw error(src, "'return' outside function", n);
      break;
    case 'Yield': case 'YieldFrom':
      if (!ctx.inFunction) throw error(src, "'yield' outside function", n);
      break;
    case 'ImportFrom': {
      const star = n.names.find((a) => a.name === '*');
      if (star && ctx.nested) throw error(src, 'import * only allowed at module level', star);
      return;
    }
    case 'Break':
      if (!ctx.inLoop) throw error(src, "'break' outside loop", n);
      return;
    case 'Continue':
      if (!ctx.inLoop) throw error(src, "'continue' not properly in loop", n);
      return;
    case 'For': case 'While': {
      const head: AnyNode[] = n._type === 'For' ? [n.target, n.iter] : [n.test];
      head.forEach((c) => compile(c, ctx, src));
      n.body.forEach((s) => compile(s, { ...ctx, inLoop: true }, src));
      n.orelse.forEach((s) => compile(s, ctx, src));
      return;
    }
  }
  children(n).forEach((c) => compile(c, ctx, src));
}

export function checkModule(mod: A.Module, src: Source): void {
  const top = newScope();
  allScopes.length = 0;
  allScopes.push(top);
  mod.body.forEach((s) => symtable(s, top, src));
  checkNonlocals(allScopes, src);
  mod.body.forEach((s) => compile(s, { inFunction: false, inLoop: false }, src));
}
