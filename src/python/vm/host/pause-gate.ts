// Pause on real workers, a thread's side (the host's is pause.ts). When the
// page pauses, every thread stops at its next safe point: an eval-breaker
// point (RESUME, JUMP_BACKWARD, after a CALL: where CPython 3.12 itself
// handles the GIL drop request, signals and pending calls, so the frame is
// between two instructions and the heap is whole), or while it waits for the
// GIL or for a hand-over (it does not take the GIL during a pause). A thread
// blocked in sleep, a lock, a queue or a join stays blocked: it only wakes to
// look whether the host asks for its locals. The holder of a GIL keeps it
// while it stands, so resuming goes on with the same holder, as if no pause
// had been.

import { H_PAUSE, H_PAUSE_BELL, H_PAUSE_EPOCH, H_REPORT, S_PAUSE_REPORT, S_PAUSE_STOP, SLOT_WORDS, type RunMemory } from './layout';

/** A standing thread looks again at least this often (real ms); the host's every change also wakes it. */
const STAND_LOOK_MS = 1000;

export class PauseSlot {
  /** The run's header: `header[H_PAUSE] !== 0` is the one load the eval breaker pays. */
  readonly header: Int32Array;
  private readonly s: Int32Array;
  private readonly at: number;
  /** Reports this thread's locals (a 'step-locals' event): set by its World. */
  report: (() => void) | null = null;

  constructor(
    m: RunMemory,
    slot: number,
    /** Sends what the thread's event sink buffered (a pause comes after every event before it). */
    private readonly flush: () => void,
  ) {
    this.header = m.header;
    this.s = m.slots;
    this.at = slot * SLOT_WORDS;
  }

  /** Is a pause asked? */
  asked(): boolean {
    return Atomics.load(this.header, H_PAUSE) !== 0;
  }

  /**
   * At a safe point: while a pause is asked, stand here (said in S_PAUSE_STOP
   * for each pause it stands through), reporting the locals when the host
   * asks. True if it stood, so a waiter for the GIL starts its interval anew.
   */
  stand(): boolean {
    const h = this.header;
    if (Atomics.load(h, H_PAUSE) === 0) return false;
    this.flush();
    for (;;) {
      if (Atomics.load(h, H_PAUSE) === 0) break;
      // Read after H_PAUSE: a pause bumps its epoch before it sets the word.
      const epoch = Atomics.load(h, H_PAUSE_EPOCH);
      if (Atomics.load(this.s, this.at + S_PAUSE_STOP) !== epoch) {
        Atomics.store(this.s, this.at + S_PAUSE_STOP, epoch);
        this.ring();
      }
      this.reportFor(epoch);
      Atomics.wait(h, H_PAUSE, 1, STAND_LOOK_MS);
    }
    Atomics.store(this.s, this.at + S_PAUSE_STOP, 0);
    return true;
  }

  /** A blocked thread woke to look (ThreadTable.onLook): it reports its locals if this pause asks for them. */
  look(): void {
    if (Atomics.load(this.header, H_PAUSE) === 0) return;
    this.reportFor(Atomics.load(this.header, H_PAUSE_EPOCH));
  }

  private reportFor(epoch: number): void {
    if (Atomics.load(this.header, H_REPORT) !== epoch || Atomics.load(this.s, this.at + S_PAUSE_REPORT) === epoch) return;
    this.report?.();
    this.flush();
    Atomics.store(this.s, this.at + S_PAUSE_REPORT, epoch);
    this.ring();
  }

  private ring(): void {
    Atomics.add(this.header, H_PAUSE_BELL, 1);
    Atomics.notify(this.header, H_PAUSE_BELL);
  }
}

/**
 * A live step's budget (H_STEP_EVENTS), spent by the event sink: the event
 * that spends the last one begins a new pause, as the one-worker
 * RunControl.noteEvent does. The threads then stop at their next safe point.
 */
export function spendStepEvent(h: Int32Array, steps: number): void {
  for (let n = Atomics.load(h, steps); n > 0; n = Atomics.load(h, steps)) {
    if (Atomics.compareExchange(h, steps, n, n - 1) !== n) continue;
    if (n === 1) {
      Atomics.add(h, H_PAUSE_EPOCH, 1);
      Atomics.store(h, H_PAUSE, 1);
      Atomics.add(h, H_PAUSE_BELL, 1);
      Atomics.notify(h, H_PAUSE_BELL);
    }
    return;
  }
}
