// Jump labels and the final layout of a code object's instructions, as
// CPython 3.12's assembler and flowgraph passes leave them: implicit-return
// copies, NOP removal, and relative jump opargs that count inline CACHEs.

import { exceptionTable, isPseudo, labelExceptionTargets, type ExceptionEntry, type Handler } from './exception-table';

/** A source span as co_positions() gives it: columns in UTF-8 bytes, all null for an artificial instruction. */
export interface Loc {
  lineno: number | null;
  endLineno: number | null;
  col: number | null;
  endCol: number | null;
}

export const NO_LOC: Loc = { lineno: null, endLineno: null, col: null, endCol: null };

export function locOf(l: Loc): Loc {
  return { lineno: l.lineno, endLineno: l.endLineno, col: l.col, endCol: l.endCol };
}

/** The same instruction turned into a NOP in place (INSTR_SET_OP0): location and handler stay. */
function nopOf(i: Instruction): Instruction {
  return { opname: 'NOP', arg: null, argrepr: '', ...locOf(i), ...(i.handler ? { handler: i.handler } : {}) };
}

/** What resolve() leaves besides the instructions. */
export interface Layout {
  exceptiontable: ExceptionEntry[];
  stacksize: number;
}

export interface Instruction extends Loc {
  opname: string;
  arg: number | null;
  argrepr: string;
  /** The innermost exception handler in force (set by labelExceptionTargets). */
  handler?: Handler;
  /** For jumps while compiling: the label jumped to; resolved into arg/argrepr at the end. */
  target?: number;
  noLine?: boolean;
  /** A jump push_cold_blocks_to_end adds after optimization: no inlining or threading applies. */
  late?: boolean;
  /** For LOAD_CONST: the constant's truth value, so constant tests can be folded. */
  truthy?: boolean;
}

