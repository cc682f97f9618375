// List, tuple, set and dict displays and the arguments of calls that unpack
// (`*args`, `**kw`), as CPython 3.12's starunpack_helper, compiler_dict and
// compiler_call_helper emit them.

import type * as A from './ast';
import type { UnitApi } from './compile-api';
import type { Const } from './code';
import { foldConst } from './fold';

// STACK_USE_GUIDELINE: longer displays are built one item at a time.
const STACK_USE_GUIDELINE = 30;

const KINDS = {
  list: ['BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND'],
  tuple: ['BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND'],
  set: ['BUILD_SET', 'SET_ADD', 'SET_UPDATE'],
} as const;

function allConst(elts: A.Expr[]): Const[] | null {
  const out: Const[] = [];
  for (const e of elts) {
    const v = e._type === 'Starred' ? undefined : foldConst(e);
    if (v === undefined) return null;
    out.push(v);
  }
  return out;
}

/** starunpack_helper: `pushed` items are already on the stack (a call's function and self). */
export function starUnpack(u: UnitApi, node: A.Pos, elts: A.Expr[], pushed: number, kind: 'list' | 'tuple' | 'set'): void {
  const [build, add, extend] = KINDS[kind];
  const consts = elts.length > 2 ? allConst(elts) : null;
  if (consts) {
    u.at(node);
    if (kind === 'tuple' && !pushed) u.loadConst({ tuple: consts });
    else {
      u.emit(build, pushed);
      // A set's constants are a frozenset constant; shown as a tuple here (same items, same order).
      u.loadConst(kind === 'set' ? { frozenset: consts } : { tuple: consts });
      u.emit(extend, 1);
      if (kind === 'tuple') u.emit('CALL_INTRINSIC_1', 6, 'INTRINSIC_LIST_TO_TUPLE');
    }
    return;
  }
  const big = elts.length + pushed > STACK_USE_GUIDELINE;
  const star = elts.some((e) => e._type === 'Starred');
  if (!star && !big) {
    elts.forEach((e) => u.expr(e));
    u.at(node);
    u.emit(kind === 'tuple' ? 'BUILD_TUPLE' : build, elts.length + pushed);
    return;
  }
  let built = false;
  if (big) {
    u.at(node);
    u.emit(build, pushed);
    built = true;
  }
  elts.forEach((e, i) => {
    if (e._type === 'Starred') {
      if (!built) {
        u.at(node);
        u.emit(build, i + pushed);
        built = true;
      }
      u.expr(e.value);
      u.at(node);
      u.emit(extend, 1);
    } else {
      u.expr(e);
      u.at(node);
      if (built) u.emit(add, 1);
    }
  });
  if (kind === 'tuple') u.emit('CALL_INTRINSIC_1', 6, 'INTRINSIC_LIST_TO_TUPLE');
}

/** compiler_subdict: keys[begin..end) with their values, as one new dict. */
function subdict(u: UnitApi, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = e.keys.slice(begin, end);
  const consts = n > 1 && !big ? allConst(keys as A.Expr[]) : null;
  if (consts) {
    e.values.slice(begin, end).forEach((v) => u.expr(v));
    u.at(e);
    u.loadConst({ tuple: consts });
    u.emit('BUILD_CONST_KEY_MAP', n);
    return;
  }
  u.at(e);
  if (big) u.emit('BUILD_MAP', 0);
  for (let i = begin; i < end; i++) {
    u.expr(e.keys[i] as A.Expr);
    u.expr(e.values[i] as A.Expr);
    u.at(e);
    if (big) u.emit('MAP_ADD', 1);
  }
  if (!big) u.emit('BUILD_MAP', n);
}

export function compileDict(u: UnitApi, e: A.Dict): void {
  let haveDict = false;
  let elements = 0;
  const n = e.values.length;
  const flush = (from: number, to: number): void => {
    subdict(u, e, from, to);
    u.at(e);
    if (haveDict) u.emit('DICT_UPDATE', 1);
    haveDict = true;
    elements = 0;
  };
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) flush(i - elements, i);
      u.at(e);
      if (!haveDict) {
        u.emit('BUILD_MAP', 0);
        haveDict = true;
      }
      u.expr(e.values[i] as A.Expr);
      u.at(e);
      u.emit('DICT_UPDATE', 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) flush(i - elements, i + 1);
    else elements++;
  }
  if (elements) flush(n - elements, n);
  u.at(e);
  if (!haveDict) u.emit('BUILD_MAP', 0);
}

/** Whether a call needs CALL_FUNCTION_EX (compiler_call_helper's ex_call). */
export function needsExCall(args: A.Expr[], keywords: A.Keyword[]): boolean {
  return args.length + keywords.length * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
}

/** compiler_subkwargs: keywords[begin..end) as one dict. */
function subkwargs(u: UnitApi, call: A.Call, kws: A.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) u.expr((kws[i] as A.Keyword).value);
    u.at(call);
    u.loadConst({ tuple: kws.slice(begin, end).map((k) => k.arg ?? '') });
    u.emit('BUILD_CONST_KEY_MAP', n);
    return;
  }
  if (big) {
    u.at(null);
    u.emit('BUILD_MAP', 0);
  }
  for (let i = begin; i < end; i++) {
    const k = kws[i] as A.Keyword;
    u.at(call);
    u.loadConst(k.arg ?? '');
    u.expr(k.value);
    if (big) {
      u.at(null);
      u.emit('MAP_ADD', 1);
    }
  }
  u.at(call);
  if (!big) u.emit('BUILD_MAP', n);
}

/** The ex_call half of compiler_call_helper: positional args as a tuple, keywords as a dict. */
export function compileExCall(u: UnitApi, call: A.Call, args: A.Expr[], kws: A.Keyword[]): void {
  const only = args[0];
  if (args.length === 1 && only?._type === 'Starred') u.expr(only.value);
  else starUnpack(u, call, args, 0, 'tuple');
  if (kws.length) {
    let haveDict = false;
    let seen = 0;
    kws.forEach((k, i) => {
      if (k.arg !== null) {
        seen++;
        return;
      }
      if (seen) {
        subkwargs(u, call, kws, i - seen, i);
        u.at(call);
        if (haveDict) u.emit('DICT_MERGE', 1);
        haveDict = true;
        seen = 0;
      }
      u.at(call);
      if (!haveDict) {
        u.emit('BUILD_MAP', 0);
        haveDict = true;
      }
      u.expr(k.value);
      u.at(call);
      u.emit('DICT_MERGE', 1);
    });
    if (seen) {
      subkwargs(u, call, kws, kws.length - seen, kws.length);
      u.at(call);
      if (haveDict) u.emit('DICT_MERGE', 1);
    }
  }
  u.at(call);
  u.emit('CALL_FUNCTION_EX', kws.length ? 1 : 0);
}
