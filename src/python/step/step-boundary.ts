// What one step is, for both steppers (the one-worker StepWorld and the
// worker-per-thread gate, worker-gate.ts): asked before each instruction of the
// program's own code that the stepping thread is about to run, it says whether
// the step ends before that instruction. `bytecode`: after one instruction.
// `line`: when the thread starts a new line of the program (a new line number
// in that frame, a backward jump, or a new frame: sys.settrace's line events).

import type { Frame } from '../vm/frame';

export type Granularity = 'line' | 'bytecode';

export class StepBoundary {
  /** Set by the eval-breaker hook (since the step began, or for bytecode steps since its instruction began): a switch may follow. */
  checked = false;
  private didMain = false;
  private lastFrame: Frame | null = null;
  /** Per frame, the line and index of its last executed instruction. */
  private readonly lastAt = new WeakMap<Frame, { line: number; pc: number }>();

  constructor(readonly granularity: Granularity) {}

  /** A new step begins. */
  begin(): void {
    this.didMain = false;
    this.lastFrame = null;
    this.checked = false;
  }

  /** Before instruction `pc` (on `line`) of frame f, a program frame: true when the step ends here; otherwise the instruction joins the step. */
  stopsBefore(f: Frame, pc: number, line: number): boolean {
    if (this.didMain && this.isStop(f, pc, line)) return true;
    this.didMain = true;
    // A bytecode step may switch after it when its instruction was a switch point. A line step may switch at its end when
    // the line passed one (the student cannot stop inside a line, so the switch lands on the line's end).
    if (this.granularity === 'bytecode') this.checked = false;
    this.lastFrame = f;
    this.lastAt.set(f, { line, pc });
    return false;
  }

  private isStop(f: Frame, pc: number, line: number): boolean {
    if (this.granularity === 'bytecode') return true;
    if (line <= 0) return false;
    const last = this.lastAt.get(f);
    if (!last) return f !== this.lastFrame;
    return line !== last.line || pc <= last.pc;
  }
}
