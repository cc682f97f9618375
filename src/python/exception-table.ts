// Exception handling and stack depth over a code unit's instructions, as CPython
// 3.12's flowgraph.c does it: the compiler emits SETUP_FINALLY / SETUP_CLEANUP /
// SETUP_WITH and POP_BLOCK pseudo-instructions; one walk along every path tags each
// instruction with the innermost handler in force there (label_exception_targets),
// computes the stack depth (stackdepth) from which each handler's depth follows,
// and the pseudo-instructions go. After layout, runs of instructions with the same
// handler become the exception table (assemble_exception_table).

import type { Instruction } from './assembler';

/** One row of `dis`'s "ExceptionTable:" section: byte offsets, `end` exclusive. */
export interface ExceptionEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** The handler an instruction raises to: its label, the stack depth kept, whether lasti is pushed. */
export interface Handler {
  label: number;
  depth: number;
  lasti: boolean;
}

// The pseudo-instructions that push a handler: stack effect on the handler's path, and lasti.
const SETUP: Record<string, [number, boolean]> = { SETUP_FINALLY: [1, false], SETUP_CLEANUP: [2, true], SETUP_WITH: [1, true] };
const TERMINAL = new Set(['JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'RETURN_VALUE', 'RETURN_CONST', 'RAISE_VARARGS', 'RERAISE']);

export function isPseudo(opname: string): boolean {
  return opname in SETUP || opname === 'POP_BLOCK';
}

const FIXED: Record<string, number> = {
  NOP: 0, RESUME: 0, POP_TOP: -1, PUSH_NULL: 1, END_FOR: -2, END_SEND: -1, COPY: 1, SWAP: 0,
  UNARY_NEGATIVE: 0, UNARY_NOT: 0, UNARY_INVERT: 0, BINARY_OP: -1, BINARY_SUBSCR: -1, STORE_SUBSCR: -3, DELETE_SUBSCR: -2,
  BINARY_SLICE: -2, STORE_SLICE: -4, GET_ITER: 0, GET_YIELD_FROM_ITER: 0, GET_LEN: 1, LOAD_BUILD_CLASS: 1, LOAD_ASSERTION_ERROR: 1,
  RETURN_VALUE: -1, RETURN_CONST: 0, RETURN_GENERATOR: 1, STORE_NAME: -1, DELETE_NAME: 0, STORE_ATTR: -2, DELETE_ATTR: -1,
  STORE_GLOBAL: -1, DELETE_GLOBAL: 0, LOAD_CONST: 1, LOAD_NAME: 1, LIST_APPEND: -1, SET_ADD: -1, MAP_ADD: -2, LIST_EXTEND: -1,
  SET_UPDATE: -1, DICT_UPDATE: -1, DICT_MERGE: -1, COMPARE_OP: -1, IS_OP: -1, CONTAINS_OP: -1, CHECK_EXC_MATCH: 0, CHECK_EG_MATCH: 0,
  IMPORT_NAME: -1, IMPORT_FROM: 1, JUMP_FORWARD: 0, JUMP_BACKWARD: 0, JUMP_BACKWARD_NO_INTERRUPT: 0,
  POP_JUMP_IF_FALSE: -1, POP_JUMP_IF_TRUE: -1, POP_JUMP_IF_NONE: -1, POP_JUMP_IF_NOT_NONE: -1,
  LOAD_FAST: 1, LOAD_FAST_CHECK: 1, LOAD_FAST_AND_CLEAR: 1, STORE_FAST: -1, DELETE_FAST: 0, MAKE_CELL: 0, LOAD_CLOSURE: 1,
  LOAD_DEREF: 1, STORE_DEREF: -1, DELETE_DEREF: 0, LOAD_FROM_DICT_OR_DEREF: 0, LOAD_FROM_DICT_OR_GLOBALS: 0, LOAD_LOCALS: 1,
  COPY_FREE_VARS: 0, KW_NAMES: 0, CALL_INTRINSIC_1: 0, CALL_INTRINSIC_2: -1, SEND: 0, YIELD_VALUE: 0, BEFORE_WITH: 1,
  WITH_EXCEPT_START: 1, PUSH_EXC_INFO: 1, POP_EXCEPT: -1, RERAISE: -1, CLEANUP_THROW: -1, MATCH_CLASS: -2, MATCH_MAPPING: 1,
  MATCH_SEQUENCE: 1, MATCH_KEYS: 1, SETUP_ANNOTATIONS: 0, EXTENDED_ARG: 0, FOR_ITER: 1, END_ASYNC_FOR: -2, GET_AWAITABLE: 0,
  GET_AITER: 0, GET_ANEXT: 1, BEFORE_ASYNC_WITH: 1, SETUP_FINALLY: 0, SETUP_CLEANUP: 0, SETUP_WITH: 0, POP_BLOCK: 0,
};

function popcount(n: number): number {
  let c = 0;
  for (let m = n; m; m >>= 1) c += m & 1;
  return c;
}

/** stack_effect (3.12): how an instruction changes the stack depth, on its jump or its fall-through. */
export function stackEffect(i: Instruction, jump: boolean): number {
  const n = i.arg ?? 0;
  if (jump && i.opname in SETUP) return (SETUP[i.opname] as [number, boolean])[0];
  switch (i.opname) {
    case 'BUILD_TUPLE': case 'BUILD_LIST': case 'BUILD_SET': case 'BUILD_STRING': return 1 - n;
    case 'BUILD_MAP': return 1 - 2 * n;
    case 'BUILD_CONST_KEY_MAP': return -n;
    case 'BUILD_SLICE': return 1 - n;
    case 'UNPACK_SEQUENCE': return n - 1;
    case 'UNPACK_EX': return (n & 0xff) + (n >> 8);
    case 'LOAD_ATTR': return n & 1;
    case 'LOAD_SUPER_ATTR': return -2 + (n & 1);
    case 'LOAD_GLOBAL': return 1 + (n & 1);
    case 'RAISE_VARARGS': return -n;
    case 'CALL': return -n - 1;
    case 'CALL_FUNCTION_EX': return -2 - (n & 1);
    case 'MAKE_FUNCTION': return -popcount(n & 0xf);
    case 'FORMAT_VALUE': return (n & 4) ? -1 : 0;
    default: {
      const e = FIXED[i.opname];
      if (e === undefined) throw new Error(`no stack effect for ${i.opname}`);
      return e;
    }
  }
}

/**
 * label_exception_targets and stackdepth in one walk along every path from the entry
 * (and from each handler). Tags `handler` on the instructions, sets YIELD_VALUE's oparg
 * (the handler nesting), and returns the code's maximum stack depth. `final`: the code as
 * laid out, tags kept, for co_stacksize after the optimizations.
 */
export function labelExceptionTargets(ins: Instruction[], at: (label: number) => number, final?: [number, number][]): { max: number; seeds: [number, number][] } {
  const depthAt = new Array<number | undefined>(ins.length);
  const work: [number, number, Handler[]][] = [[0, 0, []]];
  // Handler entries (label, depth): laid-out code no longer says which handlers its SETUPs reached.
  const seeds: [number, number][] = [];
  for (const [label, depth] of final ?? []) {
    const k = at(label);
    if (k < ins.length) work.push([k, depth, []]);
  }
  let max = 0;
  const visit = (k: number, depth: number, stack: Handler[]): void => {
    const seen = depthAt[k];
    if (seen === undefined) work.push([k, depth, stack]);
    else if (seen !== depth) throw new Error(`stack depth ${depth} meets ${seen} at instruction ${k} (${ins[k]?.opname})`);
  };
  while (work.length) {
    const [start, d0, s0] = work.pop() as [number, number, Handler[]];
    if (depthAt[start] !== undefined) continue;
    let depth = d0;
    const stack = [...s0];
    for (let k = start; k < ins.length; k++) {
      if (k > start && depthAt[k] !== undefined) {
        visit(k, depth, stack);
        break;
      }
      depthAt[k] = depth;
      max = Math.max(max, depth);
      const i = ins[k] as Instruction;
      const setup = SETUP[i.opname];
      if (final) {
        // Laid out: no pseudo-instructions left, the handlers are known from the tags.
        const h = i.handler;
        if (h) visit(at(h.label), h.depth + 1 + (h.lasti ? 1 : 0), []);
        if (h) max = Math.max(max, h.depth + 1 + (h.lasti ? 1 : 0));
      } else delete i.handler;
      if (setup) {
        const [effect, lasti] = setup;
        visit(at(i.target as number), depth + effect, [...stack]);
        seeds.push([i.target as number, depth + effect]);
        max = Math.max(max, depth + effect);
        stack.push({ label: i.target as number, depth: depth + effect - 1 - (lasti ? 1 : 0), lasti });
        continue;
      }
      if (i.opname === 'POP_BLOCK') {
        stack.pop();
        continue;
      }
      const top = stack[stack.length - 1];
      // A jump push_cold_blocks_to_end adds comes after the labelling: it has no handler.
      if (top && !i.late && !final) i.handler = top;
      if (i.opname === 'YIELD_VALUE' && !final) i.arg = stack.length;
      if (i.target !== undefined) visit(at(i.target), depth + stackEffect(i, true), [...stack]);
      depth += stackEffect(i, false);
      if (depth < 0) throw new Error(`stack underflow at instruction ${k} (${i.opname})`);
      max = Math.max(max, depth);
      if (TERMINAL.has(i.opname)) break;
    }
  }
  return { max, seeds };
}

/** assemble_exception_table: consecutive instructions with the same handler form one entry. */
export function exceptionTable(ins: Instruction[], offsets: number[], at: (label: number) => number): ExceptionEntry[] {
  const out: ExceptionEntry[] = [];
  let cur: Handler | undefined;
  let start = 0;
  const close = (end: number): void => {
    if (cur) out.push({ start: start * 2, end: end * 2, target: (offsets[at(cur.label)] as number) * 2, depth: cur.depth, lasti: cur.lasti });
  };
  ins.forEach((i, k) => {
    const h = i.handler;
    if (h === cur || (h && cur && h.label === cur.label && h.depth === cur.depth && h.lasti === cur.lasti)) return;
    close(offsets[k] as number);
    cur = h;
    start = offsets[k] as number;
  });
  close(offsets[ins.length] as number);
  return out;
}
