// try/except/else/finally and with, as CPython 3.12's compiler_try_except,
// compiler_try_finally and compiler_with emit them: SETUP_* / POP_BLOCK pseudo-
// instructions mark what each handler protects (exception-table.ts turns them into
// the table), handler code is compiled in place and moved after the rest (cold
// blocks). return/break/continue leave the enclosing blocks through
// compiler_unwind_fblock, which runs `finally` bodies and __exit__ on the way.

import type * as A from './ast';
import type { FBlock, UnitApi } from './compile-api';

/** What leaving one block costs (compiler_unwind_fblock); `preserveTos` keeps a return value on top. */
function unwindBlock(u: UnitApi, b: FBlock, preserveTos: boolean): void {
  switch (b.kind) {
    case 'while': case 'exception_handler':
      return;
    case 'for':
      if (preserveTos) u.emit('SWAP', 2);
      u.emit('POP_TOP');
      return;
    case 'try_except':
      u.emit('POP_BLOCK');
      return;
    case 'finally_try':
      u.emit('POP_BLOCK');
      if (preserveTos) u.fblocks.push({ kind: 'pop_value' });
      u.block(b.finalbody ?? []);
      if (preserveTos) u.fblocks.pop();
      return;
    case 'finally_end':
      if (preserveTos) u.emit('SWAP', 2);
      u.emit('POP_TOP');
      if (preserveTos) u.emit('SWAP', 2);
      u.emit('POP_BLOCK');
      u.emit('POP_EXCEPT');
      return;
    case 'with': {
      u.at(b.node ?? null);
      u.emit('POP_BLOCK');
      if (preserveTos) u.emit('SWAP', 2);
      for (let i = 0; i < 3; i++) u.loadConst(null);
      u.emit('CALL', 2);
      u.emit('POP_TOP');
      return;
    }
    case 'handler_cleanup':
      if (b.name) u.emit('POP_BLOCK');
      if (preserveTos) u.emit('SWAP', 2);
      u.emit('POP_BLOCK');
      u.emit('POP_EXCEPT');
      if (b.name) {
        u.loadConst(null);
        u.nameOp('STORE', b.name);
        u.nameOp('DELETE', b.name);
      }
      return;
    case 'pop_value':
      if (preserveTos) u.emit('SWAP', 2);
      u.emit('POP_TOP');
      return;
  }
}

/**
 * compiler_unwind_fblock_stack: leaves blocks from the innermost out, up to a loop when
 * `toLoop` (returned), or all of them (return). Each block is off the stack while its exit
 * code is compiled, so a `finally` body's own return does not run it again.
 */
export function unwindBlocks(u: UnitApi, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const top = u.fblocks[u.fblocks.length - 1];
  if (!top) return null;
  if (toLoop && (top.kind === 'while' || top.kind === 'for')) return top;
  u.fblocks.pop();
  unwindBlock(u, top, preserveTos);
  const loop = unwindBlocks(u, preserveTos, toLoop);
  u.fblocks.push(top);
  return loop;
}

/** Whether leaving by return/break needs more than the loop's own cleanup. */
export function needsUnwind(u: UnitApi, toLoop: boolean): boolean {
  for (let k = u.fblocks.length - 1; k >= 0; k--) {
    const b = u.fblocks[k] as FBlock;
    if (toLoop && (b.kind === 'while' || b.kind === 'for')) return false;
    if (b.kind !== 'while' && b.kind !== 'for') return true;
  }
  return false;
}

/** The `try:` statement's NOP (what SETUP_FINALLY becomes), then the pseudo-instruction itself. */
function setupFinally(u: UnitApi, s: A.Try | A.TryStar, handler: number): void {
  u.at(s);
  u.jump('SETUP_FINALLY', handler);
}

/** Compiles `from`..`to` now (CPython's numbering of names and constants) and moves it last. */
function coldRegion(u: UnitApi, emit: () => void): void {
  const from = u.newLabel();
  const to = u.newLabel();
  u.place(from);
  emit();
  u.place(to);
  u.cold.push(() => u.asm.moveToEnd(from, to));
}

export function compileTry(u: UnitApi, s: A.Try | A.TryStar): void {
  if (s.finalbody.length) compileTryFinally(u, s);
  else if (s._type === 'TryStar') compileTryStar(u, s);
  else compileTryExcept(u, s);
}

