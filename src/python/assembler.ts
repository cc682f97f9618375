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
}

// Inline CACHE entries per opcode in 3.12: they count in jump distances though dis hides them.
const CACHES: Record<string, number> = {
  BINARY_SUBSCR: 1, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, FOR_ITER: 1, STORE_ATTR: 4, LOAD_ATTR: 9, COMPARE_OP: 1,
  LOAD_GLOBAL: 4, BINARY_OP: 1, SEND: 1, LOAD_SUPER_ATTR: 1, CALL: 3,
};
const BACKWARD = new Set(['JUMP_BACKWARD']);
export const UNCONDITIONAL = new Set(['JUMP_FORWARD', 'JUMP_BACKWARD', 'RETURN_VALUE', 'RETURN_CONST']);

export class Assembler {
  readonly instructions: Instruction[];
  private labels: number[] = [];

  constructor(instructions: Instruction[]) {
    this.instructions = instructions;
  }

  newLabel(): number {
    this.labels.push(-1);
    return this.labels.length - 1;
  }

  place(label: number): void {
    this.labels[label] = this.instructions.length;
  }

  jump(opname: string, label: number, lineno: number): void {
    this.instructions.push({ opname, arg: null, argrepr: '', lineno, target: label });
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
    for (const j of jumps) {
      if (preds <= 1) break;
      const copy = this.newLabel();
      this.labels[copy] = ins.length;
      ins.push({ ...exitIns, lineno: j.lineno });
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

  /** Turns jump labels into CPython's relative opargs (in code units, caches included). */
  resolve(): void {
    this.removeNops();
    const ins = this.instructions;
    const offsets: number[] = [];
    let off = 0;
    for (const i of ins) {
      offsets.push(off);
      off += 1 + (CACHES[i.opname] ?? 0);
    }
    offsets.push(off);
    ins.forEach((i, k) => {
      if (i.target === undefined) return;
      const to = offsets[this.labels[i.target] as number] as number;
      const next = (offsets[k] as number) + 1 + (CACHES[i.opname] ?? 0);
      i.arg = BACKWARD.has(i.opname) ? next - to : to - next;
      if (i.arg < 0 || i.arg > 255) throw new RangeError('jump needs EXTENDED_ARG, which is not emitted yet');
      i.argrepr = `to ${to * 2}`;
      delete i.target;
    });
  }
}
