/**
 * Keeps virtual time for a shared-memory run (the rule: virtual-time.ts).
 * It reads every worker's published status and asks, of each blocked thread,
 * whether anything but time can still wake it. Only shared state answers
 * that honestly: a lock waiter whose lock is free, a getter whose queue has an
 * item, or a sleeper whose deadline has passed is about to run, whatever its
 * status cell still says. When every thread is blocked for good, time jumps
 * to the earliest deadline; with no deadline and no input to come, the run is
 * deadlocked, known at once.
 *
 * A view is trusted only if no worker's status sequence moved while it was
 * read: a thread that unblocks another is running, and can only look blocked
 * by changing its own status afterwards.
 */
import { ThreadState } from '../runtime/events';
import { LOCK_SLOTS } from '../runtime/lock';
import { type RunMemory, STATUS_SLOTS, S_BLOCKED_ON, S_SEQ, S_STATE, S_WAIT, Wait } from '../runtime/memory';
import type { SharedMailbox } from '../runtime/mailbox';
import type { SharedQueue } from '../runtime/queue';
import type { Waiter } from './deadlock';

export type TimeVerdict =
  /** Some thread executes. */
  | { kind: 'busy' }
  /** No thread executes yet, but one is about to (its deadline passed, its lock is free). */
  | { kind: 'waking' }
  /** Every thread blocked; the earliest deadline among them. */
  | { kind: 'jump'; to: number }
  /** Every thread blocked for good: nothing can wake them. */
  | { kind: 'deadlock'; waiters: Waiter[] }
  /** Every thread blocked, one waiting for the student's input. */
  | { kind: 'input' }
  /** Every thread has finished. */
  | { kind: 'done' };

export class TimeKeeper {
  private readonly status: Int32Array;
  private readonly deadlines: Float64Array;
  private readonly locks: Int32Array;

  constructor(
    memory: RunMemory,
    private readonly workers: number,
    private readonly queues: SharedQueue[],
    private readonly mailbox: SharedMailbox | null,
  ) {
    this.status = new Int32Array(memory.status);
    this.deadlines = new Float64Array(memory.deadlines);
    this.locks = new Int32Array(memory.locks);
  }

  /** What time should do now, seen from simulated time `now`. */
  judge(now: number): TimeVerdict {
    const seqs: number[] = [];
    for (let w = 0; w < this.workers; w++) seqs.push(Atomics.load(this.status, w * STATUS_SLOTS + S_SEQ));
    const verdict = this.look(now);
    for (let w = 0; w < this.workers; w++) {
      if (Atomics.load(this.status, w * STATUS_SLOTS + S_SEQ) !== seqs[w]) return { kind: 'waking' };
    }
    return verdict;
  }

  /** Wake every thread in a timed lock or queue wait, so it re-reads the clock after a change. */
  wakeTimedWaiters(): void {
    for (let w = 0; w < this.workers; w++) {
      const base = w * STATUS_SLOTS;
      if (this.deadlines[w] === Infinity) continue;
      const on = Atomics.load(this.status, base + S_BLOCKED_ON) - 1;
      if (on < 0) continue;
      const wait = Atomics.load(this.status, base + S_WAIT);
      if (wait === Wait.Lock) Atomics.notify(this.locks, on * LOCK_SLOTS);
      else if (wait === Wait.QueueGet || wait === Wait.QueuePut || wait === Wait.QueueJoin) this.queues[on]?.wakeAll();
    }
  }

  private look(now: number): TimeVerdict {
    let earliest = Infinity;
    let live = 0;
    let input = false;
    let waking = false;
    const waiters: Waiter[] = [];
    for (let w = 0; w < this.workers; w++) {
      const base = w * STATUS_SLOTS;
      const state = Atomics.load(this.status, base + S_STATE);
      if (state === ThreadState.Done) continue;
      live++;
      if (state === ThreadState.New || state === ThreadState.Running) return { kind: 'busy' };
      const deadline = this.deadlines[w] ?? Infinity;
      if (deadline <= now) {
        waking = true;
        continue;
      }
      const on = Atomics.load(this.status, base + S_BLOCKED_ON) - 1;
      switch (Atomics.load(this.status, base + S_WAIT)) {
        case Wait.Sleep:
          break;
        case Wait.Lock: {
          const held = Atomics.load(this.locks, on * LOCK_SLOTS);
          const holder = Atomics.load(this.locks, on * LOCK_SLOTS + 1);
          // Free, or between a CAS and the holder's record, or taken by the waiter itself: it runs.
          if (on < 0 || held === 0 || holder === 0 || holder === w + 1) {
            waking = true;
            continue;
          }
          if (deadline === Infinity) waiters.push({ worker: w, kind: 'lock', lock: on, holder: holder - 1 });
          break;
        }
        case Wait.QueueGet:
        case Wait.QueuePut:
        case Wait.QueueJoin: {
          const q = this.queues[on];
          if (!q || !this.queueStuck(q, Atomics.load(this.status, base + S_WAIT))) {
            waking = true;
            continue;
          }
          if (deadline === Infinity) waiters.push({ worker: w, kind: 'queue', lock: on, holder: -1 });
          break;
        }
        case Wait.Input:
          if ((this.mailbox?.pending() ?? 0) > 0) {
            waking = true;
            continue;
          }
          input = true;
          break;
        default:
          waking = true; // between two states
          continue;
      }
      earliest = Math.min(earliest, deadline);
    }
    if (live === 0) return { kind: 'done' };
    if (waking) return { kind: 'waking' };
    if (earliest !== Infinity) return { kind: 'jump', to: earliest };
    return input ? { kind: 'input' } : { kind: 'deadlock', waiters };
  }

  private queueStuck(q: SharedQueue, wait: number): boolean {
    if (wait === Wait.QueueGet) return q.qsize() === 0;
    if (wait === Wait.QueuePut) return !q.hasRoom();
    return q.unfinishedTasks() > 0;
  }
}