function compileTryFinally(u: UnitApi, s: A.Try | A.TryStar): void {
  const end = u.asm.newHandler();
  const cleanup = u.asm.newHandler();
  const exit = u.newLabel();
  setupFinally(u, s, end);
  u.fblocks.push({ kind: 'finally_try', finalbody: s.finalbody });
  if (s.handlers.length) {
    if (s._type === 'TryStar') compileTryStar(u, s);
    else compileTryExcept(u, s);
  } else u.block(s.body);
  u.at(null);
  u.emit('POP_BLOCK');
  u.fblocks.pop();
  u.block(s.finalbody);
  u.loc = u.lastLoc();
  u.jump('JUMP_FORWARD', exit, true);
  coldRegion(u, () => {
    u.place(end);
    u.at(null);
    u.jump('SETUP_CLEANUP', cleanup);
    u.emit('PUSH_EXC_INFO');
    u.fblocks.push({ kind: 'finally_end' });
    u.block(s.finalbody);
    u.fblocks.pop();
    u.loc = u.lastLoc();
    u.emit('RERAISE', 0);
    u.place(cleanup);
    popExceptAndReraise(u);
  });
  u.place(exit);
}

function popExceptAndReraise(u: UnitApi): void {
  u.at(null);
  u.emit('COPY', 3);
  u.emit('POP_EXCEPT');
  u.emit('RERAISE', 1);
}

function compileTryExcept(u: UnitApi, s: A.Try): void {
  const except = u.asm.newHandler();
  const cleanup = u.asm.newHandler();
  const end = u.newLabel();
  setupFinally(u, s, except);
  u.fblocks.push({ kind: 'try_except' });
  u.block(s.body);
  u.fblocks.pop();
  u.at(null);
  u.emit('POP_BLOCK');
  u.loc = u.lastLoc();
  u.block(s.orelse);
  u.loc = u.lastLoc();
  u.jump('JUMP_FORWARD', end, true);
  coldRegion(u, () => {
    u.place(except);
    u.at(null);
    u.jump('SETUP_CLEANUP', cleanup);
    u.emit('PUSH_EXC_INFO');
    u.fblocks.push({ kind: 'exception_handler' });
    s.handlers.forEach((h) => {
      const next = u.newLabel();
      u.at(h);
      if (h.type) {
        u.expr(h.type);
        u.at(h);
        u.emit('CHECK_EXC_MATCH');
        u.jump('POP_JUMP_IF_FALSE', next);
      }
      if (h.name) {
        // except E as name: the name is cleared afterwards, also if the handler raises.
        const cleanupEnd = u.asm.newHandler();
        u.nameOp('STORE', h.name);
        u.jump('SETUP_CLEANUP', cleanupEnd);
        u.fblocks.push({ kind: 'handler_cleanup', name: h.name });
        u.block(h.body);
        u.fblocks.pop();
        u.loc = u.lastLoc();
        u.emit('POP_BLOCK');
        u.emit('POP_BLOCK');
        u.emit('POP_EXCEPT');
        u.loadConst(null);
        u.nameOp('STORE', h.name);
        u.nameOp('DELETE', h.name);
        u.jump('JUMP_FORWARD', end, true);
        u.place(cleanupEnd);
        u.at(null);
        u.loadConst(null);
        u.nameOp('STORE', h.name);
        u.nameOp('DELETE', h.name);
        u.emit('RERAISE', 1);
      } else {
        u.emit('POP_TOP');
        u.fblocks.push({ kind: 'handler_cleanup', name: null });
        u.block(h.body);
        u.fblocks.pop();
        u.loc = u.lastLoc();
        u.emit('POP_BLOCK');
        u.emit('POP_EXCEPT');
        u.jump('JUMP_FORWARD', end, true);
      }
      u.place(next);
    });
    u.fblocks.pop();
    // No handler matched: re-raise. Its line comes from the last test's jump here.
    const lastTest = s.handlers[s.handlers.length - 1];
    if (lastTest) u.at(lastTest);
    u.emit('RERAISE', 0);
    u.place(cleanup);
    popExceptAndReraise(u);
  });
  u.place(end);
}

/**
 * compiler_with (one item; further items as nested withs): BEFORE_WITH, the body,
 * __exit__(None, None, None) on the way out; the exceptional exit (WITH_EXCEPT_START,
 * reraise unless __exit__ returned true) is a cold block at the end of the code.
 */
export function compileWith(u: UnitApi, s: A.With, pos = 0): void {
  const item = s.items[pos] as A.WithItem;
  u.expr(item.context_expr);
  u.at(s);
  u.emit('BEFORE_WITH');
  const final = u.asm.newHandler();
  const cleanup = u.asm.newHandler();
  const exit = u.newLabel();
  u.jump('SETUP_WITH', final);
  u.fblocks.push({ kind: 'with', node: s });
  if (item.optional_vars) u.store(item.optional_vars);
  else u.emit('POP_TOP');
  if (pos + 1 < s.items.length) compileWith(u, s, pos + 1);
  else u.block(s.body);
  u.fblocks.pop();
  // POP_BLOCK has no location of its own (it takes the body's last one); the exit call is the with's.
  u.at(null);
  u.emit('POP_BLOCK');
  u.at(s);
  for (let i = 0; i < 3; i++) u.loadConst(null);
  u.emit('CALL', 2);
  u.emit('POP_TOP');
  u.jump('JUMP_FORWARD', exit);
  u.place(exit);
  u.cold.push(() => {
    const suppress = u.newLabel();
    u.at(s);
    u.place(final);
    u.jump('SETUP_CLEANUP', cleanup);
    u.emit('PUSH_EXC_INFO');
    u.emit('WITH_EXCEPT_START');
    u.jump('POP_JUMP_IF_TRUE', suppress);
    u.emit('RERAISE', 2);
    u.place(suppress);
    u.emit('POP_TOP');
    u.emit('POP_BLOCK');
    u.emit('POP_EXCEPT');
    u.emit('POP_TOP');
    u.emit('POP_TOP');
    u.jump('JUMP_FORWARD', exit, true);
    // POP_EXCEPT_AND_RERAISE: what escapes the handler itself; no line of its own.
    u.place(cleanup);
    popExceptAndReraise(u);
  });
}

