// multiprocessing's channels across processes in worker mode: each a ring of
// bytes in the run's memory (a message is its length, then its bytes), so an
// item is copied out of one process's heap and into another's, as a pipe
// carries a pickle. A channel's mutex guards only its own words; blocking is
// the thread table's (ThreadRuntime.waitFor on the channel's key), and the
// table mutex is never taken while a channel's is held.

import { CH_GETS, CH_ITEMS, CH_LOCK, CH_MAXSIZE, CH_PUTS, CH_READ, CH_WORDS, CH_WRITE, CHANNEL_BYTES, CHANNELS, H_CHANNELS_USED, type RunMemory } from './layout';
import { Mutex } from './mutex';

export class ChannelFull extends Error {}

/** The wait key of channel `c` (negative keys are the callers' own; processes use −2²⁴ − proc). */
export function channelKey(c: number): number {
  return -1 - c;
}

export class Channels {
  private readonly w: Int32Array;
  private readonly b: Uint8Array;
  constructor(private readonly m: RunMemory) {
    this.w = m.channels;
    this.b = m.channelBytes;
  }

  create(maxsize: number): number {
    const c = Atomics.add(this.m.header, H_CHANNELS_USED, 1);
    if (c >= CHANNELS) throw new ChannelFull(`more than ${CHANNELS} multiprocessing queues in one run`);
    Atomics.store(this.w, c * CH_WORDS + CH_MAXSIZE, maxsize);
    return c;
  }

  valid(c: number): boolean {
    return Number.isInteger(c) && c >= 0 && c < Math.min(CHANNELS, Atomics.load(this.m.header, H_CHANNELS_USED));
  }

  size(c: number): number {
    return Atomics.load(this.w, c * CH_WORDS + CH_ITEMS);
  }

  /** Appends a message unless the queue is at its maxsize: its put serial, or −1. Throws when the ring has no room (a message too big). */
  tryPut(c: number, msg: Uint8Array): number {
    return this.locked(c, () => {
      const o = c * CH_WORDS;
      const max = this.w[o + CH_MAXSIZE] ?? 0;
      if (max > 0 && (this.w[o + CH_ITEMS] ?? 0) >= max) return -1;
      const read = this.w[o + CH_READ] ?? 0;
      const write = this.w[o + CH_WRITE] ?? 0;
      if (write - read + 4 + msg.length > CHANNEL_BYTES) throw new ChannelFull(`a multiprocessing queue holds at most ${CHANNEL_BYTES} bytes in worker mode`);
      const n = msg.length;
      this.copyIn(c, write, [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255]);
      this.copyIn(c, write + 4, msg);
      this.w[o + CH_WRITE] = write + 4 + n;
      this.w[o + CH_ITEMS] = (this.w[o + CH_ITEMS] ?? 0) + 1;
      const serial = this.w[o + CH_PUTS] ?? 0;
      this.w[o + CH_PUTS] = serial + 1;
      return serial;
    });
  }

  /** The oldest message and its get serial, or null when the queue is empty. */
  tryGet(c: number): { msg: Uint8Array; serial: number } | null {
    return this.locked(c, () => {
      const o = c * CH_WORDS;
      if ((this.w[o + CH_ITEMS] ?? 0) === 0) return null;
      const read = this.w[o + CH_READ] ?? 0;
      const len = this.copyOut(c, read, 4);
      const n = (len[0] ?? 0) | ((len[1] ?? 0) << 8) | ((len[2] ?? 0) << 16) | ((len[3] ?? 0) << 24);
      const msg = this.copyOut(c, read + 4, n);
      this.w[o + CH_READ] = read + 4 + n;
      this.w[o + CH_ITEMS] = (this.w[o + CH_ITEMS] ?? 0) - 1;
      const serial = this.w[o + CH_GETS] ?? 0;
      this.w[o + CH_GETS] = serial + 1;
      return { msg, serial };
    });
  }

  private locked<T>(c: number, fn: () => T): T {
    const mu = new Mutex(this.w, c * CH_WORDS + CH_LOCK);
    mu.lock();
    try {
      return fn();
    } finally {
      mu.unlock();
    }
  }

  private copyIn(c: number, at: number, bytes: ArrayLike<number>): void {
    const base = c * CHANNEL_BYTES;
    for (let i = 0; i < bytes.length; i++) this.b[base + ((at + i) % CHANNEL_BYTES)] = bytes[i] ?? 0;
  }

  private copyOut(c: number, at: number, n: number): Uint8Array {
    const base = c * CHANNEL_BYTES;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.b[base + ((at + i) % CHANNEL_BYTES)] ?? 0;
    return out;
  }
}
