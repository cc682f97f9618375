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

export class WorkerStepGate {
  private readonly boundary: StepBoundary;
  /** False until the thread's first stop: a thread parks before its first program instruction. */
  private started = false;

  constructor(
    private readonly rt: ThreadRuntime,
    private readonly slot: StepSlot,
    private readonly mainPath: () => string,
  ) {
    this.boundary = new StepBoundary(slot.granularity);
  }

  gate(th: Thread, f: Frame): boolean {
    if (th.nested > 0 || f.info.filename !== this.mainPath()) return false;
    const b = this.boundary;
    const s = this.slot;
    const pc = f.pc - 1;
    const line = f.info.code.instructions[pc]?.lineno ?? 0;
    // Switch points a thread passes before its first stop, or after it woke from a block, belong to its next step (where the
    // one-worker stepper runs that code); the others to the step under way.
    const carry = !this.started || s.ended;
    const passed = s.switchPoint;
    s.switchPoint = false;
    if (passed && !carry) b.checked = true;
    if (!carry && !b.stopsBefore(f, pc, line)) return false;
    // A first stop, a stop after a block, or the boundary's: where a switch may follow, as StepWorld.advance decides.
    const switchable = carry || b.checked;
    this.started = true;
    this.rt.parkStep(line, f.info.offsets[pc] ?? pc * 2, switchable);
    b.begin();
    b.checked = passed && carry;
    b.stopsBefore(f, pc, line);
    return false;
  }
}

/** The gate for a worker's process interpreter, or null when the run is not stepped. */
export function workerStepGate(rt: ThreadRuntime, mainPath: () => string): ((th: Thread, f: Frame) => boolean) | null {
  const slot = rt.step;
  if (!slot) return null;
  const g = new WorkerStepGate(rt, slot, mainPath);
  return (th, f) => g.gate(th, f);
}