/**
 * compiler_try_star_except: each except* clause splits what is left of the exception group
 * (CHECK_EG_MATCH); what the clauses raise or leave unmatched is collected in a list and
 * re-raised together (INTRINSIC_PREP_RERAISE_STAR).
 */
function compileTryStar(u: UnitApi, s: A.TryStar): void {
  const except = u.asm.newHandler();
  const cleanup = u.asm.newHandler();
  const orelse = u.newLabel();
  const end = u.newLabel();
  const reraiseStar = u.newLabel();
  setupFinally(u, s, except);
  u.fblocks.push({ kind: 'try_except' });
  u.block(s.body);
  u.fblocks.pop();
  u.at(null);
  u.emit('POP_BLOCK');
  u.loc = u.lastLoc();
  u.jump('JUMP_FORWARD', orelse, true);
  coldRegion(u, () => {
    u.place(except);
    u.at(null);
    u.jump('SETUP_CLEANUP', cleanup);
    u.emit('PUSH_EXC_INFO');
    u.fblocks.push({ kind: 'exception_handler' });
    s.handlers.forEach((h, i) => {
      const next = u.newLabel();
      const withError = u.newLabel();
      const noMatch = u.newLabel();
      u.at(h);
      if (i === 0) {
        u.emit('BUILD_LIST', 0);
        u.emit('COPY', 2);
      }
      if (h.type) {
        u.expr(h.type);
        u.at(h);
        u.emit('CHECK_EG_MATCH');
        u.emit('COPY', 1);
        u.jump('POP_JUMP_IF_NONE', noMatch);
      }
      const cleanupEnd = u.asm.newHandler();
      if (h.name) u.nameOp('STORE', h.name);
      else u.emit('POP_TOP');
      u.jump('SETUP_CLEANUP', cleanupEnd);
      u.fblocks.push({ kind: 'handler_cleanup', name: h.name });
      u.block(h.body);
      u.fblocks.pop();
      // Artificial, after the clause's body: its location carries on (also to `next`, its only predecessor).
      u.loc = u.lastLoc();
      const bodyLoc = u.loc;
      u.emit('POP_BLOCK');
      if (h.name) {
        u.loadConst(null);
        u.nameOp('STORE', h.name);
        u.nameOp('DELETE', h.name);
      }
      u.jump('JUMP_FORWARD', next, true);
      u.place(cleanupEnd);
      u.at(null);
      if (h.name) {
        u.loadConst(null);
        u.nameOp('STORE', h.name);
        u.nameOp('DELETE', h.name);
      }
      // What the clause raised joins the list.
      u.emit('LIST_APPEND', 3);
      u.emit('POP_TOP');
      u.jump('JUMP_FORWARD', withError, true);
      u.place(next);
      u.loc = bodyLoc;
      u.emit('NOP');
      u.jump('JUMP_FORWARD', withError, true);
      u.place(noMatch);
      u.at(h);
      u.emit('POP_TOP');
      u.place(withError);
      if (i === s.handlers.length - 1) {
        u.at(null);
        u.emit('LIST_APPEND', 1);
        u.jump('JUMP_FORWARD', reraiseStar, true);
      }
    });
    u.fblocks.pop();
    const reraise = u.newLabel();
    u.place(reraiseStar);
    u.at(null);
    u.emit('CALL_INTRINSIC_2', 1, 'INTRINSIC_PREP_RERAISE_STAR');
    u.emit('COPY', 1);
    u.jump('POP_JUMP_IF_NOT_NONE', reraise);
    u.emit('POP_TOP');
    u.emit('POP_BLOCK');
    u.emit('POP_EXCEPT');
    u.jump('JUMP_FORWARD', end, true);
    u.place(reraise);
    u.emit('POP_BLOCK');
    u.emit('SWAP', 2);
    u.emit('POP_EXCEPT');
    u.emit('RERAISE', 0);
    u.place(cleanup);
    popExceptAndReraise(u);
  });
  u.place(orelse);
  u.block(s.orelse);
  u.place(end);
}
