// Step mode on real workers (issue 12: "each worker waits on its own slot in
// shared memory before every step"). A thread's worker parks on its slot's
// P_STATE word before each step and runs only when the host grants it one;
// the host then waits until every thread is parked again, blocked or done, so
// the run moves exactly in the chosen order. What a step *is* stays the
// one-worker stepper's (step/step-boundary.ts); this file is only the memory.

import { FLAG_STEP, FLAG_STEP_BYTECODE, H_FLAGS, H_STEP_BELL, P_LINE, P_OFFSET, P_PARKS, P_STATE, P_WANTS, P_POLL, P_SLEPT, L_STATE, LOCK_WORDS, P_SWITCHABLE, PS_PARKED, PS_RUNNING, STEP_WORDS, ST_ACTIVE, ST_BLOCKED, ST_DONE, ST_FREE, ST_STARTING, S_WHAT_LEN, WHAT_CHARS, readText, type RunMemory } from './layout';
import type { ThreadTable } from './table';

/** How long a parked worker sleeps between looks at its word (it is terminated with the run; the bound only keeps it wakeable). */
const PARK_LOOK_MS = 1000;

/** The byte offset a thread parked on arrival publishes: it is in no code of the program yet. */
export const ARRIVAL_OFFSET = -1;

export type StepGranularity = 'line' | 'bytecode';

/** The step mode of a run's memory, or null when the run is not stepped. */
export function stepModeOf(m: RunMemory): StepGranularity | null {
  const f = Atomics.load(m.header, H_FLAGS);
  if ((f & FLAG_STEP) === 0) return null;
  return (f & FLAG_STEP_BYTECODE) !== 0 ? 'bytecode' : 'line';
}

/** A thread's side: park before a step, note that its step ended in a block. */
export class StepSlot {
  private readonly w: Int32Array;
  private readonly at: number;
  /** Set by the eval-breaker hook (worker-mode.ts): a switch point passed since the gate last looked. */
  switchPoint = false;
  /** Woke from a blocking call and was granted the step that goes on from there: the gate begins it at the next program instruction. */
  resumed = false;
  /** Since `resumed`: library code ran before the program's next instruction. */
  libRan = false;
  /** Called as the thread blocks (the worker gate publishes its locals there). */
  beforeBlock: (() => void) | null = null;
  /** Parked on arrival, before any code ran (`parkArrival`): the step granted there is already under way at its first program instruction. */
  arrived = false;

  constructor(
    private readonly m: RunMemory,
    slot: number,
    readonly granularity: StepGranularity,
  ) {
    this.w = m.steps;
    this.at = slot * STEP_WORDS;
  }

  /** Lock handle + 1 the thread waits to take (P_WANTS), or 0. */
  set wants(v: number) {
    Atomics.store(this.w, this.at + P_WANTS, v);
  }

  /** The program instruction the thread runs now: where it stands if it blocks in it. */
  note(line: number, offset: number): void {
    this.w[this.at + P_LINE] = line;
    this.w[this.at + P_OFFSET] = offset;
  }

  /** Woke from a blocking call: waits for the step that goes on from there, where it blocked. */
  parkWoken(retake: () => void, timedOut = false): void {
    const w = this.w;
    Atomics.store(w, this.at + P_SLEPT, timedOut ? 1 : 0);
    this.park(w[this.at + P_LINE] ?? 0, w[this.at + P_OFFSET] ?? 0, true, () => {}, retake);
    Atomics.store(w, this.at + P_SLEPT, 0);
    this.resumed = true;
    this.libRan = false;
  }

  /**
   * A started thread (or a child process's main) stands before it runs anything, as the one-worker stepper's new
   * thread stands at line 0 until its first step runs the bootstrap: so threading's `start()` (waiting for
   * `_started`) and a pool worker's first `get()` happen in the step that names it, not as its worker starts.
   */
  parkArrival(release: () => void, retake: () => void): void {
    this.arrived = true;
    this.park(0, ARRIVAL_OFFSET, true, release, retake);
  }

  /**
   * Woken in a wait whose test takes something (a channel's get takes the item): stands until the host lets it look,
   * so when several were woken they look in the one-worker stepper's order (it polls them in process, then creation
   * order) and the first takes the item, whichever worker runs first. Called blocked-side, the GIL not held.
   */
  parkPoll(): void {
    const w = this.w;
    Atomics.store(w, this.at + P_POLL, 1);
    this.park(w[this.at + P_LINE] ?? 0, w[this.at + P_OFFSET] ?? 0, true, () => {}, () => {});
    Atomics.store(w, this.at + P_POLL, 0);
  }

  /** Publishes where the thread stopped and waits for the host's grant. `release`/`retake` drop and take the GIL around the wait. */
  park(line: number, offset: number, switchable: boolean, release: () => void, retake: () => void): void {
    const w = this.w;
    const a = this.at;
    w[a + P_LINE] = line;
    w[a + P_OFFSET] = offset;
    w[a + P_SWITCHABLE] = switchable ? 1 : 0;
    release();
    Atomics.store(w, a + P_STATE, PS_PARKED);
    Atomics.add(w, a + P_PARKS, 1);
    Atomics.add(this.m.header, H_STEP_BELL, 1);
    Atomics.notify(this.m.header, H_STEP_BELL);
    while (Atomics.load(w, a + P_STATE) === PS_PARKED) Atomics.wait(w, a + P_STATE, PS_PARKED, PARK_LOOK_MS);
    this.switchPoint = false;
    retake();
  }
}

