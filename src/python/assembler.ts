// Jump labels and the final layout of a code object's instructions, as
// CPython 3.12's assembler and flowgraph passes leave them: implicit-return
// copies, NOP removal, and relative jump opargs that count inline CACHEs.

export interface Instruction {
  opname: string;
  arg: number | null;
  argrepr: string;
  lineno: number;
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
  /** Handler label → the labels bounding the code it protects, for the unbound-locals analysis. */
  private readonly protectedRanges = new Map<number, [number, number]>();

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

  /** Records that `handler` catches what is raised between labels `from` and `to`. */
  protect(handler: number, from: number, to: number): void {
    this.protectedRanges.set(handler, [from, to]);
  }

  place(label: number): void {
    this.labels[label] = this.instructions.length;
  }

  /**
   * `noLine` marks instructions CPython emits with NO_LOCATION (loop back-edges, an
   * expression statement's POP_TOP): jump threading may pass through them, swaps may not.
   */
  jump(opname: string, label: number, lineno: number, noLine = false, late = false): void {
    this.instructions.push({ opname, arg: null, argrepr: '', lineno, target: label, ...(noLine ? { noLine } : {}), ...(late ? { late } : {}) });
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
      this.splice(k, 1, [{ opname: 'NOP', arg: null, argrepr: '', lineno: i.lineno }, ...block.map((b) => ({ ...b }))]);
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
      // apply_static_swaps: SWAP 2 before two stores/pops of one line (one basic block: no label between) swaps those instead.
      const after = ins[k + 2];
      if (load.opname === 'SWAP' && load.arg === 2 && after && SWAPPABLE.has(jump.opname) && SWAPPABLE.has(after.opname)
        && jump.lineno === load.lineno && after.lineno === load.lineno && !jump.noLine && !after.noLine && !this.labels.includes(k + 1) && !this.labels.includes(k + 2)
        && !(jump.opname === 'STORE_FAST' && after.opname === 'STORE_FAST' && jump.arg === after.arg)) {
        ins[k] = { opname: 'NOP', arg: null, argrepr: '', lineno: load.lineno };
        ins[k + 1] = after;
        ins[k + 2] = jump;
        continue;
      }
      // x is None / x is not None tests: LOAD_CONST None, IS_OP, POP_JUMP_IF_* become POP_JUMP_IF_(NOT_)NONE.
      const test = ins[k + 2];
      if (load.opname === 'LOAD_CONST' && load.argrepr === 'None' && jump.opname === 'IS_OP' && test
        && (test.opname === 'POP_JUMP_IF_FALSE' || test.opname === 'POP_JUMP_IF_TRUE') && !this.labels.includes(k + 1) && !this.labels.includes(k + 2)) {
        const jumpIfNone = (jump.arg === 1) === (test.opname === 'POP_JUMP_IF_FALSE');
        ins[k] = { opname: 'NOP', arg: null, argrepr: '', lineno: load.lineno };
        ins[k + 1] = { opname: 'NOP', arg: null, argrepr: '', lineno: jump.lineno };
        test.opname = jumpIfNone ? 'POP_JUMP_IF_NONE' : 'POP_JUMP_IF_NOT_NONE';
        continue;
      }
      // LOAD_CONST then RETURN_VALUE is RETURN_CONST.
      if (load.opname === 'LOAD_CONST' && jump.opname === 'RETURN_VALUE' && !this.labels.includes(k + 1)) {
        ins[k] = { opname: 'NOP', arg: null, argrepr: '', lineno: load.lineno };
        ins[k + 1] = { opname: 'RETURN_CONST', arg: load.arg, argrepr: load.argrepr, lineno: jump.lineno };
        continue;
      }
      // PUSH_NULL before LOAD_GLOBAL: LOAD_GLOBAL's low oparg bit pushes that NULL itself.
      if (load.opname === 'PUSH_NULL' && jump.opname === 'LOAD_GLOBAL' && jump.arg !== null && (jump.arg & 1) === 0) {
        ins[k] = { opname: 'NOP', arg: null, argrepr: '', lineno: load.lineno };
        jump.arg |= 1;
        jump.argrepr = `NULL + ${jump.argrepr}`;
        continue;
      }
      const conditional = jump.opname === 'POP_JUMP_IF_FALSE' || jump.opname === 'POP_JUMP_IF_TRUE';
      if (load.opname !== 'LOAD_CONST' || load.truthy === undefined || !conditional || this.isJumpTarget(k + 1)) continue;
      const taken = load.truthy === (jump.opname === 'POP_JUMP_IF_TRUE');
      ins[k] = { opname: 'NOP', arg: null, argrepr: '', lineno: load.lineno };
      if (taken) jump.opname = 'JUMP_FORWARD';
      else ins[k + 1] = { opname: 'NOP', arg: null, argrepr: '', lineno: jump.lineno };
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
        const back: Instruction = { opname: 'JUMP_BACKWARD', arg: null, argrepr: '', lineno: i.lineno, target: i.target };
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
      if (i.opname === 'JUMP_FORWARD' && toExit(i)) ins[k] = { ...exitIns, lineno: i.lineno };
    });
    const jumps = ins.filter(toExit);
    const fallsIn = at > 0 && !UNCONDITIONAL.has(ins[at - 1]?.opname ?? '');
    let preds = jumps.length + (fallsIn ? 1 : 0);
    // duplicate_exits_without_lineno puts each copy right after the original, so they end up reversed.
    for (const j of jumps) {
      if (preds <= 1) break;
      const copy = this.newLabel();
      this.splice(at + 1, 0, [{ ...exitIns, lineno: j.lineno }], true);
      this.labels[copy] = at + 1;
      j.target = copy;
      preds--;
    }
    if (fallsIn) exitIns.lineno = ins[at - 1]?.lineno ?? exitIns.lineno;
    else {
      const remaining = jumps.find(toExit);
      if (remaining) exitIns.lineno = remaining.lineno;
      else {
        ins.splice(at, 1);
        this.labels = this.labels.map((l) => (l > at ? l - 1 : l));
      }
    }
  }

  /** Drops NOPs (from `pass`) unless one is the only instruction left for its line. */
  private removeNops(): void {
    const ins = this.instructions;
    for (let k = ins.length - 1; k >= 0; k--) {
      const i = ins[k] as Instruction;
      if (i.opname !== 'NOP') continue;
      if (ins[k - 1]?.lineno !== i.lineno && ins[k + 1]?.lineno !== i.lineno) continue;
      ins.splice(k, 1);
      this.labels = this.labels.map((l) => (l > k ? l - 1 : l));
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
      // A handler starts with what may be unbound anywhere in the code it protects.
      if (!work.length) {
        for (const [h, [from, to]] of this.protectedRanges) {
          let m = 0n;
          for (let k = this.labels[from] as number; k < (this.labels[to] as number); k++) m |= entry[k] ?? 0n;
          const at = this.labels[h] as number;
          if (entry[at] === undefined || ((entry[at] as bigint) | m) !== entry[at]) work.push([at, m]);
        }
        if (!work.length) break;
      }
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
  resolve(params = 0): void {
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
    const offsets: number[] = [];
    let off = 0;
    for (const i of ins) {
      offsets.push(off);
      off += 1 + (CACHES[i.opname] ?? 0);
    }
    offsets.push(off);
    ins.forEach((i, k) => {
      delete i.truthy;
      delete i.noLine;
      delete i.late;
      if (i.target === undefined) return;
      const to = offsets[this.labels[i.target] as number] as number;
      const next = (offsets[k] as number) + 1 + (CACHES[i.opname] ?? 0);
      i.arg = BACKWARD.has(i.opname) ? next - to : to - next;
      if (i.arg < 0 || i.arg > 255) throw new RangeError('jump needs EXTENDED_ARG, which is not emitted yet');
      i.argrepr = `to ${to * 2}`;
      delete i.target;
      delete i.noLine;
    });
  }
}
