// try/except (and else) as CPython 3.12's compiler_try_except emits it: the body
// in line, the handlers compiled next and then moved after the rest of the code. The exception
// table is not built; handlers' protected ranges are recorded for the
// unbound-locals analysis only. `finally` is refused.

import type * as A from './ast';
import { endsInLoopBlock, type UnitApi } from './compile-api';
import { CompileNotSupported } from './compiler-errors';

/** The line an artificial (NO_LOCATION) instruction gets from what precedes it. */
function lastLine(u: UnitApi): number {
  return u.code.instructions[u.code.instructions.length - 1]?.lineno ?? -1;
}

export function compileTry(u: UnitApi, s: A.Try): void {
  if (s.finalbody.length) throw new CompileNotSupported('try/finally');
  if (!s.handlers.length) throw new CompileNotSupported('try without except');
  if (endsInLoopBlock(s.body)) throw new CompileNotSupported('try body ending in a loop, with or try');
  const except = u.asm.newHandler();
  const cleanup = u.asm.newHandler();
  const from = u.newLabel();
  const to = u.newLabel();
  const end = u.newLabel();
  u.line = s.lineno;
  u.emit('NOP'); // SETUP_FINALLY: a pseudo-instruction that leaves the `try:` line
  u.place(from);
  u.withDepth++;
  u.block(s.body);
  u.withDepth--;
  u.place(to);
  u.block(s.orelse);
  u.line = lastLine(u);
  u.jump('JUMP_FORWARD', end, true);
  u.asm.protect(except, from, to);
  // The handlers are compiled here (names and constants get CPython's numbering) and moved last.
  const coldFrom = u.newLabel();
  const coldTo = u.newLabel();
  u.place(coldFrom);
  u.place(except);
  u.line = -1;
  u.emit('PUSH_EXC_INFO');
  const handlersFrom = u.newLabel();
  u.place(handlersFrom);
  s.handlers.forEach((h) => {
    const next = u.newLabel();
    u.line = h.lineno;
    if (h.type) {
      u.expr(h.type);
      u.line = h.lineno;
      u.emit('CHECK_EXC_MATCH');
      u.jump('POP_JUMP_IF_FALSE', next);
    }
    u.withDepth++;
    if (h.name) {
      // except E as name: the name is cleared afterwards, also if the handler raises.
      const cleanupEnd = u.asm.newHandler();
      const bodyFrom = u.newLabel();
      const bodyTo = u.newLabel();
      u.nameOp('STORE', h.name);
      u.place(bodyFrom);
      u.block(h.body);
      u.place(bodyTo);
      u.line = lastLine(u);
      u.emit('POP_EXCEPT');
      u.loadConst(null);
      u.nameOp('STORE', h.name);
      u.nameOp('DELETE', h.name);
      u.jump('JUMP_FORWARD', end, true);
      u.place(cleanupEnd);
      u.line = -1;
      u.loadConst(null);
      u.nameOp('STORE', h.name);
      u.nameOp('DELETE', h.name);
      u.emit('RERAISE', 1);
      u.asm.protect(cleanupEnd, bodyFrom, bodyTo);
    } else {
      u.emit('POP_TOP');
      u.block(h.body);
      u.line = lastLine(u);
      u.emit('POP_EXCEPT');
      u.jump('JUMP_FORWARD', end, true);
    }
    u.withDepth--;
    u.place(next);
  });
  // No handler matched: re-raise. Its line comes from the last test's jump here.
  u.line = lastLine(u);
  const lastTest = s.handlers[s.handlers.length - 1];
  if (lastTest) u.line = lastTest.lineno;
  u.emit('RERAISE', 0);
  const handlersTo = u.newLabel();
  u.place(handlersTo);
  u.place(cleanup);
  u.line = -1;
  u.emit('COPY', 3);
  u.emit('POP_EXCEPT');
  u.emit('RERAISE', 1);
  u.asm.protect(cleanup, handlersFrom, handlersTo);
  u.place(coldTo);
  u.place(end);
  u.cold.push(() => u.asm.moveToEnd(coldFrom, coldTo));
}