export type SlotStatus = 'starting' | 'running' | 'parked' | 'blocked' | 'done';

/** Where a thread is between steps. */
export interface SlotPosition {
  slot: number;
  name: string;
  status: SlotStatus;
  /** The program line and byte offset it stopped before (parked), or of its last stop. */
  line: number;
  offset: number;
  /** Parked where the GIL may change hands (CPython 3.12's switch points), or blocked/done. */
  switchable: boolean;
  /** What it waits on when blocked. */
  waiting: string | null;
  /** The simulated time its wait ends when blocked with a deadline. */
  deadline: number | null;
}

/** The host's side: who stands where, grant one step, wait until the run is still again. */
export class StepControl {
  constructor(
    private readonly m: RunMemory,
    private readonly table: ThreadTable,
  ) {}

  position(slot: number): SlotPosition {
    const w = this.m.steps;
    const a = slot * STEP_WORDS;
    const st = this.table.state(slot);
    let status: SlotStatus;
    if (st === ST_DONE || st === ST_FREE) status = 'done';
    else if (st === ST_STARTING) status = 'starting';
    else if (st === ST_BLOCKED) status = 'blocked';
    else if (st === ST_ACTIVE && Atomics.load(w, a + P_STATE) === PS_PARKED) status = 'parked';
    else status = 'running';
    const slept = status === 'parked' && Atomics.load(w, a + P_SLEPT) === 1;
    const waiting = status === 'blocked' || slept ? readText(this.m.whats, slot * WHAT_CHARS, this.table.word(slot, S_WHAT_LEN)) : null;
    const d = this.m.deadlines[slot] ?? Infinity;
    const deadline = status === 'blocked' && d !== Infinity ? d : null;
    return { slot, name: this.table.name(slot), status, deadline, line: w[a + P_LINE] ?? 0, offset: w[a + P_OFFSET] ?? 0, switchable: status !== 'parked' || w[a + P_SWITCHABLE] === 1, waiting };
  }

  positions(): SlotPosition[] {
    const out: SlotPosition[] = [];
    for (let i = 0; i < this.table.slotsUsed(); i++) out.push(this.position(i));
    return out;
  }

  /** The lock (handle + 1, the events' lock id) a parked thread was woken for and will take in its step, or 0. */
  wants(slot: number): number {
    return this.position(slot).status === 'parked' ? Atomics.load(this.m.steps, slot * STEP_WORDS + P_WANTS) : 0;
  }

  /** Parked wanting a lock another thread holds: it cannot take its step (the host lets it go back to blocking). */
  wantsHeld(slot: number): boolean {
    const h = Atomics.load(this.m.steps, slot * STEP_WORDS + P_WANTS) - 1;
    return h >= 0 && this.position(slot).status === 'parked' && Atomics.load(this.m.locks, h * LOCK_WORDS + L_STATE) !== 0;
  }

  /** Parked woken to look at its wait again (StepSlot.parkPoll): the host lets it look, it is no step. */
  polling(slot: number): boolean {
    return this.position(slot).status === 'parked' && Atomics.load(this.m.steps, slot * STEP_WORDS + P_POLL) === 1;
  }

  /** Parked where its wait ended by its deadline (a sleep, a timeout), not stepped since. */
  slept(slot: number): boolean {
    return this.position(slot).status === 'parked' && Atomics.load(this.m.steps, slot * STEP_WORDS + P_SLEPT) === 1;
  }

  /** No thread is running or starting: every one is parked, blocked or done. */
  still(): boolean {
    return this.positions().every((p) => p.status !== 'running' && p.status !== 'starting');
  }

  /** Lets a parked thread take one step (the caller checked it is parked). */
  release(slot: number): void {
    const w = this.m.steps;
    const a = slot * STEP_WORDS;
    Atomics.store(w, a + P_STATE, PS_RUNNING);
    Atomics.notify(w, a + P_STATE);
  }

  /**
   * Resolves true once the run is still, false when `over()` holds first (the
   * run ended), and rejects after `timeoutMs` (a thread that never parks must
   * not hang the caller). Never blocks the host's thread: Atomics.waitAsync.
   */
  async settle(over: () => boolean, timeoutMs: number): Promise<boolean> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      if (over()) return false;
      const bell = Atomics.load(this.m.header, H_STEP_BELL);
      if (this.still()) return true;
      if (Date.now() > end) throw new Error(`step mode: the run did not come to rest within ${timeoutMs} ms`);
      // Blocks and exits do not ring the bell: look again after a short while anyway.
      const r = Atomics.waitAsync(this.m.header, H_STEP_BELL, bell, 5);
      if (r.async) await r.value;
      else await new Promise((res) => setTimeout(res, 1));
    }
  }
}
