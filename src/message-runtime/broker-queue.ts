/**
 * Python's `queue.Queue(maxsize)` kept by the broker, after CPython's
 * Lib/queue.py: a FIFO of items, `maxsize` <= 0 meaning unbounded, the count
 * of unfinished tasks for task_done/join, and the threads blocked in put, get
 * and join. Blocked threads are served first come first served as soon as
 * the queue allows (`settle`). Each put and get gets its serial, its exact
 * place in the queue's own order.
 */
import { PyException } from '../runtime/errors';
import type { QueueItem } from '../runtime/queue';

export interface PutWaiter {
  worker: number;
  item: QueueItem;
  done(serial: number): void;
}

export interface GetWaiter {
  worker: number;
  done(item: QueueItem, serial: number): void;
}

export interface JoinWaiter {
  worker: number;
  done(): void;
}

export class BrokerQueue {
  private readonly contents: QueueItem[] = [];
  private readonly putters: PutWaiter[] = [];
  private readonly getters: GetWaiter[] = [];
  private joiners: JoinWaiter[] = [];
  private unfinished = 0;
  private puts = 0;
  private gets = 0;

  constructor(readonly maxsize: number) {}

  qsize(): number {
    return this.contents.length;
  }

  empty(): boolean {
    return this.contents.length === 0;
  }

  full(): boolean {
    return this.maxsize > 0 && this.contents.length >= this.maxsize;
  }

  get unfinishedTasks(): number {
    return this.unfinished;
  }

  /** The contents, oldest first (a copy). */
  items(): QueueItem[] {
    return this.contents.slice();
  }

  waiting(): { putters: number; getters: number } {
    return { putters: this.putters.length, getters: this.getters.length };
  }

  /** Puts at once if there is room (and nobody queued before); the put's serial, or null. */
  tryPut(item: QueueItem): number | null {
    if (this.full() || this.putters.length > 0) return null;
    return this.putNow(item);
  }

  /** Gets at once if there is an item (and nobody queued before); null otherwise. */
  tryGet(): { item: QueueItem; serial: number } | null {
    if (this.empty() || this.getters.length > 0) return null;
    return this.getNow();
  }

  waitPut(w: PutWaiter): void {
    this.putters.push(w);
  }

  waitGet(w: GetWaiter): void {
    this.getters.push(w);
  }

  waitJoin(w: JoinWaiter): void {
    this.joiners.push(w);
  }

  /** A blocked put or get gives up (its timeout passed); false if it was not waiting. */
  cancel(worker: number): boolean {
    for (const list of [this.putters, this.getters] as { worker: number }[][]) {
      const i = list.findIndex((w) => w.worker === worker);
      if (i >= 0) {
        list.splice(i, 1);
        return true;
      }
    }
    return false;
  }

  /** Python's task_done; wakes every join when the last unfinished task is done. */
  taskDone(line: number): void {
    if (this.unfinished <= 0) throw new PyException('ValueError', 'task_done() called too many times', line);
    this.unfinished--;
    if (this.unfinished === 0) {
      const woken = this.joiners;
      this.joiners = [];
      for (const j of woken) j.done();
    }
  }

  /** Serves blocked putters and getters, oldest first, for as long as the queue allows. */
  settle(): void {
    for (let progress = true; progress; ) {
      progress = false;
      const g = !this.empty() ? this.getters.shift() : undefined;
      if (g) {
        const r = this.getNow();
        g.done(r.item, r.serial);
        progress = true;
      }
      const p = !this.full() ? this.putters.shift() : undefined;
      if (p) {
        p.done(this.putNow(p.item));
        progress = true;
      }
    }
  }

  private putNow(item: QueueItem): number {
    this.contents.push(item);
    this.unfinished++;
    return this.puts++;
  }

  private getNow(): { item: QueueItem; serial: number } {
    const item = this.contents.shift();
    if (item === undefined) throw new Error('get from an empty queue');
    return { item, serial: this.gets++ };
  }
}
