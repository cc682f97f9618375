// A worker's side of worker mode's event stream: its World emits here; each
// event gets the run's simulated time and a run-wide order number (one Atomics
// counter in the control memory, as writes get theirs), and goes to the host
// in batches. A batch leaves when it is big or old, and always before the
// thread blocks, hands the GIL over, or exits (runtime and evalBreaker call
// flush), so a thread that waits long never holds back what it did before.
// During a live step each event spends the step's budget (pause-gate.ts).

import type { VmEvent, VmEventSink } from '../events';
import { H_EVENT_SEQ, H_STEP_EVENTS } from './layout';
import { spendStepEvent } from './pause-gate';
import type { StampedEvent, ToHost } from './protocol';

const BATCH_EVENTS = 500;
const BATCH_MS = 30;
/** Eval-breaker checks between two looks at the clock for a batch gone old (due()). */
const DUE_CHECKS = 256;

export class WorkerEventSink implements VmEventSink {
  private batch: StampedEvent[] = [];
  private since = performance.now();

  constructor(
    private readonly header: Int32Array,
    private readonly clock: { now(): number },
    private readonly post: (m: ToHost) => void,
  ) {}

  emit(e: VmEvent): void {
    const seq = Atomics.add(this.header, H_EVENT_SEQ, 1);
    // The time is read after the number is taken, so order and time agree (the host clamps what a race without a GIL may still invert).
    e.t = this.clock.now();
    this.batch.push({ seq, e });
    // A live step (pause.ts) ends with its event: one load while not stepping. A pause's locals and watch-state are no event of the program.
    if (this.header[H_STEP_EVENTS] !== 0 && e.kind !== 'step-locals' && e.kind !== 'watch-state') spendStepEvent(this.header, H_STEP_EVENTS);
    if (this.batch.length >= BATCH_EVENTS || performance.now() - this.since >= BATCH_MS) this.flush();
  }

  private countdown = DUE_CHECKS;

  /**
   * At the eval breaker: a batch that has waited BATCH_MS should leave. Without this a thread that prints
   * and then computes without blocking or handing the GIL over (`while True: pass`) held its print back
   * for good. Cheap: the clock is read once every DUE_CHECKS calls, and never with nothing waiting.
   */
  due(): boolean {
    if (this.batch.length === 0 || --this.countdown > 0) return false;
    this.countdown = DUE_CHECKS;
    return performance.now() - this.since >= BATCH_MS;
  }

  flush(): void {
    this.since = performance.now();
    if (!this.batch.length) return;
    const batch = this.batch;
    this.batch = [];
    this.post({ kind: 'events', batch });
  }
}
