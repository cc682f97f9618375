// The interpreter's gate in a stepped worker-mode run: before each instruction
// of the program's own code, the thread parks on its slot (host/step-gate.ts)
// when a step ends there by the one-worker stepper's rule (step-boundary.ts),
// and goes on only when the host grants the next step. It parks in place
// (never returns 'switch'): the worker itself is the thread, so waiting is
// simply not running. Library code runs inside the step that called it.

import type { Frame } from '../vm/frame';
import type { Thread } from '../vm/wait';
import type { ThreadRuntime } from '../vm/host/thread-runtime';
import type { StepSlot } from '../vm/host/step-gate';
import { StepBoundary } from './step-boundary';
import { programFrame } from './frame-locals';
import { ARRIVAL_OFFSET } from '../vm/host/step-gate';

/** Reports a thread's program frame where it stops (its locals and the watch's objects: events the stepped session reads). */
export type LocalsSink = (th: Thread, f: Frame) => void;

export class WorkerStepGate {
  private readonly boundary: StepBoundary;
  /** False until the thread's first stop: a thread parks before its first program instruction. */
  private started = false;
  /** The thread and the program frame it last ran in: that frame's locals are what the watch shows when it blocks. */
  private th: Thread | null = null;
  private f: Frame | null = null;

  constructor(
    private readonly rt: ThreadRuntime,
    private readonly slot: StepSlot,
    private readonly mainPath: () => string,
    private readonly publish: LocalsSink,
  ) {
    this.boundary = new StepBoundary(slot.granularity);
    slot.beforeBlock = () => {
      const th = this.th;
      if (!th || !this.f) return;
      // Blocked in library code its program frame returned to (a pool worker waiting for its next task): it stands in
      // no code of the program, as the one-worker stepper shows a thread without a program frame.
      if (!programFrame(th, this.mainPath())) {
        slot.note(0, ARRIVAL_OFFSET);
        this.f = null;
        return;
      }
      publish(th, this.f);
    };
  }

  gate(th: Thread, f: Frame): boolean {
    const s = this.slot;
    if (th.nested > 0) return false;
    if (f.info.filename !== this.mainPath()) {
      if (s.resumed) s.libRan = true;
      return false;
    }
    this.th = th;
    this.f = f;
    // Parked on arrival: the step granted there began before the bootstrap, and this instruction is inside it.
    if (!this.started && s.arrived) this.started = true;
    const b = this.boundary;
    const pc = f.pc - 1;
    const line = f.info.code.instructions[pc]?.lineno ?? 0;
    const passed = s.switchPoint;
    s.switchPoint = false;
    if (s.resumed) {
      // Granted after a block: this instruction is the first of the step (what the library did since the grant is in it too).
      // Only when library code ran on the way back: a native that blocked right in the program's frame returns without the
      // after-CALL check in the one-worker stepper (its resumed call is not run again).
      s.resumed = false;
      b.begin();
      b.checked = passed && s.libRan;
      this.ran(f, pc, line);
      return false;
    }
    if (this.started) {
      if (passed) b.checked = true;
      if (!b.stopsBefore(f, pc, line)) {
        this.note(f, pc, line);
        return false;
      }
    }
    // The first stop (a thread parks before its first program instruction), or the boundary's: where a switch may follow,
    // as StepWorld.advance decides. What a new thread ran before its first stop belongs to its first step, as there.
    const first = !this.started;
    this.started = true;
    this.publish(th, f);
    this.rt.parkStep(line, f.info.offsets[pc] ?? pc * 2, first || b.checked);
    b.begin();
    b.checked = first && passed;
    this.ran(f, pc, line);
    return false;
  }

  /** Instruction pc joins the step that just began. */
  private ran(f: Frame, pc: number, line: number): void {
    this.boundary.stopsBefore(f, pc, line);
    this.note(f, pc, line);
  }

  /** Where the thread stands if this instruction blocks. */
  private note(f: Frame, pc: number, line: number): void {
    this.slot.note(line, f.info.offsets[pc] ?? pc * 2);
  }
}

/** The gate for a worker's process interpreter, or null when the run is not stepped. */
export function workerStepGate(rt: ThreadRuntime, mainPath: () => string, publish: LocalsSink): ((th: Thread, f: Frame) => boolean) | null {
  const slot = rt.step;
  if (!slot) return null;
  const g = new WorkerStepGate(rt, slot, mainPath, publish);
  return (th, f) => g.gate(th, f);
}
