// The single-worker World with the scheduler taken out of its hands: nothing
// runs until `advance(th)` says which thread takes the next step. The
// interpreter asks the gate before every instruction; the gate stops the
// thread before the next instruction of the main script once it has done one
// step's worth (one instruction, or one line). Library code (threading.py,
// queue.py) runs inside the step that called it: the student sees only the
// program's own instructions.

import { World, type WorldOptions } from '../vm/world';
import { Clock } from '../vm/vm-clock';
import type { Process } from '../vm/process';
import type { Thread, Wait } from '../vm/wait';
import type { Frame } from '../vm/frame';
import type { PyVal } from '../vm/objects';
import { raise } from '../vm/types';
import { StepBoundary, type Granularity } from './step-boundary';

export type { Granularity } from './step-boundary';

/**
 * Time stands still while threads run and jumps to the earliest deadline when
 * every thread waits (speed=max with zero-cost instructions), so a schedule
 * alone decides the run: nothing depends on how long the student looks.
 */
class FrozenClock extends Clock {
  private t = 0;
  override now(): number {
    return this.t;
  }
  override jumpTo(t: number): void {
    if (t > this.t) this.t = t;
  }
}

/** A runaway step (a library loop that never returns to the program) ends after this many instructions. */
const STEP_BUDGET = 2_000_000;

export type StepOutcome = 'stopped' | 'blocked' | 'done';

export class StepWorld extends World {
  readonly granularity: Granularity;
  /** Where a step ends (shared with the worker-per-thread gate). */
  private readonly boundary: StepBoundary;
  private stepping: Thread | null = null;
  private budget = 0;
  /** Per thread: did its last step end where the GIL may change hands. */
  readonly switchable = new WeakMap<Thread, boolean>();
  /** Main-script instructions each step executed (for the bench and the run-to helpers). */
  executed = 0;

  constructor(opts: WorldOptions, granularity: Granularity) {
    super(opts);
    this.clock = new FrozenClock();
    this.granularity = granularity;
    this.boundary = new StepBoundary(granularity);
  }

  override newProcess(ppid: number): Process {
    const p = super.newProcess(ppid);
    p.interp.gate = (th, f) => this.gate(th, f);
    return p;
  }

  /** The eval breaker: never switches by itself (the student does), but notes that a switch could happen here. */
  override shouldSwitch(): boolean {
    this.boundary.checked = true;
    return false;
  }

  /**
   * A native that calls back into Python blocked: single-worker mode would run
   * the others from inside that call, outside the schedule. The wait fails
   * with a RuntimeError instead, raised in the blocked frame (pendingThrow, so
   * the interpreter unwinds it like every other exception; thrown from here it would skip
   * the callback's frame).
   */
  override waitNested(th: Thread, wait: Wait): PyVal {
    const f = th.frames[th.frames.length - 1];
    const e = raise('RuntimeError', `step mode cannot pause a thread that blocks (${wait.what}) inside a callback from native code yet`);
    if (!f) throw e;
    f.pendingThrow = e;
    return null;
  }

  private gate(th: Thread, f: Frame): boolean {
    if (th !== this.stepping || th.nested > 0) return false;
    if (--this.budget <= 0) return true;
    if (f.info.filename !== this.mainPath) return false;
    const pc = f.pc - 1;
    if (this.boundary.stopsBefore(f, pc, f.info.code.instructions[pc]?.lineno ?? 0)) return true;
    this.executed++;
    return false;
  }

  /** Can th take a step now (ignoring the GIL)? Wakes a thread whose wait has no side-effect-free test, as the live scheduler does. */
  canMove(th: Thread): boolean {
    if (th.state === 'done' || th.inNested) return false;
    if (th.state === 'ready') return true;
    const w = th.wait;
    if (!w) return false;
    if (w.deadline !== null && this.clock.now() >= w.deadline) return true;
    if (w.ready) return w.ready();
    return this.runnable(th);
  }

  /** Runs one step of th (which canMove); what it ended on. */
  advance(th: Thread): StepOutcome {
    const proc = this.procOf(th);
    if (!proc) throw new Error(`thread ${th.name} belongs to no process`);
    if (th.state === 'blocked' && !this.runnable(th)) throw new Error(`thread ${th.name} cannot move`);
    this.current = th;
    this.stepping = th;
    this.boundary.begin();
    this.budget = STEP_BUDGET;
    try {
      this.step(proc, th);
    } finally {
      this.stepping = null;
    }
    const end: StepOutcome = th.state === 'done' ? 'done' : th.state === 'blocked' ? 'blocked' : 'stopped';
    // Stopped inside the library (a budget stop, or the main thread entering threading._shutdown) counts as a switch point:
    // the library's own calls are switch points the student does not step through.
    const top = th.frames[th.frames.length - 1];
    this.switchable.set(th, end !== 'stopped' || this.boundary.checked || top?.info.filename !== this.mainPath);
    return end;
  }

  /** Threads not yet finished, in process then creation order. */
  live(): [Process, Thread][] {
    return this.allThreads();
  }

  processOf(th: Thread): Process | undefined {
    return this.procOf(th);
  }

  /**
   * Nobody can move: jump the clock to the earliest deadline (true), or
   * report the deadlock / the end (false), as the live scheduler does.
   */
  settleIdle(): boolean {
    const live = this.allThreads();
    if (!live.length) return false;
    return this.idle(live);
  }

  /** The exit status once every thread is done (what runMain returns). */
  exitStatus(): number {
    return this.deadlocked ? 3 : (this.procs[0]?.exitStatus ?? 0);
  }

  now(): number {
    return this.clock.now();
  }
}