// Inline CACHE entries per opcode in 3.12: they count in jump distances though dis hides them.
const CACHES: Record<string, number> = {
  BINARY_SUBSCR: 1, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, FOR_ITER: 1, STORE_ATTR: 4, LOAD_ATTR: 9, COMPARE_OP: 1,
  LOAD_GLOBAL: 4, BINARY_OP: 1, SEND: 1, LOAD_SUPER_ATTR: 1, CALL: 3,
};
const BACKWARD = new Set(['JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT']);
export const UNCONDITIONAL = new Set(['JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'RETURN_VALUE', 'RETURN_CONST', 'RAISE_VARARGS', 'RERAISE']);
const SWAPPABLE = new Set(['STORE_FAST', 'POP_TOP']);
const JUMPS = new Set(['JUMP_FORWARD', 'JUMP_BACKWARD']);
// IS_SCOPE_EXIT_OPCODE: blocks ending in these leave the code object.
const EXITS = new Set(['RETURN_VALUE', 'RETURN_CONST', 'RAISE_VARARGS', 'RERAISE']);
const INVERT: Record<string, string> = {
  POP_JUMP_IF_FALSE: 'POP_JUMP_IF_TRUE', POP_JUMP_IF_TRUE: 'POP_JUMP_IF_FALSE',
  POP_JUMP_IF_NONE: 'POP_JUMP_IF_NOT_NONE', POP_JUMP_IF_NOT_NONE: 'POP_JUMP_IF_NONE',
};
// flowgraph.c's MAX_COPY_SIZE: exit blocks this small are copied into the jumps to them.
const MAX_COPY_SIZE = 4;

export class Assembler {
  readonly instructions: Instruction[];
  private labels: number[] = [];
  private readonly handlers = new Set<number>();

  constructor(instructions: Instruction[]) {
    this.instructions = instructions;
  }

  newLabel(): number {
    this.labels.push(-1);
    return this.labels.length - 1;
  }

  /** A label only exception handling reaches: it keeps its block reachable (no jump names it). */
  newHandler(): number {
    const l = this.newLabel();
    this.handlers.add(l);
    return l;
  }

  /** push_cold_blocks_to_end for code compiled in place: moves [from, to) after everything so far. */
  moveToEnd(from: number, to: number): void {
    const a = this.labels[from] as number;
    const b = this.labels[to] as number;
    const moved = this.instructions.splice(a, b - a);
    const base = this.instructions.length;
    this.instructions.push(...moved);
    const n = b - a;
    this.labels = this.labels.map((l) => (l >= a && l < b ? base + (l - a) : l >= b ? l - n : l));
  }

  place(label: number): void {
    this.labels[label] = this.instructions.length;
  }

  /**
   * `noLine` marks instructions CPython emits with NO_LOCATION (loop back-edges, an
   * expression statement's POP_TOP): jump threading may pass through them, swaps may not.
   */
  jump(opname: string, label: number, loc: Loc, noLine = false, late = false): void {
    this.instructions.push({ opname, arg: null, argrepr: '', ...locOf(loc), target: label, ...(noLine ? { noLine } : {}), ...(late ? { late } : {}) });
  }

  /** Replaces `remove` instructions at `at` by `items`, keeping labels on the instructions they named. */
  private splice(at: number, remove: number, items: Instruction[], moveLabelsAt = false): void {
    this.instructions.splice(at, remove, ...items);
    const shift = items.length - remove;
    this.labels = this.labels.map((l) => (l > at || (moveLabelsAt && l === at) ? Math.max(at, l + shift) : l));
  }

  private targetIndex(i: Instruction): number {
    return this.labels[i.target as number] as number;
  }

  private isJumpTarget(k: number): boolean {
    for (const h of this.handlers) if (this.labels[h] === k) return true;
    return this.instructions.some((i) => i.target !== undefined && this.targetIndex(i) === k);
  }

  /** The basic block starting at `k`: up to its first jump or exit, or the next jump target. */
  private blockAt(k: number): Instruction[] {
    const ins = this.instructions;
    const out: Instruction[] = [];
    for (let j = k; j < ins.length; j++) {
      if (j > k && this.isJumpTarget(j)) break;
      const i = ins[j] as Instruction;
      out.push(i);
      if (UNCONDITIONAL.has(i.opname) || i.target !== undefined) break;
    }
    return out;
  }

  /** inline_small_exit_blocks: an unconditional jump to a short block ending in a return becomes a copy of it. */
  private inlineSmallExits(): void {
    const ins = this.instructions;
    for (let k = 0; k < ins.length; k++) {
      const i = ins[k] as Instruction;
      if (!JUMPS.has(i.opname) || i.target === undefined || i.late) continue;
      const block = this.blockAt(this.targetIndex(i));
      const last = block[block.length - 1];
      if (!last || !EXITS.has(last.opname) || block.length > MAX_COPY_SIZE) continue;
      // The jump stays as a NOP carrying its line; NOP removal drops it unless that line would vanish.
      this.splice(k, 1, [nopOf(i), ...block.map((b) => ({ ...b }))]);
    }
  }

  /**
   * Peepholes of optimize_basic_block. LOAD_CONST then a conditional jump: both become
   * NOPs, or the jump becomes unconditional.
   */
  private foldConstantJumps(): void {
    const ins = this.instructions;
    for (let k = 0; k + 1 < ins.length; k++) {
      const load = ins[k] as Instruction;
      const jump = ins[k + 1] as Instruction;
      // swaptimize: a run of SWAPs (NOPs between) becomes the fewest SWAPs doing the same shuffle.
      if (load.opname === 'SWAP' && this.swaptimize(k)) {
        k--;
        continue;
      }
      // apply_static_swaps: SWAPs before stores/pops of one line swap those instead.
      if (load.opname === 'SWAP') {
        let end = k;
        while (end + 1 < ins.length && !this.labels.includes(end + 1) && (ins[end + 1]?.opname === 'SWAP' || ins[end + 1]?.opname === 'NOP')) end++;
        this.applyStaticSwaps(end);
        continue;
      }
      // BUILD_TUPLE then UNPACK_SEQUENCE of the same size (a, b = b, a): nothing, or a SWAP.
      if (load.opname === 'BUILD_TUPLE' && jump.opname === 'UNPACK_SEQUENCE' && load.arg === jump.arg && load.arg !== null && load.arg <= 3 && !this.labels.includes(k + 1)) {
        ins[k] = nopOf(load);
        ins[k + 1] = load.arg === 1 ? nopOf(jump) : { ...jump, opname: 'SWAP' };
        continue;
      }
      // x is None / x is not None tests: LOAD_CONST None, IS_OP, POP_JUMP_IF_* become POP_JUMP_IF_(NOT_)NONE.
      const test = ins[k + 2];
      if (load.opname === 'LOAD_CONST' && load.argrepr === 'None' && jump.opname === 'IS_OP' && test
        && (test.opname === 'POP_JUMP_IF_FALSE' || test.opname === 'POP_JUMP_IF_TRUE') && !this.labels.includes(k + 1) && !this.labels.includes(k + 2)) {
        const jumpIfNone = (jump.arg === 1) === (test.opname === 'POP_JUMP_IF_FALSE');
        ins[k] = nopOf(load);
        ins[k + 1] = nopOf(jump);
        test.opname = jumpIfNone ? 'POP_JUMP_IF_NONE' : 'POP_JUMP_IF_NOT_NONE';
        continue;
      }
      // A constant computed only to be dropped (an f-string statement without fields): nothing.
      if (load.opname === 'LOAD_CONST' && jump.opname === 'POP_TOP' && !this.labels.includes(k + 1)) {
        ins[k] = nopOf(load);
        ins[k + 1] = nopOf(jump);
        continue;
      }
      // LOAD_CONST then RETURN_VALUE is RETURN_CONST.
      if (load.opname === 'LOAD_CONST' && jump.opname === 'RETURN_VALUE' && !this.labels.includes(k + 1)) {
        ins[k] = nopOf(load);
        ins[k + 1] = { ...jump, opname: 'RETURN_CONST', arg: load.arg, argrepr: load.argrepr };
        continue;
      }
      // PUSH_NULL before LOAD_GLOBAL: LOAD_GLOBAL's low oparg bit pushes that NULL itself.
      if (load.opname === 'PUSH_NULL' && jump.opname === 'LOAD_GLOBAL' && jump.arg !== null && (jump.arg & 1) === 0) {
        ins[k] = nopOf(load);
        jump.arg |= 1;
        jump.argrepr = `NULL + ${jump.argrepr}`;
        continue;
      }
      const conditional = jump.opname === 'POP_JUMP_IF_FALSE' || jump.opname === 'POP_JUMP_IF_TRUE';
      if (load.opname !== 'LOAD_CONST' || load.truthy === undefined || !conditional || this.isJumpTarget(k + 1)) continue;
      const taken = load.truthy === (jump.opname === 'POP_JUMP_IF_TRUE');
      ins[k] = nopOf(load);
      if (taken) jump.opname = 'JUMP_FORWARD';
      else ins[k + 1] = nopOf(jump);
    }
  }

  /** Returns whether the run of SWAPs at `k` got shorter (then it is looked at again). */
  private swaptimize(k: number): boolean {
    const ins = this.instructions;
    let len = 1;
    let swaps = 1;
    let depth = ins[k]?.arg ?? 0;
    while (k + len < ins.length && !this.labels.includes(k + len)) {
      const i = ins[k + len] as Instruction;
      if (i.opname === 'SWAP') {
        swaps++;
        depth = Math.max(depth, i.arg ?? 0);
      } else if (i.opname !== 'NOP') break;
      len++;
    }
    if (swaps < 2) return false;
    const stack = Array.from({ length: depth }, (_, i) => i);
    for (let i = 0; i < len; i++) {
      const x = ins[k + i] as Instruction;
      if (x.opname !== 'SWAP') continue;
      const a = x.arg as number;
      [stack[0], stack[a - 1]] = [stack[a - 1] as number, stack[0] as number];
    }
    const out: number[] = [];
    const visited = -1;
    for (let i = 0; i < depth; i++) {
      if (stack[i] === visited || stack[i] === i) continue;
      let j = i;
      for (;;) {
        if (j) out.push(j + 1);
        if (stack[j] === visited) break;
        const next = stack[j] as number;
        stack[j] = visited;
        j = next;
      }
    }
    if (out.length >= swaps) return false;
    // Written from the end of the run backwards, as CPython does; the rest become NOPs.
    let cur = len - 1;
    for (const arg of out) {
      const at = ins[k + cur] as Instruction;
      ins[k + cur] = { ...at, opname: 'SWAP', arg, argrepr: '' };
      cur--;
    }
    for (; cur >= 0; cur--) ins[k + cur] = nopOf(ins[k + cur] as Instruction);
    return true;
  }

  /** next_swappable_instruction: the next store/pop in this block on `lineno` (NOPs skipped), or -1. */
  private nextSwappable(i: number, lineno: number | null): number {
    const ins = this.instructions;
    for (let k = i + 1; k < ins.length; k++) {
      if (this.labels.includes(k)) return -1;
      const x = ins[k] as Instruction;
      if (x.opname === 'NOP') continue;
      if (x.noLine || x.lineno !== lineno) return -1;
      return SWAPPABLE.has(x.opname) ? k : -1;
    }
    return -1;
  }

  /** apply_static_swaps: from the last SWAP of a run leftwards, each SWAP n trades its 1st and nth store instead. */
  private applyStaticSwaps(from: number): void {
    const ins = this.instructions;
    for (let i = from; i >= 0; i--) {
      const swap = ins[i] as Instruction;
      if (swap.opname !== 'SWAP') {
        if (swap.opname === 'NOP' || SWAPPABLE.has(swap.opname)) continue;
        return;
      }
      const j = this.nextSwappable(i, swap.lineno);
      if (j < 0) return;
      let k = j;
      for (let count = (swap.arg as number) - 1; count > 0; count--) {
        k = this.nextSwappable(k, swap.lineno);
        if (k < 0) return;
      }
      const storeOf = (x: Instruction): number => (x.opname === 'STORE_FAST' ? (x.arg as number) : -1);
      const sj = storeOf(ins[j] as Instruction);
      const sk = storeOf(ins[k] as Instruction);
      if (sj >= 0 || sk >= 0) {
        if (sj === sk) return;
        for (let m = j + 1; m < k; m++) {
          const sm = storeOf(ins[m] as Instruction);
          if (sm >= 0 && (sm === sj || sm === sk)) return;
        }
      }
      ins[i] = nopOf(swap);
      const t = ins[j] as Instruction;
      ins[j] = ins[k] as Instruction;
      ins[k] = t;
    }
  }

  /** jump_thread: a jump to an unconditional jump goes straight to its target when lines allow. */
  private threadJumps(): void {
    for (const i of this.instructions) {
      if (i.target === undefined || i.late) continue;
      for (let guard = 0; guard < 10; guard++) {
        const t = this.instructions[this.targetIndex(i)];
        if (!t || !JUMPS.has(t.opname) || t.target === undefined || t.target === i.target) break;
        if (!(t.noLine || t.lineno === i.lineno) || this.targetIndex(t) === this.targetIndex(i)) break;
        i.target = t.target;
      }
    }
  }

  /** Code after a return or unconditional jump that nothing jumps to is dropped (mark_reachable). */
  private removeUnreachable(): void {
    const ins = this.instructions;
    for (let k = 1; k < ins.length; k++) {
      if (!UNCONDITIONAL.has(ins[k - 1]?.opname ?? '') || this.isJumpTarget(k)) continue;
      this.splice(k, 1, [], true);
      k--;
    }
  }

  /**
   * normalize_jumps: 3.12 has no backward conditional jumps, so one is inverted to skip
   * over a new JUMP_BACKWARD; unconditional jumps get their direction; jumps to the next instruction vanish.
   */
  private normalizeJumps(): void {
    const ins = this.instructions;
    for (let k = 0; k < ins.length; k++) {
      const i = ins[k] as Instruction;
      if (i.target === undefined) continue;
      const to = this.targetIndex(i);
      const inverted = INVERT[i.opname];
      if (inverted && to <= k) {
        const back: Instruction = { opname: 'JUMP_BACKWARD', arg: null, argrepr: '', ...locOf(i), target: i.target };
        const next = this.newLabel();
        i.opname = inverted;
        i.target = next;
        this.splice(k + 1, 0, [back], true);
        this.labels[next] = k + 2;
      } else if (JUMPS.has(i.opname)) {
        if (to === k + 1) {
          this.splice(k, 1, [], true);
          k--;
        } else i.opname = to <= k ? 'JUMP_BACKWARD' : 'JUMP_FORWARD';
      }
    }
  }

  lastOp(): string {
    return this.instructions[this.instructions.length - 1]?.opname ?? '';
  }

  /**
   * Lays out the implicit `return None` as CPython 3.12 does: it has no line of
   * its own, so each jump to it gets a copy at the end carrying the jump's line,
   * and the fall-through copy takes the line of what precedes it.
   */
  finishExit(exit: number): void {
    const ins = this.instructions;
    const at = this.labels[exit] as number;
    const exitIns = ins[at] as Instruction;
    const toExit = (i: Instruction): boolean => i.target !== undefined && this.labels[i.target] === at;
    // An unconditional jump to the exit becomes a copy of it (inline_small_exit_blocks).
    ins.forEach((i, k) => {
      if (i.opname === 'JUMP_FORWARD' && toExit(i)) ins[k] = { ...exitIns, ...locOf(i) };
    });
    const jumps = ins.filter(toExit);
    const fallsIn = at > 0 && !UNCONDITIONAL.has(ins[at - 1]?.opname ?? '');
    let preds = jumps.length + (fallsIn ? 1 : 0);
    // duplicate_exits_without_lineno puts each copy right after the original, so they end up reversed.
    for (const j of jumps) {
      if (preds <= 1) break;
      const copy = this.newLabel();
      this.splice(at + 1, 0, [{ ...exitIns, ...locOf(j) }], true);
      this.labels[copy] = at + 1;
      j.target = copy;
      preds--;
    }
    // The line comes from what precedes once NOP removal is done: a NOP repeating its predecessor's line goes.
    let b = at - 1;
    while (b > 0 && ins[b]?.opname === 'NOP' && ins[b - 1]?.lineno === ins[b]?.lineno) b--;
    const before = ins[b];
    if (fallsIn && before) Object.assign(exitIns, locOf(before));
    else if (!fallsIn) {
      const remaining = jumps.find(toExit);
      if (remaining) Object.assign(exitIns, locOf(remaining));
      else {
        ins.splice(at, 1);
        this.labels = this.labels.map((l) => (l > at ? l - 1 : l));
      }
    }
  }

  /**
   * remove_redundant_nops: drops NOPs (from `pass`, try, POP_BLOCK) unless one is the only
   * instruction left for its line; forward, as CPython, so of two NOPs on one line the later stays.
   */
  private removeNops(): void {
    const ins = this.instructions;
    let prevLine: number | null | undefined;
    for (let k = 0; k < ins.length; k++) {
      const i = ins[k] as Instruction;
      if (this.labels.includes(k)) prevLine = undefined;
      if (i.opname === 'NOP' && (i.lineno === null || prevLine === i.lineno || ins[k + 1]?.lineno === i.lineno)) {
        this.splice(k, 1, [], true);
        k--;
        continue;
      }
      prevLine = i.lineno;
    }
  }

  /**
   * add_checks_for_loads_of_uninitialized_variables: a LOAD_FAST of a local that some
   * path may reach unbound becomes LOAD_FAST_CHECK (raising UnboundLocalError). Parameters
   * (the first `params` slots) are always bound; a checked load leaves the local bound.
   */
  private checkUnboundLoads(params: number): void {
    const ins = this.instructions;
    const entry: (bigint | undefined)[] = new Array<bigint | undefined>(ins.length);
    const all = (1n << 64n) - 1n;
    const work: [number, bigint][] = [[0, all & ~((1n << BigInt(params)) - 1n)]];
    const needsCheck = new Set<number>();
    for (;;) {
      if (!work.length) break;
      const [start, inMask] = work.pop() as [number, bigint];
      const seen = entry[start];
      if (seen !== undefined && (seen | inMask) === seen) continue;
      let mask = (seen ?? 0n) | inMask;
      entry[start] = mask;
      for (let k = start; k < ins.length; k++) {
        if (k > start) {
          const prev = entry[k];
          if (prev !== undefined && (prev | mask) === prev) break;
          mask |= prev ?? 0n;
          entry[k] = mask;
        }
        const i = ins[k] as Instruction;
        // A handler starts with what may be unbound at every instruction it covers.
        if (i.handler) work.push([this.labels[i.handler.label] as number, mask]);
        const bit = i.arg !== null && i.arg < 64 ? 1n << BigInt(i.arg) : 0n;
        if (i.opname === 'STORE_FAST') mask &= ~bit;
        else if (i.opname === 'DELETE_FAST' || i.opname === 'LOAD_FAST_AND_CLEAR') mask |= bit;
        else if (i.opname === 'LOAD_FAST' || i.opname === 'LOAD_FAST_CHECK') {
          if (mask & bit) needsCheck.add(k);
          mask &= ~bit;
        }
        if (i.target !== undefined) work.push([this.targetIndex(i), mask]);
        if (UNCONDITIONAL.has(i.opname)) break;
      }
    }
    for (const k of needsCheck) (ins[k] as Instruction).opname = 'LOAD_FAST_CHECK';
  }

  /** Turns jump labels into CPython's relative opargs (in code units, caches included). */
  resolve(params = 0): Layout {
    // Handlers and depths first, on the code as compiled; then the pseudo-instructions go.
    const { seeds } = labelExceptionTargets(this.instructions, (l) => this.labels[l] as number);
    // POP_BLOCK stays as a NOP with the location of what precedes it in its block (it may keep a line).
    for (let k = this.instructions.length - 1; k >= 0; k--) {
      const i = this.instructions[k] as Instruction;
      if (!isPseudo(i.opname)) continue;
      const prev = this.instructions[k - 1];
      if (i.opname === 'POP_BLOCK' && prev && prev.target === undefined && !UNCONDITIONAL.has(prev.opname) && !this.isJumpTarget(k)) {
        this.instructions[k] = { opname: 'NOP', arg: null, argrepr: '', ...locOf(i.lineno === null ? prev : i) };
      } else if (i.opname !== 'POP_BLOCK' && i.lineno !== null) {
        // A SETUP with a location (`try:`) leaves a NOP with that line, outside every handler.
        this.instructions[k] = { opname: 'NOP', arg: null, argrepr: '', ...locOf(i) };
      } else this.splice(k, 1, [], true);
    }
    // The order of flowgraph.c's optimize_cfg.
    this.inlineSmallExits();
    this.foldConstantJumps();
    this.threadJumps();
    this.removeNops();
    this.inlineSmallExits();
    this.removeUnreachable();
    this.removeNops();
    this.normalizeJumps();
    this.checkUnboundLoads(params);
    const ins = this.instructions;
    // Jump opargs depend on the EXTENDED_ARGs before large opargs, and those on the opargs: repeat until stable.
    let offsets = instructionUnits(ins);
    for (let round = 0; ; round++) {
      ins.forEach((i, k) => {
        if (i.target === undefined) return;
        const to = offsets[this.labels[i.target] as number] as number;
        const next = (offsets[k + 1] as number);
        i.arg = BACKWARD.has(i.opname) ? next - to : to - next;
        if (i.arg < 0) throw new RangeError(`${i.opname} jumps the wrong way`);
        i.argrepr = `to ${to * 2}`;
      });
      const again = instructionUnits(ins);
      if (again.every((o, k) => o === offsets[k])) break;
      if (round > 8) throw new RangeError('jump offsets do not settle');
      offsets = again;
    }
    const exceptiontable = exceptionTable(ins, offsets, (l) => this.labels[l] as number);
    const stacksize = labelExceptionTargets(ins, (l) => this.labels[l] as number, seeds).max;
    for (const i of ins) {
      delete i.truthy;
      delete i.noLine;
      delete i.late;
      delete i.target;
    }
    // EXTENDED_ARG prefixes as dis lists them: each shows the oparg bits above its own byte.
    for (let k = ins.length - 1; k >= 0; k--) {
      const i = ins[k] as Instruction;
      const ext = extendedArgs(i);
      for (let e = ext; e > 0; e--) ins.splice(k, 0, { opname: 'EXTENDED_ARG', arg: (i.arg as number) >> (8 * e), argrepr: '', ...locOf(i), ...(i.handler ? { handler: i.handler } : {}) });
    }
    for (const i of ins) delete i.handler;
    return { exceptiontable, stacksize };
  }
}

/** How many EXTENDED_ARG prefixes an oparg needs. */
function extendedArgs(i: Instruction): number {
  const a = i.opname === 'EXTENDED_ARG' ? 0 : (i.arg ?? 0);
  return a > 0xffffff ? 3 : a > 0xffff ? 2 : a > 0xff ? 1 : 0;
}

/**
 * Code-unit offset of each instruction (and of the end), caches counted. With `prefixes`,
 * opargs above 255 count the EXTENDED_ARGs they will get, which then start the instruction.
 */
function instructionUnits(ins: Instruction[], prefixes = true): number[] {
  const offsets: number[] = [];
  let off = 0;
  for (const i of ins) {
    offsets.push(off);
    off += (prefixes ? extendedArgs(i) : 0) + 1 + (CACHES[i.opname] ?? 0);
  }
  offsets.push(off);
  return offsets;
}

/** The byte offset of each instruction as dis shows it (CACHE entries counted). */
export function instructionOffsets(ins: Instruction[]): number[] {
  return instructionUnits(ins, false).slice(0, ins.length).map((o) => o * 2);
}
