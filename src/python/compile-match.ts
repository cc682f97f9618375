// `match` as CPython 3.12's compiler_match emits it. Each pattern consumes the
// subject on top of the stack; captured values pile up under what is still being
// matched (`onTop`) and are stored only once the whole case matched. A failing test
// jumps to failPop[n], which pops the n items above the case's subject copy.

import type * as A from './ast';
import type { UnitApi } from './compile-api';
import { CompileNotSupported } from './compiler-errors';
import { foldConst } from './fold';

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: number[];
  onTop: number;
}

function isWildcard(p: A.Pattern): boolean {
  return p._type === 'MatchAs' && !p.pattern && !p.name;
}

function ensureFailPop(u: UnitApi, pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(u.newLabel());
}

function jumpToFailPop(u: UnitApi, p: A.Pos, pc: PatternContext, op: string): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(u, pc, pops);
  u.at(p);
  u.jump(op, pc.failPop[pops] as number);
}

/** emit_and_reset_fail_pop: each label pops one more item than the one after it. */
function emitFailPop(u: UnitApi, p: A.Pos, pc: PatternContext): void {
  for (let n = pc.failPop.length - 1; n > 0; n--) {
    u.place(pc.failPop[n] as number);
    u.at(p);
    u.emit('POP_TOP');
  }
  if (pc.failPop.length) u.place(pc.failPop[0] as number);
  pc.failPop = [];
}

function rotate(u: UnitApi, count: number): void {
  for (let c = count; c > 1; c--) u.emit('SWAP', c);
}

function storeName(u: UnitApi, p: A.Pos, name: string | null, pc: PatternContext): void {
  u.at(p);
  if (!name) {
    u.emit('POP_TOP');
    return;
  }
  if (pc.stores.includes(name)) throw new CompileNotSupported(`multiple assignments to name ${name} in pattern`);
  // Under every item still to be matched or stored.
  rotate(u, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function subpattern(u: UnitApi, p: A.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(u, p, pc);
  pc.allowIrrefutable = allow;
}

function pattern(u: UnitApi, p: A.Pattern, pc: PatternContext): void {
  switch (p._type) {
    case 'MatchValue': {
      const v = foldConst(p.value);
      if (v !== undefined) {
        u.at(p.value);
        u.loadConst(v);
      } else u.expr(p.value);
      u.at(p);
      u.compareOp('Eq');
      jumpToFailPop(u, p, pc, 'POP_JUMP_IF_FALSE');
      return;
    }
    case 'MatchSingleton':
      u.at(p);
      u.loadConst(p.value);
      u.compareOp('Is');
      jumpToFailPop(u, p, pc, 'POP_JUMP_IF_FALSE');
      return;
    case 'MatchAs':
      if (!p.pattern) {
        storeName(u, p, p.name, pc);
        return;
      }
      pc.onTop++;
      u.at(p);
      u.emit('COPY', 1);
      pattern(u, p.pattern, pc);
      pc.onTop--;
      storeName(u, p, p.name, pc);
      return;
    case 'MatchStar':
      storeName(u, p, p.name, pc);
      return;
    case 'MatchSequence':
      sequence(u, p, pc);
      return;
    case 'MatchMapping':
      mapping(u, p, pc);
      return;
    case 'MatchClass':
      classPattern(u, p, pc);
      return;
    case 'MatchOr':
      orPattern(u, p, pc);
      return;
  }
}

function sequence(u: UnitApi, p: A.MatchSequence, pc: PatternContext): void {
  const pats = p.patterns;
  const size = pats.length;
  const star = pats.findIndex((x) => x._type === 'MatchStar');
  const starWildcard = star >= 0 && (pats[star] as A.MatchStar).name === null;
  const onlyWildcard = pats.every((x, i) => i === star || isWildcard(x));
  pc.onTop++;
  u.at(p);
  u.emit('MATCH_SEQUENCE');
  jumpToFailPop(u, p, pc, 'POP_JUMP_IF_FALSE');
  if (star < 0 || size > 1) {
    u.emit('GET_LEN');
    u.loadConst(BigInt(star < 0 ? size : size - 1));
    u.compareOp(star < 0 ? 'Eq' : 'GtE');
    jumpToFailPop(u, p, pc, 'POP_JUMP_IF_FALSE');
  }
  pc.onTop--;
  if (onlyWildcard) {
    u.emit('POP_TOP');
  } else if (starWildcard) {
    // Pick the items by index instead of unpacking them all.
    pc.onTop++;
    pats.forEach((x, i) => {
      if (isWildcard(x) || i === star) return;
      u.at(p);
      u.emit('COPY', 1);
      if (i < star) u.loadConst(BigInt(i));
      else {
        u.emit('GET_LEN');
        u.loadConst(BigInt(size - i));
        u.emit('BINARY_OP', 10, '-');
      }
      u.emit('BINARY_SUBSCR');
      subpattern(u, x, pc);
    });
    pc.onTop--;
    u.at(p);
    u.emit('POP_TOP');
  } else {
    if (star >= 0) u.emit('UNPACK_EX', star + ((size - star - 1) << 8));
    else u.emit('UNPACK_SEQUENCE', size);
    pc.onTop += size;
    for (const x of pats) {
      pc.onTop--;
      subpattern(u, x, pc);
    }
  }
}

function mapping(u: UnitApi, p: A.MatchMapping, pc: PatternContext): void {
  let size = p.keys.length;
  pc.onTop++;
  u.at(p);
  u.emit('MATCH_MAPPING');
  jumpToFailPop(u, p, pc, 'POP_JUMP_IF_FALSE');
  if (!size && !p.rest) {
    pc.onTop--;
    u.emit('POP_TOP');
    return;
  }
  if (size) {
    u.emit('GET_LEN');
    u.loadConst(BigInt(size));
    u.compareOp('GtE');
    jumpToFailPop(u, p, pc, 'POP_JUMP_IF_FALSE');
  }
  for (const k of p.keys) {
    const v = foldConst(k);
    if (v !== undefined) {
      u.at(k);
      u.loadConst(v);
    } else u.expr(k);
  }
  u.at(p);
  u.emit('BUILD_TUPLE', size);
  u.emit('MATCH_KEYS');
  pc.onTop += 2;
  u.emit('COPY', 1);
  u.loadConst(null);
  u.emit('IS_OP', 1);
  jumpToFailPop(u, p, pc, 'POP_JUMP_IF_FALSE');
  u.emit('UNPACK_SEQUENCE', size);
  pc.onTop += size - 1;
  for (const x of p.patterns) {
    pc.onTop--;
    subpattern(u, x, pc);
  }
  pc.onTop -= 2;
  u.at(p);
  if (p.rest) {
    // rest = dict(subject) without the matched keys.
    u.emit('BUILD_MAP', 0);
    u.emit('SWAP', 3);
    u.emit('DICT_UPDATE', 2);
    u.emit('UNPACK_SEQUENCE', size);
    while (size) {
      u.emit('COPY', 1 + size--);
      u.emit('SWAP', 2);
      u.emit('DELETE_SUBSCR');
    }
    storeName(u, p, p.rest, pc);
  } else {
    u.emit('POP_TOP');
    u.emit('POP_TOP');
  }
}

function classPattern(u: UnitApi, p: A.MatchClass, pc: PatternContext): void {
  const n = p.patterns.length + p.kwd_attrs.length;
  u.expr(p.cls);
  u.at(p);
  u.loadConst({ tuple: p.kwd_attrs });
  u.emit('MATCH_CLASS', p.patterns.length);
  u.emit('COPY', 1);
  u.loadConst(null);
  u.emit('IS_OP', 1);
  pc.onTop++;
  jumpToFailPop(u, p, pc, 'POP_JUMP_IF_FALSE');
  u.emit('UNPACK_SEQUENCE', n);
  pc.onTop += n - 1;
  [...p.patterns, ...p.kwd_patterns].forEach((x) => {
    pc.onTop--;
    if (isWildcard(x)) {
      u.at(p);
      u.emit('POP_TOP');
    } else subpattern(u, x, pc);
  });
}

function orPattern(u: UnitApi, p: A.MatchOr, pc: PatternContext): void {
  const end = u.newLabel();
  const old = { ...pc, stores: [...pc.stores] };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    u.at(alt);
    u.emit('COPY', 1);
    pattern(u, alt, pc);
    if (!control) control = [...pc.stores];
    else if (pc.stores.length !== control.length || pc.stores.some((n) => !(control as string[]).includes(n))) {
      throw new CompileNotSupported('alternative patterns bind different names');
    } else {
      // Reorder the captures on the stack to the first alternative's order.
      for (let ic = control.length - 1; ic >= 0; ic--) {
        const is = pc.stores.indexOf(control[ic] as string);
        if (is === ic) continue;
        const rotations = is + 1;
        const rotated = pc.stores.splice(0, rotations);
        pc.stores.splice(ic - is, 0, ...rotated);
        u.at(alt);
        for (let r = 0; r < rotations; r++) rotate(u, ic + 1);
      }
    }
    u.at(alt);
    u.jump('JUMP_FORWARD', end);
    emitFailPop(u, alt, pc);
  });
  Object.assign(pc, { ...old, stores: old.stores });
  u.at(p);
  u.emit('POP_TOP');
  jumpToFailPop(u, p, pc, 'JUMP_FORWARD');
  u.place(end);
  const names = control ?? [];
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    u.at(p);
    rotate(u, nrots);
    if (pc.stores.includes(name)) throw new CompileNotSupported(`multiple assignments to name ${name} in pattern`);
    pc.stores.push(name);
  }
  u.at(p);
  u.emit('POP_TOP');
}

export function compileMatch(u: UnitApi, s: A.Match): void {
  u.expr(s.subject);
  const end = u.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1] as A.MatchCase;
  const hasDefault = isWildcard(last.pattern) && cases > 1;
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    const m = s.cases[i] as A.MatchCase;
    const notLast = i !== cases - (hasDefault ? 1 : 0) - 1;
    if (notLast) {
      u.at(m.pattern);
      u.emit('COPY', 1);
    }
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
    pattern(u, m.pattern, pc);
    for (const name of pc.stores) {
      u.at(m.pattern);
      u.nameOp('STORE', name);
    }
    pc.stores = [];
    if (m.guard) {
      ensureFailPop(u, pc, 0);
      u.jumpIf(m.guard, pc.failPop[0] as number, false);
    }
    if (notLast) {
      u.at(m.pattern);
      u.emit('POP_TOP');
    }
    u.block(m.body);
    u.loc = u.lastLoc();
    u.jump('JUMP_FORWARD', end, true);
    emitFailPop(u, m.pattern, pc);
  }
  if (hasDefault) {
    u.at(last.pattern);
    if (cases === 1) u.emit('POP_TOP');
    else u.emit('NOP');
    if (last.guard) u.jumpIf(last.guard, end, false);
    u.block(last.body);
  }
  u.place(end);
}
